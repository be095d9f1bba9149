import { z } from 'zod';
import { ZId, calendarDate } from './common.ts';

/** `strategy.tree`: the colours as they were (or are) on a calendar day; today when omitted. */
export const ZStrategyTreeInput = z
  .object({ asOf: calendarDate('The as-of date').optional() })
  .optional();
export type TStrategyTreeInput = z.infer<typeof ZStrategyTreeInput>;

/** `report.board`: one reporting period's report; the current period when omitted. */
export const ZBoardReportInput = z.object({ periodId: ZId.optional() }).optional();
export type TBoardReportInput = z.infer<typeof ZBoardReportInput>;
