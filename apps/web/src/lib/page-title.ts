/** "My actions – Belonging Tracker": the page first, as NHS services title their pages. */
export function pageTitle(...parts: string[]): string {
  return [...parts, 'Belonging Tracker'].join(' – ');
}
