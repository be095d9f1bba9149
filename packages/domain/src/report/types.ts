// The shapes shared by the strategy tree, the board report and its frozen snapshots. The database
// layer loads a TStrategyInput; `assessStrategy` turns it into a TAssessedStrategy (strategy.tree);
// `buildBoardReport` turns that into a TBoardReport, which is JSON-safe (dates as 'YYYY-MM-DD'
// strings) so a locked period's snapshot is served byte-for-byte as it was frozen.
import type { TActionAssessment, TActionStatus } from '../action-assessment.ts';
import type { TKpiAssessment } from '../kpi-assessment.ts';
import type { TKpiDefinition, TMeasurement } from '../kpi-definition.ts';
import type { TMilestoneAssessment } from '../milestone-assessment.ts';
import type { Rag } from '../rag.ts';
import type { TMovement, TRollup } from '../rollup.ts';
import type { TSpcResult } from '../spc.ts';

export type TKpiUnit = 'percent' | 'ratio' | 'number' | 'score' | 'currency';
export type TPerson = { id: string; name: string };

export type TStrategyInput = {
  strategy: {
    id: string;
    title: string;
    startYear: string;
    endYear: string;
    rollupRule: 'threshold' | 'worst';
    redShare: number;
  };
  ambitions: { id: string; number: number; title: string; description: string }[];
  commitments: {
    id: string;
    ambitionId: string;
    code: string;
    title: string;
    description: string;
  }[];
  actions: {
    id: string;
    commitmentId: string;
    code: string;
    title: string;
    status: TActionStatus;
    startDate: Date | null;
    dueDate: Date;
    originalDueDate: Date;
    completedAt: Date | null;
    progressPercent: number;
    ownerRag: Rag | null;
    ownerRagReason: string | null;
    version: number;
    owner: TPerson;
    milestones: {
      id: string;
      title: string;
      dueDate: Date;
      completedAt: Date | null;
      atRisk: boolean;
    }[];
    /** The newest progress update made on or before asOf, if any. */
    latestUpdate: {
      createdAt: Date;
      narrative: string;
      recoveryAction: string | null;
      /** The owner's view this update gave; absent when the loader did not read it. */
      ownerRag?: Rag | null;
      ownerRagReason: string | null;
      /** The narrative stays inside the trust; absent when the loader did not read it. */
      isInternal?: boolean;
      /** The status and progress this update gave; absent when the loader did not read them. */
      status?: TActionStatus;
      progressPercent?: number;
    } | null;
  }[];
  kpis: {
    id: string;
    ambitionId: string | null;
    commitmentId: string | null;
    code: string;
    title: string;
    unit: TKpiUnit;
    isDemoData: boolean;
    owner: TPerson | null;
    definition: TKpiDefinition;
    spc: TSpcSettings;
    /** Whole-population values (no group), any order. */
    measurements: TMeasurement[];
  }[];
};

export type TSpcSettings = {
  minimumPoints: number;
  shiftLength: number;
  trendLength: number;
  screenOutliers: boolean;
  conflict: 'improvement' | 'concern';
};

export type TAssessedAction = Omit<TStrategyInput['actions'][number], 'milestones'> & {
  assessment: TActionAssessment;
  milestones: (TStrategyInput['actions'][number]['milestones'][number] & {
    assessment: TMilestoneAssessment;
  })[];
};

export type TAssessedKpi = Omit<TStrategyInput['kpis'][number], 'measurements'> & {
  assessment: TKpiAssessment;
  spcResult: TSpcResult;
  /** Number of whole-population values on or before asOf. */
  points: number;
};

export type TAssessedCommitment = TStrategyInput['commitments'][number] & {
  rollup: TRollup;
  actions: TAssessedAction[];
  kpis: TAssessedKpi[];
};

export type TAssessedAmbition = TStrategyInput['ambitions'][number] & {
  rollup: TRollup;
  commitments: TAssessedCommitment[];
  /** KPIs that belong to the ambition itself rather than to one commitment. */
  kpis: TAssessedKpi[];
};

export type TAssessedStrategy = {
  strategy: TStrategyInput['strategy'];
  asOf: Date;
  rollup: TRollup;
  ambitions: TAssessedAmbition[];
};

/** A calendar date as 'YYYY-MM-DD'. */
export type TIsoDay = string;

export type TBoardReportPeriod = {
  id: string;
  label: string;
  startDate: TIsoDay;
  endDate: TIsoDay;
  boardDate: TIsoDay | null;
  locked: boolean;
  lockedAt: string | null;
};

export type TReportRollupRow = {
  id: string;
  label: string;
  title: string;
  rag: Rag;
  counts: Record<Rag, number>;
  previousRag: Rag | null;
  movement: TMovement;
};

export type TBoardReport = {
  /** Shape version of the snapshot payload. */
  schemaVersion: 1;
  organisationName: string;
  isDemo: boolean;
  strategyTitle: string;
  period: TBoardReportPeriod;
  /** The date the colours were assessed at. */
  asOf: TIsoDay;
  generatedAt: string;
  overall: { rag: Rag; counts: Record<Rag, number> };
  /** One row per ambition, each with its commitments. */
  summary: (TReportRollupRow & { number: number; commitments: TReportRollupRow[] })[];
  /** Red and amber actions and KPIs, worst first. */
  exceptions: {
    kind: 'action' | 'kpi';
    id: string;
    code: string;
    title: string;
    ambitionNumber: number;
    commitmentCode: string | null;
    owner: string | null;
    rag: Rag;
    reason: string;
    narrative: string | null;
    recoveryAction: string | null;
  }[];
  optimistic: {
    actionId: string;
    code: string;
    title: string;
    owner: string;
    ownerRag: Rag;
    derivedRag: Rag;
    reason: string | null;
  }[];
  missingUpdates: { actionId: string; code: string; title: string; owner: string }[];
  staleKpis: {
    kpiId: string;
    code: string;
    title: string;
    owner: string | null;
    periodEnd: TIsoDay | null;
  }[];
  /** One line per KPI, in strategy order. */
  kpis: {
    id: string;
    code: string;
    title: string;
    unit: TKpiUnit;
    ambitionNumber: number;
    rag: Rag;
    actual: number | null;
    expected: number | null;
    target: number | null;
    /** A band KPI's band (absent from reports frozen before it was added). */
    band?: { low: number; high: number } | null;
    gap: number | null;
    stale: boolean;
    periodEnd: TIsoDay | null;
    variation: TSpcResult['variation'];
    assurance: TSpcResult['assurance'];
    previousRag: Rag | null;
    movement: TMovement;
    isDemoData: boolean;
  }[];
  /** Action colours, for the next period's movement. */
  actions: {
    id: string;
    code: string;
    /** The action's ambition (absent from reports frozen before it was added). */
    ambitionNumber?: number;
    rag: Rag | null;
    previousRag: Rag | null;
    movement: TMovement | null;
  }[];
};
