/** Offers text as a file download without a server round trip (the CSP allows blob links). */
export function downloadText(
  filename: string,
  text: string,
  type = 'text/csv;charset=utf-8',
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Released a minute later, long after the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
