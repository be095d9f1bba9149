import { ErrorSummary, PendingButton, SuccessBanner } from '@belonging/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { toErrorItems, useFormErrors, useTRPC } from '@belonging/client';
import { ConfirmQuestion, useConfirmQuestion } from '../../components/confirm-question.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { NewAccountFields, PasswordFields } from './access-fields.tsx';
import { ProviderFields } from './provider-fields.tsx';
import {
  checkSignInForm,
  formFromSaved,
  isTurningPasswordsOff,
  type TSavedSignInSettings,
  type TSignInForm,
} from './sign-in-form-state.ts';

/** Single sign-on with the trust's own accounts, new accounts, and password sign-in on or off. */
export function SignInSettingsPage() {
  usePageTitle('Sign-in settings');
  const trpc = useTRPC();
  const settings = useQuery(trpc.admin.signInSettings.get.queryOptions());
  if (settings.isPending || settings.isError)
    return <QueryState error={settings.error} what="the sign-in settings" />;
  return <SignInSettingsForm saved={settings.data} />;
}

function SignInSettingsForm({ saved }: { saved: TSavedSignInSettings }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const e = useFormErrors();
  const confirm = useConfirmQuestion();
  const [form, setForm] = useState<TSignInForm>(() => formFromSaved(saved));
  const [done, setDone] = useState('');
  const set = (patch: Partial<TSignInForm>) => {
    setDone('');
    setForm((f) => ({ ...f, ...patch }));
  };
  const save = useMutation(
    trpc.admin.signInSettings.update.mutationOptions({
      onSuccess: async (result) => {
        queryClient.setQueryData(trpc.admin.signInSettings.get.queryKey(), result);
        await queryClient.invalidateQueries(trpc.auth.signInOptions.pathFilter());
        setForm(formFromSaved(result));
        confirm.close();
        setDone('The sign-in settings are saved.');
      },
      onError: (error) => {
        confirm.close();
        e.fromServer(error);
      },
    }),
  );

  const checked = () => {
    const { parsed, problems } = checkSignInForm(form, saved);
    return e.check(parsed, problems);
  };
  function submit(event: FormEvent) {
    event.preventDefault();
    setDone('');
    if (save.isPending) return;
    const input = checked();
    if (!input) return;
    // Turning password sign-in off locks out everyone whose single sign-on does not work: ask first.
    if (isTurningPasswordsOff(form, saved)) confirm.open();
    else save.mutate(input);
  }
  const breakGlass = saved.breakGlassCandidates.find((c) => c.id === form.breakGlassUserId);

  return (
    <>
      <SuccessBanner id="sign-in-saved" focus>
        {done ? <p className="nhsuk-notification-banner__heading">{done}</p> : null}
      </SuccessBanner>
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={toErrorItems(e.errors)} description={e.message ?? undefined} />
        <h1>Sign-in settings</h1>
        <p>
          People can sign in with their trust account (for example NHSmail through Microsoft Entra
          ID) over OpenID Connect. They are matched by their verified email address to the people on
          the People page.
        </p>
        <h2>Single sign-on</h2>
        <ProviderFields saved={saved} form={form} set={set} errors={e.errors} />
        <NewAccountFields form={form} set={set} errors={e.errors} />
        <PasswordFields saved={saved} form={form} set={set} errors={e.errors} />
        {confirm.confirming ? (
          <ConfirmQuestion heading="Turn password sign-in off?" headingRef={confirm.questionRef}>
            <p>
              Everyone in this trust except {breakGlass?.name ?? 'the break-glass admin'} will have
              to sign in with single sign-on. Check first that single sign-on works: sign in with it
              in another browser.
            </p>
            <PendingButton
              className="nhsuk-button nhsuk-button--warning"
              type="button"
              pending={save.isPending}
              onClick={() => {
                const input = checked();
                if (input) save.mutate(input);
              }}
            >
              Yes, turn password sign-in off
            </PendingButton>{' '}
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={confirm.cancel}
            >
              Cancel
            </button>
          </ConfirmQuestion>
        ) : (
          <button
            className="nhsuk-button"
            type="submit"
            ref={confirm.buttonRef}
            aria-disabled={save.isPending || undefined}
          >
            Save sign-in settings
          </button>
        )}
      </form>
    </>
  );
}
