// A saved workforce year as the public page shows it: WRES, WDES and pay-gap headlines. A cell
// built from fewer people than the threshold publishes no number at all (`value: null,
// suppressed: true`), never the value the EDI team's own screen keeps beside its mark.
import { findLibraryIndicator } from '../library/indicators.ts';
import { INDICATOR_WORDS } from '../library/indicator-words.ts';
import {
  WORKFORCE_KPI_CODES,
  workforceKpiValues,
  type TWorkforceKpiCode,
} from '../workforce/kpi-values.ts';
import type { TWorkforceResult } from '../workforce/types.ts';
import type { TPublicFigure } from './payload.ts';

export type TPublicFigureSection = { title: string; figures: TPublicFigure[] };

const codesStarting = (prefix: string) => WORKFORCE_KPI_CODES.filter((c) => c.startsWith(prefix));
const SECTIONS: readonly { title: string; codes: readonly TWorkforceKpiCode[] }[] = [
  { title: 'WRES', codes: codesStarting('WRES-') },
  { title: 'WDES', codes: codesStarting('WDES-') },
  { title: 'Pay gaps', codes: codesStarting('PAYGAP-') },
];

/** One figure; a suppressed one loses its value here, so no caller can publish it by mistake. */
export function publicFigure(
  label: string,
  value: number | null,
  unit: TPublicFigure['unit'],
  opts: { suppressed: boolean; note?: string | null; threshold: number },
): TPublicFigure {
  if (opts.suppressed)
    return {
      label,
      value: null,
      unit,
      suppressed: true,
      note: `Not shown: built from fewer than ${opts.threshold} people`,
    };
  return { label, value, unit, suppressed: false, note: opts.note ?? null };
}

const publicUnit = (unit: string): TPublicFigure['unit'] =>
  unit === 'percent' || unit === 'ratio' || unit === 'currency' ? unit : 'number';

/** The year's headline figures by section, in the library's words. */
export function publicWorkforceSections(result: TWorkforceResult): TPublicFigureSection[] {
  const { values, skipped } = workforceKpiValues(result);
  const { threshold } = result;
  const headline = (code: TWorkforceKpiCode): TPublicFigure => {
    const indicator = findLibraryIndicator(code);
    const label = indicator ? `${code}: ${indicator.title}` : code;
    const unit = publicUnit(indicator?.unit ?? 'number');
    const value = values.find((v) => v.kpiCode === code && v.group === '');
    if (value)
      return publicFigure(label, value.value, unit, {
        suppressed: value.suppressed,
        note: INDICATOR_WORDS[code]?.better ?? null,
        threshold,
      });
    // Not saved: either too few people (suppressed) or nothing to compute from.
    const skip = skipped.find((s) => s.kpiCode === code && s.group === '');
    const isNotComputable = skip?.reason.startsWith('Not computable') ?? true;
    return publicFigure(label, null, unit, {
      suppressed: !isNotComputable,
      note: 'Not available for this year',
      threshold,
    });
  };
  const sections = SECTIONS.map((s) => ({ title: s.title, figures: s.codes.map(headline) }));

  const m = result.measures;
  const wdes = sections[1];
  const pay = sections[2];
  const declared = m['WDES-1-declaration'];
  wdes?.figures.push(
    publicFigure(
      'Staff who have told us whether they have a disability',
      declared === null ? null : declared * 100,
      'percent',
      { suppressed: false, threshold },
    ),
  );
  const bonus = { suppressed: m.GPG.bonusSuppressed, threshold };
  pay?.figures.push(
    publicFigure('Mean gender bonus gap', m.GPG.meanBonus, 'percent', bonus),
    publicFigure('Median gender bonus gap', m.GPG.medianBonus, 'percent', bonus),
    publicFigure('Men receiving a bonus', m.GPG.bonusPercentMen, 'percent', bonus),
    publicFigure('Women receiving a bonus', m.GPG.bonusPercentWomen, 'percent', bonus),
    ...m.GPG.quartiles.map((q) =>
      publicFigure(
        `Women in pay quartile ${q.quartile} (1 is lowest paid)`,
        q.percentWomen,
        'percent',
        {
          suppressed: q.suppressed,
          threshold,
        },
      ),
    ),
  );
  return sections;
}
