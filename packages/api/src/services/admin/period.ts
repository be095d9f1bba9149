import {
  createReportingPeriod,
  findChaseListData,
  findLivePeriod,
  findPeriodsWithLocker,
  freezeBoardSnapshot,
  hasPeriodLabelled,
  updatePeriodWindow,
  upsertBoardPaper,
  writeWithAudit,
  type Actor,
  type Db,
} from '@belonging/db';
import {
  closesBeforeOpening,
  closeWindowNow,
  financialQuarter,
  openWindowNow,
  londonDay,
  lockedPeriodRefusal,
  periodChaseList,
  updateWindow,
  updateWindowState,
  type TAdminPeriodCreateInput,
  type TAdminPeriodUpdateInput,
  WINDOW_ORDER_MESSAGE,
  type TBoardPaperFrontSheet,
} from '@belonging/domain';
import { enqueueSnapshotLockedEmails, enqueueWindowEmails } from '@belonging/mail';
import { ApiError } from '../../errors.ts';
import { frontSheetToJson } from '../board-paper-sheet.ts';
import { checkCommentary } from './board-paper.ts';
import { currentStrategy } from './lookups.ts';

/** The trust's reporting periods, newest first, with lock state and each one's chase list. */
export async function listPeriods(db: Db, actor: Actor, now: Date) {
  const strategy = await currentStrategy(db, actor.organisationId);
  const [periods, data] = await Promise.all([
    findPeriodsWithLocker(db, { organisationId: actor.organisationId, strategyId: strategy.id }),
    findChaseListData(db, actor),
  ]);
  const today = londonDay(now);
  return periods.map((p) => ({
    ...p,
    isLocked: p.lockedAt !== null,
    windowState: updateWindowState(p, today),
    chaseList: periodChaseList(p, data, today),
  }));
}

export async function createPeriod(db: Db, actor: Actor, input: TAdminPeriodCreateInput) {
  const strategy = await currentStrategy(db, actor.organisationId);
  const quarter = financialQuarter(input.dateInQuarter);
  const window = updateWindow(quarter.end);
  const windowOpens = input.windowOpens ?? window.opens;
  const windowCloses = input.windowCloses ?? window.closes;
  if (closesBeforeOpening({ windowOpens, windowCloses })) {
    throw new ApiError('BAD_REQUEST', `${WINDOW_ORDER_MESSAGE}.`, {
      windowCloses: [WINDOW_ORDER_MESSAGE],
    });
  }
  if (await hasPeriodLabelled(db, { organisationId: actor.organisationId, label: quarter.label })) {
    throw new ApiError('BAD_REQUEST', `${quarter.label} already exists.`, {
      dateInQuarter: [`${quarter.label} already exists: choose a date in another quarter`],
    });
  }
  return writeWithAudit(db, actor, async (tx) => {
    const period = await createReportingPeriod(
      tx,
      { organisationId: actor.organisationId, strategyId: strategy.id },
      {
        label: quarter.label,
        startDate: quarter.start,
        endDate: quarter.end,
        windowOpens,
        windowCloses,
        boardDate: input.boardDate ?? null,
      },
    );
    return {
      result: period,
      audit: { entity: 'period', entityId: period.id, operation: 'create', after: period },
    };
  });
}

async function openPeriod(db: Db, actor: Actor, id: string) {
  const period = await findLivePeriod(db, { organisationId: actor.organisationId, id });
  if (!period)
    throw new ApiError('NOT_FOUND', 'That reporting period does not exist in your trust.');
  const refusal = lockedPeriodRefusal(period);
  if (refusal) throw new ApiError('CONFLICT', refusal);
  return period;
}

export async function updatePeriod(db: Db, actor: Actor, input: TAdminPeriodUpdateInput) {
  const before = await openPeriod(db, actor, input.id);
  const windowOpens = input.windowOpens ?? before.windowOpens;
  const windowCloses = input.windowCloses ?? before.windowCloses;
  if (closesBeforeOpening({ windowOpens, windowCloses })) {
    throw new ApiError('BAD_REQUEST', `${WINDOW_ORDER_MESSAGE}.`, {
      windowCloses: [WINDOW_ORDER_MESSAGE],
    });
  }
  return writeWithAudit(db, actor, async (tx) => {
    const after = await updatePeriodWindow(tx, input.id, {
      windowOpens,
      windowCloses,
      boardDate: input.boardDate,
    });
    return {
      result: after,
      audit: { entity: 'period', entityId: input.id, operation: 'update', before, after },
    };
  });
}

/**
 * Opens the period's update window today (`open_window`) or makes yesterday its last day
 * (`close_window`): the close date is the last day owners may update. The owners' emails this
 * makes due (window open, or overdue) are enqueued in the same transaction, linking on `appOrigin`.
 */
export async function moveWindowNow(
  db: Db,
  actor: Actor,
  id: string,
  now: Date,
  operation: 'open_window' | 'close_window',
  appOrigin: string,
) {
  const before = await openPeriod(db, actor, id);
  const move = operation === 'open_window' ? openWindowNow : closeWindowNow;
  const window = move(before, londonDay(now));
  return writeWithAudit(db, actor, async (tx) => {
    const after = await updatePeriodWindow(tx, id, window);
    await enqueueWindowEmails(tx, { organisationId: actor.organisationId, now, appOrigin });
    return {
      result: after,
      audit: {
        entity: 'period',
        entityId: id,
        operation,
        before: {
          label: before.label,
          windowOpens: before.windowOpens,
          windowCloses: before.windowCloses,
        },
        after: {
          label: after.label,
          windowOpens: after.windowOpens,
          windowCloses: after.windowCloses,
        },
      },
    };
  });
}

/**
 * Locks the period and freezes the board report it shows, in one transaction with the `lock` event.
 * With a front sheet, the board paper is saved in the same transaction and the one event carries it.
 * The board's "report locked" emails are enqueued in the same transaction, linking on `appOrigin`.
 */
export async function lockPeriod(
  db: Db,
  actor: Actor,
  periodId: string,
  now: Date,
  sheet: TBoardPaperFrontSheet | undefined,
  appOrigin: string,
) {
  const before = await openPeriod(db, actor, periodId);
  if (sheet) await checkCommentary(db, actor, sheet);
  return writeWithAudit(
    db,
    actor,
    async (tx) => {
      const frozen = await freezeBoardSnapshot(tx, {
        organisationId: actor.organisationId,
        periodId,
        actorId: actor.userId,
        now,
      });
      const paper = sheet
        ? await upsertBoardPaper(tx, {
            organisationId: actor.organisationId,
            periodId,
            actorId: actor.userId,
            sheet,
          })
        : null;
      await enqueueSnapshotLockedEmails(tx, {
        organisationId: actor.organisationId,
        periodId,
        appOrigin,
      });
      return {
        result: {
          periodId,
          label: before.label,
          lockedAt: frozen.lockedAt,
          snapshotId: frozen.snapshotId,
          boardPaperId: paper?.id ?? null,
        },
        audit: {
          entity: 'period',
          entityId: periodId,
          operation: 'lock',
          before: { lockedAt: null },
          after: {
            lockedAt: frozen.lockedAt,
            snapshotId: frozen.snapshotId,
            ...(sheet && paper ? { boardPaper: { id: paper.id, ...frontSheetToJson(sheet) } } : {}),
          },
        },
      };
    },
    { timeout: 60_000 },
  );
}
