import { z } from 'zod';
import { ZId } from '../common.ts';
import { ZBoardPaperFrontSheet } from '../board-paper.ts';

export const ZAdminBoardPaperGetInput = z.object({ periodId: ZId });
export type TAdminBoardPaperGetInput = z.infer<typeof ZAdminBoardPaperGetInput>;

/** A period's front sheet and commentary, as the EDI team saves it from the board paper page. */
export const ZAdminBoardPaperSaveInput = z.object({ periodId: ZId, sheet: ZBoardPaperFrontSheet });
export type TAdminBoardPaperSaveInput = z.infer<typeof ZAdminBoardPaperSaveInput>;
