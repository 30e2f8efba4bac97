import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { z } from 'zod';
import type { RoomFieldsFragment } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { DateTimePickerField } from '../../ui/DateTimePickerField';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { SelectField, TextField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { ActionItemTable } from './ActionItemTable';
import { m, mv } from './messages';
import { ASSIGN_ACTION_ITEM } from './operations';

const schema = z.object({
  caseId: z.string().min(1),
  assigneeAgencyId: z.string().min(1),
  title: z.string().trim().min(1),
  dueAt: z.string(),
});
type Assignment = z.infer<typeof schema>;

/** The action items decided here (役割分担), and the form that gives one to a participating agency. */
export function ActionItemsSection({ conference, writable, onAssigned }: { conference: RoomFieldsFragment; writable: boolean; onAssigned: () => void }) {
  const intl = useIntl();
  const cases = conference.agenda.flatMap((item) => (item.case ? [item.case] : []));
  return (
    <section aria-labelledby="action-items-heading" className="flex flex-col gap-4">
      <h2 id="action-items-heading" className="text-std-24B-150">
        {intl.formatMessage(m.actionItems)}
      </h2>
      {conference.actionItems.length === 0 ? (
        <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.noActionItems)}</p>
      ) : (
        <ActionItemTable items={conference.actionItems} />
      )}
      {/* Made anew when the cases the caller may see change (the meeting's start opens them), so its choices fit. */}
      {writable && cases.length > 0 && <AssignForm key={cases.map((c) => c.id).join()} conference={conference} cases={cases} onAssigned={onAssigned} />}
    </section>
  );
}

function AssignForm({ conference, cases, onAssigned }: { conference: RoomFieldsFragment; cases: ReadonlyArray<{ id: string; title: string }>; onAssigned: () => void }) {
  const intl = useIntl();
  const [assigned, setAssigned] = useState<string | null>(null);
  const [assign, { loading, error }] = useMutation(ASSIGN_ACTION_ITEM);
  const { register, control, handleSubmit, formState, reset } = useForm<Assignment>({
    resolver: zodResolver(schema),
    defaultValues: { caseId: cases[0]?.id ?? '', assigneeAgencyId: conference.participants[0]?.id ?? '', title: '', dueAt: '' },
  });

  const submit = handleSubmit(async ({ dueAt, title, ...rest }) => {
    const input = { ...rest, title: title.trim(), conferenceId: conference.id, ...(dueAt ? { dueAt } : {}) };
    const result = await assign({ variables: { input } }).catch(() => null);
    if (!result?.data) return;
    setAssigned(input.title);
    reset({ ...rest, title: '', dueAt: '' });
    onAssigned();
  });

  return (
        <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-4 rounded-12 border border-solid-gray-420 p-4">
          <div className="grid gap-4 md:grid-cols-2">
            <TextField label={intl.formatMessage(m.actionTitle)} required error={formState.errors.title && intl.formatMessage(m.actionTitleMissing)} {...register('title')} />
            <SelectField label={intl.formatMessage(m.actionCase)} required options={cases.map((c) => ({ value: c.id, label: c.title }))} {...register('caseId')} />
            <SelectField label={intl.formatMessage(m.actionAgency)} required options={conference.participants.map((agency) => ({ value: agency.id, label: agency.name }))} {...register('assigneeAgencyId')} />
            <Controller
              control={control}
              name="dueAt"
              render={({ field }) => (
                <DateTimePickerField label={intl.formatMessage(m.actionDue)} calendarLabel={intl.formatMessage(m.calendar)} value={field.value || null} onChange={(iso) => field.onChange(iso ?? '')} />
              )}
            />
          </div>
          <ErrorNotice error={error} />
          {assigned && <Notice tone="success">{intl.formatMessage(mv.assigned, { title: assigned })}</Notice>}
          <div>
            <Button type="submit" disabled={loading}>
              {intl.formatMessage(m.assign)}
            </Button>
          </div>
        </form>
  );
}
