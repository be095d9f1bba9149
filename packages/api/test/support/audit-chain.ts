/** An audit event's before and after, as stored (JSON text, or null when there was none). */
type StoredEvent = { operation: string; before: string | null; after: string | null };

/**
 * Walks a row's audit events from its first state, each step taking the one event whose `before`
 * is the state the last step left: concurrent changes audited truthfully form one chain that uses
 * every event. Answers the operations in chain order and the state the chain ends in; throws when
 * two events claim the same `before` or one is left out of the chain.
 */
export function auditChain(
  events: readonly StoredEvent[],
  start: unknown,
  pick: (state: unknown) => unknown,
): { operations: string[]; end: unknown } {
  const key = (state: unknown) => JSON.stringify(state === null ? null : pick(state));
  const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));
  const left = events.map((e) => ({ ...e, before: parse(e.before), after: parse(e.after) }));
  const operations: string[] = [];
  let state = start;
  while (left.length) {
    const next = left.filter((e) => key(e.before) === key(state));
    const [only, second] = next;
    if (!only || second) {
      throw new Error(
        `${next.length} events start from ${key(state)}; the befores are ${left.map((e) => key(e.before)).join(', ')}`,
      );
    }
    left.splice(left.indexOf(only), 1);
    operations.push(only.operation);
    state = only.after;
  }
  return { operations, end: state };
}
