import { z } from 'zod';

// The municipality's settings of 緊急時の閲覧, with the ranges the server accepts
// (MunicipalitySettingsArgs): the administrator hears of a wrong value at the field.

export const EMERGENCY_SETTING_RANGES = {
  emergencyAccessHours: { min: 1, max: 72 },
  emergencyReviewDueHours: { min: 1, max: 720 },
  emergencyDeclarationsPerDay: { min: 1, max: 50 },
} as const;

export type EmergencySetting = keyof typeof EMERGENCY_SETTING_RANGES;

const whole = ({ min, max }: { min: number; max: number }) => z.coerce.number<string>().int().min(min).max(max);

/** The three fields' checks, to spread into the settings form's schema. */
export const emergencySettingsShape = {
  emergencyAccessHours: whole(EMERGENCY_SETTING_RANGES.emergencyAccessHours),
  emergencyReviewDueHours: whole(EMERGENCY_SETTING_RANGES.emergencyReviewDueHours),
  emergencyDeclarationsPerDay: whole(EMERGENCY_SETTING_RANGES.emergencyDeclarationsPerDay),
};
