import { FRAMEWORK_TAGS, parseIsoDay } from '@belonging/domain';

// Demo EDS 2022 grades (0 undeveloped … 3 excelling) per outcome, one assessment a year, improving
// as the strategy beds in.
const GRADES: { year: string; assessedOn: string; scores: number[] }[] = [
  { year: '2023/24', assessedOn: '2024-02-28', scores: [1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 0] },
  { year: '2024/25', assessedOn: '2025-02-27', scores: [2, 1, 2, 2, 1, 1, 2, 1, 2, 1, 1] },
  { year: '2025/26', assessedOn: '2026-02-26', scores: [2, 2, 2, 2, 1, 2, 2, 1, 2, 2, 1] },
];

const OUTCOMES = FRAMEWORK_TAGS.filter((t) => t.framework === 'eds').map((t) => t.code);

/** The demo's EDS assessments held before `today`. */
export function demoEdsAssessments(today: Date) {
  return GRADES.filter((g) => parseIsoDay(g.assessedOn).getTime() < today.getTime()).map((g) => ({
    year: g.year,
    assessedOn: parseIsoDay(g.assessedOn),
    scores: OUTCOMES.map((outcome, i) => ({
      outcome,
      score: g.scores[i] ?? 0,
      evidence:
        'Graded with service users, carers, Healthwatch and the staff networks (demo grades).',
    })),
  }));
}
