import { describe, expect, it } from 'vitest';
import {
  demoPayload,
  flatMarkup,
  headingsOf,
  readBundle,
  SHOWN_FIGURES,
  visibleText,
} from '../test/index.ts';
import { publicBundle, publicBundleName } from './bundle.ts';
import { servedLinks } from './links.ts';
import { renderProgressPage } from './progress-page.ts';
import { publicCsv } from './public-csv.ts';
import { publicStylesheet } from './stylesheet.ts';

describe('publicBundle', () => {
  const files = readBundle(publicBundle(demoPayload()));
  const index = files['index.html'] ?? '';

  it('holds the page, its accessibility statement, the stylesheet and the CSV', () => {
    expect(Object.keys(files).sort()).toEqual([
      'accessibility.html',
      'figures.csv',
      'index.html',
      'styles.css',
    ]);
    expect(files['styles.css']).toBe(publicStylesheet().text);
    expect(files['figures.csv']).toBe(publicCsv(demoPayload()));
  });

  it('links only relative addresses, so it opens from disk', () => {
    for (const name of ['index.html', 'accessibility.html']) {
      const refs = [...(files[name] ?? '').matchAll(/(?:href|src)="([^"]*)"/g)].map((m) => m[1]);
      expect(refs.length).toBeGreaterThan(3);
      expect(refs.filter((ref) => /^(\/|[a-z]+:)/i.test(ref ?? ''))).toEqual([]);
    }
    expect(flatMarkup(index)).toContain('<link rel="stylesheet" href="styles.css">');
    expect(index).toContain('href="accessibility.html"');
    expect(index).not.toContain('bundle.zip');
  });

  it('shows the same headings and figures as the served page', () => {
    const served = renderProgressPage(demoPayload(), {
      links: servedLinks('demo-partnership', 'v1'),
    });
    expect(headingsOf(index)).toEqual(headingsOf(served));
    for (const figure of SHOWN_FIGURES) expect(visibleText(index)).toContain(figure);
  });

  it('zips the same publication to the same bytes, under a name that says whose and when', () => {
    expect(publicBundle(demoPayload())).toEqual(publicBundle(demoPayload()));
    expect(publicBundleName(demoPayload())).toBe('demo-partnership-progress-2025-09-30.zip');
  });
});

describe('publicStylesheet', () => {
  const { text, version } = publicStylesheet();

  it('is nhsuk-frontend’s CSS with our rules and a print layout, and no absolute address', () => {
    expect(text).toContain('.nhsuk-header');
    expect(text).toContain('.bt-chart__line');
    expect(text).toMatch(/@media print\s*\{\s*\.nhsuk-skip-link/);
    expect(text).not.toMatch(/url\(\s*["']?\//);
    expect(text).not.toContain('sourceMappingURL');
    expect(text).not.toContain('assets.nhs.uk');
    expect(version).toMatch(/^[0-9a-f]{12}$/);
  });
});
