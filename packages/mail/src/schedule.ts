import {
  buildPeriodReport,
  databaseErrorKind,
  enqueueEmails,
  findChaseListData,
  findEmailPeople,
  findEmailPeriods,
  findEmailTrust,
  findEmailTrusts,
  findOwnedKpis,
  findQueuedDedupeKeys,
  inTransaction,
  type Db,
  type DbClient,
  type TOutboxDraft,
} from '@belonging/db';
import {
  currentEmailPeriod,
  digestContent,
  digestDue,
  ownerEmailsDue,
  updateWindowState,
  type TDueEmail,
} from '@belonging/domain';
import { emailLinks, outboxDrafts } from './templates/index.ts';

export type TEnqueueDueEmailsOptions = {
  /** The instant of this tick; the London day of it decides what is due. */
  now: Date;
  /** The web app's public origin (APP_ORIGIN), e.g. https://tracker.example.nhs.uk: every link starts here. */
  appOrigin: string;
};

export type TEnqueueDueEmailsResult = { trusts: number; enqueued: number };

type TTrust = Awaited<ReturnType<typeof findEmailTrusts>>[number];

/**
 * One tick of the email schedule: for every trust, enqueues the reminders and digests due on the
 * London day of `now` that are not already in the outbox, each trust's batch in one transaction.
 * Safe to run again, and from several processes at once: a second tick the same day adds nothing.
 */
export async function enqueueDueEmails(
  db: Db,
  { now, appOrigin }: TEnqueueDueEmailsOptions,
): Promise<TEnqueueDueEmailsResult> {
  emailLinks(appOrigin);
  const trusts = await findEmailTrusts(db);
  let enqueued = 0;
  for (const trust of trusts) {
    if (trust.emailPaused) continue;
    enqueued += await enqueueBatch(db, await dueDrafts(db, trust, now, appOrigin));
  }
  return { trusts: trusts.length, enqueued };
}

/** The current period and the owners' reminders due in it now, or null when none can be due. */
async function readOwnerDues(db: DbClient, trust: TTrust, now: Date) {
  const organisationId = trust.id;
  const period = currentEmailPeriod(await findEmailPeriods(db, { organisationId }), now);
  // Nothing is due before the current window opens or once it is locked: skip the reads.
  if (!period || period.lockedAt || updateWindowState(period, now) === 'upcoming') return null;
  const [people, chase, ownedKpis] = await Promise.all([
    findEmailPeople(db, { organisationId }),
    findChaseListData(db, { organisationId }),
    findOwnedKpis(db, { organisationId }),
  ]);
  const dues = ownerEmailsDue({ period, settings: trust, today: now, people, chase, ownedKpis });
  return { period, people, chase, dues };
}

/** The trust's messages due now and not yet in the outbox, rendered. */
async function dueDrafts(
  db: Db,
  trust: TTrust,
  now: Date,
  appOrigin: string,
): Promise<TOutboxDraft[]> {
  const owners = await readOwnerDues(db, trust, now);
  if (!owners) return [];
  const { period, people, chase } = owners;
  const dues: TDueEmail[] = [...owners.dues];
  const organisationId = trust.id;
  const digest = digestDue({ organisationId, period, settings: trust, today: now, people });
  const queued = await findQueuedDedupeKeys(db, [
    ...dues.map((d) => d.dedupeKey),
    ...(digest?.recipients.map((r) => r.dedupeKey) ?? []),
  ]);
  const digestTo = digest?.recipients.filter((r) => !queued.has(r.dedupeKey)) ?? [];
  if (digest && digestTo.length > 0) {
    // The report is the costly read: made only in the week's first tick.
    const report = await buildPeriodReport(db, { organisationId, periodId: period.id, now });
    const content = digestContent(period, chase, now, report);
    for (const to of digestTo)
      dues.push({
        kind: 'digest',
        ...to,
        period,
        week: digest.week,
        weekStarts: digest.weekStarts,
        content,
      });
  }
  return outboxDrafts(
    dues.filter((d) => !queued.has(d.dedupeKey)),
    trust,
    appOrigin,
  );
}

/**
 * Enqueues the owners' reminders due now for one trust in the caller's transaction: opening (or
 * closing) a window writes its emails with the change, rather than waiting for the next tick.
 * The weekly digest is left to the tick. Returns how many were added.
 */
export async function enqueueWindowEmails(
  tx: DbClient,
  { organisationId, now, appOrigin }: { organisationId: string } & TEnqueueDueEmailsOptions,
): Promise<number> {
  const trust = await findEmailTrust(tx, { organisationId });
  if (!trust || trust.emailPaused) return 0;
  const owners = await readOwnerDues(tx, trust, now);
  return owners ? enqueueEmails(tx, outboxDrafts(owners.dues, trust, appOrigin)) : 0;
}

/**
 * Enqueues one trust's batch in one transaction. Another process enqueueing the same keys at the
 * same moment makes the insert fail as a duplicate: try once more (its rows are then seen and
 * skipped), and if it races again leave the rest to it.
 */
async function enqueueBatch(db: Db, drafts: readonly TOutboxDraft[]): Promise<number> {
  if (drafts.length === 0) return 0;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await inTransaction(db, (tx) => enqueueEmails(tx, drafts));
    } catch (error) {
      if (databaseErrorKind(error) !== 'duplicate') throw error;
      if (attempt === 2) return 0;
    }
  }
}
