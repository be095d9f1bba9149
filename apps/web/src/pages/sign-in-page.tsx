import { ZSignInInput } from '@belonging/domain';
import { ErrorSummary, SuccessBanner, TextInput } from '@belonging/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Loading } from '../components/messages.tsx';
import { PageTitle } from '../lib/error-title.tsx';
import { pageTitle } from '../lib/page-title.ts';
import { isAdminPath, safeNext } from '../lib/next-path.ts';
import { landingFor } from '../lib/roles.ts';
import { useMe } from '../lib/use-me.ts';
import {
  forgetProviderLogout,
  summaryItems,
  useTRPC,
  errorCode,
  useFormErrors,
} from '@belonging/client';
import { textFieldProps } from '../lib/text-field-props.ts';
import {
  PasswordFormPlace,
  ProviderLogoutOffer,
  SsoButtons,
  SsoError,
  useProviderLogout,
} from './sign-in-options.tsx';

/** Sends a signed-in person on to an admin page they were asked to sign in for. */
function LeaveForAdmin({ path }: { path: string }) {
  useEffect(() => window.location.replace(path), [path]);
  return <Loading />;
}

export function SignInPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const me = useMe();
  const [params] = useSearchParams();
  const [form, setForm] = useState({ email: '', password: '' });
  const { errors, check, showServerError } = useFormErrors();
  const text = textFieldProps(form, setForm, errors);
  const options = useQuery(trpc.auth.signInOptions.queryOptions());
  const providerLogout = useProviderLogout(Boolean(params.get('signedOut')));

  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: async () => {
        forgetProviderLogout();
        // fetchQuery refreshes the cached answer; navigating straight after it means the signed-in
        // header and the landing page appear together, so nothing can be clicked in between.
        const who = await queryClient.fetchQuery({ ...trpc.auth.me.queryOptions(), staleTime: 0 });
        const target = safeNext(params.get('next')) ?? landingFor(who?.roles ?? []);
        if (isAdminPath(target)) window.location.assign(target);
        else void navigate(target, { replace: true });
      },
      // A wrong email or password is one message on the email field: which one was wrong stays unsaid.
      onError: (error) =>
        showServerError(error, errorCode(error) === 'TOO_MANY_REQUESTS' ? 'password' : 'email'),
    }),
  );

  if (me.isPending || options.isPending) return <Loading />;
  if (me.data && !signIn.isPending && !signIn.isSuccess) {
    const next = safeNext(params.get('next'));
    if (next && isAdminPath(next)) return <LeaveForAdmin path={next} />;
    return <Navigate to={landingFor(me.data.roles)} replace />;
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = check(ZSignInInput.safeParse(form));
    if (input) signIn.mutate(input);
  };

  // Until the options load (or if they fail), the password form shows as it always has.
  const passwordFormOpen = options.data?.passwordFormOpen ?? true;
  const hasSso = (options.data?.sso.length ?? 0) > 0;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageTitle text={pageTitle('Sign in')} />
        {params.get('signedOut') ? (
          <SuccessBanner title="Signed out" id="signed-out">
            <p className="nhsuk-notification-banner__heading">You have signed out.</p>
            <ProviderLogoutOffer logout={providerLogout} />
          </SuccessBanner>
        ) : null}
        <SsoError code={params.get('sso_error')} options={options.data} />
        <ErrorSummary errors={summaryItems(errors, ['email', 'password'])} />
        <h1>Sign in to Belonging Tracker</h1>
        {options.data ? (
          <SsoButtons options={options.data} next={safeNext(params.get('next'))} />
        ) : null}
        <PasswordFormPlace isOpen={passwordFormOpen} hasErrors={Object.keys(errors).length > 0}>
          <p>
            {hasSso
              ? 'Or use the email address and password your trust’s EDI team gave you.'
              : 'Use the email address and password your trust’s EDI team gave you.'}
          </p>
          <form onSubmit={submit} noValidate>
            <TextInput
              {...text('email')}
              label="Email address"
              type="email"
              autoComplete="username"
              spellCheck={false}
            />
            <TextInput
              {...text('password')}
              label="Password"
              type="password"
              autoComplete="current-password"
            />
            <button className="nhsuk-button" type="submit" disabled={signIn.isPending}>
              Sign in
            </button>
          </form>
        </PasswordFormPlace>
      </div>
    </div>
  );
}
