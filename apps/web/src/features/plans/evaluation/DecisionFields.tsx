import type { UseFormRegister } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { label, planClosureReasonLabels, planDecisionLabels } from '../../../app/labels';
import { ChoiceGroup } from '../../../ui/ChoiceGroup';
import { SelectField, TextArea, TextField } from '../../../ui/fields';
import { CLOSURE_REASONS, DECISIONS, type EvaluationForm } from './evaluation-form';
import { m } from './messages';
import { RadioOption } from '../../../ui/RadioOption';

type Errors = Partial<Record<'decision' | 'closureReason' | 'reason' | 'watchIntervalDays', string>>;

/** The one decision after the goals (継続・終結・中断・見守り), with what that decision needs. */
export function DecisionFields({ decision, register, errors }: { decision: EvaluationForm['decision']; register: UseFormRegister<EvaluationForm>; errors: Errors }) {
  const intl = useIntl();
  return (
    <div className="flex flex-col gap-4">
      <ChoiceGroup legend={intl.formatMessage(m.decisionLegend)} error={errors.decision}>
        {DECISIONS.map((value) => (
          <RadioOption key={value} value={value} label={label(intl, planDecisionLabels, value)} {...register('decision')} />
        ))}
      </ChoiceGroup>
      {decision === 'CONTINUE' && <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.continueHint)}</p>}
      {decision === 'CLOSE' && (
        <SelectField
          label={intl.formatMessage(m.closureReason)}
          required
          error={errors.closureReason}
          options={[{ value: '', label: intl.formatMessage(m.chooseReason) }, ...CLOSURE_REASONS.map((value) => ({ value, label: label(intl, planClosureReasonLabels, value) }))]}
          {...register('closureReason')}
        />
      )}
      {decision === 'WATCH' && (
        <TextField label={intl.formatMessage(m.watchInterval)} required inputMode="numeric" hint={intl.formatMessage(m.watchIntervalHint)} error={errors.watchIntervalDays} className="max-w-40" {...register('watchIntervalDays')} />
      )}
      {decision && (
        <TextArea
          label={intl.formatMessage(decision === 'SUSPEND' ? m.reasonSuspend : decision === 'CLOSE' ? m.reasonClose : m.reasonOther)}
          required={decision === 'SUSPEND'}
          hint={decision === 'CLOSE' ? intl.formatMessage(m.reasonCloseHint) : undefined}
          rows={3}
          error={errors.reason}
          {...register('reason')}
        />
      )}
    </div>
  );
}
