import { describe, expect, it } from 'vitest';
import { archivedItems } from './archived-items.ts';

const stamp = { archivedAt: new Date('2026-01-15T10:00:00Z'), archivedBy: 'Ama Owusu' };
const live = { archivedAt: null };

describe('archivedItems', () => {
  it('names each item and where it goes back by code and title, never by id', () => {
    const items = archivedItems({
      ambitions: [{ id: 'a-id', number: 4, title: 'Fair pay', ...stamp }],
      commitments: [
        {
          id: 'c-id',
          code: '4.1',
          title: 'Close the gap',
          ambition: { number: 4, title: 'Fair pay', ...stamp },
          ...stamp,
        },
      ],
      actions: [
        {
          id: 'x-id',
          code: '2.1.3',
          title: 'Audit pay bands',
          commitment: { code: '2.1', title: 'Fair recruitment', ...live },
          ...stamp,
        },
      ],
      milestones: [
        {
          id: 'm-id',
          title: 'Bands published',
          action: { code: '2.1.3', title: 'Audit pay bands', ...live },
          ...stamp,
        },
      ],
      kpis: [
        {
          id: 'k-id',
          code: 'PAY-1',
          title: 'Mean ethnicity pay gap',
          ambition: { number: 2, title: 'Fair careers', ...live },
          commitment: null,
          ...stamp,
        },
      ],
    });
    expect(items.map((i) => [i.kind, i.name, i.parent, i.isParentArchived])).toEqual([
      ['ambition', 'Ambition 4: Fair pay', null, false],
      ['commitment', 'Commitment 4.1: Close the gap', 'Ambition 4: Fair pay', true],
      ['action', 'Action 2.1.3: Audit pay bands', 'Commitment 2.1: Fair recruitment', false],
      ['milestone', 'Milestone “Bands published”', 'Action 2.1.3: Audit pay bands', false],
      ['kpi', 'KPI PAY-1: Mean ethnicity pay gap', 'Ambition 2: Fair careers', false],
    ]);
    expect(JSON.stringify(items.map((i) => [i.name, i.parent]))).not.toMatch(/-id/);
  });
});
