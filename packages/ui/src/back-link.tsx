import type { ComponentType } from 'react';
import type { TLinkProps } from './header.tsx';

/** An NHS back link; `Link` routes it inside the app without a reload. */
export function BackLink({
  href,
  text = 'Back',
  Link,
}: {
  href: string;
  text?: string;
  Link?: ComponentType<TLinkProps>;
}) {
  if (Link) {
    return (
      <Link className="nhsuk-back-link" href={href}>
        {text}
      </Link>
    );
  }
  return (
    <a className="nhsuk-back-link" href={href}>
      {text}
    </a>
  );
}
