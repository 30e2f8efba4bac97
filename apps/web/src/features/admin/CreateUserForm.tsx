import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { z } from 'zod';
import { label, roleLabels } from '../../app/labels';
import type { Role } from '../../gql/enums';
import { hasCode } from '../../graphql/errors';
import { showViolations } from '../../graphql/violations';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Checkbox, SelectField, TextField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { m, mv } from './messages';
import { AGENCIES, CREATE_USER, USERS } from './operations';

const ROLES = Object.keys(roleLabels) as Role[];

// The server's own limits (CreateUserInput), checked here first so the form names the field.
const schema = z.object({
  displayName: z.string().trim().min(1).max(100),
  email: z.email().max(254),
  password: z.string().min(12).max(256),
  agencyId: z.string().min(1),
  roles: z.array(z.enum(ROLES as [Role, ...Role[]])).min(1),
});
type NewUser = z.infer<typeof schema>;

export function CreateUserForm() {
  const intl = useIntl();
  const [created, setCreated] = useState<string | null>(null);
  const agencies = useQuery(AGENCIES);
  const [createUser, { error, loading }] = useMutation(CREATE_USER, { refetchQueries: [USERS] });
  const { register, handleSubmit, reset, setError, formState } = useForm<NewUser>({
    resolver: zodResolver(schema),
    defaultValues: { displayName: '', email: '', password: '', agencyId: '', roles: [] },
  });
  const errors = formState.errors;

  const submit = handleSubmit(async (input) => {
    setCreated(null);
    const result = await createUser({ variables: { input } }).catch((failure: unknown) => {
      // A taken email is a CONFLICT; it belongs to the email field, not to the whole form.
      if (hasCode(failure, 'CONFLICT')) setError('email', { type: 'conflict' });
      showViolations(failure, setError, { fields: ['displayName', 'email', 'password', 'agencyId', 'roles'] });
      return null;
    });
    if (!result?.data) return;
    setCreated(result.data.createUser.displayName);
    reset();
  });

  const agencyOptions = [{ value: '', label: intl.formatMessage(m.choose) }, ...(agencies.data?.agencies ?? []).map((agency) => ({ value: agency.id, label: agency.name }))];
  const rolesErrorId = 'create-user-roles-error';
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex max-w-2xl flex-col gap-4 rounded-8 border border-solid-gray-420 p-4">
      <h3 className="text-std-20B-150">{intl.formatMessage(m.createUser)}</h3>
      {created && <Notice tone="success">{intl.formatMessage(mv.userCreated, { name: created })}</Notice>}
      {!hasCode(error, 'CONFLICT') && <ErrorNotice error={error ?? agencies.error} />}
      <TextField label={intl.formatMessage(m.userName)} required autoComplete="off" error={errors.displayName && intl.formatMessage(m.nameRequired)} {...register('displayName')} />
      <TextField
        label={intl.formatMessage(m.userEmail)}
        type="email"
        required
        autoComplete="off"
        error={errors.email && intl.formatMessage(errors.email.type === 'conflict' ? m.emailTaken : m.emailInvalid)}
        {...register('email')}
      />
      <TextField
        label={intl.formatMessage(m.password)}
        type="password"
        required
        autoComplete="new-password"
        hint={intl.formatMessage(m.passwordHint)}
        error={errors.password && intl.formatMessage(m.passwordTooShort)}
        {...register('password')}
      />
      <SelectField label={intl.formatMessage(m.userAgency)} required options={agencyOptions} error={errors.agencyId && intl.formatMessage(m.agencyRequired)} {...register('agencyId')} />
      <fieldset aria-describedby={errors.roles ? rolesErrorId : undefined} aria-invalid={errors.roles ? true : undefined} className="flex flex-col gap-2">
        <legend className="mb-2 text-std-17B-170 text-solid-gray-800">{intl.formatMessage(m.userRoles)}</legend>
        {ROLES.map((role) => (
          <Checkbox key={role} value={role} label={label(intl, roleLabels, role)} {...register('roles')} />
        ))}
        {errors.roles && (
          <p id={rolesErrorId} className="text-dns-16N-130 text-error-1">
            ＊{intl.formatMessage(m.rolesRequired)}
          </p>
        )}
      </fieldset>
      <div>
        <Button type="submit" disabled={loading}>
          {intl.formatMessage(m.createUser)}
        </Button>
      </div>
    </form>
  );
}
