// Small pieces the public pages share: a RAG colour always with its words, and a summary list.
import type { Rag } from '@belonging/domain';
import { html, type SafeHtml } from './html.ts';

const TAG_CLASS: Record<Rag, string> = {
  red: 'nhsuk-tag--red',
  amber: 'nhsuk-tag--orange',
  green: 'nhsuk-tag--green',
  blue: 'nhsuk-tag--blue',
  grey: 'nhsuk-tag--grey',
};

/** A RAG rating as a tag: its colour and, always, its words (colour is never alone). */
export function ragTag(rating: { rag: Rag; words: string }): SafeHtml {
  return html`<strong class="nhsuk-tag ${TAG_CLASS[rating.rag]}">${rating.words}</strong>`;
}

/** NHS summary list rows; a row whose value is null is left out. */
export function summaryList(
  rows: readonly (readonly [string, SafeHtml | string | null])[],
): SafeHtml {
  const shown = rows.filter(([, value]) => value !== null);
  return html`<dl class="nhsuk-summary-list">
    ${shown.map(
      ([key, value]) =>
        html`<div class="nhsuk-summary-list__row">
          <dt class="nhsuk-summary-list__key">${key}</dt>
          <dd class="nhsuk-summary-list__value">${value}</dd>
        </div> `,
    )}
  </dl>`;
}
