import { useFormContext, useWatch } from 'react-hook-form';
import { useIntl } from 'react-intl';
import type { DataCategory } from '../../gql/enums';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { TextArea } from '../../ui/fields';
import type { AssessmentForm, AssessmentFormError, DomainState } from './assessment-form';
import { domainName } from './domains';
import { RadioOption } from '../../ui/RadioOption';
import { m, mv } from './messages';

const STATES: ReadonlyArray<{ value: DomainState; message: keyof typeof m }> = [
  { value: 'written', message: 'stateWritten' },
  { value: 'unknown', message: 'stateUnknown' },
  { value: 'none', message: 'stateNone' },
];

/** The assessment sheet's checklist: each life domain written, not known yet, or not applicable. */
export function DomainChecklist() {
  const intl = useIntl();
  const { getValues } = useFormContext<AssessmentForm>();
  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="mb-2 text-std-20B-150">{intl.formatMessage(m.domainsLegend)}</legend>
      <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.domainsHint)}</p>
      {getValues('domains').map((domain, index) => (
        <DomainRow key={domain.category} index={index} category={domain.category as DataCategory} />
      ))}
    </fieldset>
  );
}

function DomainRow({ index, category }: { index: number; category: DataCategory }) {
  const intl = useIntl();
  const { register, control, formState } = useFormContext<AssessmentForm>();
  const state = useWatch({ control, name: `domains.${index}.state` });
  const name = domainName(intl, category);
  const error = formState.errors.domains?.[index]?.text?.message as AssessmentFormError | undefined;
  return (
    <div className="rounded-8 border border-solid-gray-420 p-4">
      <ChoiceGroup legend={name} itemsClassName="flex flex-wrap gap-x-6 gap-y-2">
        {STATES.map((choice) => (
          <RadioOption key={choice.value} value={choice.value} label={intl.formatMessage(m[choice.message])} {...register(`domains.${index}.state`)} />
        ))}
      </ChoiceGroup>
      {state === 'written' && (
        <div className="mt-3">
          <TextArea label={intl.formatMessage(mv.domainState, { domain: name })} required rows={3} error={error ? intl.formatMessage(m[error]) : undefined} {...register(`domains.${index}.text`)} />
        </div>
      )}
    </div>
  );
}
