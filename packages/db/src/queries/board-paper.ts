import {
  toIsoDay,
  ZAmbitionCommentary,
  ZAssuranceLevel,
  ZBoardPaperPurpose,
  type TBoardPaperFrontSheet,
  type TBoardPaperFrontSheetJson,
} from '@belonging/domain';
import { z } from 'zod';
import type { DbClient } from '../client.ts';

export type TSavedBoardPaper = {
  id: string;
  periodId: string;
  sheet: TBoardPaperFrontSheetJson;
  updatedAt: Date;
  updatedBy: { id: string; name: string };
};

const boardPaperSelect = {
  id: true,
  periodId: true,
  meeting: true,
  meetingDate: true,
  agendaItem: true,
  title: true,
  executiveLead: true,
  author: true,
  purpose: true,
  recommendation: true,
  assuranceLevel: true,
  bafRisks: true,
  strategicObjectives: true,
  equalityImpact: true,
  executiveSummary: true,
  commentary: true,
  updatedAt: true,
  updatedBy: { select: { id: true, name: true } },
} as const;

const ZStoredCommentary = z.array(ZAmbitionCommentary);

/** Commentary is stored as JSON text; anything unreadable reads as no commentary rather than a 500. */
function parseCommentary(text: string): TBoardPaperFrontSheetJson['commentary'] {
  try {
    const parsed = ZStoredCommentary.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/**
 * A period's saved board paper front sheet (dates as 'YYYY-MM-DD'), or null when the EDI team has
 * not saved one. Scoped by the organisation, so another trust's period reads as none.
 */
export async function findBoardPaper(
  db: DbClient,
  organisationId: string,
  periodId: string,
): Promise<TSavedBoardPaper | null> {
  const row = await db.boardPaper.findFirst({
    where: { organisationId, periodId },
    select: boardPaperSelect,
  });
  if (!row) return null;
  const { id, updatedAt, updatedBy, meetingDate, commentary, purpose, assuranceLevel, ...rest } =
    row;
  return {
    id,
    periodId: row.periodId,
    updatedAt,
    updatedBy,
    sheet: {
      meeting: rest.meeting,
      meetingDate: toIsoDay(meetingDate),
      agendaItem: rest.agendaItem,
      title: rest.title,
      executiveLead: rest.executiveLead,
      author: rest.author,
      // Stored as text; a value the schema no longer knows falls back to the usual one.
      purpose: ZBoardPaperPurpose.catch('assurance').parse(purpose),
      recommendation: rest.recommendation,
      assuranceLevel: ZAssuranceLevel.catch('limited').parse(assuranceLevel),
      bafRisks: rest.bafRisks,
      strategicObjectives: rest.strategicObjectives,
      equalityImpact: rest.equalityImpact,
      executiveSummary: rest.executiveSummary,
      commentary: parseCommentary(commentary),
    },
  };
}

/** Creates or replaces a period's front sheet. Run it inside the caller's audited transaction. */
export async function upsertBoardPaper(
  tx: DbClient,
  {
    organisationId,
    periodId,
    actorId,
    sheet,
  }: { organisationId: string; periodId: string; actorId: string; sheet: TBoardPaperFrontSheet },
): Promise<{ id: string; updatedAt: Date }> {
  const data = { ...sheet, commentary: JSON.stringify(sheet.commentary), updatedById: actorId };
  return tx.boardPaper.upsert({
    where: { organisationId_periodId: { organisationId, periodId } },
    create: { organisationId, periodId, ...data },
    update: data,
    select: { id: true, updatedAt: true },
  });
}

/**
 * Who the front sheet names by default: the signed-in author, and as executive lead the executive
 * owner of the most live actions in the trust (the one who answers for most of the plan).
 */
export async function findBoardPaperPeople(
  db: DbClient,
  { organisationId, authorId }: { organisationId: string; authorId: string },
): Promise<{ authorName: string | null; executiveLeadName: string | null }> {
  const [author, owners] = await Promise.all([
    db.user.findUnique({ where: { id: authorId }, select: { name: true, jobTitle: true } }),
    db.action.groupBy({
      by: ['ownerId'],
      where: { organisationId, archivedAt: null },
      _count: { _all: true },
    }),
  ]);
  const top = [...owners].sort(
    (a, b) => b._count._all - a._count._all || a.ownerId.localeCompare(b.ownerId),
  )[0];
  const lead = top
    ? await db.user.findUnique({
        where: { id: top.ownerId },
        select: { name: true, jobTitle: true },
      })
    : null;
  const named = (u: { name: string; jobTitle: string | null } | null) =>
    u ? (u.jobTitle ? `${u.name}, ${u.jobTitle}` : u.name) : null;
  return { authorName: named(author), executiveLeadName: named(lead) };
}

/** A live reporting period of the trust, as the board paper pages need it; null for another trust's. */
export async function findPaperPeriod(db: DbClient, organisationId: string, periodId: string) {
  return db.reportingPeriod.findFirst({
    where: { id: periodId, organisationId, archivedAt: null },
    select: { id: true, label: true, lockedAt: true },
  });
}

/** Which of these ids are ambitions of the trust (archived ones too: a frozen report may name them). */
export async function findAmbitionIdsIn(
  db: DbClient,
  organisationId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.ambition.findMany({
    where: { organisationId, id: { in: [...ids] } },
    select: { id: true },
  });
  return new Set(rows.map((r) => r.id));
}
