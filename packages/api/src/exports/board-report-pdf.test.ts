import { describe, expect, it } from 'vitest';
import { toPdf } from './board-report-pdf.ts';
import { AMBITION_TITLES, boardReportFixture } from './fixture.ts';
import { countPdfPages, pdfText } from './pdf-text.ts';

describe('toPdf', async () => {
  const report = boardReportFixture();
  const pdf = await toPdf(report);
  const text = pdfText(pdf);

  it('is a PDF of several pages, numbered in the footer', () => {
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const pages = countPdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
  });

  it('names no missing value: no NaN, undefined or null text', () => {
    expect(text.length).toBeGreaterThan(1000);
    expect(text).not.toMatch(/NaN|undefined|null|\[object/);
  });

  it('opens with a title page: organisation, strategy, period, board date, live position and demo notice', () => {
    expect(text).toContain('Demo Partnership NHS Foundation Trust');
    expect(text).toContain('Belonging and Inclusion Strategy 2023–2028');
    expect(text).toContain('Board report: 2025/26 Q3');
    expect(text).toContain('29 January 2026');
    expect(text).toContain('Live position as of 15 January 2026');
    expect(text).toContain('Demonstration data');
  });

  it('marks a locked snapshot and leaves out the demo notice for a real trust', async () => {
    const locked = boardReportFixture({
      isDemo: false,
      period: { ...report.period, locked: true, lockedAt: '2026-01-20T16:05:00.000Z' },
    });
    const lockedText = pdfText(await toPdf(locked));
    expect(lockedText).toContain('Locked snapshot, frozen 20 January 2026 at 16:05');
    expect(lockedText).not.toContain('Live position');
    expect(lockedText).not.toContain('Demonstration data');
  });

  it('has the summary by ambition, exceptions with narrative and recovery action, and colour words', () => {
    for (const title of AMBITION_TITLES) expect(text).toContain(title);
    expect(text).toContain('Panels trained, but rota not agreed.');
    expect(text).toContain('Rota to be agreed at the March workforce committee');
    expect(text).toContain('Behind the expected trajectory, beyond tolerance');
    expect(text).toMatch(/Amber.*Red.*Green/s);
    expect(text).toContain('Not rated');
  });

  it('gives one line per KPI with its colour and SPC icons in words', () => {
    expect(text).toContain('Key performance indicators');
    for (const kpi of report.kpis) expect(text).toContain(kpi.code);
    expect(text).toContain('Special cause variation of a concerning nature');
    expect(text).toContain('The system is expected to consistently fail the target');
    expect(text).toContain('shown as a run chart');
    expect(text).toContain('1.62');
    expect(text).toContain('-0.32');
  });

  it('lists missing updates and stale KPIs, or says there are none', async () => {
    expect(text).toContain('Anonymised shortlisting pilot');
    expect(text).toContain('31 March 2025');
    const clean = pdfText(
      await toPdf(boardReportFixture({ missingUpdates: [], staleKpis: [], exceptions: [] })),
    );
    expect(clean).toContain('Every action has an update for this period.');
    expect(clean).toContain('Every KPI is up to date.');
    expect(clean).toContain('No red or amber actions or KPIs this period.');
  });

  it('draws names outside the standard fonts by their nearest letters, never stray glyphs', async () => {
    const welsh = pdfText(
      await toPdf(boardReportFixture({ organisationName: 'Bwrdd Iechyd Prifysgol Ŵyn 😀' })),
    );
    expect(welsh).toContain('Bwrdd Iechyd Prifysgol Wyn ?');
  });
});
