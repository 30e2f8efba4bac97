import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import type { RetentionKind } from '../../gql/graphql';
import { showViolations } from '../../graphql/violations';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { TextField } from '../../ui/fields';
import { useCheckMessage } from '../../ui/useCheckMessage';
import { kindLabels, m, mv } from './messages';
import { RETENTION_POLICIES, RETENTION_REPORT, SET_RETENTION_PERIOD } from './operations';
import { MAX_DAYS, minDays, periodFormSchema, type ParsedPeriodForm, type PeriodForm } from './retention-form';

interface Policy {
  readonly kind: RetentionKind;
  readonly days?: number | null;
}

/** Sets one kind's period; an empty field keeps the data. The dry run is asked again after. */
export function RetentionPeriodDialog({ policy, onClose, onSaved }: { policy: Policy | null; onClose: () => void; onSaved: (kind: RetentionKind) => void }) {
  const intl = useIntl();
  const check = useCheckMessage(m);
  const [setPeriod, { error, loading, reset: resetMutation }] = useMutation(SET_RETENTION_PERIOD, { refetchQueries: [RETENTION_POLICIES, RETENTION_REPORT] });
  // The bounds follow the kind being edited (the access log's is 3 years).
  const min = policy ? minDays(policy.kind) : minDays('CLOSED_CASES');
  const { register, handleSubmit, setError, reset, formState } = useForm<PeriodForm, unknown, ParsedPeriodForm>({ resolver: zodResolver(periodFormSchema(min)), defaultValues: { days: '' } });
  useEffect(() => {
    if (policy) reset({ days: policy.days == null ? '' : String(policy.days) });
  }, [policy, reset]);
  const close = () => {
    resetMutation();
    onClose();
  };
  const submit = handleSubmit(async ({ days }) => {
    if (!policy) return;
    const result = await setPeriod({ variables: { kind: policy.kind, days } }).catch((failure: unknown) => {
      showViolations(failure, setError, { fields: ['days'] });
      return null;
    });
    if (result?.data) onSaved(policy.kind);
  });
  const kind = policy ? intl.formatMessage(kindLabels[policy.kind]) : '';
  return (
    <ConfirmDialog
      title={intl.formatMessage(mv.editTitle, { kind })}
      confirmLabel={intl.formatMessage(m.save)}
      isOpen={policy !== null}
      onCancel={close}
      onConfirm={() => void submit()}
      error={error}
      loading={loading}
    >
      <TextField
        label={intl.formatMessage(m.days)}
        type="number"
        inputMode="numeric"
        min={min}
        max={MAX_DAYS}
        className="max-w-40"
        hint={intl.formatMessage(mv.daysHint, { min, max: MAX_DAYS })}
        error={check(formState.errors.days?.message ?? (formState.errors.days ? 'daysInvalid' : undefined))}
        {...register('days')}
      />
    </ConfirmDialog>
  );
}
