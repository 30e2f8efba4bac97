import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { showViolations } from '../../graphql/violations';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { TextField } from '../../ui/fields';
import { useCheckMessage } from '../../ui/useCheckMessage';
import type { IndicatorFigures } from './IndicatorCard';
import { targetFormSchema, type ParsedTargetForm, type TargetForm } from './indicator-forms';
import { m, mv } from './messages';
import { INDICATOR_REPORT, SET_INDICATOR_TARGET } from './operations';
import type { PeriodChoice } from './period';

/**
 * ADMIN: the target of one indicator for the period and agency shown (a month's or the
 * 年度's); an empty value clears it. The figures are read again, so the card shows it at once.
 */
export function TargetDialog({ indicator, period, periodLabel, agencyId, onClose }: { indicator: IndicatorFigures | null; period: PeriodChoice; periodLabel: string; agencyId: string | null; onClose: () => void }) {
  const intl = useIntl();
  const check = useCheckMessage(m);
  const [setTarget, { error, loading, reset: resetMutation }] = useMutation(SET_INDICATOR_TARGET, { refetchQueries: [INDICATOR_REPORT], awaitRefetchQueries: true });
  const { register, handleSubmit, setError, reset, formState } = useForm<TargetForm, unknown, ParsedTargetForm>({ resolver: zodResolver(targetFormSchema), defaultValues: { value: '' } });
  useEffect(() => {
    if (indicator) reset({ value: indicator.target == null ? '' : String(indicator.target) });
  }, [indicator, reset]);
  const close = () => {
    resetMutation();
    onClose();
  };
  const submit = handleSubmit(async ({ value }) => {
    if (!indicator) return;
    const input = { key: indicator.key, fiscalYear: period.fiscalYear, month: period.month, agencyId, value };
    const result = await setTarget({ variables: { input } }).catch((failure: unknown) => {
      showViolations(failure, setError, { fields: ['value'] });
      return null;
    });
    if (result?.data) close();
  });
  return (
    <ConfirmDialog
      title={intl.formatMessage(mv.targetDialogTitle, { title: indicator?.title ?? '', period: periodLabel })}
      confirmLabel={intl.formatMessage(m.save)}
      isOpen={indicator !== null}
      onCancel={close}
      onConfirm={() => void submit()}
      error={error}
      loading={loading}
    >
      <TextField
        label={intl.formatMessage(m.targetValue)}
        inputMode="decimal"
        className="max-w-40"
        hint={intl.formatMessage(m.targetHint)}
        error={check(formState.errors.value?.message ?? (formState.errors.value ? 'targetInvalid' : undefined))}
        {...register('value')}
      />
    </ConfirmDialog>
  );
}
