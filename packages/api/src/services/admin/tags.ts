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

export const tagSelect = { tag: { select: { framework: true, code: true } } } as const;

export const tagList = (rows: readonly { tag: { framework: string; code: string } }[]) =>
  rows
    .map((r) => ({ framework: r.tag.framework, code: r.tag.code }))
    .sort((a, b) => `${a.framework}${a.code}`.localeCompare(`${b.framework}${b.code}`));
