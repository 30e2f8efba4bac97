import type { UseFormRegisterReturn } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { TextField } from '../../ui/fields';
import { EMERGENCY_SETTING_RANGES, type EmergencySetting } from './emergency-settings';
import { m } from './messages';

const TEXTS = {
  emergencyAccessHours: { label: m.settingAccessHours, hint: m.settingAccessHoursHint },
  emergencyReviewDueHours: { label: m.settingReviewDueHours, hint: m.settingReviewDueHoursHint },
  emergencyDeclarationsPerDay: { label: m.settingDeclarationsPerDay, hint: m.settingDeclarationsPerDayHint },
} as const;

/** The settings form's three fields of 緊急時の閲覧 (the period, the review deadline, the daily limit). */
export function EmergencySettingsFields({ register, errors }: { register: (name: EmergencySetting) => UseFormRegisterReturn; errors: Partial<Record<EmergencySetting, unknown>> }) {
  const intl = useIntl();
  return (
    <>
      {(Object.keys(EMERGENCY_SETTING_RANGES) as EmergencySetting[]).map((name) => (
        <TextField
          key={name}
          label={intl.formatMessage(TEXTS[name].label)}
          hint={intl.formatMessage(TEXTS[name].hint)}
          type="number"
          inputMode="numeric"
          min={EMERGENCY_SETTING_RANGES[name].min}
          max={EMERGENCY_SETTING_RANGES[name].max}
          required
          className="max-w-40"
          error={errors[name] ? intl.formatMessage(m.settingInvalid) : undefined}
          {...register(name)}
        />
      ))}
    </>
  );
}
