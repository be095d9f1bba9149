import { z } from 'zod';
import { ZId } from '../common.ts';

/** An archived ambition, commitment, action, milestone or KPI to put back where it was. */
export const ZAdminRestoreInput = z.object({ id: ZId });
export type TAdminRestoreInput = z.infer<typeof ZAdminRestoreInput>;
