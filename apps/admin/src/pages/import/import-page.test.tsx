import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeApiWrapper } from '../../../test/with-api.tsx';
import { ImportPage } from './import-page.tsx';

afterEach(cleanup);

describe('the import page before any file is read', () => {
  it('keeps "Check the file" focusable, says a file is missing, and titles the page as an error', () => {
    const Api = makeApiWrapper();
    render(
      <Api>
        <ImportPage />
      </Api>,
    );
    // The NHS file-upload styling gives the native input a usable height.
    expect(screen.getByLabelText('Upload a file').className).toBe('nhsuk-file-upload__input');
    const check = screen.getByRole('button', { name: 'Check the file' });
    expect(check.hasAttribute('disabled')).toBe(false);
    fireEvent.click(check);
    expect(screen.getByRole('link', { name: 'Choose a CSV or Excel file to import' })).toBeTruthy();
    expect(document.title).toBe('Error: Import measurements – Belonging Tracker admin');
  });
});
