import { afterAll, describe, expect, it } from 'vitest';
import { boardPaperFixture } from '../../../test/exports/board-paper-fixture.ts';
import { boardReportFixture } from '../../../test/exports/board-report-fixture.ts';
import { renderBoardReportBytes } from '../board-report-file.ts';
import { RenderPool } from './render-pool.ts';

describe('the render pool', () => {
  const pool = new RenderPool(1);
  afterAll(() => pool.close());

  it('makes in a worker thread the same bytes as rendering here', async () => {
    const job = { report: boardReportFixture(), format: 'csv' as const };
    const [inWorker, here] = await Promise.all([pool.render(job), renderBoardReportBytes(job)]);
    expect(Buffer.from(inWorker).equals(here)).toBe(true);
  });

  it('renders a tagged PDF board paper from the report data alone', async () => {
    const { report, ...paper } = boardPaperFixture();
    const pdf = Buffer.from(await pool.render({ report, format: 'pdf', paper }));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/StructTreeRoot');
  });

  it('refuses a job it cannot render with the reason, and goes on with the next ones in turn', async () => {
    const report = boardReportFixture();
    const [broken, ...next] = await Promise.allSettled([
      pool.render({ report, format: 'docx' }),
      pool.render({ report, format: 'csv' }),
      pool.render({ report, format: 'xlsx' }),
    ]);
    expect(broken).toMatchObject({
      status: 'rejected',
      reason: { message: 'A docx board paper needs its front sheet and series.' },
    });
    expect(next.map((answer) => answer.status)).toEqual(['fulfilled', 'fulfilled']);
  });

  it('refuses what is still waiting once it is closed', async () => {
    const closing = new RenderPool(1);
    const waiting = closing.render({ report: boardReportFixture(), format: 'csv' });
    await Promise.all([
      expect(waiting).rejects.toThrow('The renderer was stopped.'),
      closing.close(),
    ]);
  });
});
