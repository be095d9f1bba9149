import { toIsoDay } from '../dates.ts';
import { ragRank, type Rag } from '../rag.ts';
import { movement } from '../rollup.ts';
import type {
  TAssessedAction,
  TAssessedKpi,
  TAssessedStrategy,
  TBoardReport,
  TBoardReportPeriod,
} from './types.ts';

export type TBoardReportOptions = {
  organisationName: string;
  isDemo: boolean;
  period: TBoardReportPeriod;
  previous: TBoardReport | null;
  generatedAt: Date;
};

type TException = TBoardReport['exceptions'][number];

function isoOrNull(date: Date | null): string | null {
  return date ? toIsoDay(date) : null;
}

/** Previous colours by id, from every level of the previous report. */
function previousColours(previous: TBoardReport | null): Map<string, Rag | null> {
  const colours = new Map<string, Rag | null>();
  if (!previous) return colours;
  for (const ambition of previous.summary) {
    colours.set(ambition.id, ambition.rag);
    for (const commitment of ambition.commitments) colours.set(commitment.id, commitment.rag);
  }
  for (const kpi of previous.kpis) colours.set(kpi.id, kpi.rag);
  for (const action of previous.actions) colours.set(action.id, action.rag);
  return colours;
}

function actionException(
  action: TAssessedAction,
  ambitionNumber: number,
  commitmentCode: string,
): TException | null {
  const rag = action.assessment.rag;
  if (rag !== 'red' && rag !== 'amber') return null;
  return {
    kind: 'action',
    id: action.id,
    code: action.code,
    title: action.title,
    ambitionNumber,
    commitmentCode,
    owner: action.owner.name,
    rag,
    reason: action.assessment.reason,
    narrative: action.latestUpdate?.narrative ?? null,
    recoveryAction: action.latestUpdate?.recoveryAction ?? null,
  };
}

function kpiException(
  kpi: TAssessedKpi,
  ambitionNumber: number,
  commitmentCode: string | null,
): TException | null {
  const rag = kpi.assessment.rag;
  if (rag !== 'red' && rag !== 'amber') return null;
  return {
    kind: 'kpi',
    id: kpi.id,
    code: kpi.code,
    title: kpi.title,
    ambitionNumber,
    commitmentCode,
    owner: kpi.owner?.name ?? null,
    rag,
    reason: kpi.assessment.reason,
    narrative: null,
    recoveryAction: null,
  };
}

/**
 * Assembles the board's RAG report from an assessed strategy: summary by ambition and commitment
 * with movement since `previous`, exceptions worst first, optimistic owner views, missing updates,
 * stale KPIs and one line per KPI and action. Pure: the same input gives the same JSON.
 */
export function buildBoardReport(
  assessed: TAssessedStrategy,
  opts: TBoardReportOptions,
): TBoardReport {
  const before = previousColours(opts.previous);
  const was = (id: string) => before.get(id) ?? null;
  const exceptions: TException[] = [];
  const optimistic: TBoardReport['optimistic'] = [];
  const missingUpdates: TBoardReport['missingUpdates'] = [];
  const staleKpis: TBoardReport['staleKpis'] = [];
  const kpis: TBoardReport['kpis'] = [];
  const actions: TBoardReport['actions'] = [];

  const addKpi = (kpi: TAssessedKpi, ambitionNumber: number, commitmentCode: string | null) => {
    const a = kpi.assessment;
    const exception = kpiException(kpi, ambitionNumber, commitmentCode);
    if (exception) exceptions.push(exception);
    if (a.stale) {
      staleKpis.push({
        kpiId: kpi.id,
        code: kpi.code,
        title: kpi.title,
        owner: kpi.owner?.name ?? null,
        periodEnd: isoOrNull(a.periodEnd),
      });
    }
    kpis.push({
      id: kpi.id,
      code: kpi.code,
      title: kpi.title,
      unit: kpi.unit,
      ambitionNumber,
      rag: a.rag,
      actual: a.actual,
      expected: a.expected,
      target: a.target,
      band: kpi.definition.band ?? null,
      gap: a.gap,
      stale: a.stale,
      periodEnd: isoOrNull(a.periodEnd),
      variation: kpi.spcResult.variation,
      assurance: kpi.spcResult.assurance,
      previousRag: was(kpi.id),
      movement: movement(was(kpi.id), a.rag),
      isDemoData: kpi.isDemoData,
    });
  };

  const addAction = (action: TAssessedAction, ambitionNumber: number, commitmentCode: string) => {
    const a = action.assessment;
    const exception = actionException(action, ambitionNumber, commitmentCode);
    if (exception) exceptions.push(exception);
    if (a.optimistic && action.ownerRag && a.derivedRag) {
      optimistic.push({
        actionId: action.id,
        code: action.code,
        title: action.title,
        owner: action.owner.name,
        ownerRag: action.ownerRag,
        derivedRag: a.derivedRag,
        // The view and its reason come as a pair from the same update (see actionOnDay).
        reason: action.ownerRagReason,
      });
    }
    if (a.updateMissing)
      missingUpdates.push({
        actionId: action.id,
        code: action.code,
        title: action.title,
        owner: action.owner.name,
      });
    actions.push({
      id: action.id,
      code: action.code,
      ambitionNumber,
      rag: a.rag,
      previousRag: was(action.id),
      movement: a.rag === null ? null : movement(was(action.id), a.rag),
    });
  };

  const summary: TBoardReport['summary'] = assessed.ambitions.map((ambition) => {
    // The ambition's own KPIs come before those of its commitments, as in the strategy tree.
    for (const kpi of ambition.kpis) addKpi(kpi, ambition.number, null);
    const commitments = ambition.commitments.map((commitment) => {
      for (const action of commitment.actions) addAction(action, ambition.number, commitment.code);
      for (const kpi of commitment.kpis) addKpi(kpi, ambition.number, commitment.code);
      return {
        id: commitment.id,
        label: commitment.code,
        title: commitment.title,
        rag: commitment.rollup.rag,
        counts: { ...commitment.rollup.counts },
        previousRag: was(commitment.id),
        movement: movement(was(commitment.id), commitment.rollup.rag),
      };
    });
    return {
      id: ambition.id,
      label: `Ambition ${ambition.number}`,
      title: ambition.title,
      number: ambition.number,
      rag: ambition.rollup.rag,
      counts: { ...ambition.rollup.counts },
      previousRag: was(ambition.id),
      movement: movement(was(ambition.id), ambition.rollup.rag),
      commitments,
    };
  });

  // Array.prototype.sort is stable, so items of one colour keep their strategy order.
  exceptions.sort((a, b) => ragRank(a.rag) - ragRank(b.rag));

  return {
    schemaVersion: 1,
    organisationName: opts.organisationName,
    isDemo: opts.isDemo,
    strategyTitle: assessed.strategy.title,
    period: opts.period,
    asOf: toIsoDay(assessed.asOf),
    generatedAt: opts.generatedAt.toISOString(),
    overall: { rag: assessed.rollup.rag, counts: { ...assessed.rollup.counts } },
    summary,
    exceptions,
    optimistic,
    missingUpdates,
    staleKpis,
    kpis,
    actions,
  };
}
