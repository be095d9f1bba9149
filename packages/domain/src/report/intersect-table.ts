// The intersectional breakdown as it may leave the EDI team: a suppressed cell keeps only its
// group, so no value built from fewer people than the threshold is ever sent.
import type { TIntersectRow } from '../workforce/types.ts';

type TGroup = Pick<TIntersectRow, 'ethnicity' | 'sex' | 'disability'>;

export type TPublishedIntersectRow = TGroup &
  (
    | (Omit<TIntersectRow, keyof TGroup | 'suppressed'> & { suppressed: false })
    | {
        suppressed: true;
        headcount: null;
        percentOfWorkforce: null;
        percentSenior: null;
        meanHourly: null;
        medianHourly: null;
        meanGapVsReference: null;
      }
  );

/** The rows with every value of a suppressed row removed. */
export function publishIntersectRows(rows: readonly TIntersectRow[]): TPublishedIntersectRow[] {
  return rows.map((r) => {
    const group = { ethnicity: r.ethnicity, sex: r.sex, disability: r.disability };
    if (!r.suppressed) return { ...r, suppressed: false };
    return {
      ...group,
      suppressed: true,
      headcount: null,
      percentOfWorkforce: null,
      percentSenior: null,
      meanHourly: null,
      medianHourly: null,
      meanGapVsReference: null,
    };
  });
}

const SEX_WORDS = { female: 'women', male: 'men' } as const;
const DISABILITY_WORDS = { yes: 'Disabled', no: 'Non-disabled' } as const;

/** "BME women, Disabled", "White men", "Women, Non-disabled", "BME, Disabled". */
export function intersectGroupWords(row: TGroup): string {
  const sex = row.sex ? SEX_WORDS[row.sex] : null;
  const people = [row.ethnicity, sex].filter(Boolean).join(' ');
  const first = people.charAt(0).toUpperCase() + people.slice(1);
  const disability = row.disability ? DISABILITY_WORDS[row.disability] : null;
  return [first, disability].filter(Boolean).join(', ');
}
