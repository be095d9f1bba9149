import { INDICATOR_WORDS } from './indicator-words.ts';
import { findLibraryIndicator, type TLibraryIndicator } from './indicators.ts';

/** The help a library indicator gives, each part a sentence or two. */
export type TIndicatorHelp = {
  code: string;
  /** What it tells the trust. */
  measures: string;
  /** Where its figures come from. */
  source: string;
  /** Which way is better. */
  better: string;
  /** For a relative likelihood: the band treated as not adverse; null otherwise. */
  band: string | null;
};

function isRelativeLikelihood(indicator: TLibraryIndicator): boolean {
  return indicator.unit === 'ratio' && indicator.band !== undefined;
}

/** The help for a library indicator, or undefined for a code the library does not hold. */
export function indicatorHelp(code: string): TIndicatorHelp | undefined {
  const indicator = findLibraryIndicator(code);
  const words = INDICATOR_WORDS[code];
  if (!indicator || !words) return undefined;
  const band = indicator.band;
  return {
    code,
    measures: words.measures,
    source: `${indicator.dataSource}.`,
    better: words.better,
    band:
      band && isRelativeLikelihood(indicator)
        ? `Between ${band.low.toFixed(2)} and ${band.high.toFixed(2)} is treated as not adverse (the four-fifths rule): a difference that small is not taken as evidence that one group is treated less fairly. Outside ${band.low.toFixed(2)}–${band.high.toFixed(2)}, find out why.`
        : null,
  };
}

/**
 * The library indicator a KPI was made from: its own code, or else the WRES or WDES indicator it
 * is tagged with (a KPI from the library may have been given a code of the trust's own).
 */
export function indicatorHelpForKpi(kpi: {
  code: string;
  tags?: readonly { framework: string; code: string }[];
}): TIndicatorHelp | undefined {
  const own = indicatorHelp(kpi.code);
  if (own) return own;
  const tag = kpi.tags?.find((t) => t.framework === 'wres' || t.framework === 'wdes');
  return tag ? indicatorHelp(tag.code) : undefined;
}

/** The help as labelled rows, in the order both apps show them. */
export function indicatorHelpRows(help: TIndicatorHelp): { key: string; value: string }[] {
  return [
    { key: 'What it measures', value: help.measures },
    { key: 'Where the data comes from', value: help.source },
    { key: 'Which way is better', value: help.better },
    ...(help.band ? [{ key: 'The 0.80 to 1.25 band', value: help.band }] : []),
  ];
}
