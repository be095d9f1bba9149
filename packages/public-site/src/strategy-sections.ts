// The strategy on the public page: each ambition (h2), its commitments (h3), and under each
// commitment its actions and measures (h4), every status in words.
import type {
  TPublicAction,
  TPublicAmbition,
  TPublicCommitment,
  TPublicPayload,
} from '@belonging/domain';
import { formatDay } from './format.ts';
import { html, type SafeHtml } from './html.ts';
import { kpiBlock } from './kpi-block.ts';
import { ragTag, summaryList } from './tags.ts';

/** Hands out unique ids for charts on one page, in reading order. */
export type TIdCounter = { next: (prefix: string) => string };

export function idCounter(): TIdCounter {
  let count = 0;
  return { next: (prefix) => `${prefix}-${++count}` };
}

function ownerWords(action: TPublicAction): string | null {
  const parts = [action.ownerJobTitle, action.ownerName].filter((p): p is string => !!p);
  return parts.length ? parts.join(', ') : null;
}

function milestoneList(action: TPublicAction, periodEnd: string): SafeHtml | null {
  if (action.milestones.length === 0) return null;
  const items = action.milestones.map((m) => {
    const when = m.completedOn
      ? `Done on ${formatDay(m.completedOn)}`
      : m.dueDate <= periodEnd
        ? `Was due ${formatDay(m.dueDate)}, not yet done`
        : `Due ${formatDay(m.dueDate)}`;
    return html`<li><span class="bt-milestone__when">${when}:</span> ${m.title}</li>`;
  });
  const done = action.milestones.filter((m) => m.completedOn).length;
  return html`<p class="nhsuk-body-s nhsuk-u-margin-bottom-1">
      Milestones: ${done} of ${action.milestones.length} done
    </p>
    <ul class="nhsuk-list nhsuk-list--bullet nhsuk-body-s bt-milestones">
      ${items}
    </ul>`;
}

function actionBlock(action: TPublicAction, periodEnd: string): SafeHtml {
  return html`<div class="bt-action">
    <h4><span class="bt-code">${action.code}</span> ${action.title}</h4>
    ${summaryList([
      ['Status', action.statusWords],
      ['Rating', action.rag ? ragTag(action.rag) : null],
      ['Progress', `${action.progressPercent}% complete`],
      ['Due', formatDay(action.dueDate)],
      ['Owner', ownerWords(action)],
      ['Latest update', action.narrative],
    ])}
    ${milestoneList(action, periodEnd)}
  </div>`;
}

function commitmentBlock(
  commitment: TPublicCommitment,
  periodEnd: string,
  ids: TIdCounter,
): SafeHtml {
  return html`<section class="bt-commitment">
    <h3><span class="bt-code">${commitment.code}</span> ${commitment.title}</h3>
    <p>${ragTag(commitment.rag)}</p>
    ${commitment.description ? html`<p>${commitment.description}</p>` : null}
    ${commitment.actions.map((a) => actionBlock(a, periodEnd))}
    ${commitment.kpis.map((k) => kpiBlock(k, ids.next('kpi')))}
  </section>`;
}

export function ambitionId(ambition: TPublicAmbition): string {
  return `ambition-${ambition.number}`;
}

export function ambitionHeading(ambition: TPublicAmbition): string {
  return `Ambition ${ambition.number}: ${ambition.title}`;
}

function ambitionSection(ambition: TPublicAmbition, periodEnd: string, ids: TIdCounter): SafeHtml {
  return html`<section class="bt-ambition" aria-labelledby="${ambitionId(ambition)}">
    <h2 id="${ambitionId(ambition)}">${ambitionHeading(ambition)}</h2>
    <p>${ragTag(ambition.rag)}</p>
    ${ambition.description ? html`<p class="nhsuk-lede-text">${ambition.description}</p>` : null}
    ${ambition.commitments.map((c) => commitmentBlock(c, periodEnd, ids))}
    ${
      ambition.kpis.length
        ? html`<section class="bt-commitment">
            <h3>Measures of this ambition</h3>
            ${ambition.kpis.map((k) => kpiBlock(k, ids.next('kpi')))}
          </section>`
        : null
    }
  </section>`;
}

export function strategySections(payload: TPublicPayload, ids: TIdCounter): SafeHtml {
  return html`${payload.ambitions.map((a) => ambitionSection(a, payload.period.endDate, ids))}`;
}
