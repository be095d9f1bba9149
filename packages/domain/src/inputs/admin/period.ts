import { z } from 'zod';
import { ZBoardPaperFrontSheet } from '../board-paper.ts';
import { ZId, calendarDate } from '../common.ts';
import { closesBeforeOpening, WINDOW_ORDER_MESSAGE } from '../../update-window-state.ts';

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

/** Opening or closing a period's update window today. */
export const ZAdminPeriodWindowNowInput = z.object({ id: ZId });
export type TAdminPeriodWindowNowInput = z.infer<typeof ZAdminPeriodWindowNowInput>;

/**
 * Starting the next year names the year and the plan the person previewed; the server plans
 * again and refuses if either moved, so nobody creates dates they did not see.
 */
export const ZAdminPeriodStartNextYearInput = z.object({
  year: z
    .string({ error: 'The year must be a financial year like 2027/28' })
    .trim()
    .regex(/^\d{4}\/\d{2}$/, 'The year must be a financial year like 2027/28'),
  planKey: z.string({ error: 'The previewed plan is missing' }).max(1000),
});
export type TAdminPeriodStartNextYearInput = z.infer<typeof ZAdminPeriodStartNextYearInput>;

function refineWindow(p: { windowOpens?: Date; windowCloses?: Date }, ctx: z.RefinementCtx) {
  const { windowOpens, windowCloses } = p;
  if (windowOpens && windowCloses && closesBeforeOpening({ windowOpens, windowCloses })) {
    ctx.addIssue({ code: 'custom', path: ['windowCloses'], message: WINDOW_ORDER_MESSAGE });
  }
}
