import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { useForm, useWatch } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { conferenceRequestKindLabels, dataCategoryLabels, label } from '../../../app/labels';
import type { ConferenceRequestFieldsFragment } from '../../../gql/graphql';
import { ChoiceGroup, choiceItem } from '../../../ui/ChoiceGroup';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { Checkbox, TextArea } from '../../../ui/fields';
import { m, mv } from './messages';
import { ANSWER_CONFERENCE_REQUEST, MY_CONFERENCE_REQUESTS } from './operations';
import { answerSchema, answerVariables, initialAnswer } from './request-rules';

/**
 * 承諾 or 辞退 (with its reason); accepting an information request shares the chosen sections
 * of the agency's summary into the meeting (all requested ones unless unticked).
 */
export function AnswerRequestDialog({ request, onClose }: { request: ConferenceRequestFieldsFragment; onClose: (answered: boolean) => void }) {
  const intl = useIntl();
  const [answer, { loading, error }] = useMutation(ANSWER_CONFERENCE_REQUEST, { refetchQueries: [MY_CONFERENCE_REQUESTS], awaitRefetchQueries: true });
  const { register, control, handleSubmit, formState } = useForm({ resolver: zodResolver(answerSchema), defaultValues: initialAnswer(request) });
  const decision = useWatch({ control, name: 'decision' });
  const errors = formState.errors;

  const submit = handleSubmit(async (form) => {
    const result = await answer({ variables: answerVariables(request.id, form) }).catch(() => null);
    if (result?.data) onClose(true);
  });

  const kind = label(intl, conferenceRequestKindLabels, request.kind);
  return (
    <ConfirmDialog
      title={intl.formatMessage(mv.answerTitle, { kind, conference: request.conferenceTitle })}
      confirmLabel={intl.formatMessage(m.submitAnswer)}
      onCancel={() => onClose(false)}
      onConfirm={() => void submit()}
      error={error}
      loading={loading}
    >
      <p className="whitespace-pre-wrap text-std-16N-170">{request.note || intl.formatMessage(m.noNote)}</p>
      <ChoiceGroup legend={intl.formatMessage(m.decision)} itemsClassName="flex flex-wrap gap-6">
        <label className="flex items-center gap-2 text-std-16N-170">
          <input type="radio" value="accept" className="size-6 accent-blue-900" {...register('decision')} />
          {intl.formatMessage(m.accept)}
        </label>
        <label className="flex items-center gap-2 text-std-16N-170">
          <input type="radio" value="decline" className="size-6 accent-blue-900" {...register('decision')} />
          {intl.formatMessage(m.decline)}
        </label>
      </ChoiceGroup>
      {decision === 'accept' && request.kind === 'ATTENDANCE' && <p className="text-std-16N-170">{intl.formatMessage(m.attendanceAcceptHint)}</p>}
      {decision === 'accept' && request.kind === 'INFORMATION' && (
        <ChoiceGroup legend={intl.formatMessage(m.share)} hint={intl.formatMessage(m.shareHint)} error={errors.categories && intl.formatMessage(m.shareMissing)}>
          {request.categories.map((category) => (
            <Checkbox className={choiceItem} key={category} value={category} label={label(intl, dataCategoryLabels, category)} {...register('categories')} />
          ))}
        </ChoiceGroup>
      )}
      {decision === 'decline' && <TextArea label={intl.formatMessage(m.reason)} required rows={3} error={errors.reason && intl.formatMessage(m.reasonMissing)} {...register('reason')} />}
    </ConfirmDialog>
  );
}
