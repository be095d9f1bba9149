// A synthetic NHS trust, one person at a time: realistic proportions (about 27% BME, falling in
// the senior bands; 6% Disabled; 77% women), ESR labels mixed with plain codes, and a seeded PRNG
// so one seed always gives the same file. Every id says SYN- or APP-: nobody real is in it.

/** mulberry32: small, fast and good enough for synthetic data; the same seed, the same stream. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type TRandom = () => number;

/** One of `items`, chosen with the given relative weights. */
function pick<T>(random: TRandom, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [item, weight] of items) {
    r -= weight;
    if (r < 0) return item;
  }
  const last = items[items.length - 1];
  if (!last) throw new Error('pick needs at least one item');
  return last[0];
}

const pickOne = <T>(random: TRandom, items: readonly T[]): T =>
  pick(
    random,
    items.map((item) => [item, 1] as const),
  );

const WHITE_LABELS = [
  ['A White - British', 12],
  ['A', 3],
  ['B White - Irish', 1],
  ['C White - Any other White background', 2],
  ['C3', 1],
  ['C2 White Northern Irish', 0.3],
] as const;
const BME_LABELS = [
  ['H Asian or Asian British - Indian', 5],
  ['N Black or Black British - African', 5],
  ['J Asian or Asian British - Pakistani', 2],
  ['M Black or Black British - Caribbean', 1.5],
  ['L Asian or Asian British - Any other Asian background', 2.5],
  ['K Asian or Asian British - Bangladeshi', 0.6],
  ['R Chinese', 0.6],
  ['S Any Other Ethnic Group', 1],
  ['F Mixed - White & Asian', 0.4],
  ['D Mixed - White & Black Caribbean', 0.4],
  ['G Mixed - Any other mixed background', 0.4],
  ['N', 1],
  ['H', 1],
  ['P Black or Black British - Any other Black background', 0.3],
] as const;
const UNKNOWN_ETHNICITY = [
  ['Z Not Stated', 3],
  ['', 1],
  ['Not stated', 0.5],
  ['Unspecified', 0.5],
] as const;

type TEthnicity = 'white' | 'bme' | 'unknown';

function ethnicityLabel(random: TRandom, group: TEthnicity): string {
  if (group === 'white') return pick(random, WHITE_LABELS);
  return group === 'bme' ? pick(random, BME_LABELS) : pick(random, UNKNOWN_ETHNICITY);
}

function drawEthnicity(random: TRandom, bmeShare: number, unknownShare = 0.04): TEthnicity {
  const r = random();
  if (r < unknownShare) return 'unknown';
  return r < unknownShare + bmeShare * (1 - unknownShare) ? 'bme' : 'white';
}

type TDisability = 'yes' | 'no' | 'unknown';

function drawDisability(random: TRandom, disabled: number): TDisability {
  const r = random();
  if (r < 0.06) return 'unknown';
  return r < 0.06 + disabled ? 'yes' : 'no';
}

const DISABILITY_LABELS: Record<TDisability, readonly (readonly [string, number])[]> = {
  yes: [
    ['Yes', 4],
    ['yes', 1],
    ['Y', 1],
  ],
  no: [
    ['No', 4],
    ['no', 1],
    ['N', 1],
  ],
  unknown: [
    ['Not Declared', 3],
    ['Prefer Not To Answer', 1],
    ['Unspecified', 1],
    ['', 1],
  ],
};

const yesNo = (random: TRandom, isYes: boolean): string =>
  isYes
    ? pickOne(random, ['yes', 'Yes', 'Y'])
    : pick(random, [
        ['no', 5],
        ['No', 3],
        ['', 2],
      ]);

/** [band label variants, hourly pay at the bottom of the band, spread in £, BME share]. */
type TBand = readonly [readonly string[], number, number, number];
const CLINICAL: readonly (readonly [TBand, number])[] = [
  [[['Band 2', 'band 2'], 12.45, 0.5, 0.42], 10],
  [[['Band 3'], 12.97, 1, 0.4], 10],
  [[['Band 4'], 14.3, 1.5, 0.36], 5],
  [[['Band 5', 'Band 05'], 15.91, 3.5, 0.44], 30],
  [[['Band 6'], 19.33, 4, 0.3], 25],
  [[['Band 7'], 24.17, 4, 0.22], 14],
  [[['Band 8a', 'Band 8 - Range A'], 27.95, 3.5, 0.15], 4],
  [[['Band 8b', 'Band 8 - Range B'], 33.01, 6, 0.12], 1.2],
  [[['Band 8c', 'Band 8 - Range C'], 39.02, 7, 0.09], 0.5],
  [[['Band 8d', 'Band 8 - Range D'], 46.52, 8, 0.08], 0.2],
  [[['Band 9'], 55.97, 10, 0.07], 0.1],
];
const NON_CLINICAL: readonly (readonly [TBand, number])[] = [
  [[['Band 1'], 12.21, 0.2, 0.2], 1],
  [[['Band 2'], 12.45, 0.5, 0.22], 22],
  [[['Band 3'], 12.97, 1, 0.2], 22],
  [[['Band 4'], 14.3, 1.5, 0.18], 17],
  [[['Band 5'], 15.91, 3.5, 0.16], 11],
  [[['Band 6'], 19.33, 4, 0.14], 9],
  [[['Band 7'], 24.17, 4, 0.12], 8],
  [[['Band 8a', 'Band 8 - Range A'], 27.95, 3.5, 0.1], 5],
  [[['Band 8b', 'Band 8 - Range B'], 33.01, 6, 0.09], 2.5],
  [[['Band 8c', 'Band 8 - Range C'], 39.02, 7, 0.08], 1.2],
  [[['Band 8d', 'Band 8 - Range D'], 46.52, 8, 0.07], 0.7],
  [[['Band 9'], 55.97, 10, 0.06], 0.3],
  [[['VSM'], 70, 25, 0.06], 0.3],
];
const MEDICAL: readonly (readonly [TBand, number])[] = [
  [[['Trainee'], 22, 12, 0.5], 45],
  [[['Non-consultant career grade'], 35, 15, 0.55], 12],
  [[['Consultant'], 55, 25, 0.38], 38],
  [[['Other'], 30, 10, 0.4], 5],
];

type TGroup = readonly [string, readonly string[], readonly (readonly [TBand, number])[]];
const GROUPS: readonly (readonly [TGroup, number])[] = [
  [['clinical', ['clinical', 'Clinical'], CLINICAL], 55],
  [['non_clinical', ['non_clinical', 'Non-Clinical', 'non clinical'], NON_CLINICAL], 33],
  [['medical', ['medical', 'Medical'], MEDICAL], 12],
];

const money = (n: number): string => n.toFixed(2);
const GBP = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** `1234.50` or, as pay systems export it, `£1,234.50`. */
const bonusLabel = (random: TRandom, amount: number): string =>
  random() < 0.3 ? `£${GBP.format(amount)}` : money(amount);

/** The 12 staff columns of one person, in WORKFORCE_COLUMNS order; `board` is their seat or none. */
export function sampleStaffRow(random: TRandom, id: string, board: string): string[] {
  const [group, groupLabels, bands] = pick(random, GROUPS);
  const isBoard = board !== 'none';
  const [bandLabels, floor, spread, bmeShare] = isBoard
    ? ([['VSM'], 75, 40, 0.12] as const)
    : pick(random, bands);
  const ethnicity = drawEthnicity(random, bmeShare);
  const isFemale = random() < (group === 'medical' ? 0.52 : isBoard ? 0.5 : 0.8);
  const sexUnknown = random() < 0.01;
  const disability = drawDisability(random, 0.065);
  // Men and White staff sit a little higher in their band on average, as in real extracts.
  const tilt = (isFemale ? 0 : 0.08) + (ethnicity === 'white' ? 0.06 : 0);
  const hourly = floor + spread * Math.min(1, random() * (0.92 + tilt));
  const consultant = bandLabels[0] === 'Consultant';
  const hasBonus = consultant ? random() < 0.5 : random() < 0.004;
  const bonus = consultant ? 3000 + random() * 37000 : 200 + random() * 800;
  return [
    id,
    ethnicityLabel(random, ethnicity),
    sexUnknown ? '' : pickOne(random, isFemale ? ['female', 'Female', 'F'] : ['male', 'Male', 'M']),
    pick(random, DISABILITY_LABELS[disability]),
    isBoard ? 'non_clinical' : pickOne(random, groupLabels),
    pickOne(random, bandLabels),
    isBoard
      ? board
      : pick(random, [
          ['', 4],
          ['none', 1],
        ]),
    random() < 0.03 ? '' : random() < 0.05 ? `£${money(hourly)}` : money(hourly),
    hasBonus ? bonusLabel(random, bonus) : random() < 0.9 ? '' : '0',
    yesNo(random, random() < (ethnicity === 'bme' ? 0.019 : 0.011)),
    yesNo(random, random() < (disability === 'yes' ? 0.012 : 0.007)),
    yesNo(random, random() < (ethnicity === 'white' ? 0.42 : 0.36)),
  ];
}

/** The 4 recruitment columns of one shortlisted applicant. */
export function sampleApplicantRow(random: TRandom, id: string): string[] {
  const ethnicity = drawEthnicity(random, 0.38, 0.05);
  const disability = drawDisability(random, 0.08);
  const rate =
    (ethnicity === 'bme' ? 0.15 : ethnicity === 'white' ? 0.22 : 0.18) *
    (disability === 'yes' ? 0.85 : 1);
  return [
    id,
    ethnicityLabel(random, ethnicity),
    pick(random, DISABILITY_LABELS[disability]),
    yesNo(random, random() < rate),
  ];
}

/** The board of a trust of `staff` people: 14 seats at most, at seeded rows. */
export function sampleBoardSeats(random: TRandom, staff: number): Map<number, string> {
  const roles = [
    ...Array<string>(6).fill('voting_executive'),
    ...Array<string>(6).fill('voting_non_executive'),
    'non_voting',
    'non_voting',
  ].slice(0, Math.max(0, Math.floor(staff / 5)));
  const seats = new Map<number, string>();
  for (const role of roles) {
    let row = 1 + Math.floor(random() * staff);
    while (seats.has(row)) row = 1 + (row % staff);
    seats.set(row, role);
  }
  return seats;
}

/** `SYN-000042`: padded to six digits at least, wider for larger trusts. */
export function sampleId(prefix: 'SYN' | 'APP', n: number, total: number): string {
  return `${prefix}-${String(n).padStart(Math.max(6, String(total).length), '0')}`;
}
