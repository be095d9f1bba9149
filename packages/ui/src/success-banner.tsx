import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The NHS success banner as a polite status message (assertive alerts are kept for errors). The
 * status region is always drawn, so a banner that appears inside it is announced, not just shown.
 * With `focus`, its heading takes focus when it appears, so keyboard users start at the outcome.
 */
export function SuccessBanner({
  id,
  title = 'Success',
  focus = false,
  children,
}: {
  id: string;
  title?: string;
  focus?: boolean;
  children?: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = Boolean(children);
  useEffect(() => {
    if (focus && shown) heading.current?.focus();
  }, [focus, shown]);
  return (
    <div role="status" aria-labelledby={children ? `${id}-title` : undefined}>
      {children ? (
        <div className="nhsuk-notification-banner nhsuk-notification-banner--success">
          <div className="nhsuk-notification-banner__header">
            <h2
              className="nhsuk-notification-banner__title"
              id={`${id}-title`}
              tabIndex={focus ? -1 : undefined}
              ref={heading}
            >
              {title}
            </h2>
          </div>
          <div className="nhsuk-notification-banner__content">{children}</div>
        </div>
      ) : null}
    </div>
  );
}

/**
 * A short outcome said after an in-page action ("Comment added."), in a status region that is
 * always drawn so the change is announced. Empty, it takes no space.
 */
export function StatusMessage({ message, testId }: { message: string; testId?: string }) {
  return (
    <p
      role="status"
      data-testid={testId}
      className={message ? 'nhsuk-body-s nhsuk-u-font-weight-bold' : 'nhsuk-u-visually-hidden'}
    >
      {message}
    </p>
  );
}
