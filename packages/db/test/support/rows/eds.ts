import type { DbClient } from '../../../src/client.ts';

/** EDS 2022 assessments recorded for these years, in every trust: a refused save leaves none. */
export function countEdsAssessments(db: DbClient, years: string[]) {
  return db.edsAssessment.count({ where: { year: { in: years } } });
}
