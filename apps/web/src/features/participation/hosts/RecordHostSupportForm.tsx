import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { useId } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { label } from '../../../app/labels';
import { showViolations } from '../../../graphql/violations';
import { Button } from '../../../ui/Button';
import { DateField } from '../../../ui/DateField';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { Checkbox, SelectField, TextArea } from '../../../ui/fields';
import { useCheckMessage } from '../../../ui/useCheckMessage';
import { emptyHostSupportForm, hostSupportFormSchema, MAX_NOTE, toRecordHostSupportInput, type HostSupportForm } from './host-support-form';
import { hostSupportKindLabels, m } from './messages';
import { RECORD_HOST_SUPPORT, RESOURCE_HOST_SUPPORT } from './operations';

const KINDS = Object.keys(hostSupportKindLabels) as (keyof typeof hostSupportKindLabels)[];

/** 支援を記録する: one note of support given to the host; the section's list is read again after. */
export function RecordHostSupportForm({ resourceId, onDone }: { resourceId: string; onDone: (saved: boolean) => void }) {
  const intl = useIntl();
  const headingId = useId();
  const { control, register, handleSubmit, formState, setError } = useForm<HostSupportForm>({ resolver: zodResolver(hostSupportFormSchema), defaultValues: emptyHostSupportForm() });
  const errors = formState.errors;
  const error = useCheckMessage(m);
  const [record, { loading, error: failure }] = useMutation(RECORD_HOST_SUPPORT, {
    refetchQueries: [{ query: RESOURCE_HOST_SUPPORT, variables: { id: resourceId } }],
    awaitRefetchQueries: true,
  });

  const submit = handleSubmit(async (values) => {
    try {
      await record({ variables: { input: toRecordHostSupportInput(resourceId, values) } });
      onDone(true);
    } catch (refused) {
      showViolations(refused, setError, { fields: ['kind', 'supportedOn', 'note', 'needsFollowUp'], messageFor: () => intl.formatMessage(m.errInvalid) });
    }
  });

  const kinds = KINDS.map((kind) => ({ value: kind, label: label(intl, hostSupportKindLabels, kind) }));
  return (
    <section aria-labelledby={headingId} className="mb-6 rounded-8 border border-solid-gray-420 bg-white p-4">
      <h3 id={headingId} className="mb-4 text-std-20B-150">
        {intl.formatMessage(m.formHeading)}
      </h3>
      <form onSubmit={(event) => void submit(event)} noValidate className="flex max-w-3xl flex-col gap-6">
        <div className="grid gap-6 md:grid-cols-2">
          <SelectField label={intl.formatMessage(m.kind)} required options={[{ value: '', label: intl.formatMessage(m.chooseKind) }, ...kinds]} error={error(errors.kind?.message)} {...register('kind')} />
          <Controller
            control={control}
            name="supportedOn"
            render={({ field }) => <DateField label={intl.formatMessage(m.supportedOn)} required value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={error(errors.supportedOn?.message)} />}
          />
        </div>
        <TextArea label={intl.formatMessage(m.note)} required hint={intl.formatMessage(m.noteHint)} rows={4} maxLength={MAX_NOTE} error={error(errors.note?.message)} {...register('note')} />
        <Checkbox label={intl.formatMessage(m.needsFollowUp)} {...register('needsFollowUp')} />
        <ErrorNotice error={failure} />
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={loading}>
            {intl.formatMessage(m.save)}
          </Button>
          <Button variant="text" onClick={() => onDone(false)}>
            {intl.formatMessage(m.cancel)}
          </Button>
        </div>
      </form>
    </section>
  );
}
