import { useMemo } from 'react';
import { useNavigate } from '@tanstack/react-router';
import type { FieldValues, SubmitHandler, UseFormReturn } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { z } from 'zod';
import type { ConsentMethod, DataCategory } from '../../gql/enums';
import { isKanaReading } from '../../app/kana';
import { showViolations } from '../../graphql/violations';
import { m } from './messages';

// The API's own limits (libs/cases dto), checked before sending so the person sees them at once.
const EARLIEST_BIRTH = '1900-01-01';

/** Today in Japan, as YYYY-MM-DD (a birth date is a calendar date at the counter). */
function todayInJapan(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
}

function useCaseSchemas() {
  const intl = useIntl();
  return useMemo(() => {
    const text = (max: number) =>
      z
        .string()
        .trim()
        .min(1, intl.formatMessage(m.errRequired))
        .max(max, intl.formatMessage(m.errTooLong, { max }));
    const subject = z.object({
      fullName: text(100),
      fullNameKana: text(100).refine(isKanaReading, intl.formatMessage(m.errKana)),
      birthDate: z
        .string()
        .min(1, intl.formatMessage(m.errRequired))
        .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && value >= EARLIEST_BIRTH && value <= todayInJapan(), intl.formatMessage(m.errBirthDate)),
      address: text(300),
    });
    const needs = z.array(z.string()).transform((values) => values as DataCategory[]);
    const intake = z
      .object({
        subject,
        needs,
        note: text(5000),
        consentToConnect: z.object({
          // An unchecked radio group reads as null.
          given: z.string().nullable().refine((value) => value === 'yes' || value === 'no', intl.formatMessage(m.errConsent)),
          method: z.string(),
        }),
      })
      .refine((input) => input.consentToConnect.given === 'no' || input.consentToConnect.method !== '', {
        path: ['consentToConnect', 'method'],
        message: intl.formatMessage(m.errMethod),
      })
      .transform(({ consentToConnect, ...rest }) => ({
        ...rest,
        consentToConnect: consentToConnect.given === 'yes' ? { given: true, method: consentToConnect.method as ConsentMethod } : { given: false },
      }));
    const openCase = z.object({ title: text(200), subject, needs });
    return { intake, openCase };
  }, [intl]);
}

export function useIntakeSchema() {
  return useCaseSchemas().intake;
}

export function useOpenCaseSchema() {
  return useCaseSchemas().openCase;
}

/**
 * Sending a form that creates a case, then opening the new case: the fields the server
 * refused are marked; closing the dialog forgets what was typed and the last refusal.
 */
export function useCaseCreation<TForm extends FieldValues, TInput>(
  form: UseFormReturn<TForm, unknown, TInput>,
  mutation: { readonly create: (input: TInput) => Promise<string | undefined>; readonly reset: () => void },
  onOpenChange: (open: boolean) => void,
) {
  const navigate = useNavigate();
  const messageFor = useServerFieldMessage();
  const close = (open: boolean) => {
    if (!open) {
      form.reset();
      mutation.reset();
    }
    onOpenChange(open);
  };
  const onValid: SubmitHandler<TInput> = async (input) => {
    try {
      const caseId = await mutation.create(input);
      if (!caseId) return;
      close(false);
      await navigate({ to: '/cases/$caseId', params: { caseId } });
    } catch (failure) {
      showViolations(failure, form.setError, { messageFor });
    }
  };
  return { close, onValid };
}

/** The sentence a refused field shows: what the server checks there, in the form's words. */
function useServerFieldMessage(): (field: string) => string {
  const intl = useIntl();
  return (field) => {
    if (field.endsWith('fullNameKana')) return intl.formatMessage(m.errKana);
    if (field.endsWith('birthDate')) return intl.formatMessage(m.errBirthDate);
    if (field.endsWith('method')) return intl.formatMessage(m.errMethod);
    return intl.formatMessage(m.errInvalid);
  };
}

export const EMPTY_SUBJECT = { fullName: '', fullNameKana: '', birthDate: '', address: '' };
