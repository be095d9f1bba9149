import { describe, expect, it } from 'vitest';
import { demoPayload, flatMarkup, headingsOf, SHOWN_FIGURES, visibleText } from '../test/index.ts';
import { servedLinks } from './links.ts';
import { renderAccessibilityStatement, renderNotPublished } from './other-pages.ts';
import { renderProgressPage } from './progress-page.ts';

const links = servedLinks('demo-partnership', 'abc123');
const page = renderProgressPage(demoPayload(), {
  links,
  absoluteUrl: 'https://x.test/p/demo-partnership',
});

const text = visibleText(page);
const flat = flatMarkup(page);

/** Heading levels never skip one on the way down (h2 to h4 is a skip; h4 to h2 is fine). */
function skippedLevels(html: string): string[] {
  const headings = headingsOf(html);
  return headings.flatMap(([level, text], i) => {
    const before = i === 0 ? 0 : (headings[i - 1]?.[0] ?? 0);
    return level > before + 1 ? [`h${level} "${text}" after h${before}`] : [];
  });
}

describe('renderProgressPage', () => {
  it('is a whole en-GB document with one h1, a skip link to main and no skipped heading level', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(headingsOf(page).filter(([level]) => level === 1)).toEqual([
      [1, 'Belonging and Inclusion Strategy 2023–2028: our progress'],
    ]);
    expect(skippedLevels(page)).toEqual([]);
    expect(flat).toContain('<a class="nhsuk-skip-link" href="#maincontent">');
    expect(flat).toContain('<main class="nhsuk-main-wrapper" id="maincontent">');
    expect(page.match(/<title>/g)).toHaveLength(1);
    // Sent without the templates' indentation.
    expect(page).not.toMatch(/\n[ \t]/);
  });

  it('carries no script at all, so it works with JavaScript off', () => {
    expect(page).not.toMatch(/<script|javascript:|\son\w+=/i);
  });

  it('names the three ambitions, their commitments and actions with status in words, progress and owner', () => {
    const h2 = headingsOf(page)
      .filter(([level]) => level === 2)
      .map(([, words]) => words);
    expect(h2.slice(1, 4)).toEqual([
      'Ambition 1: Inclusive culture',
      'Ambition 2: A workforce that represents our communities',
      'Ambition 3: No discrimination, bullying or harassment',
    ]);
    expect(headingsOf(page)).toContainEqual([3, '1.1 Every board member is accountable for EDI']);
    expect(headingsOf(page)).toContainEqual([
      4,
      '2.2.1 A talent plan for senior leadership diversity',
    ]);
    for (const words of [
      'Status Complete',
      'Status In progress',
      'Status Not started',
      'Progress 60% complete',
      'Rating Red: off track',
      'Owner Chief People Officer',
      'Latest update Delayed while the new leadership framework is agreed.',
    ])
      expect(text).toContain(words);
    // The name only where the payload carries one (the trust chose to show names for it).
    expect(text).toContain('Owner Director of Corporate Affairs, Helen Brooks');
  });

  it('says which milestones are done, which are late and which are still due', () => {
    expect(text).toContain('Milestones: 2 of 2 done');
    expect(text).toContain('Done on 15 December 2023: Objectives drafted');
    expect(text).toContain('Was due 30 June 2025, not yet done: Programme designed');
    expect(text).toContain('Due 31 March 2026: Sessions delivered');
  });

  it('shows each KPI’s latest value and target, and its trend as a described chart beside a table of the same values', () => {
    expect(text).toContain('Latest value 31% at 30 September 2025');
    expect(text).toContain('Target 35% by 31 March 2028');
    expect(flat).toContain(
      '<title id="kpi-1-title">Trend of Staff at band 8a and above from BME backgrounds</title>',
    );
    expect(flat).toContain(
      '<desc id="kpi-1-desc">From 27% at 31 March 2024 to 31% at 30 September 2025. Target 35%.</desc>',
    );
    expect(flat).toContain('aria-labelledby="kpi-1-title kpi-1-desc"');
    expect(text).toContain(
      'Values of WRES-1 Period ending Value 31 March 2024 27% 30 September 2024 28.5%',
    );
    // A KPI with no values yet says so and draws no empty chart.
    expect(text).toContain('Latest value No value published yet');
    expect(page.match(/<svg\b/g)).toHaveLength(2);
    for (const figure of SHOWN_FIGURES) expect(text).toContain(figure);
  });

  it('shows suppressed workforce cells as * with a note on why, and the EDS 2022 rating', () => {
    expect(
      headingsOf(page)
        .filter(([level]) => level === 3)
        .map(([, words]) => words),
    ).toEqual(expect.arrayContaining(['WRES', 'WDES', 'Pay gaps']));
    expect(flat).toContain(
      '<span aria-hidden="true">*</span><span class="nhsuk-u-visually-hidden">Not published (too few people)</span>',
    );
    expect(flat.match(/<span aria-hidden="true">\*<\/span>/g)).toHaveLength(2);
    expect(text).toContain('* Not published: fewer than 10 people are counted in this figure');
    expect(text).toContain('BME staff at band 8a and above 29.4%');
    expect(text).toContain('rated the trust Achieving (score 21).');
    expect(text).not.toMatch(/\b(null|undefined|NaN)\b/);
  });

  it('says when it was published and the period it covers', () => {
    expect(text).toContain('Published on 20 October 2025');
    expect(text).toContain('Period covered Q2 2025/26 (1 July 2025 to 30 September 2025)');
  });

  it('labels a demo trust’s page as demo data, and only a demo trust’s', () => {
    expect(text).toContain('Demo data This is a demonstration trust.');
    const real = demoPayload({
      organisation: { name: 'Real NHS Trust', slug: 'real', isDemo: false },
    });
    expect(visibleText(renderProgressPage(real, { links }))).not.toContain('Demo data');
  });

  it('has Open Graph tags, links the versioned stylesheet and every download by its served address', () => {
    expect(flat).toContain(
      '<meta property="og:title" content="Belonging and Inclusion Strategy 2023–2028: progress to Q2 2025/26 – Demo Partnership NHS Foundation Trust">',
    );
    expect(flat).toContain('<meta property="og:url" content="https://x.test/p/demo-partnership">');
    expect(flat).toContain('<meta property="og:locale" content="en_GB">');
    expect(flat).toContain(
      '<link rel="stylesheet" href="/p/demo-partnership/styles.css?v=abc123">',
    );
    for (const href of ['figures.csv', 'bundle.zip', 'accessibility'])
      expect(flat).toContain(`href="/p/demo-partnership/${href}"`);
  });

  it('says “Preview: not yet published” on an admin’s preview only', () => {
    expect(text).not.toContain('Preview: not yet published');
    const preview = renderProgressPage(demoPayload(), { links, isPreview: true });
    expect(visibleText(preview)).toContain('Preview: not yet published');
  });

  it('escapes every value: a title, name or narrative holding markup is shown as text', () => {
    const hostile = '<script>alert("x")</script>';
    const base = demoPayload();
    const [first, ...rest] = base.ambitions;
    if (!first) throw new Error('fixture has no ambitions');
    const payload = demoPayload({
      strategyTitle: hostile,
      organisation: { ...base.organisation, name: `"><img src=x onerror=alert(1)>` },
      ambitions: [{ ...first, title: hostile, description: hostile }, ...rest],
    });
    const escaped = renderProgressPage(payload, { links });
    expect(escaped).not.toContain('<script');
    expect(escaped).not.toContain('<img');
    expect(escaped).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(escaped).toContain('content="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(visibleText(escaped)).toContain('Ambition 1: <script>alert("x")</script>');
    expect(renderAccessibilityStatement(payload, links)).not.toContain('<img');
  });
});

describe('the other public pages', () => {
  it('the accessibility statement is an en-GB page with one h1 and no script', () => {
    const statement = renderAccessibilityStatement(demoPayload(), links);
    expect(statement).toContain('<html lang="en-GB">');
    expect(headingsOf(statement).filter(([l]) => l === 1)).toEqual([
      [1, 'Accessibility statement'],
    ]);
    expect(skippedLevels(statement)).toEqual([]);
    expect(visibleText(statement)).toContain('(WCAG) version 2.2 at level AA');
    expect(statement).not.toContain('<script');
  });

  it('the not-published page says nothing is published here, without naming any trust', () => {
    const missing = renderNotPublished('/p/x/styles.css');
    expect(headingsOf(missing)).toEqual([[1, 'Page not found']]);
    expect(flatMarkup(missing)).toContain('<meta name="robots" content="noindex">');
    expect(missing).not.toContain('Demo Partnership');
  });
});
