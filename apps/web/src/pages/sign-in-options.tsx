import { isSsoErrorCode, ssoErrorMessage, type TSignInOptions } from '@belonging/domain';
import { readProviderLogout, type TProviderLogout } from '@belonging/client';
import { useState, type ReactNode } from 'react';

/** "Sign in with <trust>" buttons: real links to the server's start address, carrying `next`. */
export function SsoButtons({ options, next }: { options: TSignInOptions; next: string | null }) {
  if (options.sso.length === 0) return null;
  return (
    <ul className="nhsuk-list" aria-label="Sign in with your trust account">
      {options.sso.map((o) => (
        <li key={o.startUrl}>
          <a
            className="nhsuk-button"
            href={next ? `${o.startUrl}&next=${encodeURIComponent(next)}` : o.startUrl}
            draggable={false}
          >
            Sign in with {o.organisationName}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Why a single sign-on came back here (`?sso_error=`), in words; nothing for an unknown code. */
export function SsoError({ code, options }: { code: string | null; options?: TSignInOptions }) {
  if (!isSsoErrorCode(code)) return null;
  const only = options?.sso.length === 1 ? options.sso[0]?.organisationName : undefined;
  return (
    <div className="nhsuk-error-summary" role="alert" tabIndex={-1} aria-labelledby="sso-error">
      <h2 className="nhsuk-error-summary__title" id="sso-error">
        You are not signed in
      </h2>
      <div className="nhsuk-error-summary__body">
        <p>{ssoErrorMessage(code, only)}</p>
      </div>
    </div>
  );
}

/**
 * The password form: open when password sign-in is on, else folded away under a details element
 * for the break-glass admin; opened whenever it holds an error.
 */
export function PasswordFormPlace({
  isOpen,
  hasErrors,
  children,
}: {
  isOpen: boolean;
  hasErrors: boolean;
  children: ReactNode;
}) {
  const [expanded, setExpanded] = useState(false);
  if (isOpen) return <>{children}</>;
  return (
    <details
      className="nhsuk-details"
      open={expanded || hasErrors}
      onToggle={(event) => setExpanded(event.currentTarget.open)}
    >
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">
          Sign in with a password (administrators)
        </span>
      </summary>
      <div className="nhsuk-details__text">{children}</div>
    </details>
  );
}

/** After signing out: also sign out of the trust's provider, when it has a logout address. */
export function ProviderLogoutOffer({ logout }: { logout: TProviderLogout | null }) {
  if (!logout) return null;
  return (
    <p>
      <a href={logout.url}>Also sign out of {logout.organisationName}’s account</a>
    </p>
  );
}

/** The provider logout kept at sign-out, read once when the signed-out page opens. */
export function useProviderLogout(signedOut: boolean): TProviderLogout | null {
  const [logout] = useState(() => (signedOut ? readProviderLogout() : null));
  return logout;
}
