// The workforce equality engine's contract: what the file reader aggregates (TWorkforceAggregates)
// and what the rules make of it (TWorkforceResult, the JSON object the command line prints).
// Only aggregates cross this line: no staff or recruitment row, and no person or applicant id.

export type TEthnicityGroup = 'white' | 'bme' | 'unknown';
export type TDisabilityGroup = 'yes' | 'no' | 'unknown';
export type TSex = 'female' | 'male' | 'unknown';
export type TStaffGroup = 'clinical' | 'non_clinical' | 'medical';
export type TBoardRole = 'none' | 'voting_executive' | 'voting_non_executive' | 'non_voting';

/** Selected out of a pool, for one side of a relative likelihood. */
export type TPool = { selected: number; pool: number };

/** Hourly pay (or bonus) of one group: how many people, their mean and exact median. */
export type TPayStats = { count: number; mean: number | null; median: number | null };

/** One cell of the people counted by staff group, band, ethnicity and disability. */
export type TBandCount = {
  staffGroup: TStaffGroup;
  /** The canonical band name, e.g. "Band 8a", "VSM", "Consultant" (see `WORKFORCE_BANDS`). */
  band: string;
  ethnicity: TEthnicityGroup;
  disability: TDisabilityGroup;
  count: number;
};

/** One cell of the board: how many people of a board role, ethnicity and disability. */
export type TBoardCount = {
  board: Exclude<TBoardRole, 'none'>;
  ethnicity: TEthnicityGroup;
  disability: TDisabilityGroup;
  count: number;
};

/**
 * One cell of the intersectional table before rules: a known ethnicity, sex and disability, or
 * null where the cell does not split by that dimension (a pair such as "BME women").
 */
export type TIntersectAggregate = {
  ethnicity: 'White' | 'BME' | null;
  sex: 'female' | 'male' | null;
  disability: 'yes' | 'no' | null;
  headcount: number;
  /** People in the cell at Band 8c and above (8c, 8d, 9, VSM). */
  senior: number;
  /** Hourly pay of the cell's people who have an `hourly_pay`. */
  pay: TPayStats;
};

/** Everything the reader counts in one pass over the files: the rules need nothing else. */
export type TWorkforceAggregates = {
  rows: { staff: number; recruitment: number | null };
  bands: TBandCount[];
  board: TBoardCount[];
  /** Recruitment: appointed out of shortlisted; null when no recruitment file was given. */
  appointed: {
    white: TPool;
    bme: TPool;
    disabled: TPool;
    nonDisabled: TPool;
  } | null;
  /** Entered a formal disciplinary investigation, out of headcount. */
  disciplinary: { white: TPool; bme: TPool };
  /** Accessed non-mandatory training or CPD, out of headcount. */
  training: { white: TPool; bme: TPool };
  /** Entered the formal capability process, out of headcount. */
  capability: { disabled: TPool; nonDisabled: TPool };
  /** Hourly pay over staff with an `hourly_pay`, by group. */
  hourly: {
    male: TPayStats;
    female: TPayStats;
    white: TPayStats;
    bme: TPayStats;
    disabled: TPayStats;
    nonDisabled: TPayStats;
  };
  /** Bonus pay over staff with bonus > 0, and how many of each sex there are in all. */
  bonus: {
    male: TPayStats;
    female: TPayStats;
    menInAll: number;
    womenInAll: number;
  };
  /**
   * Staff with an `hourly_pay` and a known sex, sorted by hourly pay and split into four groups as
   * equal as possible (the lower quartiles take the extra people): women and men in each, lowest first.
   */
  quartiles: { quartile: 1 | 2 | 3 | 4; women: number; men: number }[];
  intersect: TIntersectAggregate[];
};

/** A relative likelihood as the command line prints it. */
export type TLikelihood = {
  value: number | null;
  numerator: TPool;
  denominator: TPool;
  suppressed: boolean;
};

export type TBandRow = {
  staffGroup: TStaffGroup;
  band: string;
  suppressed: boolean;
  percent: number | null;
};
export type TWresBandRow = TBandRow & { white: number; bme: number; unknown: number };
export type TWdesBandRow = TBandRow & { disabled: number; nonDisabled: number; unknown: number };

export type TBoardGap = {
  value: number | null;
  boardPercent: number | null;
  workforcePercent: number | null;
  executiveValue: number | null;
  executivePercent: number | null;
  /** The voting board (or the whole workforce) has fewer people than the threshold. */
  suppressed: boolean;
  /** The executive members (or the whole workforce) are fewer than the threshold. */
  executiveSuppressed: boolean;
};

export type TPayGap = {
  meanHourly: number | null;
  medianHourly: number | null;
  /** Either group's pay is built from fewer people than the threshold. */
  suppressed: boolean;
};

export type TIntersectRow = {
  ethnicity: 'White' | 'BME' | null;
  sex: 'female' | 'male' | null;
  disability: 'yes' | 'no' | null;
  headcount: number;
  percentOfWorkforce: number | null;
  percentSenior: number | null;
  meanHourly: number | null;
  medianHourly: number | null;
  meanGapVsReference: number | null;
  suppressed: boolean;
};

export type TWorkforceMeasures = {
  'WRES-1': TWresBandRow[];
  'WRES-2': TLikelihood | null;
  'WRES-3': TLikelihood;
  'WRES-4': TLikelihood;
  'WRES-9': TBoardGap;
  'WDES-1': TWdesBandRow[];
  'WDES-1-declaration': number | null;
  'WDES-2': TLikelihood | null;
  'WDES-3': TLikelihood;
  'WDES-10': TBoardGap;
  GPG: TPayGap & {
    meanBonus: number | null;
    medianBonus: number | null;
    bonusPercentMen: number | null;
    bonusPercentWomen: number | null;
    /** Fewer men or fewer women with a bonus than the threshold (bonus gaps and proportions). */
    bonusSuppressed: boolean;
    quartiles: {
      quartile: 1 | 2 | 3 | 4;
      percentWomen: number | null;
      percentMen: number | null;
      suppressed: boolean;
    }[];
  };
  EPG: TPayGap;
  DPG: TPayGap;
  /** `suppressed`: fewer people at Band 8c and above than the threshold. */
  SENIOR: { bmePercent: number | null; disabledPercent: number | null; suppressed: boolean };
  INTERSECT: TIntersectRow[];
};

/** The command line's JSON object (WORKFORCE.md §4). Values are unrounded; display rounds. */
export type TWorkforceResult = {
  asOf: string;
  threshold: number;
  rows: { staff: number; recruitment: number | null };
  measures: TWorkforceMeasures;
};

/** A refused row: the line (the header is line 1), the column and the bad value, quoted alone. */
export type TWorkforceRowError = {
  file: 'staff' | 'recruitment';
  line: number;
  column: string;
  value: string;
  message: string;
};
