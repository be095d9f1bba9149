import { describe, expect, it } from 'vitest';
import { filterBoardReport, parseReportFilter, reportOwners } from './report-filter.ts';
import { filterToParams, isFiltering, showingWords } from './params.ts';

const exception = (
  id: string,
  ambitionNumber: number,
  rag: 'red' | 'amber',
  owner: string | null,
) => ({
  kind: 'action' as const,
  id,
  code: id,
  title: id,
  ambitionNumber,
  commitmentCode: null,
  owner,
  rag,
  reason: 'overdue',
  narrative: null,
  recoveryAction: null,
});
const kpiLine = (id: string, ambitionNumber: number, rag: 'green' | 'red') =>
  ({ id, ambitionNumber, rag }) as Parameters<typeof filterBoardReport>[0]['kpis'][number];

const report = {
  exceptions: [
    exception('A1', 1, 'red', 'Ama Owusu'),
    exception('A2', 2, 'amber', 'Sam Patel'),
    exception('A3', 1, 'amber', null),
  ],
  kpis: [kpiLine('K1', 1, 'green'), kpiLine('K2', 3, 'red')],
};
const owners = new Map([
  ['K1', 'Sam Patel'],
  ['K2', null],
]);

describe('filterBoardReport', () => {
  it.each([
    ['no filter shows every exception and KPI', {}, ['A1', 'A2', 'A3'], ['K1', 'K2']],
    ['ambition 1', { ambition: 1 }, ['A1', 'A3'], ['K1']],
    ['red only', { rag: 'red' }, ['A1'], ['K2']],
    ['an owner, KPIs by the owner map', { owner: 'Sam Patel' }, ['A2'], ['K1']],
    ['an ambition with nothing in it', { ambition: 9 }, [], []],
    ['ambition and colour together', { ambition: 1, rag: 'amber' }, ['A3'], []],
  ] as const)('%s', (_name, filter, exceptions, kpis) => {
    const view = filterBoardReport(report, filter, owners);
    expect(view.exceptions.map((e) => e.id)).toEqual(exceptions);
    expect(view.kpis.map((k) => k.id)).toEqual(kpis);
    expect(view.shown).toBe(exceptions.length + kpis.length);
    expect(view.total).toBe(5);
  });

  it('without an owner map a KPI line matches no owner', () => {
    expect(filterBoardReport(report, { owner: 'Sam Patel' }).kpis).toEqual([]);
  });
});

describe('parseReportFilter and reportOwners', () => {
  it('reads the ambition as a number and ignores one that is not', () => {
    expect(
      parseReportFilter(new URLSearchParams('ambition=2&rag=amber&owner=Sam%20Patel')),
    ).toEqual({
      ambition: 2,
      rag: 'amber',
      owner: 'Sam Patel',
    });
    expect(parseReportFilter(new URLSearchParams('ambition=two&owner=%20'))).toEqual({
      ambition: undefined,
      rag: undefined,
      owner: undefined,
    });
  });

  it('lists each owner once, sorted', () => {
    expect(reportOwners(report, owners)).toEqual(['Ama Owusu', 'Sam Patel']);
  });
});

describe('the shared filter words', () => {
  it.each([
    [4, 24, 'Showing 4 of 24 actions'],
    [24, 24, 'Showing all 24 actions'],
    [0, 1, 'Showing 0 of 1 action'],
  ])('%i of %i reads "%s"', (shown, total, words) => {
    expect(showingWords(shown, total, { one: 'action', many: 'actions' })).toBe(words);
  });

  it('writes only the parts that are set, in a fixed order', () => {
    expect(filterToParams({ status: undefined, rag: 'red', due: undefined, q: 'pay gap' })).toBe(
      'rag=red&q=pay+gap',
    );
    expect(isFiltering({ status: undefined })).toBe(false);
    expect(isFiltering({ ambition: 2 })).toBe(true);
  });
});
