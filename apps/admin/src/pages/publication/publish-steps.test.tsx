import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { makeApiWrapper } from '../../../test/with-api.tsx';
import { PublishSteps } from './publish-steps.tsx';

afterEach(cleanup);

const Q2 = { id: 'per_q2', label: '2026/27 Q2' };
const Q1 = { id: 'per_q1', label: '2026/27 Q1' };
const YEAR = { id: 'wf_2026', asOf: '2026-03-31' };

function renderSteps(periods = [Q2, Q1], uploads = [YEAR]) {
  const Api = makeApiWrapper();
  render(
    <Api>
      <MemoryRouter>
        <PublishSteps
          slug="demo-partnership"
          periods={periods}
          uploads={uploads}
          isReplacing
          onPublished={() => undefined}
        />
      </MemoryRouter>
    </Api>,
  );
}

describe('publishing the public page', () => {
  it('sends the EDI team to lock a quarter first when none is locked', () => {
    renderSteps([], []);
    expect(screen.queryByRole('button', { name: 'Preview the page' })).toBeNull();
    expect(screen.getByText(/first\.$/).textContent).toBe(
      'Lock a quarter’s snapshot on the Periods page first.',
    );
    expect(screen.getByRole('link', { name: 'Periods page' }).getAttribute('href')).toBe(
      '/periods',
    );
  });

  it('offers only the locked quarters given, and a saved workforce year or none', () => {
    renderSteps();
    const quarter = screen.getByRole('combobox', { name: 'Quarter' });
    expect([...quarter.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      '2026/27 Q2',
      '2026/27 Q1',
    ]);
    const workforce = screen.getByRole('combobox', { name: 'Workforce figures (optional)' });
    expect([...workforce.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'None',
      'Workforce figures as at 31 March 2026',
    ]);
  });

  it('previews exactly the chosen page in a titled frame, then asks before publishing, by keyboard', () => {
    renderSteps();
    fireEvent.change(screen.getByRole('combobox', { name: 'Quarter' }), {
      target: { value: 'per_q1' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Workforce figures (optional)' }), {
      target: { value: 'wf_2026' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Preview the page' }));

    const heading = screen.getByRole('heading', { name: 'Preview: what the public will see' });
    expect(document.activeElement).toBe(heading);
    const frame = screen.getByTitle('Preview of the public progress page for 2026/27 Q1');
    const path = '/p/demo-partnership/preview?periodId=per_q1&workforceUploadId=wf_2026';
    expect(frame.getAttribute('src')).toBe(path);
    const tab = screen.getByRole('link', { name: 'Open the preview in a new tab' });
    expect([tab.getAttribute('href'), tab.getAttribute('target')]).toEqual([path, '_blank']);

    const publish = screen.getByRole('button', { name: 'Publish this page' });
    publish.focus();
    fireEvent.click(publish);
    const question = screen.getByRole('heading', { name: /Publish this page\?$/ });
    expect(document.activeElement).toBe(question);
    expect(screen.getByText(/^Everyone on the internet will be able to read it\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Yes, publish this page' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Publish this page' }));
    fireEvent.click(screen.getByRole('button', { name: 'Choose again' }));
    expect(screen.queryByTitle(/^Preview of the public progress page/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Preview the page' })).toBeTruthy();
  });
});
