import { Checkbox, InsetText, SummaryList } from '@belonging/ui';
import type { TFieldErrors } from '@belonging/client';
import { TextField } from '../../components/fields.tsx';
import { RedirectUri } from './redirect-uri.tsx';
import type { TSavedSignInSettings, TSignInForm } from './sign-in-form-state.ts';

type Props = {
  saved: TSavedSignInSettings;
  form: TSignInForm;
  set: (patch: Partial<TSignInForm>) => void;
  errors: TFieldErrors;
};

/** The provider: issuer, client id and a write-only secret, or the environment's values read-only. */
export function ProviderFields({ saved, form, set, errors }: Props) {
  const redirectUri = saved.redirectUri ?? `${window.location.origin}/auth/sso/callback`;
  if (saved.fromEnvironment)
    return (
      <>
        <InsetText>
          <p>
            The server’s environment sets single sign-on for this trust (OIDC_ISSUER, OIDC_CLIENT_ID
            and OIDC_CLIENT_SECRET). Change these there.
          </p>
        </InsetText>
        <SummaryList
          rows={[
            { key: 'Issuer', value: saved.fromEnvironment.issuer },
            { key: 'Client ID', value: saved.fromEnvironment.clientId },
            { key: 'Client secret', value: 'Set in the environment' },
          ]}
        />
        <RedirectUri uri={redirectUri} hasAppOrigin={saved.redirectUri !== null} />
      </>
    );
  return (
    <>
      <TextField
        name="issuer"
        type="url"
        label="Issuer"
        hint="The provider’s issuer address. For Microsoft Entra ID: https://login.microsoftonline.com/<tenant-id>/v2.0. Leave empty to turn single sign-on off."
        value={form.issuer}
        onChange={(issuer) => set({ issuer })}
        error={errors.issuer}
      />
      <TextField
        name="clientId"
        label="Client ID"
        hint="The application (client) ID from the provider’s app registration"
        value={form.clientId}
        onChange={(clientId) => set({ clientId })}
        error={errors.clientId}
      />
      {saved.secretSet ? (
        <p id="secret-stored">
          <strong>A secret is stored.</strong> It is never shown again. Enter a new one below only
          to replace it.
        </p>
      ) : null}
      <TextField
        name="clientSecret"
        type="password"
        autoComplete="new-password"
        label={saved.secretSet ? 'Replace the client secret (optional)' : 'Client secret'}
        hint={
          saved.canStoreSecret
            ? 'The client secret’s value (not its ID) from the provider; stored sealed and never shown again'
            : 'This server has no SETTINGS_KEY, so a secret cannot be stored here: set SETTINGS_KEY, or OIDC_CLIENT_SECRET in the environment'
        }
        value={form.clientSecret}
        onChange={(clientSecret) => set({ clientSecret, clearClientSecret: false })}
        error={errors.clientSecret}
      />
      {saved.secretSet ? (
        <Checkbox
          id="field-clearClientSecret"
          label="Remove the stored client secret"
          checked={form.clearClientSecret}
          onChange={(clearClientSecret) => set({ clearClientSecret, clientSecret: '' })}
        />
      ) : null}
      <RedirectUri uri={redirectUri} hasAppOrigin={saved.redirectUri !== null} />
    </>
  );
}
