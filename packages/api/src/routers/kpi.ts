import { ZByIdInput, ZMeasurementInput } from '@belonging/domain';
import { getKpiDetail, listKpis } from '../services/kpi-read.ts';
import { recordMeasurement } from '../services/measurement.ts';
import { authedProcedure, createTRPCRouter, ownerProcedure } from '../trpc.ts';

export const kpiRouter = createTRPCRouter({
  list: authedProcedure.query(({ ctx }) => listKpis(ctx.db, ctx.session, ctx.now())),

  byId: authedProcedure
    .input(ZByIdInput)
    .query(({ ctx, input }) => getKpiDetail(ctx.db, ctx.session, input.id, ctx.now())),

  recordMeasurement: ownerProcedure
    .input(ZMeasurementInput)
    .mutation(({ ctx, input }) => recordMeasurement(ctx.db, ctx.session, input, ctx.now())),
});
