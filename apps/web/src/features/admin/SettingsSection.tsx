import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { z } from 'zod';
import { showViolations } from '../../graphql/violations';
import { Button } from '../../ui/Button';
import { emergencySettingsShape } from '../emergency/emergency-settings';
import { EmergencySettingsFields } from '../emergency/EmergencySettingsFields';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { TextField } from '../../ui/fields';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { PageSection } from '../../ui/PageSection';
import { m } from './messages';
import { MUNICIPALITY_SETTINGS, UPDATE_MUNICIPALITY_SETTINGS } from './operations';
import type { AdminMunicipalitySettingsQuery } from '../../gql/graphql';

type Current = Omit<AdminMunicipalitySettingsQuery['municipality'], 'id' | 'name'>;

const schema = z.object({ supportMeetingAccessDays: z.coerce.number<string>().int().min(0).max(365), ...emergencySettingsShape });
type Settings = z.input<typeof schema>;
type ParsedSettings = z.output<typeof schema>;

export function SettingsSection() {
  const intl = useIntl();
  const { data, loading, error } = useQuery(MUNICIPALITY_SETTINGS);
  return (
    <PageSection title={intl.formatMessage(m.settings)}>
      <ErrorNotice error={error} className="mb-4" />
      {loading && <Loading />}
      {data && <SettingsForm current={data.municipality} />}
    </PageSection>
  );
}

/** Mounted once the current value is known, so the field starts from it. */
function SettingsForm({ current }: { current: Current }) {
  const intl = useIntl();
  const [saved, setSaved] = useState(false);
  const [update, { error, loading }] = useMutation(UPDATE_MUNICIPALITY_SETTINGS);
  const { register, handleSubmit, setError, formState } = useForm<Settings, unknown, ParsedSettings>({
    resolver: zodResolver(schema),
    defaultValues: {
      supportMeetingAccessDays: String(current.supportMeetingAccessDays),
      emergencyAccessHours: String(current.emergencyAccessHours),
      emergencyReviewDueHours: String(current.emergencyReviewDueHours),
      emergencyDeclarationsPerDay: String(current.emergencyDeclarationsPerDay),
    },
  });
  const submit = handleSubmit(async ({ supportMeetingAccessDays, ...emergency }) => {
    setSaved(false);
    const result = await update({ variables: { days: supportMeetingAccessDays, ...emergency } }).catch((failure: unknown) => {
      showViolations(failure, setError, { fields: ['supportMeetingAccessDays', 'emergencyAccessHours', 'emergencyReviewDueHours', 'emergencyDeclarationsPerDay'] });
      return null;
    });
    if (result?.data) setSaved(true);
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex max-w-2xl flex-col gap-4">
      {saved && <Notice tone="success">{intl.formatMessage(m.saved)}</Notice>}
      <ErrorNotice error={error} />
      <TextField
        label={intl.formatMessage(m.accessDays)}
        type="number"
        inputMode="numeric"
        min={0}
        max={365}
        required
        className="max-w-40"
        hint={intl.formatMessage(m.accessDaysHint)}
        error={formState.errors.supportMeetingAccessDays && intl.formatMessage(m.accessDaysInvalid)}
        {...register('supportMeetingAccessDays')}
      />
      <EmergencySettingsFields register={register} errors={formState.errors} />
      <div>
        <Button type="submit" disabled={loading}>
          {intl.formatMessage(m.save)}
        </Button>
      </div>
    </form>
  );
}
