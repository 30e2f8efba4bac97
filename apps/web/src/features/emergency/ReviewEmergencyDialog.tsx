import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { label, verdictLabels } from '../../app/labels';
import type { EmergencyReviewVerdict } from '../../gql/enums';
import { hasCode } from '../../graphql/errors';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { TextArea } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { RadioOption } from '../../ui/RadioOption';
import { reviewFormSchema, VERDICTS, type ReviewForm } from './declare-form';
import type { EmergencyAccess } from './emergency-access';
import { m } from './messages';
import { REVIEW_EMERGENCY_ACCESS } from './operations';

/** 事後審査: the AUDITOR's verdict on one declaration (正当 / 不当 / 判断不能) and the findings; recorded once. */
export function ReviewEmergencyDialog({ access, onClose }: { access: EmergencyAccess; onClose: (verdict: EmergencyReviewVerdict | null) => void }) {
  const intl = useIntl();
  // The declaration leaves the 未審査 list: the lists are read again.
  const [review, { error, loading }] = useMutation(REVIEW_EMERGENCY_ACCESS, { refetchQueries: 'active' });
  const { register, handleSubmit, formState } = useForm<ReviewForm>({ resolver: zodResolver(reviewFormSchema), defaultValues: { verdict: '', note: '' } });
  const { errors } = formState;

  const submit = handleSubmit(async ({ verdict, note }) => {
    if (!verdict) return;
    const result = await review({ variables: { id: access.id, verdict, note: note.trim() } }).catch(() => null);
    if (result?.data) onClose(verdict);
  });

  // Another auditor reviewed it first: said plainly; the list shows the recorded review.
  const conflict = hasCode(error, 'CONFLICT');
  return (
    <ConfirmDialog
      title={intl.formatMessage(m.reviewTitle, { user: access.declaredBy.displayName })}
      lead={intl.formatMessage(m.reviewLead)}
      confirmLabel={intl.formatMessage(m.submitReview)}
      onCancel={() => onClose(null)}
      onConfirm={() => void submit()}
      error={conflict ? undefined : error}
      loading={loading}
    >
      {conflict && <Notice tone="warning">{intl.formatMessage(m.alreadyReviewed)}</Notice>}
      <ChoiceGroup legend={intl.formatMessage(m.verdict)} error={errors.verdict && intl.formatMessage(m.errVerdict)} itemsClassName="flex flex-col gap-2">
        {VERDICTS.map((verdict) => (
          <RadioOption key={verdict} value={verdict} label={label(intl, verdictLabels, verdict)} {...register('verdict')} />
        ))}
      </ChoiceGroup>
      <TextArea label={intl.formatMessage(m.note)} required rows={4} error={errors.note && intl.formatMessage(m.errNote)} {...register('note')} />
    </ConfirmDialog>
  );
}
