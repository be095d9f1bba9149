import { findMeasurement } from '@belonging/db';
import { findAuditEventsFor, readMeasurement, testProviders } from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { auditChain } from '../../test/support/audit-chain.ts';
import { commentBy, kpiOwnedBy, milestoneOwnedBy } from '../../test/support/fixtures.ts';
import { DEMO } from '../../test/support/index.ts';
import { useApiTestBed } from '../../test/support/use-api-test-bed.ts';
import { freshValue } from '../../test/support/value-fixtures.ts';

const N = 20;
const each = <T>(make: (i: number) => T): T[] => Array.from({ length: N }, (_, i) => make(i));
const valueOf = (state: unknown) => (state as { value: number }).value;

// Twenty calls at once on one row, as a double-click storm or a retrying client makes them: each
// audit event must name the value its change replaced, so the events chain from the first state.
describe.each(testProviders())('concurrent writes to one row on %s', (provider) => {
  const { bed } = useApiTestBed(provider);

  it('recordMeasurement: one create, then replaces whose befores chain to the stored value', async () => {
    const owner = await bed.callerAs(DEMO.owner);
    const kpi = await kpiOwnedBy(bed, DEMO.owner);
    const periodEnd = '2001-03-31';
    await Promise.all(
      each((i) => owner.kpi.recordMeasurement({ kpiId: kpi.id, periodEnd, value: i + 1 })),
    );

    const key = { kpiId: kpi.id, periodEnd: new Date(`${periodEnd}T00:00:00Z`), group: '' };
    const row = await findMeasurement(bed.db, key);
    const events = await findAuditEventsFor(bed.db, { entityId: row?.id ?? '' });
    const { operations, end } = auditChain(events, null, valueOf);
    expect(operations).toEqual(['create', ...Array<string>(N - 1).fill('replace')]);
    expect(valueOf(end)).toBe(row?.value);
  });

  it('correctMeasurement: every correction’s before is the value the one before it left', async () => {
    const owner = await bed.callerAs(DEMO.owner);
    const original = await freshValue(bed, DEMO.owner, 40);
    await Promise.all(
      each((i) =>
        owner.kpi.correctMeasurement({
          id: original.id,
          value: 41 + i,
          reason: 'Typed in the wrong cell',
        }),
      ),
    );

    const events = await findAuditEventsFor(bed.db, { entityId: original.id });
    const { operations, end } = auditChain(events, { value: 40 }, valueOf);
    expect(operations).toEqual(Array<string>(N).fill('correct'));
    expect(valueOf(end)).toBe((await readMeasurement(bed.db, original.id)).value);
  });

  it('milestone.complete: every completion’s before is the state the one before it left', async () => {
    const owner = await bed.callerAs(DEMO.owner);
    const milestone = await milestoneOwnedBy(bed, DEMO.owner);
    const day = (i: number) => `2025-01-${String(i + 1).padStart(2, '0')}`;
    await Promise.all(
      each((i) => owner.milestone.complete({ milestoneId: milestone.id, completedAt: day(i) })),
    );

    const events = await findAuditEventsFor(bed.db, { entityId: milestone.id });
    const completedAt = (state: unknown) => (state as { completedAt: string | null }).completedAt;
    const start = { completedAt: milestone.completedAt?.toISOString() ?? null };
    const { operations, end } = auditChain(events, start, completedAt);
    expect(operations).toEqual(Array<string>(N).fill('complete'));
    const stored = await milestoneOwnedBy(bed, DEMO.owner);
    expect(completedAt(end)).toBe(stored.completedAt?.toISOString());
  });

  it('admin.milestone.update: every edit’s before is the title the one before it left', async () => {
    const admin = await bed.callerAs(DEMO.admin);
    const milestone = await milestoneOwnedBy(bed, DEMO.otherOwner);
    const start = await admin.admin.milestone.update({ id: milestone.id, title: 'Edit 0' });
    await Promise.all(
      each((i) => admin.admin.milestone.update({ id: milestone.id, title: `Edit ${i + 1}` })),
    );

    const events = await findAuditEventsFor(bed.db, { entityId: milestone.id });
    const title = (state: unknown) => (state as { title: string }).title;
    const { operations, end } = auditChain(events.slice(1), start, title);
    expect(operations).toEqual(Array<string>(N).fill('update'));
    const [last] = events.slice(-1);
    expect(title(end)).toBe(title(JSON.parse(last?.after ?? '{}')));
  });

  it('comment.edit: every edit’s before is the body the one before it left', async () => {
    const comment = await commentBy(bed, DEMO.networkRep);
    const rep = await bed.callerAs(DEMO.networkRep);
    await Promise.all(each((i) => rep.comment.edit({ commentId: comment.id, body: `Body ${i}` })));

    const events = await findAuditEventsFor(bed.db, { entityId: comment.id });
    const body = (state: unknown) => (state as { body: string }).body;
    const { operations } = auditChain(events, { body: 'A comment written for a test.' }, body);
    expect(operations).toEqual(Array<string>(N).fill('update'));
  });
});
