import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { consentMethodLabels, label, purposeLabels } from '../../../app/labels';
import { useAccessChange } from '../../../graphql/read-anew';
import type { ConsentMethod, Purpose } from '../../../gql/enums';
import { Button } from '../../../ui/Button';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { SelectField, TextField } from '../../../ui/fields';
import { m as ui } from '../../../ui/messages';
import { CheckboxGroup } from './CheckboxGroup';
import { consentFormSchema, endOfDay, provisionsOf, startOfDay, todayInJapan, type ConsentForm, type ConsentFormError } from './consent-input';
import { m, mv } from './messages';
import { ProvisionGrid } from './ProvisionGrid';
import { RECORD_CONSENT } from './queries';

type Agency = { id: string; name: string };

/**
 * Records the person's consent. Whose data it covers follows APPI art. 27: a caseworker
 * records what their own agency obtained; a coordinator names providers, or none for the
 * common consent form covering every team agency.
 */
export function RecordConsentForm({ caseId, team, ownAgency, coordinator, onDone }: {
  caseId: string;
  team: readonly Agency[];
  ownAgency: Agency;
  coordinator: boolean;
  onDone: (recorded: boolean) => void;
}) {
  const intl = useIntl();
  // Every visible screen may change with a consent (summaries, the case record): read them all anew.
  const [record, { error, loading }] = useAccessChange(RECORD_CONSENT);
  const today = todayInJapan();
  const { register, control, handleSubmit, formState } = useForm<ConsentForm>({
    resolver: zodResolver(consentFormSchema),
    defaultValues: { method: '', obtainedAt: today, validFrom: today, validUntil: '', evidenceNote: '', providerAgencyIds: [], purposes: ['CASE_COORDINATION'], cells: {} },
  });
  const errors = formState.errors;
  // The grid's error is on the record of cells itself. The resolver files it under `root` only
  // when a registered cell's name looks like an array index (an agency id starting with a
  // digit), else on the record: read both (TypeScript takes either for a cell's key).
  const cellsErrors = errors.cells as { message?: string; root?: { message?: string } } | undefined;
  const cellsError = cellsErrors?.root?.message ?? cellsErrors?.message;
  const message = (key: string | undefined) => (key ? intl.formatMessage(m[key as ConsentFormError]) : undefined);

  const submit = handleSubmit(async (form) => {
    const input = {
      caseId,
      method: form.method as ConsentMethod,
      obtainedAt: startOfDay(form.obtainedAt),
      validFrom: startOfDay(form.validFrom),
      validUntil: form.validUntil ? endOfDay(form.validUntil) : null,
      evidenceNote: form.evidenceNote,
      providerAgencyIds: coordinator ? form.providerAgencyIds : [ownAgency.id],
      provisions: provisionsOf(form.cells, form.purposes as Purpose[]),
    };
    const result = await record({ variables: { input } }).catch(() => null);
    if (result?.data) onDone(true);
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-6 rounded-8 border-2 border-blue-900 p-4">
      <h3 className="text-std-20B-150">{intl.formatMessage(m.formTitle)}</h3>
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          label={intl.formatMessage(m.method)}
          required
          error={message(errors.method?.message)}
          options={[{ value: '', label: intl.formatMessage(m.chooseMethod) }, ...(Object.keys(consentMethodLabels) as ConsentMethod[]).map((v) => ({ value: v, label: label(intl, consentMethodLabels, v) }))]}
          {...register('method')}
        />
        <TextField label={intl.formatMessage(m.obtainedAt)} type="date" required max={today} error={message(errors.obtainedAt?.message)} {...register('obtainedAt')} />
        <TextField label={intl.formatMessage(m.validFrom)} type="date" required error={message(errors.validFrom?.message)} {...register('validFrom')} />
        <TextField label={intl.formatMessage(m.validUntil)} type="date" hint={intl.formatMessage(m.validUntilHint)} error={message(errors.validUntil?.message)} {...register('validUntil')} />
      </div>
      <TextField label={intl.formatMessage(m.evidenceNote)} error={message(errors.evidenceNote?.message)} {...register('evidenceNote')} />
      {coordinator ? (
        <Controller
          control={control}
          name="providerAgencyIds"
          render={({ field }) => (
            <CheckboxGroup
              legend={intl.formatMessage(m.providers)}
              hint={intl.formatMessage(m.providersHint)}
              options={team.map((agency) => ({ value: agency.id, label: agency.name }))}
              value={field.value}
              onChange={field.onChange}
            />
          )}
        />
      ) : (
        <div>
          <p className="mb-2 text-std-17B-170">{intl.formatMessage(m.providers)}</p>
          <p className="text-std-16N-170">{intl.formatMessage(mv.ownData, { agency: ownAgency.name })}</p>
        </div>
      )}
      <Controller
        control={control}
        name="purposes"
        render={({ field }) => (
          <CheckboxGroup
            legend={intl.formatMessage(m.purposes)}
            hint={intl.formatMessage(m.purposesHint)}
            error={message(errors.purposes?.message)}
            options={(Object.keys(purposeLabels) as Purpose[]).map((p) => ({ value: p, label: label(intl, purposeLabels, p) }))}
            value={field.value}
            onChange={field.onChange}
          />
        )}
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-std-17B-170">{intl.formatMessage(m.grid)}</legend>
        <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.gridHint)}</p>
        {/* A caseworker's consent covers their own agency's data: sharing it with itself means nothing. */}
        <ProvisionGrid recipients={coordinator ? team : team.filter((agency) => agency.id !== ownAgency.id)} register={register} />
        {cellsError && <p role="alert" className="text-dns-16N-130 text-error-1">＊{message(cellsError)}</p>}
      </fieldset>
      <ErrorNotice error={error} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={loading}>
          {intl.formatMessage(m.submit)}
        </Button>
        <Button variant="outline" onClick={() => onDone(false)}>
          {intl.formatMessage(ui.cancel)}
        </Button>
      </div>
    </form>
  );
}
