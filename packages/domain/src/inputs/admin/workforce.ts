import { z } from 'zod';
import { ZId } from '../common.ts';
import { ZKpiCode } from './kpi.ts';

/**
 * Saves an upload's figures to the trust's KPIs. `addKpiCodes` names the missing library KPIs to
 * create on the way; `ambitionId` places them (by default beside the trust's other KPIs of their
 * framework, else under the first ambition).
 */
export const ZAdminWorkforceSaveInput = z.object({
  id: ZId,
  addKpiCodes: z
    .array(ZKpiCode, { error: 'List the KPI codes to add' })
    .max(50, 'Add at most 50 KPIs at a time')
    .default([]),
  ambitionId: ZId.nullish(),
});
export type TAdminWorkforceSaveInput = z.infer<typeof ZAdminWorkforceSaveInput>;
