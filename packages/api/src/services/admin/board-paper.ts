import {
  buildPeriodReport,
  findAmbitionIdsIn,
  findBoardPaper,
  findPaperPeriod,
  upsertBoardPaper,
  writeWithAudit,
  type Actor,
  type Db,
  type DbClient,
} from '@belonging/db';
import {
  isSameFrontSheet,
  type TAdminBoardPaperSaveInput,
  type TBoardPaperFrontSheet,
} from '@belonging/domain';
import { ApiError } from '../../errors.ts';
import { defaultSheetFor, frontSheetToJson } from '../board-paper-sheet.ts';

/**
 * A period's front sheet for the form: the saved one, or defaults from the period's report
 * (flagged `isDefault`), with the report's ambitions for the commentary boxes.
 */
export async function getBoardPaper(db: Db, actor: Actor, periodId: string, now: Date) {
  const report = await buildPeriodReport(db, {
    organisationId: actor.organisationId,
    periodId,
    now,
  });
  const saved = await findBoardPaper(db, actor.organisationId, periodId);
  return {
    period: { id: report.period.id, label: report.period.label, isLocked: report.period.locked },
    ambitions: report.summary.map((a) => ({ id: a.id, number: a.number, title: a.title })),
    isDefault: saved === null,
    updatedAt: saved?.updatedAt ?? null,
    updatedBy: saved?.updatedBy.name ?? null,
    sheet: saved?.sheet ?? (await defaultSheetFor(db, actor, report)),
  };
}

/** Refuses commentary on an ambition the trust does not have, or two boxes for one ambition. */
export async function checkCommentary(
  db: DbClient,
  actor: Actor,
  sheet: TBoardPaperFrontSheet,
): Promise<void> {
  const ids = sheet.commentary.map((c) => c.ambitionId);
  const known = await findAmbitionIdsIn(db, actor.organisationId, ids);
  if (ids.some((id) => !known.has(id)))
    throw new ApiError(
      'BAD_REQUEST',
      'The commentary names an ambition your trust does not have.',
      {
        commentary: ['Write commentary only for the ambitions in this report'],
      },
    );
  if (new Set(ids).size !== ids.length)
    throw new ApiError('BAD_REQUEST', 'The commentary has two entries for one ambition.', {
      commentary: ['Write one commentary per ambition'],
    });
}

async function paperPeriod(db: DbClient, actor: Actor, periodId: string) {
  const period = await findPaperPeriod(db, actor.organisationId, periodId);
  if (!period)
    throw new ApiError('NOT_FOUND', 'That reporting period does not exist in your trust.');
  return period;
}

/**
 * Saves a period's front sheet with one `board_paper` audit event (before and after). A save that
 * changes nothing writes nothing and reports `changed: false`.
 */
export async function saveBoardPaper(db: Db, actor: Actor, input: TAdminBoardPaperSaveInput) {
  const period = await paperPeriod(db, actor, input.periodId);
  await checkCommentary(db, actor, input.sheet);
  const after = frontSheetToJson(input.sheet);
  const before = await findBoardPaper(db, actor.organisationId, period.id);
  if (before && isSameFrontSheet(before.sheet, after)) {
    return { id: before.id, periodId: period.id, changed: false, updatedAt: before.updatedAt };
  }
  return writeWithAudit(db, actor, async (tx) => {
    const paper = await upsertBoardPaper(tx, {
      organisationId: actor.organisationId,
      periodId: period.id,
      actorId: actor.userId,
      sheet: input.sheet,
    });
    return {
      result: { id: paper.id, periodId: period.id, changed: true, updatedAt: paper.updatedAt },
      audit: {
        entity: 'board_paper',
        entityId: paper.id,
        operation: before ? 'update' : 'create',
        before: before ? { periodId: period.id, label: period.label, ...before.sheet } : undefined,
        after: { periodId: period.id, label: period.label, ...after },
      },
    };
  });
}
