import {
  KPI_DIRECTION_LABELS,
  KPI_FREQUENCY_LABELS,
  KPI_UNIT_LABELS,
  TOLERANCE_KIND_LABELS,
} from '../kpi-choice-labels.ts';
import { ACTION_STATUS_LABELS, EDS_SCORE_LABELS, RAG_LABELS, ROLE_LABELS } from '../labels.ts';
import { FRAMEWORK_NAMES } from '../library/framework-tags.ts';
import { countOf, formatAuditDay, formatAuditInstant } from './format.ts';
import { looksLikeId } from './ids.ts';
import { BOOKKEEPING_FIELDS, fieldLabel, isRecord } from './labels.ts';

/** A value as the audit trail shows it: one line of text, or a list of items. */
export type ShownValue = string | readonly string[];

/** Names of the ids an event carries, so an owner reads "Ama Owusu" rather than an id. */
export type NameLookup = ReadonlyMap<string, string>;

const NO_NAMES: NameLookup = new Map();

const RAG_FIELDS = new Set(['ownerRag', 'effectiveRag']);

/** The words for a KPI's stored choices, by field. */
const CHOICE_WORDS: Record<string, Record<string, string>> = {
  unit: KPI_UNIT_LABELS,
  direction: KPI_DIRECTION_LABELS,
  frequency: KPI_FREQUENCY_LABELS,
  toleranceKind: TOLERANCE_KIND_LABELS,
  spcConflict: { improvement: 'Count as improvement', concern: 'Count as concern' },
};
// Instants even when they fall on midnight UTC: these record when something happened.
const INSTANT_FIELDS = new Set([
  'archivedAt',
  'lockedAt',
  'deactivatedAt',
  'createdAt',
  'updatedAt',
]);

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const MIDNIGHT_UTC = /^\d{4}-\d{2}-\d{2}T00:00:00(\.0+)?Z$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function lookup<T>(map: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

function showText(field: string, text: string, names: NameLookup): string {
  const named = names.get(text);
  if (named) return named;
  // An id whose record could not be found is still never shown as an id.
  if (looksLikeId(text)) return 'a record no longer held';
  if (field === 'status') return lookup(ACTION_STATUS_LABELS, text) ?? text;
  const choices = lookup(CHOICE_WORDS, field);
  if (choices) return lookup(choices, text) ?? text;
  if (field === 'roles') return lookup(ROLE_LABELS, text) ?? text;
  if (RAG_FIELDS.has(field)) return lookup(RAG_LABELS, text) ?? text;
  if (DATE_ONLY.test(text)) return formatAuditDay(new Date(`${text}T00:00:00.000Z`));
  if (MIDNIGHT_UTC.test(text) && !INSTANT_FIELDS.has(field)) return formatAuditDay(new Date(text));
  if (INSTANT.test(text)) return formatAuditInstant(new Date(text));
  return text;
}

function showScalar(field: string, value: unknown, names: NameLookup): string {
  if (value === null || value === undefined || value === '') return 'empty';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return field === 'progressPercent' ? `${value}%` : String(value);
  if (typeof value === 'string') return showText(field, value, names);
  const shown = formatAuditValue(field, value, names);
  return typeof shown === 'string' ? shown : shown.join('; ');
}

function isTag(value: unknown): boolean {
  return isRecord(value) && typeof value.framework === 'string' && typeof value.code === 'string';
}

/** One object of a list, in the few shapes the API records, else as "Label: value" pairs. */
function describeItem(item: Record<string, unknown>, names: NameLookup): string {
  const { framework, code, outcome, score, evidence, date, value, kpiCode } = item;
  if (typeof framework === 'string' && typeof code === 'string') {
    return `${lookup(FRAMEWORK_NAMES, framework) ?? framework} ${code}`;
  }
  if (typeof outcome === 'string' && typeof score === 'number') {
    const words = EDS_SCORE_LABELS[score];
    const scored = `${outcome}: ${score}${words ? ` ${words}` : ''}`;
    return typeof evidence === 'string' && evidence ? `${scored}. Evidence: ${evidence}` : scored;
  }
  if (typeof date === 'string' && Object.keys(item).length === 2 && 'value' in item) {
    return `${showText('date', date, names)}: ${showScalar('value', value, names)}`;
  }
  if (typeof kpiCode === 'string' && typeof item.periodEnd === 'string') {
    return describeMeasurement(kpiCode, item, names);
  }
  return Object.entries(item)
    .filter(([k, v]) => v !== null && v !== '' && !BOOKKEEPING_FIELDS.has(k))
    .map(([k, v]) => `${fieldLabel(k)}: ${showScalar(k, v, names)}`)
    .join('; ');
}

/** A replaced measurement from an import: "WRES-1, period ending 31 March 2026: 12.5 (5 of 40)". */
function describeMeasurement(kpiCode: string, m: Record<string, unknown>, names: NameLookup) {
  const { periodEnd, group, value, numerator, denominator, note } = m;
  const where = [kpiCode, `period ending ${showScalar('periodEnd', periodEnd, names)}`];
  if (typeof group === 'string' && group) where.push(group);
  const parts = typeof numerator === 'number' && typeof denominator === 'number';
  const fraction = parts ? ` (${numerator} of ${denominator})` : '';
  const noted = typeof note === 'string' && note ? `. Note: ${note}` : '';
  return `${where.join(', ')}: ${showScalar('value', value, names)}${fraction}${noted}`;
}

/**
 * An audit value in words: dates as "31 March 2027", booleans Yes/No, null "empty", lists of
 * words joined with commas, lists of records one item each. Text is never shortened.
 */
export function formatAuditValue(
  field: string,
  value: unknown,
  names: NameLookup = NO_NAMES,
): ShownValue {
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    if (value.every((v) => !isRecord(v) && !Array.isArray(v))) {
      return value.map((v) => showScalar(field, v, names)).join(', ');
    }
    const items = value.map((v) =>
      isRecord(v) ? describeItem(v, names) : showScalar(field, v, names),
    );
    // Framework tags are short codes: they read best on one line.
    return value.every(isTag) ? items.join(', ') : items;
  }
  if (isRecord(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return 'none';
    const counts = entries.flatMap(([k, v]) => (typeof v === 'number' ? [{ k, n: v }] : []));
    if (counts.length === entries.length) {
      // Counts keyed by a code, like an import's values per KPI.
      return counts.map(({ k, n }) => `${k}: ${field === 'byKpi' ? countOf(n, 'value') : n}`);
    }
    return describeItem(value, names);
  }
  return showScalar(field, value, names);
}
