import { ensureTagIds, type DbClient } from '@belonging/db';
import { findFrameworkTag, type TFrameworkTagInput } from '@belonging/domain';

/** The FrameworkTag ids of validated tag inputs, creating the reference rows on first use. */
export async function tagIdsOf(
  db: DbClient,
  tags: readonly TFrameworkTagInput[],
): Promise<string[]> {
  return ensureTagIds(
    db,
    tags.map((t) => ({
      framework: t.framework,
      code: t.code,
      title: findFrameworkTag(t.framework, t.code)?.title ?? t.code,
    })),
  );
}
