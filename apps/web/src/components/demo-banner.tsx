import { useState } from 'react';

const HIDDEN_KEY = 'belonging:demo-banner-hidden';

/** Whether this browser asked to hide the demo notice; storage switched off means shown. */
export function isDemoBannerHidden(storage: Pick<Storage, 'getItem'> | null): boolean {
  try {
    return storage?.getItem(HIDDEN_KEY) === '1';
  } catch {
    return false;
  }
}

function rememberHidden() {
  try {
    localStorage.setItem(HIDDEN_KEY, '1');
  } catch {
    // Storage can be full or switched off: hidden for this page view only.
  }
}

const browserStorage = () => (typeof localStorage === 'undefined' ? null : localStorage);

/**
 * Says on every page that the trust is a demonstration, in one line so a small screen still
 * opens on the page itself. A labelled region, not a heading, so each page's h1 is its first
 * heading. Hiding it is remembered in this browser; focus then moves to the page's content.
 */
export function DemoBanner({ organisation }: { organisation: string }) {
  const [hidden, setHidden] = useState(() => isDemoBannerHidden(browserStorage()));
  if (hidden) return null;
  const hide = () => {
    rememberHidden();
    setHidden(true);
    document.getElementById('maincontent')?.focus();
  };
  return (
    <div className="nhsuk-width-container">
      <div
        className="bt-demo-banner"
        role="region"
        aria-labelledby="demo-data-title"
        id="demo-data"
      >
        <p className="bt-demo-banner__text">
          <strong id="demo-data-title">Demo data</strong>
          <span>: invented figures</span>
          <span className="bt-demo-banner__more">
            . {organisation} is a demonstration. Its figures are not any trust's own.
          </span>
        </p>
        <button
          type="button"
          className="bt-demo-banner__hide"
          aria-label="Hide the demo data notice"
          onClick={hide}
        >
          Hide
        </button>
      </div>
    </div>
  );
}
