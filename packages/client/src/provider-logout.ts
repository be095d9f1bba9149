// After signing out of a trust that signs in through its own provider, the sign-in page offers the
// provider's logout too. The address is kept for this tab only, between the sign-out and that page.

const KEY = 'belonging:provider-logout';

export type TProviderLogout = { url: string; organisationName: string };

/** Keeps the provider's logout address from `auth.signOut`'s answer; forgets any earlier one. */
export function rememberProviderLogout(
  answer: { providerLogoutUrl?: string | null } | undefined,
  organisationName: string | undefined,
): void {
  try {
    sessionStorage.removeItem(KEY);
    if (answer?.providerLogoutUrl && organisationName)
      sessionStorage.setItem(
        KEY,
        JSON.stringify({ url: answer.providerLogoutUrl, organisationName }),
      );
  } catch {
    // Storage refused (a private window): the signed-out page simply offers no provider logout.
  }
}

/** The provider logout kept at sign-out, if it is a web address; null otherwise. */
export function readProviderLogout(): TProviderLogout | null {
  try {
    const kept: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (typeof kept !== 'object' || kept === null) return null;
    const { url, organisationName } = kept as Record<string, unknown>;
    if (typeof url !== 'string' || typeof organisationName !== 'string') return null;
    return /^https?:\/\//i.test(url) ? { url, organisationName } : null;
  } catch {
    return null;
  }
}

/** Forgets the provider logout: once offered, or when someone signs in again. */
export function forgetProviderLogout(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing was kept.
  }
}
