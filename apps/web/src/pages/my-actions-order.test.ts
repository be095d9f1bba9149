import { describe, expect, it } from 'vitest';
import type { TMyAction } from '../lib/api-types.ts';
import { groupActions } from './my-actions-page.tsx';

type TFlags = {
  status: TMyAction['status'];
  overdue?: boolean;
  missing?: boolean;
  rag?: 'red' | 'amber' | 'green' | 'blue' | 'grey';
};

function action(
  id: string,
  { status, overdue = false, missing = false, rag = 'green' }: TFlags,
): TMyAction {
  return {
    id,
    status,
    dueDate: new Date('2027-01-01T00:00:00Z'),
    assessment: {
      rag,
      derivedRag: rag,
      optimistic: false,
      late: false,
      overdue,
      updateMissing: missing,
      reason: 'on_track',
    },
  } as TMyAction;
}

describe('My actions grouping', () => {
  it('puts overdue actions first, then missing updates, then the rest by state, each action once', () => {
    const groups = groupActions([
      action('done', { status: 'complete', rag: 'blue' }),
      action('going', { status: 'in_progress' }),
      action('missing', { status: 'in_progress', missing: true }),
      action('late-and-missing', {
        status: 'in_progress',
        overdue: true,
        missing: true,
        rag: 'red',
      }),
      action('waiting', { status: 'not_started', rag: 'grey' }),
    ]);
    expect(groups.map((g) => [g.group.key, g.actions.map((a) => a.id)])).toEqual([
      ['overdue', ['late-and-missing']],
      ['missing', ['missing']],
      ['in_progress', ['going']],
      ['not_started', ['waiting']],
      ['complete', ['done']],
    ]);
  });

  it('orders a group worst colour first', () => {
    const [group] = groupActions([
      action('green', { status: 'in_progress' }),
      action('red', { status: 'in_progress', rag: 'red' }),
      action('amber', { status: 'in_progress', rag: 'amber' }),
    ]);
    expect(group?.actions.map((a) => a.id)).toEqual(['red', 'amber', 'green']);
  });
});
