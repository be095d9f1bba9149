import { SERVICE_PROBLEM } from './errors.ts';

/** A file fetched from one of the server's download links, ready to save. */
export type TFetchedFile = { filename: string; blob: Blob };

/** The server refused the file, in words to show (not signed in, too many files, no such period). */
export class DownloadRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'DownloadRefused';
  }
}

/** The name in a Content-Disposition header: `filename*` (exact) before `filename`. */
export function attachmentName(header: string | null, fallback: string): string {
  const exact = /filename\*=UTF-8''([^;]+)/i.exec(header ?? '')?.[1];
  if (exact) {
    try {
      return decodeURIComponent(exact);
    } catch {
      // A malformed name falls through to the plain one.
    }
  }
  return /filename="([^"]+)"/i.exec(header ?? '')?.[1] ?? fallback;
}

async function refusalWords(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { message?: unknown };
    if (typeof body.message === 'string' && body.message) return body.message;
  } catch {
    // Not our JSON (a proxy's error page): say so generally.
  }
  return SERVICE_PROBLEM;
}

/**
 * Fetches a file from a same-origin download link with the session cookie. A refusal throws
 * DownloadRefused with the server's words; a broken connection throws as fetch does.
 */
export async function fetchDownload(url: string, fallbackName: string): Promise<TFetchedFile> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw new DownloadRefused(res.status, await refusalWords(res));
  const filename = attachmentName(res.headers.get('content-disposition'), fallbackName);
  return { filename, blob: await res.blob() };
}

/** What to tell the person when a download failed. */
export function downloadErrorMessage(error: unknown): string {
  return error instanceof DownloadRefused ? error.message : SERVICE_PROBLEM;
}
