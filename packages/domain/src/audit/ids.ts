import { isRecord } from './labels.ts';

// Record ids are cuids (`c` and 24 more) or, in some older data, UUIDs.
const CUID = /^c[a-z0-9]{20,31}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Text that is a record id, which the audit trail must name rather than show. */
export function looksLikeId(text: string): boolean {
  return CUID.test(text) || UUID.test(text);
}

function collect(value: unknown, key: string, into: Set<string>): void {
  if (typeof value === 'string') {
    if (/Ids?$/.test(key) || looksLikeId(value)) into.add(value);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) collect(item, key, into);
    return;
  }
  if (isRecord(value)) for (const [k, v] of Object.entries(value)) collect(v, k, into);
}

/**
 * Every id an audit event carries, to look up names for: the record it is about, every `…Id` or
 * `…Ids` value, the ids of a reorder's lists, and any other value that is an id.
 */
export function collectAuditIds(entityId: string, before: unknown, after: unknown): string[] {
  const ids = new Set<string>([entityId]);
  collect(before, '', ids);
  collect(after, '', ids);
  return [...ids];
}

// A save bumps these even when nothing the EDI team typed changed.
const SAVE_STAMPS = new Set(['version', 'updatedAt']);

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (isRecord(value)) {
    return Object.keys(value)
      .sort()
      .map((k) => [k, canonical(value[k])]);
  }
  return value;
}

function withoutStamps(value: unknown): unknown {
  if (!isRecord(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => !SAVE_STAMPS.has(k)));
}

/**
 * A save that changed nothing: both sides are recorded and equal once the version and update time
 * are set aside. Such a save leaves no audit event.
 */
export function isUnchangedSave(before: unknown, after: unknown): boolean {
  if (before == null || after == null) return false;
  const plain = (v: unknown) => JSON.stringify(canonical(JSON.parse(JSON.stringify(v))));
  return plain(withoutStamps(before)) === plain(withoutStamps(after));
}
