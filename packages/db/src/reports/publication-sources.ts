import {
  parseIsoDay,
  summariseEdsScores,
  type TBoardReport,
  type TPublicBuildInput,
  type TWorkforceResult,
} from '@belonging/domain';
import type { DbClient } from '../client.ts';
import { findWorkforceUpload } from '../queries/workforce.ts';
import { assessOnDay } from './assess-at.ts';
import { findReportPeriods, loadStrategyInput } from './load-strategy.ts';
import { findSnapshotPayload } from './period-report.ts';

// What a publication is built from, read for one trust and one choice. The rules that decide what
// may be public live in @belonging/domain (`buildPublicPayload`); this reads their inputs and says
// why a choice cannot be published.

export type TPublicationRefusal =
  | 'period_not_found'
  | 'period_not_locked'
  | 'upload_not_found'
  | 'upload_not_saved'
  | 'no_strategy';

export type TPublicationSources =
  | { input: Omit<TPublicBuildInput, 'publishedAt'> }
  | { refusal: TPublicationRefusal; periodLabel: string | null };

/** The trust's most recent EDS 2022 assessment's summary, or null before the first. */
async function findLatestEds(db: DbClient, organisationId: string) {
  const eds = await db.edsAssessment.findFirst({
    where: { organisationId },
    orderBy: { year: 'desc' },
    select: { year: true, scores: { select: { outcome: true, score: true } } },
  });
  if (!eds) return null;
  const { total, rating } = summariseEdsScores(eds.scores);
  return { year: eds.year, total, rating };
}

/** Ids of the trust's commitments, actions and KPIs marked internal. */
async function findInternalIds(db: DbClient, organisationId: string) {
  const where = { organisationId, isInternal: true };
  const select = { id: true } as const;
  const [commitments, actions, kpis] = await Promise.all([
    db.commitment.findMany({ where, select }),
    db.action.findMany({ where, select }),
    db.kpi.findMany({ where, select }),
  ]);
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
  return { commitmentIds: ids(commitments), actionIds: ids(actions), kpiIds: ids(kpis) };
}

/**
 * Everything `buildPublicPayload` needs but the time, for a locked period of the trust and,
 * optionally, a saved workforce year: the strategy on the day the period's frozen snapshot was
 * assessed (so the page and the board paper agree), what is marked internal, the owners' job
 * titles and the latest EDS 2022 rating. A choice that cannot be published answers its refusal.
 */
export async function loadPublicationSources(
  db: DbClient,
  {
    organisationId,
    periodId,
    workforceUploadId,
  }: { organisationId: string; periodId: string; workforceUploadId: string | null },
): Promise<TPublicationSources> {
  const [organisation, period, upload] = await Promise.all([
    db.organisation.findUnique({
      where: { id: organisationId },
      select: { name: true, slug: true, isDemo: true, publicShowsOwnerNames: true },
    }),
    db.reportingPeriod.findFirst({
      where: { id: periodId, organisationId, archivedAt: null },
      select: { id: true, label: true, lockedAt: true },
    }),
    workforceUploadId ? findWorkforceUpload(db, organisationId, workforceUploadId) : null,
  ]);
  if (!organisation || !period) return { refusal: 'period_not_found', periodLabel: null };
  const refuse = (refusal: TPublicationRefusal) => ({ refusal, periodLabel: period.label });
  const snapshot = period.lockedAt
    ? await findSnapshotPayload(db, { organisationId, periodId: period.id })
    : null;
  if (!snapshot) return refuse('period_not_locked');
  if (workforceUploadId && !upload) return refuse('upload_not_found');
  if (upload && !upload.savedAt) return refuse('upload_not_saved');

  const report = JSON.parse(snapshot) as TBoardReport;
  const day = parseIsoDay(report.asOf);
  const input = await loadStrategyInput(db, { organisationId, asOf: day });
  if (!input) return refuse('no_strategy');
  const ownerIds = new Set([
    ...input.actions.map((a) => a.owner.id),
    ...input.kpis.flatMap((k) => (k.owner ? [k.owner.id] : [])),
  ]);
  const [periods, internal, owners, eds] = await Promise.all([
    findReportPeriods(db, { organisationId, strategyId: input.strategy.id }),
    findInternalIds(db, organisationId),
    db.user.findMany({
      where: { id: { in: [...ownerIds] } },
      select: { id: true, jobTitle: true },
    }),
    findLatestEds(db, organisationId),
  ]);
  return {
    input: {
      organisation: {
        name: organisation.name,
        slug: organisation.slug,
        isDemo: organisation.isDemo,
        showsOwnerNames: organisation.publicShowsOwnerNames,
      },
      strategy: input,
      assessed: assessOnDay(input, periods, day),
      snapshot: report,
      internal,
      jobTitles: Object.fromEntries(owners.map((o) => [o.id, o.jobTitle])),
      workforce: upload ? (JSON.parse(upload.result) as TWorkforceResult) : null,
      eds,
    },
  };
}
