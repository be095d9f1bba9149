import type { ComponentType, ReactNode } from 'react';

export type TLinkProps = {
  href: string;
  className?: string;
  children: ReactNode;
  'aria-current'?: 'page' | 'true';
};
export type TNavItem = { href: string; label: string; current?: boolean; active?: boolean };

const NhsLogo = () => (
  <svg
    className="nhsuk-header__logo"
    xmlns="http://www.w3.org/2000/svg"
    viewBox="0 0 200 80"
    height="40"
    width="100"
    focusable="false"
    aria-hidden="true"
  >
    <path
      fill="currentcolor"
      d="M200 0v80H0V0h200Zm-27.5 5.5c-14.5 0-29 5-29 22 0 10.2 7.7 13.5 14.7 16.3l.7.3c5.4 2 10.1 3.9 10.1 8.4 0 6.5-8.5 7.5-14 7.5s-12.5-1.5-16-3.5L135 70c5.5 2 13.5 3.5 20 3.5 15.5 0 32-4.5 32-22.5 0-19.5-25.5-16.5-25.5-25.5 0-5.5 5.5-6.5 12.5-6.5a35 35 0 0 1 14.5 3l4-13.5c-4.5-2-12-3-20-3Zm-131 2h-22l-14 65H22l9-45h.5l13.5 45h21.5l14-65H64l-9 45h-.5l-13-45Zm63 0h-18l-13 65h17l6-28H117l-5.5 28H129l13.5-65H125L119.5 32h-20l5-24.5Z"
    />
  </svg>
);

const PlainLink = ({ href, className, children, ...rest }: TLinkProps) => (
  <a href={href} className={className} {...rest}>
    {children}
  </a>
);

/**
 * The NHS header (nhsuk-frontend 10 markup): logo and service name, the signed-in person with a
 * sign-out button, and the navigation. `Link` lets each app route its links without a reload.
 */
export function Header({
  serviceName,
  homeHref,
  navItems = [],
  account,
  Link = PlainLink,
}: {
  serviceName: string;
  homeHref: string;
  navItems?: TNavItem[];
  /** `settingsHref`: the person's own settings page, linked beside their name. */
  account?: { name: string; onSignOut: () => void; signingOut?: boolean; settingsHref?: string };
  Link?: ComponentType<TLinkProps>;
}) {
  return (
    <header className="nhsuk-header" role="banner">
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service">
          <Link className="nhsuk-header__service-logo" href={homeHref}>
            <NhsLogo />
            <span className="nhsuk-header__service-name">{serviceName}</span>
            <span className="nhsuk-u-visually-hidden"> homepage</span>
          </Link>
        </div>
        {account ? (
          <nav className="nhsuk-header__account" aria-label="Account">
            <ul className="nhsuk-header__account-list">
              <li className="nhsuk-header__account-item">{account.name}</li>
              {account.settingsHref ? (
                <li className="nhsuk-header__account-item">
                  <Link className="nhsuk-header__account-link" href={account.settingsHref}>
                    Your settings
                  </Link>
                </li>
              ) : null}
              <li className="nhsuk-header__account-item">
                <button
                  type="button"
                  className="nhsuk-header__account-button"
                  onClick={account.onSignOut}
                  disabled={account.signingOut}
                >
                  Sign out
                </button>
              </li>
            </ul>
          </nav>
        ) : null}
      </div>
      {navItems.length > 0 ? (
        <nav className="nhsuk-header__navigation" aria-label="Menu">
          <div className="nhsuk-header__navigation-container nhsuk-width-container">
            <ul className="nhsuk-header__navigation-list">
              {navItems.map((item) => {
                const isCurrent = item.current === true || item.active === true;
                return (
                  <li
                    key={item.href}
                    className={`nhsuk-header__navigation-item${isCurrent ? ' nhsuk-header__navigation-item--current' : ''}`}
                  >
                    <Link
                      className="nhsuk-header__navigation-link"
                      href={item.href}
                      aria-current={item.current ? 'page' : item.active ? 'true' : undefined}
                    >
                      {isCurrent ? (
                        <strong className="nhsuk-header__navigation-item-current-fallback">
                          {item.label}
                        </strong>
                      ) : (
                        item.label
                      )}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        </nav>
      ) : null}
    </header>
  );
}
