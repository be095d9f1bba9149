import {
  ZByIdInput,
  ZMeasurementCorrectInput,
  ZMeasurementDeleteInput,
  ZMeasurementInput,
} from '@belonging/domain';
import { getKpiDetail, listKpis } from '../services/kpi-read.ts';
import { recordMeasurement } from '../services/measurement.ts';
import { correctMeasurement, deleteMeasurement } from '../services/measurement-change.ts';
import { authedProcedure, createTRPCRouter, ownerProcedure } from '../trpc.ts';

export const kpiRouter = createTRPCRouter({
  list: authedProcedure.query(({ ctx }) => listKpis(ctx.db, ctx.session, ctx.now())),

  byId: authedProcedure
    .input(ZByIdInput)
    .query(({ ctx, input }) => getKpiDetail(ctx.db, ctx.session, input.id, ctx.now())),

  recordMeasurement: ownerProcedure
    .input(ZMeasurementInput)
    .mutation(({ ctx, input }) => recordMeasurement(ctx.db, ctx.session, input, ctx.now())),

  /** The KPI's owner or the EDI team puts a wrong value right, with a reason. */
  correctMeasurement: ownerProcedure
    .input(ZMeasurementCorrectInput)
    .mutation(({ ctx, input }) => correctMeasurement(ctx.db, ctx.session, input, ctx.now())),

  /** The KPI's owner or the EDI team removes a value recorded in error, with a reason. */
  deleteMeasurement: ownerProcedure
    .input(ZMeasurementDeleteInput)
    .mutation(({ ctx, input }) => deleteMeasurement(ctx.db, ctx.session, input)),
});
