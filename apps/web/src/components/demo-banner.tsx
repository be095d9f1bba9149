/**
 * Says on every page that the trust is a demonstration. A labelled region, not a heading, so each
 * page's h1 is its first heading.
 */
export function DemoBanner({ organisation }: { organisation: string }) {
  return (
    <div className="nhsuk-width-container bt-demo-banner">
      <div
        className="nhsuk-notification-banner"
        role="region"
        aria-labelledby="demo-data-title"
        id="demo-data"
      >
        <div className="nhsuk-notification-banner__header">
          <p className="nhsuk-notification-banner__title" id="demo-data-title">
            Demo data
          </p>
        </div>
        <div className="nhsuk-notification-banner__content">
          <p className="nhsuk-notification-banner__heading">You are looking at the demo trust.</p>
          <p>
            {organisation} is a demonstration. Its figures are invented or taken from published
            examples, and must not be read as any trust's own.
          </p>
        </div>
      </div>
    </div>
  );
}
