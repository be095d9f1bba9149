import { findAuditEvents } from '@belonging/db';
import { ZAuditListInput, londonDayNumber } from '@belonging/domain';
import { adminProcedure, createTRPCRouter } from '../trpc.ts';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** The instant a London calendar day (stored as UTC midnight) begins: an hour earlier in summer time. */
function londonMidnight(day: Date): Date {
  const hourBefore = new Date(day.getTime() - HOUR_MS);
  return londonDayNumber(hourBefore) === Math.round(day.getTime() / DAY_MS) ? hourBefore : day;
}

/** Audit values are stored as JSON text; anything unreadable is shown as the text it is. */
function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export const auditRouter = createTRPCRouter({
  /** The trust's audit trail, newest first, a page at a time. */
  list: adminProcedure.input(ZAuditListInput).query(async ({ ctx, input }) => {
    const limit = input?.limit ?? 50;
    const rows = await findAuditEvents(ctx.db, {
      organisationId: ctx.session.organisationId,
      entity: input?.entity || undefined,
      entityId: input?.entityId,
      actorId: input?.actorId,
      from: input?.from && londonMidnight(input.from),
      // `to` names a whole day: events before the start of the next day.
      before: input?.to && londonMidnight(new Date(input.to.getTime() + DAY_MS)),
      cursor: input?.cursor,
      limit,
    });
    const page = rows.slice(0, limit);
    return {
      items: page.map((e) => ({ ...e, before: parseJson(e.before), after: parseJson(e.after) })),
      nextCursor: rows.length > limit ? (page[page.length - 1]?.id ?? null) : null,
    };
  }),
});
