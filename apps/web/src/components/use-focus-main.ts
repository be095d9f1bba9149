import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * Moves focus to the main content after each client-side page change, as a page load would: a new
 * path, or new search terms such as the board report's period. The first load keeps the browser's
 * own focus.
 */
export function useFocusMainOnNavigate() {
  const { pathname, search } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('maincontent')?.focus({ preventScroll: false });
  }, [pathname, search]);
}
