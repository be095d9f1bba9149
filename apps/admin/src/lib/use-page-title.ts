import { useEffect } from 'react';

// One page title at a time, shared by the page (its name) and its forms (whether an error summary
// shows), so either can change without undoing the other.
let pageName = '';
let formsWithErrors = 0;

function writeTitle() {
  document.title = `${formsWithErrors > 0 ? 'Error: ' : ''}${pageName} – Belonging Tracker admin`;
}

/** Each page names itself in the browser tab, so screen-reader users know where they landed. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    pageName = title;
    writeTitle();
  }, [title]);
}

/** While a form shows its error summary the title starts "Error: ", as the NHS service manual asks. */
export function useErrorInTitle(hasErrors: boolean): void {
  useEffect(() => {
    if (!hasErrors) return;
    formsWithErrors += 1;
    writeTitle();
    return () => {
      formsWithErrors -= 1;
      writeTitle();
    };
  }, [hasErrors]);
}
