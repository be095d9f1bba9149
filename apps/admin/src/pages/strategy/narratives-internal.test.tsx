import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeApiWrapper } from '../../../test/with-api.tsx';
import { NarrativesInternal } from './narratives-internal.tsx';

afterEach(cleanup);

const base = { author: { name: 'Ann Owner' }, period: { label: '2026/27 Q2' } };
const LONG = `${'Recruitment panels now include a trained equality adviser. '.repeat(4)}End.`;

describe('the EDI team keeping narratives inside the trust', () => {
  it('lists each narrative by quarter, time and author, ticked when it is kept inside', () => {
    const Api = makeApiWrapper();
    render(
      <Api>
        <NarrativesInternal
          actionId="act_1"
          updates={[
            {
              ...base,
              id: 'upd_2',
              createdAt: new Date('2026-10-05T09:30:00Z'),
              narrative: LONG,
              isInternal: true,
            },
            {
              ...base,
              id: 'upd_1',
              createdAt: new Date('2026-07-06T09:30:00Z'),
              narrative: 'Started.',
              isInternal: false,
              period: null,
            },
          ]}
        />
      </Api>,
    );
    const boxes = screen.getAllByRole<HTMLInputElement>('checkbox');
    expect(boxes.map((b) => b.checked)).toEqual([true, false]);
    const labels = boxes.map((b) => b.labels?.[0]?.textContent ?? '');
    expect(labels[0]).toMatch(
      /^2026\/27 Q2, .*5 October 2026.*, by Ann Owner: “Recruitment panels/,
    );
    expect(labels[0]).toMatch(/…”$/);
    expect(labels[0]).not.toContain('End.');
    expect(labels[1]).toMatch(/6 July 2026.*, by Ann Owner: “Started\.”$/);
    expect(screen.getByRole('button', { name: 'Save the narratives setting' })).toBeTruthy();
  });

  it('shows nothing for an action with no updates yet', () => {
    const Api = makeApiWrapper();
    render(
      <Api>
        <NarrativesInternal actionId="act_1" updates={[]} />
      </Api>,
    );
    expect(screen.queryByRole('heading')).toBeNull();
  });
});
