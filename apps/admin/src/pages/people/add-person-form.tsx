import { ZAdminUserCreateInput } from '@belonging/domain';
import { ErrorSummary, PendingButton, SuccessBanner } from '@belonging/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';

import { CheckboxesField, TextField } from '../../components/fields.tsx';
import { bindFields } from '../../lib/bind-fields.ts';
import { ROLE_OPTIONS } from '../../lib/roles.ts';
import { toErrorItems, type TFieldErrors, useTRPC, useFormErrors } from '@belonging/client';

/**
 * The shared email rule speaks to the person signing in ("Enter your email address"); here the
 * address is someone else's, so its messages are reworded without changing the rule.
 */
export function forSomeoneElse(errors: TFieldErrors): TFieldErrors {
  return errors.email === 'Enter your email address'
    ? { ...errors, email: 'Enter their email address' }
    : errors;
}

const EMPTY = { name: '', email: '', jobTitle: '', temporaryPassword: '', roles: [] as string[] };

/** Adds a person with roles and a temporary password they must change when they first sign in. */
export function AddPersonForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(EMPTY);
  const e = useFormErrors();
  const errors = forSomeoneElse(e.errors);
  const field = bindFields(form, setForm, errors);
  const [added, setAdded] = useState<{ name: string; email: string; password: string } | null>(
    null,
  );
  const create = useMutation(
    trpc.admin.user.create.mutationOptions({
      onSuccess: async (result, input) => {
        setAdded({ name: input.name, email: input.email, password: result.temporaryPassword });
        setForm(EMPTY);
        await queryClient.invalidateQueries(trpc.admin.user.pathFilter());
      },
      onError: e.fromServer,
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    setAdded(null);
    const data = e.check(
      ZAdminUserCreateInput.safeParse({
        ...form,
        temporaryPassword: form.temporaryPassword === '' ? undefined : form.temporaryPassword,
      }),
    );
    if (data) create.mutate(data);
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="add-person">
      <h2 id="add-person">Add a person</h2>
      {added ? (
        <SuccessBanner id="person-added">
          <p>
            {added.name} can now sign in as {added.email} with the temporary password{' '}
            <code>{added.password}</code>.
          </p>
          <p>
            Give it to them securely: it is shown only once, and they must change it when they first
            sign in.
          </p>
        </SuccessBanner>
      ) : null}
      <ErrorSummary errors={toErrorItems(errors)} description={e.message ?? undefined} />
      <TextField label="Full name" autoComplete="off" {...field('name')} />
      <TextField
        type="email"
        label="Email address"
        hint="Their NHS email address: they sign in with it"
        {...field('email')}
      />
      <TextField label="Job title (optional)" {...field('jobTitle')} />
      <CheckboxesField
        name="roles"
        label="Roles"
        hint="Choose every role they need"
        values={form.roles}
        onChange={(roles) => setForm({ ...form, roles })}
        options={[...ROLE_OPTIONS]}
        error={errors.roles}
      />
      <TextField
        label="Temporary password (optional)"
        hint="At least 12 characters. Leave it empty and one will be made for you."
        {...field('temporaryPassword')}
      />
      <PendingButton type="submit" pending={create.isPending}>
        Add person
      </PendingButton>
    </form>
  );
}
