import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { dataCategoryLabels, label, legalGroundLabels } from '../../app/labels';
import type { DataCategory } from '../../gql/enums';
import { errorMessages, hasCode } from '../../graphql/errors';
import { useAccessChange } from '../../graphql/read-anew';
import { showViolations } from '../../graphql/violations';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { TextArea, TextField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { RadioOption } from '../../ui/RadioOption';
import { CheckboxGroup } from '../cases/consents/CheckboxGroup';
import { declareFormSchema, emptyDeclareForm, LEGAL_GROUNDS, REASON_MIN, toDeclareInput, type DeclareForm } from './declare-form';
import { m } from './messages';
import { DECLARE_EMERGENCY_ACCESS } from './operations';

const CATEGORIES = Object.keys(dataCategoryLabels) as DataCategory[];

// The form's check keys (declare-form.ts) and the server's refused fields, in the caseworker's words.
const fieldMessages = { errCategories: m.errCategories, errLegalGround: m.errLegalGround, errReasonTooLong: m.errReasonTooLong, errPassword: m.errPassword, wrongPassword: m.wrongPassword };
const violationKeys: Record<string, string> = { categories: 'errCategories', legalGround: 'errLegalGround', reason: 'reasonTooShort', password: 'errPassword' };

/**
 * 緊急時の閲覧の申告: what to open, on which legal ground, why, and the password again (a stolen
 * session cannot declare). A refusal keeps what was written; only the password is asked anew.
 */
export function DeclareEmergencyDialog({ caseId, onClose }: { caseId: string; onClose: (declared: boolean) => void }) {
  const intl = useIntl();
  // Every section of the case page (and the banner) is read again under the declaration.
  const [declare, { error, loading }] = useAccessChange(DECLARE_EMERGENCY_ACCESS);
  const { register, control, handleSubmit, setError, setValue, formState } = useForm<DeclareForm>({ resolver: zodResolver(declareFormSchema), defaultValues: emptyDeclareForm });
  const { errors } = formState;

  const submit = handleSubmit(async (form) => {
    const result = await declare({ variables: { input: toDeclareInput(caseId, form) } }).catch((failure: unknown) => {
      if (hasCode(failure, 'FORBIDDEN')) {
        setValue('password', '');
        setError('password', { type: 'server', message: 'wrongPassword' }, { shouldFocus: true });
      }
      showViolations(failure, setError, { fields: ['categories', 'legalGround', 'reason', 'password'], messageFor: (path) => violationKeys[path.split('.')[0] ?? ''] ?? 'invalid' });
      return null;
    });
    if (result?.data) onClose(true);
  });

  const text = (key: string | undefined) => {
    if (!key) return undefined;
    if (key === 'reasonTooShort') return intl.formatMessage(m.reasonTooShort, { min: REASON_MIN });
    return intl.formatMessage(key in fieldMessages ? fieldMessages[key as keyof typeof fieldMessages] : errorMessages.BAD_USER_INPUT);
  };
  // A wrong password and the daily limit are said at their place; any other refusal above the fields.
  const refusal = hasCode(error, 'FORBIDDEN') || hasCode(error, 'RATE_LIMITED') || hasCode(error, 'BAD_USER_INPUT') ? undefined : error;

  return (
    <ConfirmDialog
      title={intl.formatMessage(m.declareTitle)}
      lead={intl.formatMessage(m.declareLead)}
      confirmLabel={intl.formatMessage(m.submit)}
      busyLabel={intl.formatMessage(m.submitting)}
      onCancel={() => onClose(false)}
      onConfirm={() => void submit()}
      error={refusal}
      loading={loading}
    >
      {hasCode(error, 'RATE_LIMITED') && <Notice tone="error">{intl.formatMessage(m.rateLimited)}</Notice>}
      <Controller
        control={control}
        name="categories"
        render={({ field }) => (
          <CheckboxGroup
            legend={intl.formatMessage(m.categories)}
            hint={intl.formatMessage(m.categoriesHint)}
            error={text(errors.categories?.message)}
            options={CATEGORIES.map((category) => ({ value: category, label: label(intl, dataCategoryLabels, category) }))}
            value={field.value}
            onChange={field.onChange}
          />
        )}
      />
      <ChoiceGroup legend={intl.formatMessage(m.legalGround)} error={text(errors.legalGround?.message)} itemsClassName="flex flex-col gap-2">
        {LEGAL_GROUNDS.map((ground) => (
          <RadioOption key={ground} value={ground} label={label(intl, legalGroundLabels, ground)} {...register('legalGround')} />
        ))}
      </ChoiceGroup>
      <TextArea label={intl.formatMessage(m.reason)} hint={intl.formatMessage(m.reasonHint)} required rows={4} error={text(errors.reason?.message)} {...register('reason')} />
      <TextField label={intl.formatMessage(m.password)} type="password" autoComplete="current-password" required error={text(errors.password?.message)} {...register('password')} />
    </ConfirmDialog>
  );
}
