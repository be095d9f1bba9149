import { findAuditEvents, findAuditNames, parseAuditJson, type DbClient } from '@belonging/db';
import {
  collectAuditIds,
  DAY_MS,
  describeAuditEvent,
  londonDayNumber,
  type TAuditListInput,
  type TAuditName,
} from '@belonging/domain';

const HOUR_MS = 3_600_000;

/** The instant a London calendar day (stored as UTC midnight) begins: an hour earlier in summer time. */
function londonMidnight(day: Date): Date {
  const hourBefore = new Date(day.getTime() - HOUR_MS);
  return londonDayNumber(hourBefore) === Math.round(day.getTime() / DAY_MS) ? hourBefore : day;
}

export type TAuditFilters = Omit<NonNullable<TAuditListInput>, 'cursor' | 'limit'>;

type StoredEvent = Awaited<ReturnType<typeof findAuditEvents>>[number];

/** One event as the trail shows it: every id it carries named, its subject and action in words. */
export type TAuditEntry = ReturnType<typeof toEntry>;

function toEntry(e: StoredEvent, found: ReadonlyMap<string, TAuditName>) {
  const before = parseAuditJson(e.before);
  const after = parseAuditJson(e.after);
  const words = describeAuditEvent({ ...e, before, after }, found);
  const stored = e.names ? (parseAuditJson(e.names) as Record<string, string>) : {};
  return {
    id: e.id,
    at: e.at,
    entity: e.entity,
    entityId: e.entityId,
    operation: e.operation,
    actor: e.actor,
    who: e.actor?.name ?? 'The system',
    what: words.what,
    // Named as it was when the event was written; older events are named as things read now.
    subject: e.subject ?? words.subject,
    names: { ...words.names, ...stored },
    before,
    after,
  };
}

/**
 * Names for a batch of events: the names stored with each event when it was written, and for
 * events written before names were stored, the names of their ids as they read now (one lookup
 * for the whole batch).
 */
async function entriesOf(db: DbClient, organisationId: string, events: StoredEvent[]) {
  const unnamed = events.filter((e) => e.names === null);
  const ids = unnamed.flatMap((e) =>
    collectAuditIds(e.entityId, parseAuditJson(e.before), parseAuditJson(e.after)),
  );
  const found = await findAuditNames(db, organisationId, ids);
  return events.map((e) => {
    const own = e.names === null ? found : new Map<string, TAuditName>();
    return toEntry(e, own);
  });
}

function storedFilter(organisationId: string, filters: TAuditFilters) {
  return {
    organisationId,
    entity: filters.entity || undefined,
    entityId: filters.entityId,
    actorId: filters.actorId,
    search: filters.search || undefined,
    showSignIns: filters.showSignIns ?? false,
    from: filters.from && londonMidnight(filters.from),
    // `to` names a whole day: events before the start of the next day.
    before: filters.to && londonMidnight(new Date(filters.to.getTime() + DAY_MS)),
  };
}

/** The trust's audit trail, newest first, a page at a time, every entry in words. */
export async function listAuditTrail(db: DbClient, organisationId: string, input: TAuditListInput) {
  const { cursor, limit = 50, ...filters } = input ?? { limit: 50 };
  const rows = await findAuditEvents(db, {
    ...storedFilter(organisationId, filters),
    cursor,
    limit,
  });
  const page = rows.slice(0, limit);
  return {
    items: await entriesOf(db, organisationId, page),
    nextCursor: rows.length > limit ? (page[page.length - 1]?.id ?? null) : null,
  };
}

const EXPORT_BATCH = 500;

/** Every entry of the filtered trail, newest first, read a batch at a time. */
export async function allAuditEntries(
  db: DbClient,
  organisationId: string,
  filters: TAuditFilters,
): Promise<TAuditEntry[]> {
  const entries: TAuditEntry[] = [];
  let cursor: string | undefined;
  for (;;) {
    const rows = await findAuditEvents(db, {
      ...storedFilter(organisationId, filters),
      cursor,
      limit: EXPORT_BATCH,
    });
    const page = rows.slice(0, EXPORT_BATCH);
    entries.push(...(await entriesOf(db, organisationId, page)));
    if (rows.length <= EXPORT_BATCH) return entries;
    cursor = page[page.length - 1]?.id;
  }
}
