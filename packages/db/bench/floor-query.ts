// The floor the API's benchmark (packages/api/bench) measures the board report against: every
// row the report reads, in one hand-written query. Bench code, kept here because Prisma is.
import type { Db } from '../src/client.ts';
import type { Provider } from '../src/migrate/schema-source.ts';

/**
 * The board report's data in ONE hand-written query: a JSON document with every row the report
 * reads, aggregated by the database. Written once per dialect (SQLite json1, PostgreSQL json).
 */
type Dialect = {
  obj: (fields: string[]) => string;
  agg: (objectSql: string, from: string, orderBy: string) => string;
  /** A JSON-valued subquery placed inside an object (SQLite would otherwise embed it as text). */
  nest: (subquery: string) => string;
  open: string;
};

const DIALECTS: Record<Provider, Dialect> = {
  sqlite: {
    obj: (fields) => `json_object(${fields.map((f) => `'${f}', "${f}"`).join(', ')})`,
    agg: (o, from, orderBy) =>
      `(SELECT json_group_array(json(j)) FROM (SELECT ${o} AS j ${from} ORDER BY ${orderBy}))`,
    nest: (q) => `json(${q})`,
    open: 'json_object(',
  },
  postgresql: {
    obj: (fields) => `json_build_object(${fields.map((f) => `'${f}', "${f}"`).join(', ')})`,
    agg: (o, from, orderBy) =>
      `(SELECT coalesce(json_agg(${o} ORDER BY ${orderBy}), '[]'::json) ${from})`,
    nest: (q) => q,
    open: 'json_build_object(',
  },
};

const ACTION = [
  'id',
  'commitmentId',
  'code',
  'title',
  'status',
  'startDate',
  'dueDate',
  'originalDueDate',
  'completedAt',
  'progressPercent',
  'ownerRag',
  'ownerRagReason',
  'version',
  'ownerId',
  'ownerName',
];
const KPI = [
  'id',
  'ambitionId',
  'commitmentId',
  'code',
  'title',
  'unit',
  'direction',
  'baselineValue',
  'baselineDate',
  'targetValue',
  'targetDate',
  'bandLow',
  'bandHigh',
  'toleranceKind',
  'toleranceValue',
  'frequency',
  'reportingLagDays',
  'spcMinimumPoints',
  'spcShiftLength',
  'spcTrendLength',
  'spcScreenOutliers',
  'spcConflict',
  'isDemoData',
  'ownerId',
  'ownerName',
];

/** `$1` is the organisation id. Strategy order and filters match what the API reads. */
function floorQuery(provider: Provider): string {
  const { obj, agg, nest, open } = DIALECTS[provider];
  const org = `"organisationId" = $1`;
  const strategy = `(SELECT "id" FROM "Strategy" WHERE ${org} AND "archivedAt" IS NULL ORDER BY "createdAt" DESC LIMIT 1)`;
  const parts: [string, string][] = [
    ['organisation', `(SELECT ${obj(['name', 'isDemo'])} FROM "Organisation" WHERE "id" = $1)`],
    [
      'strategy',
      `(SELECT ${obj(['id', 'title', 'startYear', 'endYear', 'rollupRule', 'redShare'])} FROM "Strategy" WHERE "id" = ${strategy})`,
    ],
    [
      'ambitions',
      agg(
        obj(['id', 'number', 'title', 'description']),
        `FROM "Ambition" WHERE ${org} AND "strategyId" = ${strategy} AND "archivedAt" IS NULL`,
        `"sortOrder", "number"`,
      ),
    ],
    [
      'commitments',
      agg(
        obj(['id', 'ambitionId', 'code', 'title', 'description']),
        `FROM "Commitment" c WHERE c.${org} AND c."archivedAt" IS NULL AND EXISTS (SELECT 1 FROM "Ambition" a WHERE a."id" = c."ambitionId" AND a."strategyId" = ${strategy} AND a."archivedAt" IS NULL)`,
        `"sortOrder", "code"`,
      ),
    ],
    [
      'actions',
      agg(
        obj(ACTION),
        `FROM (SELECT a.*, u."name" AS "ownerName" FROM "Action" a JOIN "User" u ON u."id" = a."ownerId" WHERE a.${org} AND a."archivedAt" IS NULL) x`,
        `"sortOrder", "code"`,
      ),
    ],
    [
      'milestones',
      agg(
        obj(['id', 'actionId', 'title', 'dueDate', 'completedAt', 'atRisk']),
        `FROM "Milestone" WHERE ${org} AND "archivedAt" IS NULL`,
        `"sortOrder", "dueDate"`,
      ),
    ],
    [
      'kpis',
      agg(
        obj(KPI),
        `FROM (SELECT k.*, u."name" AS "ownerName" FROM "Kpi" k LEFT JOIN "User" u ON u."id" = k."ownerId" WHERE k.${org} AND k."strategyId" = ${strategy} AND k."archivedAt" IS NULL) x`,
        `"sortOrder", "code"`,
      ),
    ],
    [
      'trajectory',
      agg(obj(['kpiId', 'date', 'value']), `FROM "TrajectoryPoint" WHERE ${org}`, `"date"`),
    ],
    [
      'measurements',
      agg(
        obj(['kpiId', 'periodEnd', 'value']),
        `FROM "Measurement" WHERE ${org} AND "group" = ''`,
        `"periodEnd"`,
      ),
    ],
    [
      'updates',
      agg(
        obj(['id', 'actionId', 'createdAt', 'narrative', 'recoveryAction', 'ownerRagReason']),
        `FROM "ProgressUpdate" WHERE ${org}`,
        `"createdAt"`,
      ),
    ],
    [
      'periods',
      agg(
        obj([
          'id',
          'label',
          'startDate',
          'endDate',
          'windowOpens',
          'windowCloses',
          'boardDate',
          'lockedAt',
          'payload',
        ]),
        `FROM (SELECT p.*, s."payload" FROM "ReportingPeriod" p LEFT JOIN "BoardSnapshot" s ON s."periodId" = p."id" WHERE p.${org} AND p."strategyId" = ${strategy} AND p."archivedAt" IS NULL) x`,
        `"endDate"`,
      ),
    ],
  ];
  return `SELECT ${open}${parts.map(([k, v]) => `'${k}', ${nest(v)}`).join(', ')}) AS "data"`;
}

/** Runs the one query for a trust: its JSON document, as the dialect hands it back (text or parsed). */
export async function loadFloorDocument(
  db: Db,
  provider: Provider,
  organisationId: string,
): Promise<unknown> {
  const [row] = await db.$queryRawUnsafe<{ data: unknown }[]>(floorQuery(provider), organisationId);
  const data = row?.data;
  return typeof data === 'string' ? (JSON.parse(data) as unknown) : data;
}
