import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { z } from 'zod';
import { consentMethodLabels, label } from '../../app/labels';
import type { ConsentMethod } from '../../gql/enums';
import { Button } from '../../ui/Button';
import { DateTimePickerField } from '../../ui/DateTimePickerField';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { SelectField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { m } from './messages';
import { RECORD_PLAN_AGREEMENT } from './operations';

const schema = z.object({
  method: z.string().min(1, 'errChoose'),
  obtainedAt: z
    .string()
    .nullable()
    .refine((value) => value !== null, 'errRequired')
    .refine((value) => value === null || Date.parse(value) <= Date.now(), 'errFuture'),
});
type AgreementError = 'errChoose' | 'errRequired' | 'errFuture';

/** The current minute: the agreement is most often recorded as it is given. */
function thisMinute(): string {
  const now = new Date();
  now.setSeconds(0, 0);
  return now.toISOString();
}

/** 本人の同意: how and when the person agreed to this plan (without it, no 支援決定). */
export function AgreementForm({ planId }: { planId: string }) {
  const intl = useIntl();
  const [record, { error, loading }] = useMutation(RECORD_PLAN_AGREEMENT);
  const [done, setDone] = useState(false);
  const { register, control, handleSubmit, formState } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { method: '', obtainedAt: thisMinute() } });
  const message = (key: string | undefined) => (key ? intl.formatMessage(m[key as AgreementError]) : undefined);

  const submit = handleSubmit(async ({ method, obtainedAt }) => {
    const result = await record({ variables: { id: planId, input: { method: method as ConsentMethod, obtainedAt } } }).catch(() => null);
    setDone(!!result?.data);
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-4">
      <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.agreementLead)}</p>
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          label={intl.formatMessage(m.agreementMethod)}
          required
          error={message(formState.errors.method?.message)}
          options={[{ value: '', label: intl.formatMessage(m.choose) }, ...(Object.keys(consentMethodLabels) as ConsentMethod[]).map((method) => ({ value: method, label: label(intl, consentMethodLabels, method) }))]}
          {...register('method')}
        />
        <Controller
          control={control}
          name="obtainedAt"
          render={({ field }) => (
            <DateTimePickerField
              label={intl.formatMessage(m.agreementObtainedAt)}
              required
              value={field.value}
              onChange={field.onChange}
              error={message(formState.errors.obtainedAt?.message)}
              calendarLabel={intl.formatMessage(m.calendar)}
            />
          )}
        />
      </div>
      <ErrorNotice error={error} />
      {done && <Notice tone="success">{intl.formatMessage(m.agreementRecorded)}</Notice>}
      <div>
        <Button type="submit" variant="outline" disabled={loading}>
          {intl.formatMessage(m.recordAgreement)}
        </Button>
      </div>
    </form>
  );
}
