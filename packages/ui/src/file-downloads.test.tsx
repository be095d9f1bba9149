import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FileDownloads } from './file-downloads.tsx';

const CHOICES = [{ format: 'csv', label: 'Download CSV', file: 'CSV file' }] as const;

describe('FileDownloads', () => {
  it('says the file could not be made, in words, when the server refuses, and clears the status', async () => {
    render(
      <FileDownloads
        choices={CHOICES}
        fetchFile={() => Promise.reject(new Error('You cannot download this trail.'))}
        describeError={(error) => (error instanceof Error ? error.message : 'Try again.')}
        doneWords={(file) => `${file} downloaded.`}
        testId="outcome"
        extra={<button type="button">Print this page</button>}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(await screen.findByText('The file could not be made')).toBeTruthy();
    expect(screen.getByText('You cannot download this trail.')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('outcome').textContent).toBe(''));
    expect(screen.getByRole('button', { name: 'Print this page' })).toBeTruthy();
  });

  it('saves the file it fetched for the chosen format and says so', async () => {
    const asked: string[] = [];
    const saved: string[] = [];
    const spy = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push((blob as Blob).type);
      return 'blob:test';
    });
    try {
      render(
        <FileDownloads
          choices={CHOICES}
          fetchFile={(format) => {
            asked.push(format);
            return Promise.resolve({ filename: 'trail.csv', mimeType: 'text/csv', base64: 'YQ==' });
          }}
          describeError={() => 'Try again.'}
          doneWords={(file) => `${file} downloaded.`}
          testId="outcome"
        />,
      );
      fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
      await waitFor(() =>
        expect(screen.getByTestId('outcome').textContent).toBe('CSV file downloaded.'),
      );
      expect(asked).toEqual(['csv']);
      expect(saved).toEqual(['text/csv']);
    } finally {
      spy.mockRestore();
    }
  });
  it('saves a file fetched as bytes from a download link, saying "Preparing…" until it is made', async () => {
    const saved: Blob[] = [];
    const spy = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return 'blob:test';
    });
    let deliver: (file: { filename: string; blob: Blob }) => void = () => undefined;
    try {
      render(
        <FileDownloads
          choices={[{ format: 'pdf', label: 'Download PDF board paper', file: 'PDF board paper' }]}
          fetchFile={() => new Promise((resolve) => (deliver = resolve))}
          describeError={() => 'Try again.'}
          doneWords={(file) => `${file} downloaded.`}
          testId="outcome"
        />,
      );
      fireEvent.click(screen.getByRole('button', { name: 'Download PDF board paper' }));
      await waitFor(() =>
        expect(screen.getByTestId('outcome').textContent).toBe('Preparing the PDF board paper…'),
      );
      deliver({
        filename: 'board-report-2025-26-Q3.pdf',
        blob: new Blob(['%PDF-1.7'], { type: 'application/pdf' }),
      });
      await waitFor(() =>
        expect(screen.getByTestId('outcome').textContent).toBe('PDF board paper downloaded.'),
      );
      expect(saved.map((blob) => blob.type)).toEqual(['application/pdf']);
      expect(await saved[0]?.text()).toBe('%PDF-1.7');
    } finally {
      spy.mockRestore();
    }
  });
});
