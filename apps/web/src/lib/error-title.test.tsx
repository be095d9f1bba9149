import { act, cleanup, render, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { PageTitle } from './error-title.tsx';
import { pageTitle } from './page-title.ts';
import { useFormErrors } from '@belonging/client';

afterEach(cleanup);

describe('PageTitle with a form on the page', () => {
  it('starts "Error: " while the form has messages, and drops it when they are cleared', () => {
    const form = renderHook(() => useFormErrors(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <>
          <PageTitle text={pageTitle('Update 1.1.3')} />
          {children}
        </>
      ),
    });
    expect(document.title).toBe('Update 1.1.3 – Belonging Tracker');
    act(() => form.result.current.setErrors({ narrative: 'Enter the progress this quarter' }));
    expect(document.title).toBe('Error: Update 1.1.3 – Belonging Tracker');
    act(() => form.result.current.setErrors({}));
    expect(document.title).toBe('Update 1.1.3 – Belonging Tracker');
  });

  it('drops "Error: " when the form with messages goes away', () => {
    function FormWithErrors() {
      const { setErrors } = useFormErrors();
      return (
        <button type="button" onClick={() => setErrors({ body: 'Enter a comment' })}>
          Add comment
        </button>
      );
    }
    const page = (showForm: boolean) => (
      <>
        <PageTitle text={pageTitle('1.3.1: Civility')} />
        {showForm ? <FormWithErrors /> : null}
      </>
    );
    const view = render(page(true));
    act(() => view.getByRole('button').click());
    expect(document.title).toBe('Error: 1.3.1: Civility – Belonging Tracker');
    view.rerender(page(false));
    expect(document.title).toBe('1.3.1: Civility – Belonging Tracker');
  });
});
