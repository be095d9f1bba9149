import {
  readHighestAmbitionNumber,
  readMeasurementIds,
  testProviders,
} from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { ID_PATTERNS, shownText } from '../../test/support/audit-shown.ts';
import { DEMO } from '../../test/support/index.ts';
import { useApiTestBed } from '../../test/support/use-api-test-bed.ts';
import { kpiForm, nextQuarterDate } from '../../test/support/admin-fixtures.ts';

const DEFINITION = {
  unit: 'percent',
  direction: 'increase',
  baseline: { value: 40, date: '2024-03-31' },
  target: { value: 60, date: '2028-03-31' },
  tolerance: { kind: 'relative', value: 10 },
  frequency: 'quarterly',
} as const;

// The "done when": the audit trail of a full walk through the admin app (create, edit,
// reorder, archive, restore, lock, import, people changes) reads in words with no id in it.
describe.each(testProviders())('the audit trail of a full walk on %s', (provider) => {
  const { bed, admin } = useApiTestBed(provider);

  it('names every record it touches, in words, and shows no id anywhere, on screen or in the export', async () => {
    const api = await admin();
    const ids: string[] = [];
    const keep = <T extends { id: string }>(row: T) => (ids.push(row.id), row);

    const number = (await readHighestAmbitionNumber(bed.db, bed.organisationId)) + 1;
    const ambition = keep(
      await api.admin.ambition.create({ number, title: 'A workforce that walks the talk' }),
    );
    const commitment = keep(
      await api.admin.commitment.create({
        ambitionId: ambition.id,
        code: `${number}.1`,
        title: 'Leaders learn from staff networks',
      }),
    );
    const action = keep(
      await api.admin.action.create({
        commitmentId: commitment.id,
        code: `${number}.1.1`,
        title: 'Reverse mentoring',
        ownerId: await bed.userId(DEMO.owner),
        dueDate: '2027-03-31',
        tags: [{ framework: 'edi_plan', code: '2a' }],
      }),
    );
    const first = keep(
      await api.admin.milestone.create({
        actionId: action.id,
        title: 'Mentors recruited',
        dueDate: '2026-12-31',
      }),
    );
    const second = keep(
      await api.admin.milestone.create({
        actionId: action.id,
        title: 'First pairs meet',
        dueDate: '2027-01-31',
      }),
    );
    const kpi = keep(
      await api.admin.kpi.create({
        ambitionId: ambition.id,
        code: 'WALK-1',
        title: 'Staff who would recommend mentoring',
        ...DEFINITION,
      }),
    );

    // Edit, reorder, archive and restore.
    await api.admin.ambition.update({ id: ambition.id, title: 'A workforce that walks the talk!' });
    const edited = await api.admin.action.update({
      id: action.id,
      expectedVersion: 1,
      dueDate: '2027-06-30',
      ownerId: await bed.userId(DEMO.otherOwner),
    });
    const kpiSaved = await api.admin.kpi.update(kpiForm({ ...kpi, version: 1 }));
    await api.admin.milestone.reorder({ actionId: action.id, ids: [second.id, first.id] });
    await api.admin.milestone.archive({ id: first.id });
    await api.admin.milestone.restore({ id: first.id });
    await api.admin.kpi.archive({ id: kpi.id, expectedVersion: kpiSaved.version });
    await api.admin.kpi.restore({ id: kpi.id });
    await api.admin.action.archive({ id: action.id, expectedVersion: edited.version });
    await api.admin.action.restore({ id: action.id });

    // Lock a period, import measurements.
    const period = keep(
      await api.admin.period.create({ dateInQuarter: await nextQuarterDate(bed) }),
    );
    await api.admin.period.lock({ periodId: period.id });
    await api.admin.import.commit({
      rows: [{ line: 2, kpiCode: 'WALK-1', periodEnd: '2025-03-31', value: '45' }],
    });

    // People changes.
    const person = await api.admin.user.create({
      email: 'walk.person@belonging.test',
      name: 'Walker Person',
      roles: ['board_member'],
    });
    const personId = await bed.userId('walk.person@belonging.test');
    ids.push(personId);
    await api.admin.user.setRoles({ userId: personId, roles: ['network_rep'] });
    await api.admin.user.deactivate({ userId: personId });
    await api.admin.user.reactivate({ userId: personId });
    expect(person.temporaryPassword).toBeTruthy();

    ids.push(...(await readMeasurementIds(bed.db, kpi.id)));

    // The whole trail, sign-ins too, a page at a time.
    const entries = [];
    let cursor: string | undefined;
    do {
      const page = await api.audit.list({ showSignIns: true, limit: 200, cursor });
      entries.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const shown = entries.map(shownText);

    const file = await api.audit.export({ format: 'csv', showSignIns: true });
    const csv = Buffer.from(file.base64, 'base64').toString('utf8');

    for (const text of [...shown, csv]) {
      for (const pattern of ID_PATTERNS) expect(text).not.toMatch(pattern);
      for (const id of ids) expect(text).not.toContain(id);
    }

    const entry = (what: string, about: string) => {
      const found = shown.find((t) => t.includes(` | ${what} | `) && t.includes(about));
      if (!found) throw new Error(`No "${what}" entry about ${about} in:\n${shown.join('\n')}`);
      return found;
    };
    // The subject says "(under ambition 4: …)"; the values "Ambition: Ambition 4: …".
    const ambitionWords = new RegExp(`ambition ${number}: A workforce that walks the talk`, 'i');
    expect(entry('KPI added', 'WALK-1')).toMatch(ambitionWords);
    expect(entry('Commitment added', 'Leaders learn')).toMatch(ambitionWords);
    expect(entry('Action added', 'Reverse mentoring')).toContain(
      `(under commitment ${number}.1 Leaders learn from staff networks)`,
    );
    expect(entry('Milestone added', 'Mentors recruited')).toContain(
      `(under action ${number}.1.1 Reverse mentoring)`,
    );
    expect(entry('Milestones reordered', 'Reverse mentoring')).toContain(
      'Order: Mentors recruited, First pairs meet → First pairs meet, Mentors recruited',
    );
    expect(entry('Milestone archived', 'Mentors recruited')).toContain('Reverse mentoring');
    expect(entry('Milestone restored', 'Mentors recruited')).toContain('Reverse mentoring');
    expect(entry('KPI restored', 'WALK-1')).toMatch(ambitionWords);
    expect(entry('Action updated', 'Reverse mentoring')).toContain('Owner: ');
    expect(entry('Period locked', period.label)).toContain(`Period ${period.label}`);
    expect(entry('Measurements imported', 'WALK-1')).toContain('WALK-1: 1 value');
    expect(entry('Person added', 'Walker Person')).toContain('Walker Person');
    expect(entry('Roles changed', 'Walker Person')).toContain(
      'Roles: Board member → Staff network representative',
    );
    expect(entry('Person deactivated', 'Walker Person')).toContain('Walker Person');
    expect(entry('Person reactivated', 'Walker Person')).toContain('Walker Person');
  });
});
