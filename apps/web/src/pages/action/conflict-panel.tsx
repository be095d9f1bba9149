import { ACTION_STATUS_LABELS } from '@belonging/domain';
import type { Rag } from '@belonging/domain';
import { formatDateTime, RagTag, SummaryList } from '@belonging/ui';
import type { TUpdateFields } from './update-rules.ts';

/** What the API sends back when someone saved first (CONFLICT `details.latestUpdate`). */
type TSavedUpdate = {
  narrative: string;
  progressPercent: number;
  status: keyof typeof ACTION_STATUS_LABELS;
  ownerRag: Rag | null;
  ownerRagReason: string | null;
  risks: string | null;
  nextSteps: string | null;
  recoveryAction: string | null;
  createdAt: Date;
  author: { name: string };
};
export type TTheirUpdate = TSavedUpdate | null;

const RAGS = new Set<string>(['red', 'amber', 'green', 'blue', 'grey']);
const isStatus = (v: unknown): v is TSavedUpdate['status'] =>
  typeof v === 'string' && v in ACTION_STATUS_LABELS;
const isRag = (v: unknown): v is Rag => typeof v === 'string' && RAGS.has(v);
const textOrNull = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);

export function readTheirUpdate(details: Record<string, unknown> | null): TTheirUpdate {
  const latest = details?.latestUpdate;
  if (!latest || typeof latest !== 'object') return null;
  const u = latest as Record<string, unknown>;
  const author = u.author as { name?: unknown } | undefined;
  const createdAt = u.createdAt instanceof Date ? u.createdAt : new Date(String(u.createdAt));
  return {
    narrative: typeof u.narrative === 'string' ? u.narrative : '',
    progressPercent: Number(u.progressPercent ?? 0),
    status: isStatus(u.status) ? u.status : 'in_progress',
    ownerRag: isRag(u.ownerRag) ? u.ownerRag : null,
    ownerRagReason: textOrNull(u.ownerRagReason),
    risks: textOrNull(u.risks),
    nextSteps: textOrNull(u.nextSteps),
    recoveryAction: textOrNull(u.recoveryAction),
    createdAt,
    author: { name: typeof author?.name === 'string' ? author.name : 'Someone' },
  };
}

type TSide = {
  narrative: string;
  status: TSavedUpdate['status'];
  progress: string;
  ownerRag: Rag | '' | null;
  ownerRagReason: string | null;
  risks: string | null;
  nextSteps: string | null;
  recoveryAction: string | null;
};

const said = (text: string | null) => <span className="bt-pre-line">{text?.trim() || 'None'}</span>;

/** The same rows for both sides, so the owner compares like with like. */
function sideRows(side: TSide) {
  return [
    { key: 'Narrative', value: said(side.narrative || 'Not written yet') },
    { key: 'Status', value: `${ACTION_STATUS_LABELS[side.status]}, ${side.progress}%` },
    {
      key: 'RAG view',
      value: side.ownerRag ? (
        <>
          <RagTag rag={side.ownerRag} /> {side.ownerRagReason ?? ''}
        </>
      ) : (
        'Not given'
      ),
    },
    { key: 'Risks and issues', value: said(side.risks) },
    { key: 'Next steps', value: said(side.nextSteps) },
    { key: 'Recovery action', value: said(side.recoveryAction) },
  ];
}

/**
 * Someone saved an update after this form was opened. Their update and the owner's unsaved one
 * sit side by side; the owner's text stays in the form below, ready to change and send again.
 */
export function ConflictPanel({ theirs, mine }: { theirs: TTheirUpdate; mine: TUpdateFields }) {
  return (
    <div className="nhsuk-warning-callout" data-testid="conflict" tabIndex={-1} id="conflict">
      <h2 className="nhsuk-warning-callout__label">
        <span className="nhsuk-u-visually-hidden">Important: </span>
        Someone else saved an update first
      </h2>
      <p>
        {theirs
          ? `${theirs.author.name} saved an update at ${formatDateTime(theirs.createdAt)}, after you opened this form.`
          : 'An update was saved after you opened this form.'}{' '}
        Your update has not been saved yet, and nothing you typed has been lost. Compare the two,
        change yours if you need to, then resubmit it.
      </p>
      <div className="bt-side-by-side">
        <section aria-labelledby="theirs-heading" data-testid="their-update">
          <h3 id="theirs-heading">Their update (saved)</h3>
          {theirs ? (
            <SummaryList rows={sideRows({ ...theirs, progress: String(theirs.progressPercent) })} />
          ) : (
            <p>Their update is in the action's history.</p>
          )}
        </section>
        <section aria-labelledby="mine-heading" data-testid="my-update">
          <h3 id="mine-heading">Your update (not saved yet)</h3>
          <SummaryList rows={sideRows({ ...mine, progress: mine.progressPercent || '0' })} />
        </section>
      </div>
    </div>
  );
}
