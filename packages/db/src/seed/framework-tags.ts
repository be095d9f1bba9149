import { FRAMEWORK_TAGS } from '@belonging/domain';
import type { DbClient } from '../client.ts';
import type { Framework } from '../generated/sqlite/enums.ts';

/** A tag's key as the seed content spells it: `edi_plan:1a`, `eds:3A`, `wres:WRES-7`, `wdes:WDES-8`. */
export type TagKey = `${Framework}:${string}`;

/**
 * Creates whichever framework reference tags are missing (they are shared by every trust, and
 * titled once in the domain's library) and returns the id of each by its key.
 */
export async function ensureFrameworkTags(db: DbClient): Promise<Map<TagKey, string>> {
  const existing = await db.frameworkTag.findMany({ select: { framework: true, code: true } });
  const have = new Set(existing.map((t) => `${t.framework}:${t.code}`));
  const missing = FRAMEWORK_TAGS.filter((t) => !have.has(`${t.framework}:${t.code}`));
  if (missing.length) {
    await db.frameworkTag.createMany({
      data: missing.map((t) => ({ framework: t.framework, code: t.code, title: t.title })),
    });
  }
  const all = await db.frameworkTag.findMany({ select: { id: true, framework: true, code: true } });
  return new Map(all.map((t) => [`${t.framework}:${t.code}`, t.id]));
}
