import type { TBoardPaperFrontSheetJson, TBoardReport } from '@belonging/domain';

/** One KPI's whole-population values up to the report date, for its trend and SPC charts. */
export type TKpiSeries = {
  points: {
    periodEnd: string;
    value: number;
    /** The trajectory's expected value at this period end, when the KPI has one. */
    expected: number | null;
    /** The SPC rules' reading of this point: special cause, or null for common cause. */
    special: 'improvement' | 'concern' | 'neither' | null;
  }[];
  mean: number | null;
  upperLimit: number | null;
  lowerLimit: number | null;
};

export type TBoardPaperMeta = {
  trustName: string;
  /** When the file was made: the cover's "Generated" date (not the period, not the freeze time). */
  generatedAt: Date;
  /** By KPI id; a KPI missing here is shown without charts. */
  kpiSeries: Readonly<Record<string, TKpiSeries>>;
};

export type TBoardPaperInput = {
  report: TBoardReport;
  sheet: TBoardPaperFrontSheetJson;
  meta: TBoardPaperMeta;
};
