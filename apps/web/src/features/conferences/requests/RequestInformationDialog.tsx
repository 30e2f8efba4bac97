import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { Controller, useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { z } from 'zod';
import { dataCategoryLabels, label } from '../../../app/labels';
import type { DataCategory } from '../../../gql/enums';
import { ChoiceGroup, choiceItem } from '../../../ui/ChoiceGroup';
import { DateTimePickerField } from '../../../ui/DateTimePickerField';
import { Checkbox, TextArea } from '../../../ui/fields';
import { AgencyRequestDialog } from './AgencyRequestDialog';
import { m, mv } from './messages';
import { CONFERENCE_REQUESTS, INFORMATION_CHOICES, REQUEST_INFORMATION } from './operations';
import { informationCandidates } from './request-rules';

const CATEGORIES = Object.keys(dataCategoryLabels) as DataCategory[];

const schema = z.object({
  agencyId: z.string().min(1),
  categories: z.array(z.enum(CATEGORIES)).min(1),
  dueAt: z.string(),
  note: z.string().trim().min(1),
});

interface Props {
  readonly conferenceId: string;
  readonly agendaCase: { readonly id: string; readonly title: string };
  readonly chairAgencyId: string;
  readonly onClose: (sentTo?: string) => void;
}

/** 情報提供の依頼: the chair asks an agency of an agenda case's team to share sections of its summary. */
export function RequestInformationDialog({ conferenceId, agendaCase, chairAgencyId, onClose }: Props) {
  const intl = useIntl();
  const choices = useQuery(INFORMATION_CHOICES, { variables: { caseId: agendaCase.id }, fetchPolicy: 'network-only' });
  const candidates = informationCandidates(choices.data?.case?.team ?? [], chairAgencyId);
  const [request, { loading, error }] = useMutation(REQUEST_INFORMATION, { refetchQueries: [CONFERENCE_REQUESTS], awaitRefetchQueries: true });
  const { register, control, handleSubmit, formState } = useForm({
    resolver: zodResolver(schema),
    values: { agencyId: candidates[0]?.id ?? '', categories: [] as DataCategory[], dueAt: '', note: '' },
    resetOptions: { keepDirtyValues: true },
  });
  const errors = formState.errors;

  const submit = handleSubmit(async ({ dueAt, note, ...rest }) => {
    const input = { ...rest, conferenceId, caseId: agendaCase.id, note: note.trim(), ...(dueAt ? { dueAt } : {}) };
    const result = await request({ variables: { input } }).catch(() => null);
    if (result?.data) onClose(result.data.requestInformation.agency.name);
  });

  return (
    <AgencyRequestDialog
      title={intl.formatMessage(mv.informationTitle, { title: agendaCase.title })}
      lead={intl.formatMessage(m.informationLead)}
      emptyText={intl.formatMessage(m.noTeam)}
      candidates={candidates}
      loadingCandidates={choices.loading && !choices.data}
      agencyField={register('agencyId')}
      agencyMissing={Boolean(errors.agencyId)}
      sending={loading}
      error={error ?? choices.error}
      onCancel={() => onClose()}
      onConfirm={() => void submit()}
    >
      <ChoiceGroup legend={intl.formatMessage(m.categories)} error={errors.categories && intl.formatMessage(m.categoriesMissing)}>
        {CATEGORIES.map((category) => (
          <Checkbox className={choiceItem} key={category} value={category} label={label(intl, dataCategoryLabels, category)} {...register('categories')} />
        ))}
      </ChoiceGroup>
      <Controller
        control={control}
        name="dueAt"
        render={({ field }) => <DateTimePickerField label={intl.formatMessage(m.dueAt)} calendarLabel={intl.formatMessage(m.calendar)} value={field.value || null} onChange={(iso) => field.onChange(iso ?? '')} />}
      />
      <TextArea label={intl.formatMessage(m.note)} required rows={3} error={errors.note && intl.formatMessage(m.noteMissing)} {...register('note')} />
    </AgencyRequestDialog>
  );
}
