import { findBoardPaper, isReportError } from '@belonging/db';
import {
  countBoardPapers,
  findAnyAmbitionId,
  findAuditEventFor,
  findLatestAuditEventFor,
  findLatestLockedPeriod,
  readPeriod,
  testProviders,
} from '@belonging/db/testing';
import { type TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadBoardPaperSheet } from '../../services/board-paper-sheet.ts';
import { errorOf, fieldErrorsOf } from '../../../test/support/call.ts';
import { DEMO } from '../../../test/support/index.ts';
import { useApiTestBed } from '../../../test/support/use-api-test-bed.ts';
import { freshPeriod } from '../../../test/support/admin-fixtures.ts';
import { frontSheetInput } from '../../../test/authz-rows/board-paper-authz-rows.ts';

/** The fields a refused input names, from the zod error the procedure raised. */
function zodFields(error: TRPCError): string[] {
  return error.cause instanceof z.ZodError ? error.cause.issues.map((i) => i.path.join('.')) : [];
}

describe.each(testProviders())('admin.boardPaper on %s', (provider) => {
  const { bed, auditCount, admin } = useApiTestBed(provider);

  const lockedPeriod = () => findLatestLockedPeriod(bed.db, bed.organisationId);

  it('offers defaults drawn from a locked period’s report until a front sheet is saved', async () => {
    const period = await lockedPeriod();
    const paper = await (await admin()).admin.boardPaper.get({ periodId: period.id });
    expect(paper).toMatchObject({
      period: { id: period.id, label: period.label, isLocked: true },
      isDefault: true,
      updatedAt: null,
      sheet: {
        meeting: 'Trust Board (public)',
        purpose: 'assurance',
        title: expect.stringMatching(new RegExp(`: progress report, ${period.label}$`)) as string,
        author: 'Ama Owusu, Head of Equality, Diversity and Inclusion',
        meetingDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as string,
      },
    });
    expect(paper.sheet.executiveSummary).toMatch(/Of \d+ rated actions and KPIs, /);
    expect(paper.sheet.recommendation).toMatch(/^The board is asked to note the progress/);
    expect(paper.ambitions.length).toBeGreaterThanOrEqual(3);
    expect(paper.sheet.commentary.map((c) => c.ambitionId)).toEqual(
      paper.ambitions.map((a) => a.id),
    );
  });

  it('saves with one board_paper event holding before and after; the same save again writes nothing', async () => {
    const api = await admin();
    const period = await freshPeriod(bed);
    const { ambitions } = await api.admin.boardPaper.get({ periodId: period.id });
    const [first] = ambitions;
    if (!first) throw new Error('The demo strategy has ambitions');
    const sheet = frontSheetInput({
      executiveSummary: 'First summary.',
      commentary: [{ ambitionId: first.id, text: 'Good quarter for culture.' }],
    });
    const start = await auditCount();
    const created = await api.admin.boardPaper.save({ periodId: period.id, sheet });
    expect(created.changed).toBe(true);
    expect(await auditCount()).toBe(start + 1);
    const createdEvent = await findLatestAuditEventFor(bed.db, {
      entity: 'board_paper',
      entityId: created.id,
    });
    expect(createdEvent).toMatchObject({ operation: 'create', before: null });
    expect(JSON.parse(createdEvent.after ?? '{}')).toMatchObject({
      periodId: period.id,
      executiveSummary: 'First summary.',
      meetingDate: '2026-02-05',
      commentary: [{ text: 'Good quarter for culture.' }],
    });

    const again = await api.admin.boardPaper.save({ periodId: period.id, sheet });
    expect(again).toMatchObject({ id: created.id, changed: false });
    expect(await auditCount()).toBe(start + 1);

    await api.admin.boardPaper.save({
      periodId: period.id,
      sheet: { ...sheet, executiveSummary: 'Second summary.' },
    });
    expect(await auditCount()).toBe(start + 2);
    const updated = await findAuditEventFor(bed.db, {
      entity: 'board_paper',
      entityId: created.id,
      operation: 'update',
    });
    expect(JSON.parse(updated.before ?? '{}')).toMatchObject({
      executiveSummary: 'First summary.',
    });
    expect(JSON.parse(updated.after ?? '{}')).toMatchObject({
      executiveSummary: 'Second summary.',
    });

    const read = await api.admin.boardPaper.get({ periodId: period.id });
    expect(read).toMatchObject({
      isDefault: false,
      updatedBy: 'Ama Owusu',
      sheet: {
        executiveSummary: 'Second summary.',
        agendaItem: '7.2',
        assuranceLevel: 'reasonable',
      },
    });
    expect((await findBoardPaper(bed.db, bed.organisationId, period.id))?.sheet.commentary).toEqual(
      [{ ambitionId: first.id, text: 'Good quarter for culture.' }],
    );
  });

  it('refuses a blank summary, an unknown purpose and commentary on another trust’s ambition, naming the fields', async () => {
    const api = await admin();
    const period = await freshPeriod(bed);
    const start = await auditCount();
    const blank = await errorOf(
      api.admin.boardPaper.save({
        periodId: period.id,
        // An unknown purpose is what a hostile caller could send; the type says it cannot happen.
        sheet: frontSheetInput({ executiveSummary: '  ', purpose: 'vibes' as never, title: '' }),
      }),
    );
    expect(blank.code).toBe('BAD_REQUEST');
    expect(zodFields(blank).sort()).toEqual([
      'sheet.executiveSummary',
      'sheet.purpose',
      'sheet.title',
    ]);
    expect(blank.message).toContain('Enter the executive summary');

    const foreignAmbitionId = await findAnyAmbitionId(bed.db, bed.other.organisationId);
    const stranger = await errorOf(
      api.admin.boardPaper.save({
        periodId: period.id,
        sheet: frontSheetInput({
          commentary: [{ ambitionId: foreignAmbitionId, text: 'Not ours' }],
        }),
      }),
    );
    expect(stranger.code).toBe('BAD_REQUEST');
    expect(Object.keys(fieldErrorsOf(stranger))).toEqual(['commentary']);
    expect(await auditCount()).toBe(start);
    expect(await countBoardPapers(bed.db, [period.id])).toBe(0);
  });

  it('answers NOT_FOUND for another trust’s period and FORBIDDEN for every other role, writing nothing', async () => {
    const api = await admin();
    const start = await auditCount();
    const periodId = bed.other.periodId;
    expect((await errorOf(api.admin.boardPaper.get({ periodId }))).code).toBe('NOT_FOUND');
    expect(
      (await errorOf(api.admin.boardPaper.save({ periodId, sheet: frontSheetInput() }))).code,
    ).toBe('NOT_FOUND');
    const own = await lockedPeriod();
    for (const email of [DEMO.owner, DEMO.board, DEMO.networkRep]) {
      const caller = await bed.callerAs(email);
      expect((await errorOf(caller.admin.boardPaper.get({ periodId: own.id }))).code).toBe(
        'FORBIDDEN',
      );
      expect(
        (
          await errorOf(
            caller.admin.boardPaper.save({ periodId: own.id, sheet: frontSheetInput() }),
          )
        ).code,
      ).toBe('FORBIDDEN');
    }
    expect(await countBoardPapers(bed.db, [periodId, own.id])).toBe(0);
    expect(await auditCount()).toBe(start);
  });

  it('locks a period and saves its front sheet in one transaction with the one lock event', async () => {
    const api = await admin();
    const period = await freshPeriod(bed);
    const start = await auditCount();
    const sheet = frontSheetInput({ executiveSummary: 'Tabled at lock.' });
    const locked = await api.admin.period.lock({ periodId: period.id, sheet });
    expect(locked.boardPaperId).toEqual(expect.any(String));
    expect(await auditCount()).toBe(start + 1);
    const event = await findAuditEventFor(bed.db, { entityId: period.id, operation: 'lock' });
    expect(JSON.parse(event.after ?? '{}')).toMatchObject({
      boardPaper: { id: locked.boardPaperId, executiveSummary: 'Tabled at lock.' },
    });
    const reader = { userId: await bed.userId(DEMO.board), organisationId: bed.organisationId };
    expect(await loadBoardPaperSheet(bed.db, reader, period.id)).toMatchObject({
      isDefault: false,
      executiveSummary: 'Tabled at lock.',
    });
  });

  it('does not lock when the front sheet is refused', async () => {
    const api = await admin();
    const period = await freshPeriod(bed);
    const refused = await errorOf(
      api.admin.period.lock({
        periodId: period.id,
        sheet: frontSheetInput({ commentary: [{ ambitionId: 'no-such-ambition', text: 'x' }] }),
      }),
    );
    expect(refused.code).toBe('BAD_REQUEST');
    expect(Object.keys(fieldErrorsOf(refused))).toEqual(['commentary']);
    const row = await readPeriod(bed.db, period.id);
    expect(row.lockedAt).toBeNull();
  });

  it('gives a board paper reader the defaults for a period with no saved sheet, and refuses another trust’s', async () => {
    const reader = { userId: await bed.userId(DEMO.board), organisationId: bed.organisationId };
    const period = await freshPeriod(bed);
    const sheet = await loadBoardPaperSheet(bed.db, reader, period.id);
    expect(sheet).toMatchObject({ isDefault: true, purpose: 'assurance' });
    expect(sheet.author).toBe('Margaret Ellis, Chair');
    const foreign = await loadBoardPaperSheet(bed.db, reader, bed.other.periodId).catch(
      (e: unknown) => e,
    );
    expect(isReportError(foreign) && foreign.code).toBe('period_not_found');
  });
});
