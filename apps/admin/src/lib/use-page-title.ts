import { useEffect } from 'react';

/** Each page names itself in the browser tab, so screen-reader users know where they landed. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Belonging Tracker admin`;
  }, [title]);
}
