import { Link } from 'react-router';
import { usePageTitle } from '../lib/use-page-title.ts';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>
        <Link to="/">Go to the admin home page</Link>
      </p>
    </>
  );
}
