import {
  findKpiDetail,
  findKpiForValues,
  findKpisWithSeries,
  findLockedPeriods,
  findLatestSavedWorkforceUpload,
  type DbClient,
  type SessionUser,
} from '@belonging/db';
import {
  WORKFORCE_KPI_CODES,
  assessKpi,
  isSuppressed,
  lockedPeriodHolding,
  publishIntersectRows,
  spc,
  suppressSmallNumbers,
  type TWorkforceResult,
} from '@belonging/domain';
import { ApiError } from '../errors.ts';
import { toKpiDefinition, toSpcOptions } from './kpi-definition.ts';
import { valueRulesOf } from './measurement.ts';

type Place = {
  ambition: { id: string; number: number; title: string } | null;
  commitment: {
    id: string;
    code: string;
    title: string;
    ambition: { id: string; number: number; title: string };
  } | null;
};

/** Where a KPI sits in the strategy: its ambition (directly or through its commitment) and commitment. */
function placeOf(k: Place) {
  const ambition = k.ambition ?? k.commitment?.ambition ?? null;
  const commitment = k.commitment && {
    id: k.commitment.id,
    code: k.commitment.code,
    title: k.commitment.title,
  };
  return { ambition, commitment };
}

/** Every live KPI of the trust with its colour today, for navigation. */
export async function listKpis(db: DbClient, session: SessionUser, now: Date) {
  const rows = await findKpisWithSeries(db, { organisationId: session.organisationId });
  return rows.map((k) => ({
    id: k.id,
    code: k.code,
    title: k.title,
    unit: k.unit,
    direction: k.direction,
    frequency: k.frequency,
    isDemoData: k.isDemoData,
    owner: k.owner,
    ...placeOf(k),
    /** The frameworks it evidences (WRES, WDES, EDI plan, EDS), each once: what the list filters by. */
    frameworks: [...new Set(k.tags.map((t) => t.tag.framework))],
    assessment: assessKpi(toKpiDefinition(k), k.measurements, now),
    canRecord: k.ownerId === session.userId,
  }));
}

type GroupRow = {
  group: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  /** Marked hidden when stored (the workforce engine's small-number rule). */
  suppressed: boolean;
};

const STORED_SUPPRESSION_REASON =
  'Built from fewer people than the small-number threshold, or would let such a group be worked out';

/**
 * The latest period's values by group. Cells built from fewer people than the trust's threshold
 * are hidden (and one more when that alone could be worked out from the total); a cell whose
 * number of people was not recorded cannot be checked, so it is hidden too.
 */
function breakdownOf(rows: (GroupRow & { periodEnd: Date })[], threshold: number) {
  const grouped = rows.filter((m) => m.group !== '');
  const latest = grouped.reduce<Date | null>(
    (d, m) => (!d || m.periodEnd > d ? m.periodEnd : d),
    null,
  );
  if (!latest) return null;
  const at = (m: { periodEnd: Date }) => m.periodEnd.getTime() === latest.getTime();
  const cells = grouped.filter(at).map(({ group, value, numerator, denominator, suppressed }) => ({
    group,
    value,
    numerator,
    denominator,
    stored: suppressed,
  }));
  const checked = suppressSmallNumbers(cells, (c) => c.denominator ?? 0, threshold);
  // A hidden cell sends its group and why, never its value or counts.
  const shown = cells.map(({ stored, ...source }, i) => {
    const cell = checked[i];
    if (stored)
      return { group: source.group, suppressed: true as const, reason: STORED_SUPPRESSION_REASON };
    if (!cell || !isSuppressed(cell)) return { ...source, suppressed: false as const };
    const reason =
      source.denominator === null
        ? 'The number of people behind this value is not recorded'
        : cell.reason;
    return { group: source.group, suppressed: true as const, reason };
  });
  const total = rows.find((m) => m.group === '' && at(m) && !m.suppressed);
  return {
    periodEnd: latest,
    threshold,
    cells: shown,
    total: total
      ? { value: total.value, numerator: total.numerator, denominator: total.denominator }
      : null,
  };
}

const WORKFORCE_CODES: ReadonlySet<string> = new Set(WORKFORCE_KPI_CODES);

/**
 * For a KPI the workforce engine feeds: the latest saved year's intersectional table, with every
 * value of a suppressed cell removed here, so it reaches no browser.
 */
async function intersectFor(db: DbClient, organisationId: string, code: string) {
  if (!WORKFORCE_CODES.has(code)) return null;
  const upload = await findLatestSavedWorkforceUpload(db, organisationId);
  if (!upload) return null;
  const result = JSON.parse(upload.result) as TWorkforceResult;
  return {
    asOf: upload.asOf,
    threshold: upload.threshold,
    rows: publishIntersectRows(result.measures.INTERSECT),
  };
}

/** One KPI's page: definition, series, colour, SPC chart and breakdown by group. */
export async function getKpiDetail(db: DbClient, session: SessionUser, id: string, now: Date) {
  const row = await findKpiDetail(db, { organisationId: session.organisationId, id });
  if (!row) throw new ApiError('NOT_FOUND', 'That KPI does not exist in your trust.');
  const { measurements, organisation, ambition: _a, commitment: _c, spcConflict: _s, ...kpi } = row;
  const organisationId = session.organisationId;
  const [locked, forValues] = await Promise.all([
    findLockedPeriods(db, { organisationId }),
    findKpiForValues(db, { organisationId, id }),
  ]);
  // A whole-workforce value stored as hidden is left out of the series, the colour and the chart.
  const headline = measurements.filter((m) => m.group === '');
  const series = headline
    .filter((m) => !m.suppressed)
    .map((m) => ({
      id: m.id,
      lockedPeriod: lockedPeriodHolding(m.periodEnd, locked),
      periodEnd: m.periodEnd,
      value: m.value,
      numerator: m.numerator,
      denominator: m.denominator,
      note: m.note,
    }));
  const definition = toKpiDefinition(row);
  return {
    ...kpi,
    ...placeOf(row),
    spcSettings: toSpcOptions(row),
    series,
    assessment: assessKpi(definition, series, now),
    spcResult: spc(
      series.map((m) => m.value),
      toSpcOptions(row),
    ),
    hiddenPeriods: headline.filter((m) => m.suppressed).map((m) => m.periodEnd),
    breakdown: breakdownOf(measurements, organisation.smallNumberThreshold),
    intersect: await intersectFor(db, session.organisationId, row.code),
    canRecord: row.ownerId === session.userId,
    canCorrect: row.ownerId === session.userId || session.roles.includes('edi_admin'),
    /** What a value must be: the record and correct forms check it before sending. */
    valueRules: forValues ? valueRulesOf(forValues) : null,
  };
}
