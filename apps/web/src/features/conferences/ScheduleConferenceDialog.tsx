import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { Controller, useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { z } from 'zod';
import { caseStatusLabels, conferenceKindLabels, label, sectorLabels } from '../../app/labels';
import { useMe } from '../../app/me';
import { Button } from '../../ui/Button';
import { ChoiceGroup, choiceItem } from '../../ui/ChoiceGroup';
import { DateTimePickerField } from '../../ui/DateTimePickerField';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Checkbox, TextField } from '../../ui/fields';
import { Loading } from '../../ui/Loading';
import { m as ui } from '../../ui/messages';
import { m } from './messages';
import { SCHEDULE_CHOICES, SCHEDULE_CONFERENCE } from './operations';

const KINDS = ['SUPPORT_MEETING', 'MULTI_AGENCY_MEETING'] as const;

const schema = z.object({
  kind: z.enum(KINDS),
  title: z.string().trim().min(1),
  scheduledAt: z.string().min(1),
  agencyIds: z.array(z.string()).min(1),
  caseIds: z.array(z.string()),
});
type Schedule = z.infer<typeof schema>;

/** Tomorrow at 10:00 Japan time: the usual slot, adjusted from there. */
function tomorrowMorning(): string {
  const japanToday = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
  return new Date(Date.parse(`${japanToday}T10:00:00+09:00`) + 86_400_000).toISOString();
}

/** The coordinator convenes agencies around cases (scheduleConference). */
export function ScheduleConferenceDialog({ onClose }: { onClose: (scheduledTitle?: string) => void }) {
  const intl = useIntl();
  const me = useMe().data?.me;
  const choices = useQuery(SCHEDULE_CHOICES, { fetchPolicy: 'network-only' });
  const [schedule, { loading, error }] = useMutation(SCHEDULE_CONFERENCE, { refetchQueries: ['Conferences'], awaitRefetchQueries: true });
  const { register, control, handleSubmit, formState } = useForm<Schedule>({
    resolver: zodResolver(schema),
    // The coordinator's own body convenes the meeting, so it is a member from the start.
    defaultValues: { kind: 'SUPPORT_MEETING', title: '', scheduledAt: tomorrowMorning(), agencyIds: me ? [me.agency.id] : [], caseIds: [] },
  });
  const errors = formState.errors;

  const submit = handleSubmit(async (input) => {
    const result = await schedule({ variables: { input: { ...input, title: input.title.trim() } } }).catch(() => null);
    if (result?.data) onClose(input.title.trim());
  });

  const cases = choices.data?.cases.edges.map((edge) => edge.node) ?? [];
  return (
    <Dialog title={intl.formatMessage(m.scheduleTitle)} isOpen onOpenChange={(open) => !open && onClose()}>
      <ErrorNotice error={error ?? choices.error} className="mb-4" />
      {choices.loading ? (
        <Loading />
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-6">
          <ChoiceGroup legend={intl.formatMessage(m.kind)} hint={intl.formatMessage(m.kindHint)}>
            {KINDS.map((kind) => (
              <label key={kind} className="flex items-center gap-2 text-std-16N-170">
                <input type="radio" value={kind} className="size-6 accent-blue-900" {...register('kind')} />
                {label(intl, conferenceKindLabels, kind)}
              </label>
            ))}
          </ChoiceGroup>
          <TextField label={intl.formatMessage(m.title)} required error={errors.title && intl.formatMessage(m.titleMissing)} {...register('title')} />
          <Controller
            control={control}
            name="scheduledAt"
            render={({ field }) => (
              <DateTimePickerField
                label={intl.formatMessage(m.scheduledAt)}
                calendarLabel={intl.formatMessage(m.calendar)}
                required
                value={field.value || null}
                onChange={(iso) => field.onChange(iso ?? '')}
                error={errors.scheduledAt && intl.formatMessage(m.scheduledAtMissing)}
              />
            )}
          />
          <ChoiceGroup legend={intl.formatMessage(m.members)} error={errors.agencyIds && intl.formatMessage(m.membersMissing)}>
            {choices.data?.agencies.map((agency) => (
              <Checkbox className={choiceItem} key={agency.id} value={agency.id} label={`${agency.name}（${label(intl, sectorLabels, agency.sector)}）`} {...register('agencyIds')} />
            ))}
          </ChoiceGroup>
          <ChoiceGroup legend={intl.formatMessage(m.agendaCases)}>
            {cases.length === 0 && <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.noCases)}</p>}
            {cases.map((c) => (
              <Checkbox className={choiceItem} key={c.id} value={c.id} label={`${c.title}（${label(intl, caseStatusLabels, c.status)}）`} {...register('caseIds')} />
            ))}
          </ChoiceGroup>
          <div className="flex flex-wrap justify-end gap-3">
            <Button variant="outline" onClick={() => onClose()}>
              {intl.formatMessage(ui.cancel)}
            </Button>
            <Button type="submit" disabled={loading}>
              {intl.formatMessage(m.submitSchedule)}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
