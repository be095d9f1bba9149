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
 * Saves the file through a temporary download link. The object URL is released a minute later,
 * long after the browser has started the download.
 */
export function saveEncodedFile(file: TEncodedFile): void {
  const url = URL.createObjectURL(base64ToBlob(file));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
