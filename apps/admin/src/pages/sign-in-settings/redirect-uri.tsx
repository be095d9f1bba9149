import { StatusMessage } from '@belonging/ui';
import { useState } from 'react';

/**
 * The redirect URI to register with the provider, in a code block that selects whole on a click,
 * with a copy button where the browser allows it.
 */
export function RedirectUri({ uri, hasAppOrigin }: { uri: string; hasAppOrigin: boolean }) {
  const [copied, setCopied] = useState('');
  const canCopy = typeof navigator !== 'undefined' && Boolean(navigator.clipboard);
  const copy = () =>
    navigator.clipboard.writeText(uri).then(
      () => setCopied('The redirect URI is copied.'),
      () => setCopied('Your browser did not allow copying: select the address and copy it.'),
    );
  return (
    <>
      <h3 id="redirect-uri-heading">Redirect URI to register with the provider</h3>
      <p>
        Register this address as a redirect URI (platform “Web”) in the provider’s app registration.
        It must match exactly.
      </p>
      {hasAppOrigin ? null : (
        <p>
          The server has no APP_ORIGIN yet: single sign-on needs it, and builds this address from
          it. Set it to the address people use, then register what this page shows.
        </p>
      )}
      <pre className="bt-code-block" aria-labelledby="redirect-uri-heading">
        <code data-testid="redirect-uri">{uri}</code>
      </pre>
      {canCopy ? (
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => void copy()}
        >
          Copy the redirect URI
        </button>
      ) : null}
      <StatusMessage message={copied} />
    </>
  );
}
