import type { TLinkProps } from '@belonging/ui';
import { Link } from 'react-router';

/** Routes the shared components' links inside the admin app, without a page reload. */
export function RouterLink({ href, children, ...rest }: TLinkProps) {
  return (
    <Link to={href} {...rest}>
      {children}
    </Link>
  );
}
