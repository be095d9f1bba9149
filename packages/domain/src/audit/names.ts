// The words for the records an audit event names: its subject ("Action 1.2.3 Reverse mentoring
// (under commitment 1.2 …)") and the short name an id reads as among the changed values.
import { formatAuditDay } from './format.ts';

/** How one id reads: `label` among the values, `subject` when the event is about it. */
export type TAuditName = { label: string; subject: string };

type Coded = { code: string; title: string };
type Numbered = { number: number; title: string };

/** A record an audit event may carry the id of, with what names it (and its parent). */
export type TAuditNamedRecord =
  | ({ kind: 'ambition'; id: string } & Numbered)
  | ({ kind: 'commitment'; id: string; ambition: Numbered } & Coded)
  | ({ kind: 'action'; id: string; commitment: Coded } & Coded)
  | { kind: 'milestone'; id: string; title: string; action: Coded }
  | ({ kind: 'kpi'; id: string; ambition: Numbered | null; commitment: Coded | null } & Coded)
  | { kind: 'period'; id: string; label: string }
  | { kind: 'person'; id: string; name: string }
  | { kind: 'sign_in'; id: string; name: string }
  | { kind: 'measurement'; id: string; kpiCode: string; periodEnd: Date; group: string }
  | { kind: 'comment'; id: string; action: Coded }
  | { kind: 'strategy'; id: string; title: string }
  | { kind: 'trust'; id: string; name: string }
  | { kind: 'eds_assessment'; id: string; year: string }
  | { kind: 'board_paper'; id: string; periodLabel: string };

const ambitionWords = (a: Numbered) => `Ambition ${a.number}: ${a.title}`;
const codedWords = (c: Coded) => `${c.code} ${c.title}`;

function named(label: string, subject = label): TAuditName {
  return { label, subject };
}

/** The words for one record. */
export function auditName(r: TAuditNamedRecord): TAuditName {
  switch (r.kind) {
    case 'ambition':
      return named(ambitionWords(r));
    case 'commitment':
      return named(
        codedWords(r),
        `Commitment ${codedWords(r)} (under ambition ${r.ambition.number}: ${r.ambition.title})`,
      );
    case 'action':
      return named(
        codedWords(r),
        `Action ${codedWords(r)} (under commitment ${codedWords(r.commitment)})`,
      );
    case 'milestone':
      return named(r.title, `Milestone ${r.title} (under action ${codedWords(r.action)})`);
    case 'kpi': {
      const parent = r.commitment
        ? ` (under commitment ${codedWords(r.commitment)})`
        : r.ambition
          ? ` (under ambition ${r.ambition.number}: ${r.ambition.title})`
          : '';
      return named(`${r.code}: ${r.title}`, `KPI ${r.code}: ${r.title}${parent}`);
    }
    case 'period':
      return named(r.label, `Period ${r.label}`);
    case 'person':
    case 'sign_in':
    case 'trust':
      return named(r.name);
    case 'measurement': {
      const group = r.group ? `, ${r.group}` : '';
      const label = `${r.kpiCode} value for the period ending ${formatAuditDay(r.periodEnd)}${group}`;
      return named(label, `KPI ${label}`);
    }
    case 'comment':
      return named(`Comment on action ${codedWords(r.action)}`);
    case 'strategy':
      return named(r.title, `Strategy ${r.title}`);
    case 'eds_assessment':
      return named(r.year, `EDS 2022 assessment ${r.year}`);
    case 'board_paper':
      return named(`Board paper for ${r.periodLabel}`);
  }
}
