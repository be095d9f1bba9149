import { afterEach, describe, expect, it, vi } from 'vitest';
import { SERVICE_PROBLEM } from './errors.ts';
import { attachmentName, downloadErrorMessage, fetchDownload } from './download.ts';

describe('fetchDownload', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives the bytes under the name the server sent, the exact name before the plain one', async () => {
    const headers = {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="board_paper.pdf"; filename*=UTF-8''board%20paper%20%E2%80%93%20Q1.pdf`,
    };
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('%PDF-1.7', { headers })));
    const file = await fetchDownload('/api/board-paper/p1?format=pdf', 'fallback.pdf');
    expect(file.filename).toBe('board paper – Q1.pdf');
    expect(await file.blob.text()).toBe('%PDF-1.7');
  });

  it('throws the server’s words for a refusal, and a general problem for a page that is not ours', async () => {
    const refusal = JSON.stringify({
      message: 'You have asked for 10 files in the last minute. Try again in 42 seconds.',
    });
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(refusal, { status: 429 })));
    const limited = await fetchDownload('/x', 'f.csv').catch((error: unknown) => error);
    expect(downloadErrorMessage(limited)).toBe(
      'You have asked for 10 files in the last minute. Try again in 42 seconds.',
    );

    vi.stubGlobal('fetch', () =>
      Promise.resolve(new Response('<html>Bad gateway</html>', { status: 502 })),
    );
    const proxy = await fetchDownload('/x', 'f.csv').catch((error: unknown) => error);
    expect(downloadErrorMessage(proxy)).toBe(SERVICE_PROBLEM);
    expect(downloadErrorMessage(new TypeError('Failed to fetch'))).toBe(SERVICE_PROBLEM);
  });

  it('falls back to the plain name, then to the name it was given', () => {
    expect(attachmentName('attachment; filename="report.csv"', 'x.csv')).toBe('report.csv');
    expect(attachmentName(null, 'x.csv')).toBe('x.csv');
  });
});
