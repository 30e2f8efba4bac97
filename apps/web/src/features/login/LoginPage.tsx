import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { Navigate, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { z } from 'zod';
import { homeFor } from '../../app/me';
import { errorFacts } from '../../graphql/errors';
import { graphql } from '../../gql';
import { session, useSession } from '../../session/session-store';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { TextField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { PageHeading } from '../../ui/PageHeading';
import { m } from './messages';

const LOGIN = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
      user {
        id
        roles
      }
    }
  }
`);

const schema = z.object({ email: z.email(), password: z.string().min(1) });
type Credentials = z.infer<typeof schema>;

export function LoginPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { token, ended } = useSession();
  // Someone who opens the login page while signed in goes home; a sign-in made here goes to
  // the desk of the user's role instead (below).
  const [signedInOnArrival] = useState(token !== null);
  const [login, { error, loading }] = useMutation(LOGIN);
  const { register, handleSubmit, formState } = useForm<Credentials>({ resolver: zodResolver(schema), defaultValues: { email: '', password: '' } });
  if (signedInOnArrival) return <Navigate to="/" />;

  const submit = handleSubmit(async (credentials) => {
    const { data } = await login({ variables: credentials }).catch(() => ({ data: undefined }));
    if (!data) return;
    session.start(data.login.token, data.login.expiresAt);
    await navigate({ to: homeFor(data.login.user.roles) });
  });

  const wrongCredentials = error && errorFacts(error).code === 'UNAUTHENTICATED';
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <p className="mb-2 text-std-20B-150 text-blue-1000">連携 Renkei</p>
      <p className="mb-6 text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.lead)}</p>
      <PageHeading title={intl.formatMessage(m.title)} />
      {ended && !error && (
        <Notice tone={ended === 'signedOut' ? 'info' : 'warning'} className="mb-6">
          {intl.formatMessage(m[ended])}
        </Notice>
      )}
      {wrongCredentials ? <Notice tone="error" className="mb-6">{intl.formatMessage(m.wrongCredentials)}</Notice> : <ErrorNotice error={error} className="mb-6" />}
      <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-6">
        <TextField
          label={intl.formatMessage(m.email)}
          type="email"
          autoComplete="username"
          autoFocus
          required
          error={formState.errors.email && intl.formatMessage(m.emailInvalid)}
          {...register('email')}
        />
        <TextField
          label={intl.formatMessage(m.password)}
          type="password"
          autoComplete="current-password"
          required
          error={formState.errors.password && intl.formatMessage(m.passwordMissing)}
          {...register('password')}
        />
        <Button type="submit" size="lg" disabled={loading}>
          {intl.formatMessage(loading ? m.submitting : m.submit)}
        </Button>
      </form>
    </main>
  );
}
