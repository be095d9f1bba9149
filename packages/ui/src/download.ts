/** A file sent by the API as base64 (board papers, exports). */
export type TEncodedFile = { filename: string; mimeType: string; base64: string };

export function base64ToBlob({
  base64,
  mimeType,
}: Pick<TEncodedFile, 'base64' | 'mimeType'>): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mimeType });
}

/**
 * Saves a file through a temporary download link (the CSP allows blob links). The object URL is
 * released a minute later, long after the browser has started the download.
 */
export function saveBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function saveEncodedFile(file: TEncodedFile): void {
  saveBlob(file.filename, base64ToBlob(file));
}

/** A file fetched as bytes from a download link (the board report downloads). */
export type TBlobFile = { filename: string; blob: Blob };

/** Saves a file however it came: as bytes from a download link, or as base64 from the API. */
export function saveDownloadedFile(file: TEncodedFile | TBlobFile): void {
  if ('blob' in file) saveBlob(file.filename, file.blob);
  else saveEncodedFile(file);
}

/** Offers text made in the browser (a CSV template, a problems report) as a file. */
export function saveTextFile(
  filename: string,
  text: string,
  type = 'text/csv;charset=utf-8',
): void {
  saveBlob(filename, new Blob([text], { type }));
}
