import { z } from 'zod';
import type { RetentionKind } from '../../gql/graphql';

export const MAX_DAYS = 36_500;

/**
 * The shortest period per kind, as the server holds it: a month, but 3 years for the access
 * log, whose 提供記録 the law asks to keep that long.
 */
export const minDays = (kind: RetentionKind): number => (kind === 'ACCESS_LOGS' ? 1_095 : 30);

/** The period as typed: empty keeps the data (null); otherwise whole days within the kind's bounds. */
export const periodFormSchema = (min: number) =>
  z.object({
    days: z
      .string()
      .trim()
      .refine((text) => text === '' || (/^\d+$/.test(text) && Number(text) >= min && Number(text) <= MAX_DAYS), 'daysInvalid')
      .transform((text) => (text === '' ? null : Number(text))),
  });
export type PeriodForm = z.input<ReturnType<typeof periodFormSchema>>;
export type ParsedPeriodForm = z.output<ReturnType<typeof periodFormSchema>>;
