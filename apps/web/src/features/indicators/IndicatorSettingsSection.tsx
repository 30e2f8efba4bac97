import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { showViolations } from '../../graphql/violations';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Checkbox, TextField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { PageSection } from '../../ui/PageSection';
import { useCheckMessage } from '../../ui/useCheckMessage';
import type { IndicatorFigures } from './IndicatorCard';
import { settingsFormSchema, type ParsedSettingsForm, type SettingsForm } from './indicator-forms';
import { m } from './messages';
import { INDICATOR_SETTINGS, UPDATE_INDICATOR_SETTINGS } from './operations';

/**
 * ADMIN: the threshold below which a count is suppressed outside the municipality, and which
 * indicators the 国への報告 holds (the national set until changed). The report's indicators
 * name the choices.
 */
export function IndicatorSettingsSection({ indicators }: { indicators: readonly Pick<IndicatorFigures, 'key' | 'title'>[] }) {
  const intl = useIntl();
  const check = useCheckMessage(m);
  const hintId = useId();
  const [saved, setSaved] = useState(false);
  const { data, error: readError } = useQuery(INDICATOR_SETTINGS);
  const [update, { error, loading }] = useMutation(UPDATE_INDICATOR_SETTINGS);
  const { register, handleSubmit, reset, setError, formState } = useForm<SettingsForm, unknown, ParsedSettingsForm>({ resolver: zodResolver(settingsFormSchema), defaultValues: { threshold: '', items: [] } });
  const settings = data?.indicatorSettings;
  useEffect(() => {
    if (settings) reset({ threshold: String(settings.suppressionThreshold), items: [...settings.nationalReportItems] });
  }, [settings, reset]);
  const submit = handleSubmit(async ({ threshold, items }) => {
    setSaved(false);
    const input = { suppressionThreshold: threshold, nationalReportItems: indicators.filter(({ key }) => items.includes(key)).map(({ key }) => key) };
    const result = await update({ variables: { input } }).catch((failure: unknown) => {
      showViolations(failure, setError, { fields: ['threshold'], messageFor: () => intl.formatMessage(m.thresholdInvalid) });
      return null;
    });
    if (result?.data) setSaved(true);
  });
  const errors = formState.errors;
  return (
    <PageSection title={intl.formatMessage(m.settingsHeading)}>
      <ErrorNotice error={readError ?? error} className="mb-4" />
      {saved && <Notice tone="success" className="mb-4">{intl.formatMessage(m.settingsSaved)}</Notice>}
      {settings && (
        <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-6">
          <TextField
            label={intl.formatMessage(m.threshold)}
            inputMode="numeric"
            className="max-w-40"
            hint={intl.formatMessage(m.thresholdHint)}
            error={check(errors.threshold?.message)}
            {...register('threshold')}
          />
          <fieldset aria-describedby={hintId} className="flex flex-col gap-2">
            <legend className="mb-2 text-std-17B-170 text-solid-gray-800">{intl.formatMessage(m.nationalItems)}</legend>
            <p id={hintId} className="text-std-16N-170 text-solid-gray-700">
              {intl.formatMessage(m.nationalItemsHint)}
            </p>
            <div className="grid gap-2 md:grid-cols-2">
              {indicators.map(({ key, title }) => (
                <Checkbox key={key} label={title} value={key} {...register('items')} />
              ))}
            </div>
            {errors.items && <p className="text-dns-16N-130 text-error-1">＊{check(errors.items.message ?? errors.items.root?.message)}</p>}
          </fieldset>
          <div>
            <Button type="submit" disabled={loading}>
              {intl.formatMessage(m.saveSettings)}
            </Button>
          </div>
        </form>
      )}
    </PageSection>
  );
}
