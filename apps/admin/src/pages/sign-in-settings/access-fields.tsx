import { NEW_ACCOUNT_ROLES, ROLE_LABELS } from '@belonging/domain';
import { Checkbox, ErrorMessage } from '@belonging/ui';
import type { TFieldErrors } from '@belonging/client';
import type { ReactNode } from 'react';
import { SelectField } from '../../components/fields.tsx';
import type { TSavedSignInSettings, TSignInForm } from './sign-in-form-state.ts';

type Props = {
  saved: TSavedSignInSettings;
  form: TSignInForm;
  set: (patch: Partial<TSignInForm>) => void;
  errors: TFieldErrors;
};

const ROLE_CHOICES = [
  { value: '', label: 'Choose a role' },
  ...NEW_ACCOUNT_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
];

/** A checkbox whose error shows above it, in the NHS error style. */
function CheckedField({
  name,
  error,
  children,
}: {
  name: string;
  error?: string;
  children: ReactNode;
}) {
  if (!error) return <>{children}</>;
  return (
    <div className="nhsuk-form-group nhsuk-form-group--error">
      <ErrorMessage id={`field-${name}-error`}>{error}</ErrorMessage>
      {children}
    </div>
  );
}

/** New accounts on a first single sign-on, with their role. */
export function NewAccountFields({ form, set, errors }: Omit<Props, 'saved'>) {
  return (
    <>
      <h2>New accounts</h2>
      <CheckedField name="createAccounts" error={errors.createAccounts}>
        <Checkbox
          id="field-createAccounts"
          label="Create accounts for new sign-ins"
          hint="Someone the provider signs in whose verified email has no account here gets one. Left off, only people already added on the People page can sign in."
          checked={form.createAccounts}
          onChange={(createAccounts) => set({ createAccounts })}
        />
      </CheckedField>
      {form.createAccounts ? (
        <SelectField
          name="newAccountRole"
          label="Role for new accounts"
          hint="Never the EDI team: anyone the provider lets in would control the tracker. Add EDI team members on the People page."
          options={ROLE_CHOICES}
          value={form.newAccountRole}
          onChange={(newAccountRole) => set({ newAccountRole })}
          error={errors.newAccountRole}
        />
      ) : null}
    </>
  );
}

/** Password sign-in on or off, and the break-glass admin who keeps a password when it is off. */
export function PasswordFields({ saved, form, set, errors }: Props) {
  const choices = [
    { value: '', label: 'Choose an EDI team member' },
    ...saved.breakGlassCandidates.map((c) => ({ value: c.id, label: `${c.name} (${c.email})` })),
  ];
  return (
    <>
      <h2>Password sign-in</h2>
      <CheckedField name="passwordSignInDisabled" error={errors.passwordSignInDisabled}>
        <Checkbox
          id="field-passwordSignInDisabled"
          label="Turn password sign-in off for this trust"
          hint="Everyone signs in with single sign-on. Only the break-glass admin can still sign in with a password, for when the provider fails."
          checked={form.passwordSignInDisabled}
          onChange={(passwordSignInDisabled) => set({ passwordSignInDisabled })}
        />
      </CheckedField>
      {form.passwordSignInDisabled || form.breakGlassUserId ? (
        <SelectField
          name="breakGlassUserId"
          label="Break-glass admin"
          hint="An active member of the EDI team who keeps their password"
          options={choices}
          value={form.breakGlassUserId}
          onChange={(breakGlassUserId) => set({ breakGlassUserId })}
          error={errors.breakGlassUserId}
        />
      ) : null}
    </>
  );
}
