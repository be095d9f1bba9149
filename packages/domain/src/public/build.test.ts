import { describe, expect, it } from 'vitest';
import { Q3_AS_OF, Q3_PERIOD, Q3_UPDATE_WINDOW, smallStrategy } from '../../test/report-fixture.ts';
import { RECRUITMENT, STAFF, buildAggregates } from '../../test/workforce-fixture.ts';
import { parseIsoDay as day } from '../dates.ts';
import { assessStrategy } from '../report/assess-strategy.ts';
import { buildBoardReport } from '../report/board-report.ts';
import type { TStrategyInput } from '../report/types.ts';
import { computeWorkforceMeasures } from '../workforce/measures.ts';
import { buildPublicPayload, type TPublicBuildInput } from './build.ts';
import type { TPublicPayload } from './payload.ts';

const asOf = Q3_AS_OF;
const updateWindow = Q3_UPDATE_WINDOW;
const period = { ...Q3_PERIOD, locked: true, lockedAt: '2026-01-25T12:00:00.000Z' };

/** The small strategy with each narrative public unless a case says otherwise. */
function strategyInput(change: (s: TStrategyInput) => void = () => {}): TStrategyInput {
  const input = smallStrategy();
  for (const a of input.actions)
    if (a.latestUpdate) a.latestUpdate = { ...a.latestUpdate, isInternal: false };
  change(input);
  return input;
}

function build(
  change: Partial<TPublicBuildInput> = {},
  strategy = strategyInput(),
): TPublicPayload {
  const assessed = assessStrategy(strategy, { asOf, updateWindow });
  const snapshot = buildBoardReport(assessed, {
    organisationName: 'Demo Partnership NHS Foundation Trust',
    isDemo: true,
    period,
    previous: null,
    generatedAt: asOf,
  });
  return buildPublicPayload({
    organisation: {
      name: 'Demo Partnership NHS Foundation Trust',
      slug: 'demo-partnership',
      isDemo: true,
      showsOwnerNames: false,
    },
    strategy,
    assessed,
    snapshot,
    internal: { commitmentIds: [], actionIds: [], kpiIds: [] },
    jobTitles: { 'u-cpo': 'Chief People Officer (title)', 'u-cn': 'Chief Nurse (title)' },
    workforce: null,
    eds: null,
    publishedAt: new Date('2026-02-01T09:00:00Z'),
    ...change,
  });
}

const codes = (p: TPublicPayload) =>
  p.ambitions.flatMap((a) => [
    ...a.kpis.map((k) => k.code),
    ...a.commitments.flatMap((c) => [
      c.code,
      ...c.actions.map((x) => x.code),
      ...c.kpis.map((k) => k.code),
    ]),
  ]);
const actionOf = (p: TPublicPayload, code: string) =>
  p.ambitions.flatMap((a) => a.commitments.flatMap((c) => c.actions)).find((x) => x.code === code);

describe('buildPublicPayload: what is left out', () => {
  it.each([
    ['nothing marked internal publishes everything', {}, [], ['1.1', 'X1', 'X2', 'K1', 'K2']],
    [
      'an internal commitment hides its actions and KPIs with it',
      { commitmentIds: ['c1'] },
      ['1.1', 'X1', 'X2', 'K1'],
      ['1.2', 'X3', 'K2'],
    ],
    ['an internal action hides only itself', { actionIds: ['x3'] }, ['X3'], ['1.2', 'X4', 'X5']],
    ['an internal commitment KPI hides only itself', { kpiIds: ['k1'] }, ['K1'], ['1.1', 'X1']],
    ["an internal ambition's own KPI hides only itself", { kpiIds: ['k2'] }, ['K2'], ['2.1']],
  ])('%s', (_case, marked, absent, present) => {
    const internal = { commitmentIds: [], actionIds: [], kpiIds: [], ...marked };
    const published = codes(build({ internal }));
    for (const code of absent) expect(published).not.toContain(code);
    for (const code of present) expect(published).toContain(code);
  });

  it.each([
    ['a narrative marked internal is left out', true, null],
    ['a narrative whose flag was not read is left out (fails closed)', undefined, null],
    ['a public narrative is published', false, 'Narrative x1'],
  ])('%s', (_case, isInternal, expected) => {
    const strategy = strategyInput((s) => {
      const x1 = s.actions.find((a) => a.id === 'x1');
      if (x1?.latestUpdate) x1.latestUpdate = { ...x1.latestUpdate, isInternal };
    });
    expect(actionOf(build({}, strategy), 'X1')?.narrative).toBe(expected);
  });

  it.each([
    ['names hidden: the job title alone', false, null],
    ['names shown when the trust chooses', true, 'Chief People Officer'],
  ])('%s', (_case, showsOwnerNames, ownerName) => {
    const organisation = {
      name: 'Demo Partnership NHS Foundation Trust',
      slug: 'demo-partnership',
      isDemo: true,
      showsOwnerNames,
    };
    const x1 = actionOf(build({ organisation }), 'X1');
    expect(x1).toMatchObject({ ownerJobTitle: 'Chief People Officer (title)', ownerName });
  });

  it('carries no id of any record, so nothing internal can be looked up from the page', () => {
    const text = JSON.stringify(build());
    for (const id of ['u-cpo', 'u-cn', '"c1"', '"x1"', '"k1"', '"a1"', 'p-q3'])
      expect(text).not.toContain(id);
  });
});

describe('buildPublicPayload: what it says', () => {
  it("colours everything as the board's frozen snapshot did, with words", () => {
    const strategy = strategyInput();
    const assessed = assessStrategy(strategy, { asOf, updateWindow });
    const snapshot = buildBoardReport(assessed, {
      organisationName: 'x',
      isDemo: true,
      period,
      previous: null,
      generatedAt: asOf,
    });
    snapshot.overall.rag = 'blue';
    for (const a of snapshot.summary) {
      a.rag = 'grey';
      for (const c of a.commitments) c.rag = 'blue';
    }
    for (const k of snapshot.kpis) k.rag = 'blue';
    for (const x of snapshot.actions) if (x.rag) x.rag = 'amber';
    const p = build({ snapshot, assessed, strategy });
    expect(p.overall).toEqual({ rag: 'blue', words: 'Blue' });
    expect(p.ambitions.map((a) => a.rag)).toEqual([
      { rag: 'grey', words: 'Not rated' },
      { rag: 'grey', words: 'Not rated' },
    ]);
    expect(p.ambitions[0]?.commitments.map((c) => c.rag.rag)).toEqual(['blue', 'blue']);
    expect(p.ambitions[1]?.kpis.map((k) => k.rag)).toEqual([{ rag: 'blue', words: 'Blue' }]);
    expect(actionOf(p, 'X1')?.rag).toEqual({ rag: 'amber', words: 'Amber' });
    expect(actionOf(p, 'X4')?.rag).toBeNull();
  });

  it.each([
    ['X1', 'In progress'],
    ['X4', 'Cancelled'],
    ['X6', 'Complete'],
  ])('action %s says its status in words: %s', (code, words) => {
    expect(actionOf(build(), code)?.statusWords).toBe(words);
  });

  it("gives an action the status and progress of the period's newest update, not its row's later ones", () => {
    const strategy = strategyInput((s) => {
      const x = s.actions.find((a) => a.latestUpdate);
      if (!x?.latestUpdate) throw new Error('The small strategy has an updated action');
      x.status = 'complete';
      x.progressPercent = 100;
      x.latestUpdate = { ...x.latestUpdate, status: 'in_progress', progressPercent: 35 };
    });
    const updated = strategy.actions.find((a) => a.latestUpdate?.progressPercent === 35);
    expect(actionOf(build({}, strategy), updated?.code ?? '')).toMatchObject({
      statusWords: 'In progress',
      progressPercent: 35,
    });
  });

  it('shows a milestone completed after the period as not yet done', () => {
    const strategy = strategyInput((s) => {
      const x3 = s.actions.find((a) => a.id === 'x3');
      if (x3) {
        x3.milestones = [
          {
            id: 'm1',
            title: 'Done',
            dueDate: day('2025-11-30'),
            completedAt: day('2025-11-20'),
            atRisk: false,
          },
          {
            id: 'm2',
            title: 'Later',
            dueDate: day('2026-03-31'),
            completedAt: day('2026-02-10'),
            atRisk: false,
          },
        ];
      }
    });
    expect(actionOf(build({}, strategy), 'X3')?.milestones).toEqual([
      { title: 'Done', dueDate: '2025-11-30', completedOn: '2025-11-20' },
      { title: 'Later', dueDate: '2026-03-31', completedOn: null },
    ]);
  });

  it("gives a KPI its latest value, target, direction and series up to the period's end", () => {
    const k1 = build().ambitions[0]?.commitments[0]?.kpis[0];
    expect(k1).toMatchObject({
      code: 'K1',
      directionWords: 'Higher is better',
      latest: { periodEnd: '2025-03-31', value: 50 },
      target: 60,
      targetDate: '2026-03-31',
      series: [{ periodEnd: '2025-03-31', value: 50 }],
      isDemoData: true,
    });
  });

  it.each([
    [
      'a rated year gives its rating in words',
      { year: '2025/26', total: 20, rating: 'developing' as const },
      { year: '2025/26', ratingWords: 'Developing', score: 20 },
    ],
    [
      'a year not fully scored publishes nothing',
      { year: '2025/26', total: null, rating: null },
      null,
    ],
    ['no assessment publishes nothing', null, null],
  ])('EDS 2022: %s', (_case, eds, expected) => {
    expect(build({ eds }).eds).toEqual(expected);
  });
});

describe('buildPublicPayload: workforce figures', () => {
  const result = computeWorkforceMeasures(buildAggregates(STAFF, RECRUITMENT), {
    asOf: '2026-03-31',
    threshold: 10,
  });
  const workforce = build({ workforce: result }).workforce;
  const figures = workforce?.sections.flatMap((s) => s.figures) ?? [];

  it('has the WRES, WDES and pay-gap sections of the year, with its date and threshold', () => {
    expect(workforce?.sections.map((s) => s.title)).toEqual(['WRES', 'WDES', 'Pay gaps']);
    expect(workforce).toMatchObject({ asOf: '2026-03-31', threshold: 10 });
  });

  it('publishes a suppressed cell as null with its mark and note, never its number', () => {
    const wres3 = figures.find((f) => f.label.startsWith('WRES-3'));
    expect(result.measures['WRES-3'].suppressed).toBe(true);
    expect(wres3).toMatchObject({ value: null, suppressed: true });
    expect(wres3?.note).toMatch(/fewer than 10 people/);
    const m = result.measures;
    expect([m.DPG.suppressed, m.GPG.bonusSuppressed]).toEqual([true, true]);
    const suppressedValues = [m['WRES-3'].value, m.DPG.meanHourly, m.GPG.meanBonus].filter(
      (v): v is number => v !== null,
    );
    expect(suppressedValues.length).toBeGreaterThan(0);
    for (const f of figures) if (f.suppressed) expect(f.value).toBeNull();
    const text = JSON.stringify(workforce);
    for (const v of suppressedValues) expect(text).not.toContain(String(v));
  });

  it('publishes a cell at threshold 1 with its value', () => {
    const open = computeWorkforceMeasures(buildAggregates(STAFF, RECRUITMENT), {
      asOf: '2026-03-31',
      threshold: 1,
    });
    const all = build({ workforce: open }).workforce?.sections.flatMap((s) => s.figures) ?? [];
    const wres3 = all.find((f) => f.label.startsWith('WRES-3'));
    expect(wres3).toMatchObject({ value: open.measures['WRES-3'].value, suppressed: false });
  });
});
