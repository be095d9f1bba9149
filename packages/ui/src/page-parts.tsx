import type { ReactNode } from 'react';

/** The first focusable element on every page (WCAG 2.4.1). */
export function SkipLink({ href = '#maincontent' }: { href?: string }) {
  return (
    <a className="nhsuk-skip-link" href={href}>
      Skip to main content
    </a>
  );
}

/** The main landmark; focusable so the skip link and page changes can move focus to it. */
export function MainWrapper({ children }: { children: ReactNode }) {
  return (
    <div className="nhsuk-width-container">
      <main className="nhsuk-main-wrapper" id="maincontent" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

export function Footer({ children }: { children?: ReactNode }) {
  return (
    <footer className="nhsuk-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">
          {children}
          <p className="nhsuk-body-s">
            Belonging Tracker: equality, diversity and inclusion strategy tracking.
          </p>
        </div>
      </div>
    </footer>
  );
}

export function InsetText({ children }: { children: ReactNode }) {
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      {children}
    </div>
  );
}

export function WarningCallout({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span className="nhsuk-u-visually-hidden">Important: </span>
        {heading}
      </h2>
      {children}
    </div>
  );
}

/** A summary list (nhsuk-summary-list): keys and their values. */
export function SummaryList({ rows }: { rows: { key: string; value: ReactNode }[] }) {
  return (
    <dl className="nhsuk-summary-list">
      {rows.map((row) => (
        <div className="nhsuk-summary-list__row" key={row.key}>
          <dt className="nhsuk-summary-list__key">{row.key}</dt>
          <dd className="nhsuk-summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
