// Builds the public progress page's payload from a locked period: the strategy as assessed at the
// period's end, coloured as the board's frozen snapshot coloured it (so the page agrees with the
// board paper), without anything marked internal and without people's names unless the trust
// chooses to show them. What this leaves out can never reach the public: the payload is all the
// public page is rendered from.
import { ACTION_STATUS_LABELS, EDS_RATING_LABELS, RAG_LABELS } from '../labels.ts';
import { KPI_DIRECTION_LABELS } from '../kpi-choice-labels.ts';
import { toIsoDay, londonDayNumber } from '../dates.ts';
import type { TEdsRating } from '../equality.ts';
import type { Rag } from '../rag.ts';
import type {
  TAssessedAction,
  TAssessedKpi,
  TAssessedStrategy,
  TBoardReport,
  TStrategyInput,
} from '../report/types.ts';
import type { TWorkforceResult } from '../workforce/types.ts';
import {
  ZPublicPayload,
  type TPublicAction,
  type TPublicCommitment,
  type TPublicKpi,
  type TPublicPayload,
} from './payload.ts';
import { publicWorkforceSections } from './workforce-figures.ts';

export type TPublicBuildInput = {
  organisation: { name: string; slug: string; isDemo: boolean; showsOwnerNames: boolean };
  /** The strategy's input on the assessment day, for each KPI's series. */
  strategy: TStrategyInput;
  /** The same input assessed on the snapshot's day (`assessStrategy`). */
  assessed: TAssessedStrategy;
  /** The locked period's frozen board report: its colours win over the live assessment's. */
  snapshot: TBoardReport;
  /** Ids of commitments, actions and KPIs marked internal: each vanishes with its children. */
  internal: {
    commitmentIds: readonly string[];
    actionIds: readonly string[];
    kpiIds: readonly string[];
  };
  /** Owners' job titles by user id (a missing one publishes no title). */
  jobTitles: Readonly<Record<string, string | null>>;
  workforce: TWorkforceResult | null;
  /** The latest EDS 2022 assessment's summary, if the trust has one. */
  eds: { year: string; total: number | null; rating: TEdsRating | null } | null;
  publishedAt: Date;
};

const ragWords = (rag: Rag) => ({ rag, words: RAG_LABELS[rag] });

type Built = {
  owner: (
    o: { id: string; name: string } | null,
  ) => Pick<TPublicAction, 'ownerJobTitle' | 'ownerName'>;
};

function publicKpi(
  kpi: TAssessedKpi,
  input: TStrategyInput,
  snapshotRag: ReadonlyMap<string, Rag>,
  asOfDay: number,
): TPublicKpi {
  const { assessment, definition } = kpi;
  const measurements = input.kpis.find((k) => k.id === kpi.id)?.measurements ?? [];
  const series = measurements
    .filter((m) => (m.group == null || m.group === '') && londonDayNumber(m.periodEnd) <= asOfDay)
    .sort((a, b) => a.periodEnd.getTime() - b.periodEnd.getTime())
    .map((m) => ({ periodEnd: toIsoDay(m.periodEnd), value: m.value }));
  const target = definition.direction === 'band' ? null : definition.target;
  return {
    code: kpi.code,
    title: kpi.title,
    unit: kpi.unit,
    directionWords: KPI_DIRECTION_LABELS[definition.direction],
    rag: ragWords(snapshotRag.get(kpi.id) ?? assessment.rag),
    latest:
      assessment.actual !== null && assessment.periodEnd
        ? { periodEnd: toIsoDay(assessment.periodEnd), value: assessment.actual }
        : null,
    target: target?.value ?? null,
    targetDate: target ? toIsoDay(target.date) : null,
    series,
    isDemoData: kpi.isDemoData,
  };
}

function publicAction(
  action: TAssessedAction,
  snapshotRag: ReadonlyMap<string, Rag | null>,
  built: Built,
  asOfDay: number,
): TPublicAction {
  const rag = snapshotRag.has(action.id) ? snapshotRag.get(action.id) : action.assessment.rag;
  const update = action.latestUpdate;
  // Fail closed: a narrative whose flag was not read is treated as internal.
  const narrative = update && update.isInternal === false ? update.narrative : null;
  // As the period's newest update left them: the action's own row may carry a later quarter's.
  const status = update?.status ?? action.status;
  const progress = update?.progressPercent ?? action.progressPercent;
  return {
    code: action.code,
    title: action.title,
    statusWords: ACTION_STATUS_LABELS[status],
    rag: rag ? ragWords(rag) : null,
    progressPercent: Math.max(0, Math.min(100, Math.round(progress))),
    dueDate: toIsoDay(action.dueDate),
    ...built.owner(action.owner),
    narrative: narrative?.trim() ? narrative : null,
    milestones: action.milestones.map((m) => ({
      title: m.title,
      dueDate: toIsoDay(m.dueDate),
      // A completion after the period's end had not happened yet.
      completedOn:
        m.completedAt && londonDayNumber(m.completedAt) <= asOfDay ? toIsoDay(m.completedAt) : null,
    })),
  };
}

/** The public payload; every field is checked against `ZPublicPayload` before it is answered. */
export function buildPublicPayload(input: TPublicBuildInput): TPublicPayload {
  const { snapshot, assessed, organisation } = input;
  const asOfDay = londonDayNumber(assessed.asOf);
  const hidden = new Set([
    ...input.internal.commitmentIds,
    ...input.internal.actionIds,
    ...input.internal.kpiIds,
  ]);
  const summary = new Map(snapshot.summary.map((a) => [a.id, a]));
  const commitmentRag = new Map(
    snapshot.summary.flatMap((a) => a.commitments.map((c) => [c.id, c.rag] as const)),
  );
  const kpiRag = new Map(snapshot.kpis.map((k) => [k.id, k.rag]));
  const actionRag = new Map(snapshot.actions.map((a) => [a.id, a.rag]));
  const built: Built = {
    owner: (o) => ({
      ownerJobTitle: (o && input.jobTitles[o.id]?.trim()) || null,
      ownerName: o && organisation.showsOwnerNames && o.name.trim() ? o.name : null,
    }),
  };
  const kpisOf = (kpis: readonly TAssessedKpi[]) =>
    kpis.filter((k) => !hidden.has(k.id)).map((k) => publicKpi(k, input.strategy, kpiRag, asOfDay));

  const payload: TPublicPayload = {
    schemaVersion: 1,
    organisation: { name: organisation.name, slug: organisation.slug, isDemo: organisation.isDemo },
    strategyTitle: snapshot.strategyTitle,
    period: {
      label: snapshot.period.label,
      startDate: snapshot.period.startDate,
      endDate: snapshot.period.endDate,
    },
    publishedAt: input.publishedAt.toISOString(),
    overall: ragWords(snapshot.overall.rag),
    ambitions: assessed.ambitions.map((ambition) => ({
      number: ambition.number,
      title: ambition.title,
      description: ambition.description,
      rag: ragWords(summary.get(ambition.id)?.rag ?? ambition.rollup.rag),
      commitments: ambition.commitments
        .filter((c) => !hidden.has(c.id))
        .map((c): TPublicCommitment => ({
          code: c.code,
          title: c.title,
          description: c.description,
          rag: ragWords(commitmentRag.get(c.id) ?? c.rollup.rag),
          actions: c.actions
            .filter((a) => !hidden.has(a.id))
            .map((a) => publicAction(a, actionRag, built, asOfDay)),
          kpis: kpisOf(c.kpis),
        })),
      kpis: kpisOf(ambition.kpis),
    })),
    workforce: input.workforce
      ? {
          asOf: input.workforce.asOf,
          threshold: input.workforce.threshold,
          sections: publicWorkforceSections(input.workforce),
        }
      : null,
    eds:
      input.eds && input.eds.rating
        ? {
            year: input.eds.year,
            ratingWords: EDS_RATING_LABELS[input.eds.rating],
            score: input.eds.total,
          }
        : null,
  };
  return ZPublicPayload.parse(payload);
}
