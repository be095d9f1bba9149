import {
  assessOnDay,
  kpiDefinitionOf,
  reportPeriodOf,
  type Db,
  type Provider,
  type ReportPeriod,
} from '@belonging/db';
import {
  buildBoardReport,
  chooseReportPeriod,
  londonDayNumber,
  previousReportingPeriod,
  reportAssessmentDay,
  rollupRuleOf,
  type Rag,
  type TBoardReport,
  type TStrategyInput,
} from '@belonging/domain';
import { loadFloorDocument } from '@belonging/db/bench/floor';

type Row = Record<string, unknown>;
type Doc = {
  organisation: { name: string; isDemo: unknown };
  strategy: Row;
  ambitions: Row[];
  commitments: Row[];
  actions: Row[];
  milestones: Row[];
  kpis: Row[];
  trajectory: Row[];
  measurements: Row[];
  updates: Row[];
  periods: Row[];
};

// Each dialect spells dates its own way in JSON: SQLite as stored ISO text, PostgreSQL `date` as
// 'YYYY-MM-DD' and `timestamp` without a zone (Prisma stores UTC).
function date(value: unknown): Date {
  const s = str(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return new Date(`${s}T00:00:00.000Z`);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(s) ? s : `${s}Z`);
}
const dateOrNull = (v: unknown) => (v === null || v === undefined ? null : date(v));
// Every text column arrives as a JSON string; anything else is shown as the JSON it is.
const str = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));
const strOrNull = (v: unknown) => (v === null || v === undefined ? null : str(v));
const num = (v: unknown) => Number(v);
const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const bool = (v: unknown) => v === true || v === 1;

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

/** The strategy input for a day, from the loaded rows: what `loadStrategyInput` reads, filtered in memory. */
function inputOn(doc: Doc, day: Date): TStrategyInput {
  const dayNumber = londonDayNumber(day);
  const newest = new Map<string, Row>();
  for (const u of doc.updates)
    if (londonDayNumber(date(u.createdAt)) <= dayNumber) newest.set(str(u.actionId), u);
  const milestones = groupBy(doc.milestones, (m) => str(m.actionId));
  const trajectory = groupBy(doc.trajectory, (p) => str(p.kpiId));
  const measurements = groupBy(
    doc.measurements.filter((m) => date(m.periodEnd).getTime() <= day.getTime()),
    (m) => str(m.kpiId),
  );
  const commitmentIds = new Set(doc.commitments.map((c) => str(c.id)));
  const s = doc.strategy;
  return {
    strategy: {
      id: str(s.id),
      title: str(s.title),
      startYear: str(s.startYear),
      endYear: str(s.endYear),
      rollupRule: rollupRuleOf(str(s.rollupRule)),
      redShare: num(s.redShare),
    },
    ambitions: doc.ambitions.map((a) => ({
      id: str(a.id),
      number: num(a.number),
      title: str(a.title),
      description: str(a.description),
    })),
    commitments: doc.commitments.map((c) => ({
      id: str(c.id),
      ambitionId: str(c.ambitionId),
      code: str(c.code),
      title: str(c.title),
      description: str(c.description),
    })),
    actions: doc.actions
      .filter((a) => commitmentIds.has(str(a.commitmentId)))
      .map((a) => {
        const u = newest.get(str(a.id));
        return {
          id: str(a.id),
          commitmentId: str(a.commitmentId),
          code: str(a.code),
          title: str(a.title),
          status: str(a.status) as TStrategyInput['actions'][number]['status'],
          startDate: dateOrNull(a.startDate),
          dueDate: date(a.dueDate),
          originalDueDate: date(a.originalDueDate),
          completedAt: dateOrNull(a.completedAt),
          progressPercent: num(a.progressPercent),
          ownerRag: strOrNull(a.ownerRag) as Rag | null,
          ownerRagReason: strOrNull(a.ownerRagReason),
          version: num(a.version),
          owner: { id: str(a.ownerId), name: str(a.ownerName) },
          milestones: (milestones.get(str(a.id)) ?? []).map((m) => ({
            id: str(m.id),
            title: str(m.title),
            dueDate: date(m.dueDate),
            completedAt: dateOrNull(m.completedAt),
            atRisk: bool(m.atRisk),
          })),
          latestUpdate: u
            ? {
                createdAt: date(u.createdAt),
                narrative: str(u.narrative),
                recoveryAction: strOrNull(u.recoveryAction),
                ownerRagReason: strOrNull(u.ownerRagReason),
              }
            : null,
        };
      }),
    kpis: doc.kpis.map((k) => {
      const row = {
        id: str(k.id),
        ambitionId: strOrNull(k.ambitionId),
        commitmentId: strOrNull(k.commitmentId),
        code: str(k.code),
        title: str(k.title),
        unit: str(k.unit) as TStrategyInput['kpis'][number]['unit'],
        direction: str(k.direction) as 'increase' | 'decrease' | 'band',
        baselineValue: num(k.baselineValue),
        baselineDate: date(k.baselineDate),
        targetValue: numOrNull(k.targetValue),
        targetDate: dateOrNull(k.targetDate),
        bandLow: numOrNull(k.bandLow),
        bandHigh: numOrNull(k.bandHigh),
        toleranceKind: str(k.toleranceKind) as 'absolute' | 'relative',
        toleranceValue: num(k.toleranceValue),
        frequency: str(k.frequency) as 'monthly' | 'quarterly' | 'annual',
        reportingLagDays: numOrNull(k.reportingLagDays),
        spcMinimumPoints: num(k.spcMinimumPoints),
        spcShiftLength: num(k.spcShiftLength),
        spcTrendLength: num(k.spcTrendLength),
        spcScreenOutliers: bool(k.spcScreenOutliers),
        spcConflict: str(k.spcConflict),
        isDemoData: bool(k.isDemoData),
        owner: k.ownerId ? { id: str(k.ownerId), name: str(k.ownerName) } : null,
      };
      const points = (trajectory.get(row.id) ?? []).map((p) => ({
        kpiId: row.id,
        date: date(p.date),
        value: num(p.value),
      }));
      return {
        id: row.id,
        ambitionId: row.ambitionId,
        commitmentId: row.commitmentId,
        code: row.code,
        title: row.title,
        unit: row.unit,
        isDemoData: row.isDemoData,
        owner: row.owner,
        definition: kpiDefinitionOf(row, points),
        spc: {
          minimumPoints: row.spcMinimumPoints,
          shiftLength: row.spcShiftLength,
          trendLength: row.spcTrendLength,
          screenOutliers: row.spcScreenOutliers,
          conflict: row.spcConflict === 'concern' ? 'concern' : 'improvement',
        },
        measurements: (measurements.get(row.id) ?? []).map((m) => ({
          periodEnd: date(m.periodEnd),
          value: num(m.value),
        })),
      };
    }),
  };
}

/** A period as the API reads it, with its frozen report when locked. */
type Period = ReportPeriod & { payload: string | null };

/** The same board report the API serves for the current period, from one query and the domain rules. */
export async function floorBoardReport(
  db: Db,
  provider: Provider,
  organisationId: string,
  now: Date,
): Promise<TBoardReport> {
  // The one query, parsed into plain rows.
  const doc = (await loadFloorDocument(db, provider, organisationId)) as Doc;
  const periods: Period[] = doc.periods.map((p) => ({
    id: str(p.id),
    label: str(p.label),
    startDate: date(p.startDate),
    endDate: date(p.endDate),
    windowOpens: date(p.windowOpens),
    windowCloses: date(p.windowCloses),
    boardDate: dateOrNull(p.boardDate),
    lockedAt: dateOrNull(p.lockedAt),
    payload: strOrNull(p.payload),
  }));
  const reportOf = (period: Period, previous: TBoardReport | null): TBoardReport => {
    if (period.lockedAt && period.payload) return JSON.parse(period.payload) as TBoardReport;
    const asOf = reportAssessmentDay(period, now);
    return buildBoardReport(assessOnDay(inputOn(doc, asOf), periods, asOf), {
      organisationName: doc.organisation.name,
      isDemo: bool(doc.organisation.isDemo),
      period: reportPeriodOf(period),
      previous,
      generatedAt: now,
    });
  };
  const { period: current } = chooseReportPeriod(periods, undefined, now);
  if (!current) throw new Error('The benchmark trust has no current period.');
  const before = previousReportingPeriod(periods, current);
  return reportOf(current, before ? reportOf(before, null) : null);
}
