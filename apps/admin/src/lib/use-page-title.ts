import { isErrorSummaryShown, onErrorSummaryChange } from '@belonging/client';
import { useEffect } from 'react';

// One page title at a time, from the page (its name) and its forms (whether an error summary
// shows, counted by the shared client), so either can change without undoing the other.
let pageName = '';

function writeTitle() {
  document.title = `${isErrorSummaryShown() ? 'Error: ' : ''}${pageName} – Belonging Tracker admin`;
}

onErrorSummaryChange(writeTitle);

/** Each page names itself in the browser tab, so screen-reader users know where they landed. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    pageName = title;
    writeTitle();
  }, [title]);
}
