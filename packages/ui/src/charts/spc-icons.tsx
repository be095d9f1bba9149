import {
  ASSURANCE_LABELS,
  VARIATION_LABELS,
  type TSpcAssurance,
  type TSpcVariation,
} from '@belonging/domain';

/** Short names for the Making Data Count icons; the full meaning comes from the domain labels. */
export const VARIATION_NAMES: Record<TSpcVariation, string> = {
  common_cause: 'Common cause',
  improvement_high: 'Improvement (high)',
  improvement_low: 'Improvement (low)',
  concern_high: 'Concern (high)',
  concern_low: 'Concern (low)',
  neither_high: 'Neither (high)',
  neither_low: 'Neither (low)',
};

export const ASSURANCE_NAMES: Record<TSpcAssurance, string> = {
  pass: 'Consistently passing',
  fail: 'Consistently failing',
  hit_or_miss: 'Hit or miss',
};

const VARIATION_GLYPH: Record<TSpcVariation, { tone: string; letter: string }> = {
  common_cause: { tone: 'common', letter: '~' },
  improvement_high: { tone: 'improvement', letter: 'H' },
  improvement_low: { tone: 'improvement', letter: 'L' },
  concern_high: { tone: 'concern', letter: 'H' },
  concern_low: { tone: 'concern', letter: 'L' },
  neither_high: { tone: 'neither', letter: 'H' },
  neither_low: { tone: 'neither', letter: 'L' },
};

const ASSURANCE_GLYPH: Record<TSpcAssurance, { tone: string; letter: string }> = {
  pass: { tone: 'improvement', letter: 'P' },
  fail: { tone: 'concern', letter: 'F' },
  hit_or_miss: { tone: 'common', letter: '?' },
};

function Glyph({ tone, letter }: { tone: string; letter: string }) {
  return (
    <svg
      className={`bt-spc-icon bt-spc-icon--${tone}`}
      width="32"
      height="32"
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="16" cy="16" r="14" />
      <text x="16" y="16" dy="0.35em" textAnchor="middle">
        {letter}
      </text>
    </svg>
  );
}

/** The variation icon with its name and meaning in words (the icon alone is decoration). */
export function VariationIcon({ variation }: { variation: TSpcVariation | null }) {
  if (!variation) return <span className="bt-spc-label">No variation icon</span>;
  return (
    <span className="bt-spc-label" data-variation={variation}>
      <Glyph {...VARIATION_GLYPH[variation]} />
      <span>
        <strong>Variation: {VARIATION_NAMES[variation]}.</strong> {VARIATION_LABELS[variation]}.
      </span>
    </span>
  );
}

/** The assurance icon with its name and meaning in words. */
export function AssuranceIcon({ assurance }: { assurance: TSpcAssurance | null }) {
  if (!assurance)
    return (
      <span className="bt-spc-label">No assurance icon (it needs a target and a direction)</span>
    );
  return (
    <span className="bt-spc-label" data-assurance={assurance}>
      <Glyph {...ASSURANCE_GLYPH[assurance]} />
      <span>
        <strong>Assurance: {ASSURANCE_NAMES[assurance]}.</strong> {ASSURANCE_LABELS[assurance]}.
      </span>
    </span>
  );
}
