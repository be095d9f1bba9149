import { describe, expect, it } from 'vitest';
import { MULTI_SCRIPT_NAMES, boardPaperFixture } from '../../test/exports/board-paper-fixture.ts';
import { paperTitle, toPdf } from './board-report-pdf.ts';
import { AMBITION_TITLES } from '../../test/exports/board-report-fixture.ts';
import { frontSheetRows } from './paper-words.ts';
import { figureAltTexts, pdfInfo, pdfStructure, pdfText } from '../../test/exports/pdf-tools.ts';

describe('toPdf', async () => {
  const input = boardPaperFixture();
  const pdf = await toPdf(input);
  const text = pdfText(pdf);
  // Table cells come out one per line; the flat text reads a label and its value side by side.
  const flat = text.replace(/\s+/g, ' ');
  const info = pdfInfo(pdf);

  it('is a tagged PDF in British English whose title is the paper, shown in the title bar', () => {
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe(paperTitle(input));
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toContain('/Lang (en-GB)');
    expect(raw).toMatch(/\/DisplayDocTitle true/);
  });

  it('keeps every name intact in Arabic, Chinese, Greek and Polish', () => {
    for (const name of MULTI_SCRIPT_NAMES) expect(text).toContain(name);
  });

  it('has headings, and tables of header and data cells, in its structure tree', () => {
    const tree = pdfStructure(pdf);
    for (const tag of ['H1', 'H2', 'H3', 'Table', 'TR', 'TH', 'TD', 'Figure', 'P'])
      expect(tree).toMatch(new RegExp(`^\\s*${tag}\\b`, 'm'));
    expect(tree).toContain('/Scope /Column');
    expect(tree).toContain('/Scope /Row');
  });

  it('opens with the front sheet: every label and value, and the day the file was made', () => {
    for (const [label, value] of frontSheetRows(input.sheet))
      expect(flat).toContain(`${label} ${value}`);
    expect(flat).toContain('Assurance level Limited assurance');
    expect(flat).toContain('Purpose For assurance');
    expect(flat).toContain('Generated 3 February 2026');
    expect(flat).toContain("Live position. Assessed on 15 January 2026 from today's data");
    expect(text).toContain('2025/26 Q3 (1 October 2025 to 31 December 2025)');
    expect(text).toContain('Demonstration data');
  });

  it('names a locked snapshot’s freeze time apart from the day the file was made', async () => {
    const locked = boardPaperFixture();
    locked.report = {
      ...locked.report,
      isDemo: false,
      period: { ...locked.report.period, locked: true, lockedAt: '2026-01-20T16:05:00.000Z' },
    };
    const lockedText = pdfText(await toPdf(locked)).replace(/\s+/g, ' ');
    expect(lockedText).toContain('Locked snapshot. Frozen on 20 January 2026 at 16:05');
    expect(lockedText).toContain('Generated 3 February 2026');
    expect(lockedText).not.toContain('Demonstration data');
  });

  it('says a past period never locked is not the live position', async () => {
    const past = boardPaperFixture();
    past.report = { ...past.report, generatedAt: '2026-02-03T10:00:00.000Z' };
    const pastText = pdfText(await toPdf(past)).replace(/\s+/g, ' ');
    expect(pastText).toContain(
      'Past period, not locked. Assessed as it stood on 15 January 2026, the day after its update window closed.',
    );
    expect(pastText).not.toContain('Live position');
  });

  it('draws each ambition as a bar of colour words and counts, with its movement and commentary', () => {
    for (const title of AMBITION_TITLES) expect(text).toContain(title);
    expect(text).toMatch(/Amber 2\s+Green 2\s+Blue 1/);
    expect(text).toContain('Deteriorated since last quarter: Green then, Amber now.');
    expect(text).toContain('Improved since last quarter: Amber then, Green now.');
    expect(text).toContain('Commentary from the executive lead');
    expect(text).toContain('Shortlisting is still less fair than planned');
    expect(text).toContain('No commentary recorded for this ambition.');
    const alts = figureAltTexts(pdf);
    expect(alts).toContainEqual(
      expect.stringContaining('Ambition 1: Inclusive culture: Red 0, Amber 2, Green 2, Blue 1'),
    );
  });

  it('gives each KPI with values a trend and an SPC chart whose alt text states the data', () => {
    const alts = figureAltTexts(pdf);
    for (const [id, series] of Object.entries(input.meta.kpiSeries)) {
      const kpi = input.report.kpis.find((k) => k.id === id);
      expect(kpi).toBeDefined();
      const trend = alts.find((a) => a.startsWith(`Trend chart of ${kpi?.code}`));
      const spc = alts.find((a) => a.startsWith(`SPC chart of ${kpi?.code}`));
      expect(trend).toContain(`${series.points.length} values`);
      expect(spc).toContain('Variation:');
    }
    expect(alts.find((a) => a.startsWith('Trend chart of WRES-2'))).toContain(
      '31 December 2025 1.62',
    );
    expect(alts.find((a) => a.startsWith('SPC chart of WRES-2'))).toMatch(
      /mean 1\.47, upper process limit 1\.87, lower process limit 1\.07; 1 point flagged/,
    );
    expect(text).toContain('No values recorded up to the report date: no chart.');
    expect(text).toContain('Special cause variation of a concerning nature');
    expect(text).toContain('The system is expected to consistently fail the target');
  });

  it('keeps exceptions, missing updates and stale KPIs, and names no missing value', async () => {
    expect(text).toContain('Panels trained, but rota not agreed.');
    expect(text).toContain('Behind the expected trajectory, beyond tolerance');
    expect(text).toContain('Anonymised shortlisting pilot');
    expect(text).not.toMatch(/NaN|undefined|null|\[object/);
    const pages = Number(info.Pages);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    const clean = boardPaperFixture();
    clean.report = { ...clean.report, missingUpdates: [], staleKpis: [], exceptions: [] };
    const cleanText = pdfText(await toPdf(clean));
    expect(cleanText).toContain('Every action has an update for this period.');
    expect(cleanText).toContain('No red or amber actions or KPIs this period.');
  });

  it('stays small: fonts are subset to the glyphs used', () => {
    expect(pdf.length).toBeLessThan(400_000);
  });
});
