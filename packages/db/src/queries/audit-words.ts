import { collectAuditIds, describeAuditEvent } from '@belonging/domain';
import type { DbClient } from '../client.ts';
import { parseAuditJson } from './audit.ts';
import { findAuditNames } from './audit-names.ts';

const WORDS_BATCH = 200;

/**
 * Gives audit events written before the trail stored its words their subject, names and search text,
 * named as things read now, so a search finds them too. Run once at start-up after the migrations:
 * reading the trail never writes to it. Only these derived columns are filled; what happened, who
 * did it and when are never touched. Returns how many events it named.
 */
export async function nameOlderAuditEvents(db: DbClient): Promise<number> {
  let named = 0;
  for (;;) {
    const batch = await db.auditEvent.findMany({
      where: { searchText: null },
      orderBy: { id: 'asc' },
      take: WORDS_BATCH,
      select: {
        id: true,
        organisationId: true,
        entity: true,
        entityId: true,
        operation: true,
        before: true,
        after: true,
      },
    });
    for (const e of batch) {
      const facts = { ...e, before: parseAuditJson(e.before), after: parseAuditJson(e.after) };
      const ids = collectAuditIds(e.entityId, facts.before, facts.after);
      const words = describeAuditEvent(facts, await findAuditNames(db, e.organisationId, ids));
      await db.auditEvent.update({
        where: { id: e.id },
        data: {
          subject: words.subject,
          names: JSON.stringify(words.names),
          searchText: words.searchText,
        },
      });
      named += 1;
    }
    if (batch.length < WORDS_BATCH) return named;
  }
}
