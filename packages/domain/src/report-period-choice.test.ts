import { describe, expect, it } from 'vitest';
import { chooseReportPeriod, reportAssessmentDay } from './report-period-choice.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const q1 = {
  id: 'q1',
  endDate: day('2026-06-30'),
  windowOpens: day('2026-06-16'),
  windowCloses: day('2026-07-21'),
};
const q2 = {
  id: 'q2',
  endDate: day('2026-09-30'),
  windowOpens: day('2026-09-16'),
  windowCloses: day('2026-10-21'),
};

describe('choosing the period a report is for', () => {
  it('takes the period asked for, even one not yet open', () => {
    expect(chooseReportPeriod([q1, q2], 'q2', day('2026-07-01'))).toEqual({ period: q2 });
  });

  it('says when the period asked for is not the trust’s', () => {
    expect(chooseReportPeriod([q1, q2], 'elsewhere', day('2026-07-01'))).toEqual({
      problem: 'period_not_found',
    });
  });

  it.each([
    ['the latest whose window has opened', '2026-09-20T12:00:00Z', 'q2'],
    ['the earlier one the day before the next window opens', '2026-09-15T12:00:00Z', 'q1'],
    // 23:30 UTC on 15 September is already the 16th in London (summer time).
    ['the next one once its window has opened in London', '2026-09-15T23:30:00Z', 'q2'],
  ])('by default takes %s', (_name, now, id) => {
    expect(chooseReportPeriod([q1, q2], undefined, new Date(now)).period?.id).toBe(id);
  });

  it('says when no window has opened yet', () => {
    expect(chooseReportPeriod([q1, q2], undefined, day('2026-06-15'))).toEqual({
      problem: 'no_period',
    });
  });
});

describe('the day a live report is assessed on', () => {
  it.each([
    ['today while the window is open', '2026-10-21T12:00:00Z', '2026-10-21'],
    ['the day after the window closed, from then on', '2026-12-01T12:00:00Z', '2026-10-22'],
    ['today on the day after the window closed', '2026-10-22T09:00:00Z', '2026-10-22'],
    ['the London day, not the UTC one', '2026-10-20T23:30:00Z', '2026-10-21'],
  ])('is %s', (_name, now, expected) => {
    expect(reportAssessmentDay(q2, new Date(now))).toEqual(day(expected));
  });
});
