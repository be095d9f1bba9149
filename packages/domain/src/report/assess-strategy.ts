import { assessActionOnDay } from '../action-assessment.ts';
import { dateOfDay, londonDayNumber } from '../dates.ts';
import { assessKpi } from '../kpi-assessment.ts';
import { assessMilestoneOnDay } from '../milestone-assessment.ts';
import type { Rag } from '../rag.ts';
import { rollup, type TRollupOptions } from '../rollup.ts';
import { spc } from '../spc.ts';
import type {
  TAssessedAction,
  TAssessedAmbition,
  TAssessedCommitment,
  TAssessedKpi,
  TAssessedStrategy,
  TStrategyInput,
} from './types.ts';

export type TAssessStrategyOptions = {
  asOf: Date;
  updateWindow?: { opens: Date; closes: Date } | null;
};

function assessKpiItem(
  kpi: TStrategyInput['kpis'][number],
  asOf: Date,
  asOfDay: number,
): TAssessedKpi {
  const { measurements, ...rest } = kpi;
  const series = measurements
    .map((m) => ({ day: londonDayNumber(m.periodEnd), value: m.value, group: m.group }))
    .filter((m) => (m.group == null || m.group === '') && m.day <= asOfDay)
    .sort((a, b) => a.day - b.day);
  const target =
    kpi.definition.direction === 'band' ? null : (kpi.definition.target?.value ?? null);
  return {
    ...rest,
    assessment: assessKpi(kpi.definition, measurements, asOf),
    spcResult: spc(
      series.map((m) => m.value),
      { ...kpi.spc, direction: kpi.definition.direction, target },
    ),
    points: series.length,
  };
}

type TInputAction = TStrategyInput['actions'][number];

/**
 * An action as it stood on `today`: the owner's view and its reason are those of the newest update
 * made by then (the reason belongs to the update that gave the view), and a completion dated after
 * that day had not happened yet. Without a dated view the action's own one stands.
 */
export function actionOnDay(action: TInputAction, today: number): TInputAction {
  const update = action.latestUpdate;
  const view =
    update && update.ownerRag !== undefined
      ? { ownerRag: update.ownerRag, ownerRagReason: update.ownerRagReason }
      : {};
  const completedLater =
    action.status === 'complete' &&
    action.completedAt !== null &&
    londonDayNumber(action.completedAt) > today;
  return {
    ...action,
    ...view,
    ...(completedLater ? { status: 'in_progress' as const, completedAt: null } : {}),
  };
}

function assessActionItem(
  input: TInputAction,
  today: number,
  window: TAssessStrategyOptions['updateWindow'],
): TAssessedAction {
  const action = actionOnDay(input, today);
  const assessment = assessActionOnDay(
    {
      ...action,
      lastUpdateAt: action.latestUpdate?.createdAt ?? null,
      updateWindow: window ?? null,
    },
    today,
  );
  return {
    ...action,
    assessment,
    milestones: action.milestones.map((m) => ({
      ...m,
      assessment: assessMilestoneOnDay(m, today),
    })),
  };
}

function ragsOf(actions: readonly TAssessedAction[], kpis: readonly TAssessedKpi[]): Rag[] {
  const rags: Rag[] = [];
  // Cancelled actions have no colour and stay out of every roll-up.
  for (const a of actions) if (a.assessment.rag !== null) rags.push(a.assessment.rag);
  for (const k of kpis) rags.push(k.assessment.rag);
  return rags;
}

/**
 * Assesses every action, milestone and KPI of a strategy at `asOf` and rolls the colours up to
 * commitments (their actions and KPIs), ambitions (their commitments' items and their own KPIs)
 * and the strategy (everything), with the strategy's roll-up rule.
 */
export function assessStrategy(
  input: TStrategyInput,
  opts: TAssessStrategyOptions,
): TAssessedStrategy {
  const today = londonDayNumber(opts.asOf, 'asOf');
  const asOf = dateOfDay(today);
  const rule: TRollupOptions = {
    rule: input.strategy.rollupRule,
    redShare: input.strategy.redShare,
  };
  const commitmentIds = new Set(input.commitments.map((c) => c.id));

  const actionsByCommitment = new Map<string, TAssessedAction[]>();
  for (const action of input.actions) {
    const list = actionsByCommitment.get(action.commitmentId) ?? [];
    list.push(assessActionItem(action, today, opts.updateWindow));
    actionsByCommitment.set(action.commitmentId, list);
  }
  const kpisByCommitment = new Map<string, TAssessedKpi[]>();
  const kpisByAmbition = new Map<string, TAssessedKpi[]>();
  for (const kpi of input.kpis) {
    // A KPI sits under its commitment when it has one in this strategy, else under its ambition.
    const [key, map] =
      kpi.commitmentId && commitmentIds.has(kpi.commitmentId)
        ? [kpi.commitmentId, kpisByCommitment]
        : kpi.ambitionId
          ? [kpi.ambitionId, kpisByAmbition]
          : [null, null];
    if (!key || !map) continue;
    const list = map.get(key) ?? [];
    list.push(assessKpiItem(kpi, asOf, today));
    map.set(key, list);
  }

  const everything: Rag[] = [];
  const ambitions: TAssessedAmbition[] = input.ambitions.map((ambition) => {
    const ambitionRags: Rag[] = [];
    const commitments: TAssessedCommitment[] = input.commitments
      .filter((c) => c.ambitionId === ambition.id)
      .map((commitment) => {
        const actions = actionsByCommitment.get(commitment.id) ?? [];
        const kpis = kpisByCommitment.get(commitment.id) ?? [];
        const rags = ragsOf(actions, kpis);
        ambitionRags.push(...rags);
        return { ...commitment, rollup: rollup(rags, rule), actions, kpis };
      });
    const kpis = kpisByAmbition.get(ambition.id) ?? [];
    ambitionRags.push(...ragsOf([], kpis));
    everything.push(...ambitionRags);
    return { ...ambition, rollup: rollup(ambitionRags, rule), commitments, kpis };
  });

  return { strategy: input.strategy, asOf, rollup: rollup(everything, rule), ambitions };
}
