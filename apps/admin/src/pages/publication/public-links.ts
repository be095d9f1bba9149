// Where the server serves the trust's public page and the EDI team's preview of a choice.

/** The public progress page of the trust, readable without signing in. */
export function publicPagePath(slug: string): string {
  return `/p/${encodeURIComponent(slug)}`;
}

/** The page exactly as it would be published for this choice; only the EDI team can open it. */
export function previewPath(
  slug: string,
  choice: { periodId: string; workforceUploadId: string | null },
): string {
  const query = new URLSearchParams({ periodId: choice.periodId });
  if (choice.workforceUploadId) query.set('workforceUploadId', choice.workforceUploadId);
  return `${publicPagePath(slug)}/preview?${query.toString()}`;
}
