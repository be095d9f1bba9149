import { z } from 'zod';
import { ZBoardPaperFrontSheet } from '../board-paper.ts';
import { ZId, calendarDate } from '../common.ts';

/**
 * A reporting period is a financial-year quarter, named by any date inside it. The update window
 * defaults to 14 days before the quarter ends to 21 days after; the board date is optional.
 */
export const ZAdminPeriodCreateInput = z
  .object({
    dateInQuarter: calendarDate('The date in the quarter'),
    windowOpens: calendarDate('The date the update window opens').optional(),
    windowCloses: calendarDate('The date the update window closes').optional(),
    boardDate: calendarDate('The board meeting date').nullish(),
  })
  .superRefine(refineWindow);
export type TAdminPeriodCreateInput = z.infer<typeof ZAdminPeriodCreateInput>;

export const ZAdminPeriodUpdateInput = z
  .object({
    id: ZId,
    windowOpens: calendarDate('The date the update window opens').optional(),
    windowCloses: calendarDate('The date the update window closes').optional(),
    boardDate: calendarDate('The board meeting date').nullish(),
  })
  .superRefine(refineWindow);
export type TAdminPeriodUpdateInput = z.infer<typeof ZAdminPeriodUpdateInput>;

/** Locking may save the board paper's front sheet with it, in the same transaction. */
export const ZAdminPeriodLockInput = z.object({
  periodId: ZId,
  sheet: ZBoardPaperFrontSheet.optional(),
});
export type TAdminPeriodLockInput = z.infer<typeof ZAdminPeriodLockInput>;

function refineWindow(p: { windowOpens?: Date; windowCloses?: Date }, ctx: z.RefinementCtx) {
  if (p.windowOpens && p.windowCloses && p.windowCloses < p.windowOpens) {
    ctx.addIssue({
      code: 'custom',
      path: ['windowCloses'],
      message: 'The update window cannot close before it opens',
    });
  }
}
