import { ZChangePasswordInput } from '@belonging/domain';
import { ErrorSummary, TextInput } from '@belonging/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { PageTitle } from '../lib/error-title.tsx';
import { pageTitle } from '../lib/page-title.ts';
import { landingFor } from '../lib/roles.ts';
import { useMe } from '../lib/use-me.ts';
import { summaryItems, useTRPC, useFormErrors } from '@belonging/client';
import { textFieldProps } from '../lib/text-field-props.ts';

export function ChangePasswordPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const me = useMe();
  const [form, setForm] = useState({ currentPassword: '', newPassword: '' });
  const { errors, check, showServerError } = useFormErrors();
  const text = textFieldProps(form, setForm, errors);

  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.auth.pathFilter());
        void navigate(landingFor(me.data?.roles ?? []), {
          state: { flash: 'Your password has been changed.' },
        });
      },
      onError: (error) => showServerError(error, 'currentPassword'),
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = check(ZChangePasswordInput.safeParse(form));
    if (input) change.mutate(input);
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageTitle text={pageTitle('Change your password')} />
        <ErrorSummary errors={summaryItems(errors, ['currentPassword', 'newPassword'])} />
        <h1>Change your password</h1>
        {me.data?.mustChangePassword ? (
          <p>You were given a temporary password. Choose your own before you continue.</p>
        ) : null}
        <form onSubmit={submit} noValidate>
          <TextInput
            {...text('currentPassword')}
            label="Current password"
            type="password"
            autoComplete="current-password"
          />
          <TextInput
            {...text('newPassword')}
            label="New password"
            hint="At least 12 characters. A few unrelated words make a strong password."
            type="password"
            autoComplete="new-password"
          />
          <button className="nhsuk-button" type="submit" disabled={change.isPending}>
            Change password
          </button>
        </form>
      </div>
    </div>
  );
}
