import type { TLinkProps } from '@belonging/ui';
import { Link } from 'react-router';

/** Links for the shared components: routed inside the app, a plain link for the admin app. */
export function RouterLink({ href, children, ...rest }: TLinkProps) {
  if (href.startsWith('/admin')) {
    return (
      <a href={href} {...rest}>
        {children}
      </a>
    );
  }
  return (
    <Link to={href} {...rest}>
      {children}
    </Link>
  );
}
