/**
 * The two choices on a person's Your settings page, in the page's own words: each email's footer
 * names the box that stops it, so the reader finds it there by the same words.
 */
export const EMAIL_PREFERENCE_LABELS = {
  emailReminders: 'Email me when my updates are due',
  emailDigest: 'Email me the weekly digest',
} as const;
