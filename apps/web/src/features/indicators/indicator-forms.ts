import { z } from 'zod';

// The administrator's two forms, checked where they are typed; the server refuses the same.

/** The largest target the form takes: more than a municipality counts in a year. */
export const MAX_TARGET = 1_000_000;
export const MIN_THRESHOLD = 2;
export const MAX_THRESHOLD = 100;

/** A target as typed: empty clears it (null); otherwise a number from 0, decimals allowed (days, shares). */
export const targetFormSchema = z.object({
  value: z
    .string()
    .trim()
    .refine((text) => text === '' || (/^\d+(\.\d+)?$/.test(text) && Number(text) <= MAX_TARGET), 'targetInvalid')
    .transform((text) => (text === '' ? null : Number(text))),
});
export type TargetForm = z.input<typeof targetFormSchema>;
export type ParsedTargetForm = z.output<typeof targetFormSchema>;

/** The suppression threshold (a whole number; 2 suppresses the single counts) and the national report's items. */
export const settingsFormSchema = z.object({
  threshold: z
    .string()
    .trim()
    .refine((text) => /^\d+$/.test(text) && Number(text) >= MIN_THRESHOLD && Number(text) <= MAX_THRESHOLD, 'thresholdInvalid')
    .transform(Number),
  items: z.array(z.string()).min(1, 'nationalItemsInvalid'),
});
export type SettingsForm = z.input<typeof settingsFormSchema>;
export type ParsedSettingsForm = z.output<typeof settingsFormSchema>;
