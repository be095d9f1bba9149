import { describe, expect, it } from 'vitest';
import { periodChaseList, type TChaseListData } from './period-chase-list.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const at = (iso: string) => new Date(iso);
const period = { id: 'q2', windowOpens: day('2026-09-16'), windowCloses: day('2026-10-21') };
const zara = { id: 'u1', name: 'Zara Khan', email: 'zara@example.nhs.uk' };
const amir = { id: 'u2', name: 'Amir Patel', email: 'amir@example.nhs.uk' };
const action = (id: string, owner: typeof zara, createdAt = day('2026-01-01')) => ({
  id,
  code: id.toUpperCase(),
  title: `Action ${id}`,
  dueDate: day('2027-03-31'),
  createdAt,
  owner,
});

const codes = (data: TChaseListData, today = day('2026-10-01')) =>
  periodChaseList(period, data, today).map((e) => [e.owner.name, e.actions.map((a) => a.code)]);

describe('the chase list of a period', () => {
  const actions = [action('a1', zara), action('a2', zara), action('a3', amir)];

  it('is empty until the window opens', () => {
    expect(periodChaseList(period, { actions, updates: [] }, day('2026-09-15'))).toEqual([]);
  });

  it('lists every owner of an action with no update, by name', () => {
    expect(codes({ actions, updates: [] })).toEqual([
      ['Amir Patel', ['A3']],
      ['Zara Khan', ['A1', 'A2']],
    ]);
  });

  it.each([
    ['tagged with the period, whenever made', { periodId: 'q2', createdAt: day('2026-12-01') }],
    [
      'made on the day the window opened',
      { periodId: null, createdAt: at('2026-09-16T00:00:00Z') },
    ],
    ['made on the window’s last day', { periodId: null, createdAt: at('2026-10-21T23:59:00Z') }],
  ])('leaves out an action with an update %s', (_name, u) => {
    expect(codes({ actions, updates: [{ actionId: 'a1', ...u }] })).toEqual([
      ['Amir Patel', ['A3']],
      ['Zara Khan', ['A2']],
    ]);
  });

  it.each([
    ['before the window opened', at('2026-09-15T23:59:00Z')],
    ['after the window closed', at('2026-10-22T00:00:00Z')],
  ])('still chases an action whose only untagged update was made %s', (_name, createdAt) => {
    expect(codes({ actions, updates: [{ actionId: 'a3', periodId: null, createdAt }] })).toEqual([
      ['Amir Patel', ['A3']],
      ['Zara Khan', ['A1', 'A2']],
    ]);
  });

  it('does not chase an action created after the window closed', () => {
    const late = [action('a4', amir, day('2026-10-22'))];
    expect(codes({ actions: late, updates: [] }, day('2026-11-01'))).toEqual([]);
  });
});
