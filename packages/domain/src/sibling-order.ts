/**
 * A new order of a parent's live children is whole: it names as many ids as there are children,
 * each one of them.
 */
export function isFullReorder(
  ids: readonly string[],
  siblings: readonly { id: string }[],
): boolean {
  const known = new Set(siblings.map((s) => s.id));
  return ids.length === known.size && ids.every((id) => known.has(id));
}
