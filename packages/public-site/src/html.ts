// HTML built from strings, safe by default: every value put into the `html` template is escaped
// unless it is itself the result of `html` (or `raw`, for text we wrote ourselves, such as CSS).
import { escapeHtml } from '@belonging/domain';

const SAFE = Symbol('safe html');

/** Markup that is already safe to put in a page: made by `html` or `raw`, never from user text. */
export type SafeHtml = { readonly [SAFE]: true; readonly text: string };

type Slot = SafeHtml | string | number | null | undefined | false | readonly Slot[];

/** Markup we wrote ourselves (a stylesheet, a doctype): trusted as it is. */
export function raw(text: string): SafeHtml {
  return { [SAFE]: true, text };
}

function isSafe(value: unknown): value is SafeHtml {
  return typeof value === 'object' && value !== null && SAFE in value;
}

function render(slot: Slot): string {
  if (slot === null || slot === undefined || slot === false) return '';
  if (typeof slot === 'string') return escapeHtml(slot);
  if (typeof slot === 'number') return String(slot);
  if (isSafe(slot)) return slot.text;
  return slot.map(render).join('');
}

/** A template of markup whose slots are escaped; arrays are joined, null and false print nothing. */
export function html(strings: TemplateStringsArray, ...slots: Slot[]): SafeHtml {
  let text = strings[0] ?? '';
  slots.forEach((slot, i) => {
    text += render(slot) + (strings[i + 1] ?? '');
  });
  return raw(text);
}

/**
 * A finished document without the indentation its templates carry: a third of the bytes. Only
 * whitespace after a line end goes, which a browser collapses anyway (the pages have no <pre>).
 */
export function compactDocument(text: string): string {
  return text.replace(/\n\s+/g, '\n');
}
