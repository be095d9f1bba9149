import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { makeApiWrapper } from '../../../test/with-api.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { EMPTY_KPI_FORM } from './kpi-form-state.ts';
import { KpiForm } from './kpi-form.tsx';

afterEach(cleanup);

function Page() {
  usePageTitle('New KPI');
  return (
    <KpiForm
      mode={{ kind: 'scratch' }}
      initial={EMPTY_KPI_FORM}
      placements={[{ value: 'ambition:amb_1', label: 'Ambition 1' }]}
      owners={[]}
    />
  );
}

function renderForm() {
  const Api = makeApiWrapper();
  render(
    <Api>
      <MemoryRouter>
        <Page />
      </MemoryRouter>
    </Api>,
  );
}

async function submit() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Create KPI' }));
    await Promise.resolve();
  });
}

describe('the KPI form', () => {
  it('checks an empty form with the shared schema, names each field in the summary, and titles the page as an error', async () => {
    renderForm();
    await submit();
    const summary = await screen.findByRole('alert');
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual(
      expect.arrayContaining(['#field-code', '#field-title', '#field-baseline.value']),
    );
    expect(document.getElementById('field-title-error')?.textContent).toMatch(/^Error: /);
    expect(document.title).toBe('Error: New KPI – Belonging Tracker admin');
  });

  it('adds the tag check to the schema’s, and keeps messages as they are while people type', async () => {
    renderForm();
    fireEvent.change(screen.getByLabelText(/NHS EDI Improvement Plan codes/), {
      target: { value: '2a, 9z' },
    });
    await submit();
    await screen.findByRole('alert');
    expect(document.getElementById('field-ediPlanTags-error')?.textContent).toBe(
      'Error: 9z: EDI plan codes run from 1a to 6f',
    );
    const titleError = document.getElementById('field-title-error')?.textContent;
    expect(titleError).toMatch(/^Error: /);
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Staff survey' } });
    expect(document.getElementById('field-title-error')?.textContent).toBe(titleError);
    await submit();
    expect(document.getElementById('field-title-error')).toBeNull();
    expect(document.getElementById('field-ediPlanTags-error')).not.toBeNull();
  });
});
