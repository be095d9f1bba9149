import { parseIsoDay as day } from '../src/dates.ts';
import type { TStrategyInput } from '../src/report/types.ts';

type TAction = TStrategyInput['actions'][number];
type TKpi = TStrategyInput['kpis'][number];

const cpo = { id: 'u-cpo', name: 'Chief People Officer' };
const nurse = { id: 'u-cn', name: 'Chief Nurse' };
const spc = {
  minimumPoints: 13,
  shiftLength: 6,
  trendLength: 6,
  screenOutliers: false,
  conflict: 'improvement' as const,
};

function action(id: string, commitmentId: string, extra: Partial<TAction>): TAction {
  return {
    id,
    commitmentId,
    code: id.toUpperCase(),
    title: `Action ${id}`,
    status: 'in_progress',
    startDate: day('2025-04-01'),
    dueDate: day('2026-03-31'),
    originalDueDate: day('2026-03-31'),
    completedAt: null,
    progressPercent: 50,
    ownerRag: null,
    ownerRagReason: null,
    version: 1,
    owner: cpo,
    milestones: [],
    latestUpdate: {
      createdAt: new Date('2025-12-20T10:00:00Z'),
      narrative: `Narrative ${id}`,
      recoveryAction: null,
      ownerRagReason: null,
    },
    ...extra,
  };
}

function kpi(
  id: string,
  place: { ambitionId: string | null; commitmentId: string | null },
  frequency: 'quarterly' | 'annual',
  values: [string, number][],
): TKpi {
  return {
    id,
    ...place,
    code: id.toUpperCase(),
    title: `KPI ${id}`,
    unit: 'percent',
    isDemoData: true,
    owner: nurse,
    definition: {
      direction: 'increase',
      baseline: { value: 40, date: day('2024-03-31') },
      target: { value: 60, date: day('2026-03-31') },
      tolerance: { kind: 'absolute', value: 2 },
      frequency,
    },
    spc,
    measurements: values.map(([periodEnd, value]) => ({
      periodEnd: day(periodEnd),
      value,
      group: null,
    })),
  };
}

/** A small strategy: ambition 1 with two commitments, ambition 2 with one and a KPI of its own. */
export function smallStrategy(): TStrategyInput {
  return {
    strategy: {
      id: 's',
      title: 'Belonging and Inclusion Strategy 2023–2028',
      startYear: '2023/24',
      endYear: '2027/28',
      rollupRule: 'threshold',
      redShare: 1 / 3,
    },
    ambitions: [
      { id: 'a1', number: 1, title: 'Inclusive culture', description: '' },
      { id: 'a2', number: 2, title: 'Diverse workforce', description: '' },
    ],
    commitments: [
      { id: 'c1', ambitionId: 'a1', code: '1.1', title: 'Compassionate teams', description: '' },
      { id: 'c2', ambitionId: 'a1', code: '1.2', title: 'Just culture', description: '' },
      { id: 'c3', ambitionId: 'a2', code: '2.1', title: 'Fair recruitment', description: '' },
    ],
    actions: [
      // c1: green, overdue red, optimistic owner (derived red, owner green) with a recovery action.
      action('x1', 'c1', {}),
      action('x2', 'c1', {
        dueDate: day('2025-11-30'),
        ownerRag: 'green',
        ownerRagReason: 'Nearly there',
        latestUpdate: {
          createdAt: new Date('2025-12-20T10:00:00Z'),
          narrative: 'Slipped',
          recoveryAction: 'Extra sessions in January',
          ownerRagReason: 'Nearly there',
        },
      }),
      // c2: amber milestone, cancelled, and one with no update this period.
      action('x3', 'c2', {
        milestones: [
          { id: 'm1', title: 'Pilot', dueDate: day('2026-01-31'), completedAt: null, atRisk: true },
        ],
      }),
      action('x4', 'c2', { status: 'cancelled' }),
      action('x5', 'c2', { latestUpdate: null }),
      // c3: complete.
      action('x6', 'c3', { status: 'complete', completedAt: day('2025-10-01') }),
    ],
    kpis: [
      // c1: annual, 50 at 2025-03-31 is on the line (green) and current; a value after asOf is ignored.
      kpi('k1', { ambitionId: 'a1', commitmentId: 'c1' }, 'annual', [
        ['2025-03-31', 50],
        ['2026-03-31', 10],
      ]),
      // a2's own KPI: stale (2024-12-31 value, Q2 2025/26 due by January) and red.
      kpi('k2', { ambitionId: 'a2', commitmentId: null }, 'quarterly', [['2024-12-31', 40]]),
    ],
  };
}

/** The day the small strategy's reports are assessed, in 2025/26 Q3's update window. */
export const Q3_AS_OF = new Date('2026-01-25T12:00:00Z');
export const Q3_UPDATE_WINDOW = { opens: day('2025-12-17'), closes: day('2026-01-21') };
export const Q3_PERIOD = {
  id: 'p-q3',
  label: '2025/26 Q3',
  startDate: '2025-10-01',
  endDate: '2025-12-31',
  boardDate: '2026-02-05',
  locked: false,
  lockedAt: null,
};
