import { describe, expect, it } from 'vitest';
import { MULTI_SCRIPT_NAMES, boardPaperFixture } from '../../test/exports/board-paper-fixture.ts';
import { toDocx } from './board-report-docx.ts';
import { paperTitle } from './board-report-pdf.ts';
import { AMBITION_TITLES } from '../../test/exports/board-report-fixture.ts';
import { frontSheetRows } from './paper-words.ts';
import { unzipEntry, zipEntries } from '../../test/exports/zip.ts';

/** The words of a part, tags removed, entities read: what a reader of the document sees. */
function wordsOf(xml: string): string {
  return xml
    .replace(/<w:tab\/>|<w:br\/>|<\/w:p>|<\/w:tc>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('toDocx', async () => {
  const input = boardPaperFixture();
  const docx = await toDocx(input);
  const document = unzipEntry(docx, 'word/document.xml') ?? '';
  const text = wordsOf(document);

  it('is a Word document titled as the paper, in British English with fonts for every script', () => {
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(unzipEntry(docx, 'docProps/core.xml')).toContain(
      `<dc:title>${paperTitle(input)}</dc:title>`,
    );
    const styles = unzipEntry(docx, 'word/styles.xml') ?? '';
    expect(styles).toMatch(/<w:lang w:val="en-GB"/);
    expect(styles).toContain('w:eastAsia="Noto Sans SC"');
    expect(styles).toContain('w:cs="Noto Sans Arabic"');
  });

  it('uses real headings and tables whose first row is a header row', () => {
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:pStyle w:val="Heading2"/>');
    expect(document).toMatch(/<w:tr>\s*<w:trPr>(?:(?!<\/w:trPr>).)*<w:tblHeader\/>/s);
  });

  it('keeps every name intact in Arabic, Chinese, Greek and Polish', () => {
    for (const name of MULTI_SCRIPT_NAMES) expect(text).toContain(name);
    expect(document).toMatch(/<w:rtl\/>(?:(?!<\/w:r>).)*فاطمة/s);
  });

  it('opens with the front sheet and carries the same sections as the PDF', () => {
    for (const [label, value] of frontSheetRows(input.sheet))
      expect(text).toContain(`${label} ${value}`);
    expect(text).toContain('Generated 3 February 2026');
    for (const title of AMBITION_TITLES) expect(text).toContain(title);
    expect(text).toContain('Deteriorated since last quarter: Green then, Amber now.');
    expect(text).toContain('Shortlisting is still less fair than planned');
    expect(text).toContain('Exceptions: red and amber items');
    expect(text).toContain('Key performance indicators');
    expect(text).toContain('Missing updates');
    expect(text).toContain('Stale KPIs');
    expect(text).not.toMatch(/NaN|undefined|null|\[object/);
  });

  it('draws colour bars and each KPI’s two charts as Word charts with alt text in words', () => {
    const charts = zipEntries(docx).filter((n) => /^word\/charts\/chart\d+\.xml$/.test(n));
    const withSeries = Object.keys(input.meta.kpiSeries).length;
    expect(charts.length).toBe(1 + input.report.summary.length + 2 * withSeries);
    const alts = [...document.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(alts.some((a) => a.startsWith('Trend chart of WRES-2'))).toBe(true);
    expect(alts.some((a) => a.startsWith('SPC chart of WRES-2') && a.includes('Variation:'))).toBe(
      true,
    );
    expect(alts.some((a) => a.includes('Ambition 1: Inclusive culture: Red 0, Amber 2'))).toBe(
      true,
    );
    expect(text).toContain('SPC variation Special cause variation of a concerning nature');
  });
});
