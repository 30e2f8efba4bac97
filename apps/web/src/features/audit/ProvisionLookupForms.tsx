import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, type ReactNode } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { type MessageDescriptor, useIntl } from 'react-intl';
import type { z } from 'zod';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { TextField } from '../../ui/fields';
import { m } from './messages';
import { caseLookupSchema, personLookupSchema, type PersonLookupForm as PersonValues } from './provisionLookup';

type CaseValues = z.infer<typeof caseLookupSchema>;

// The schema names what is wrong with a reading; the screen says it.
const kanaErrors: Record<string, MessageDescriptor> = { required: m.kanaRequired, tooLong: m.kanaTooLong, notKana: m.kanaNotKana };

/** A titled look-up form; kept off the paper when the records are printed. */
function LookupForm({ title, onSubmit, children }: { title: string; onSubmit: () => void; children: ReactNode }) {
  const id = useId();
  return (
    <form
      aria-labelledby={id}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      className="flex flex-col gap-4 rounded-8 border border-solid-gray-420 p-4 print:hidden"
    >
      <h3 id={id} className="text-std-20B-150">
        {title}
      </h3>
      {children}
    </form>
  );
}

export function CaseLookupForm({ caseId, onCaseId }: { caseId: string; onCaseId: (caseId: string) => void }) {
  const intl = useIntl();
  const { register, handleSubmit, reset, formState } = useForm<CaseValues>({ resolver: zodResolver(caseLookupSchema), defaultValues: { caseId } });
  // A row of the trail can ask for a case's records too: the field shows the case shown.
  useEffect(() => reset({ caseId }), [caseId, reset]);
  return (
    <LookupForm title={intl.formatMessage(m.byCase)} onSubmit={() => void handleSubmit((values) => onCaseId(values.caseId.trim()))()}>
      <TextField label={intl.formatMessage(m.caseId)} required autoComplete="off" spellCheck={false} hint={intl.formatMessage(m.idHint)} error={formState.errors.caseId && intl.formatMessage(m.idInvalid)} {...register('caseId')} />
      <div>
        <Button type="submit">{intl.formatMessage(m.showProvisions)}</Button>
      </div>
    </LookupForm>
  );
}

export function PersonLookupForm({ onPerson }: { onPerson: (person: PersonValues) => void }) {
  const intl = useIntl();
  const { register, control, handleSubmit, formState } = useForm<PersonValues>({ resolver: zodResolver(personLookupSchema), defaultValues: { fullNameKana: '', birthDate: '' } });
  const kanaError = formState.errors.fullNameKana?.message;
  return (
    <LookupForm title={intl.formatMessage(m.byPerson)} onSubmit={() => void handleSubmit(onPerson)()}>
      <TextField
        label={intl.formatMessage(m.kana)}
        required
        autoComplete="off"
        hint={intl.formatMessage(m.kanaHint)}
        error={kanaError && intl.formatMessage(kanaErrors[kanaError] ?? m.kanaNotKana)}
        {...register('fullNameKana')}
      />
      <Controller
        control={control}
        name="birthDate"
        render={({ field }) => <DateField label={intl.formatMessage(m.birthDate)} hint={intl.formatMessage(m.birthDateHint)} value={field.value} onChange={field.onChange} onBlur={field.onBlur} />}
      />
      <div>
        <Button type="submit">{intl.formatMessage(m.findPerson)}</Button>
      </div>
    </LookupForm>
  );
}
