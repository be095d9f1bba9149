import {
  buildPeriodReport,
  findBoardPaper,
  findBoardPaperPeople,
  type DbClient,
} from '@belonging/db';
import {
  defaultFrontSheet,
  toIsoDay,
  type TBoardPaperFrontSheet,
  type TBoardPaperFrontSheetJson,
  type TBoardReport,
} from '@belonging/domain';

/** Who is asking, in which trust: a signed-in session or an admin actor. */
export type TSheetReader = { userId: string; organisationId: string };

/** The front sheet as stored and sent: the meeting date as 'YYYY-MM-DD'. */
export function frontSheetToJson(sheet: TBoardPaperFrontSheet): TBoardPaperFrontSheetJson {
  return { ...sheet, meetingDate: toIsoDay(sheet.meetingDate) };
}

/** The front sheet drawn from the report, naming the reader as author and the plan's main owner as lead. */
export async function defaultSheetFor(
  db: DbClient,
  reader: TSheetReader,
  report: TBoardReport,
): Promise<TBoardPaperFrontSheetJson> {
  const people = await findBoardPaperPeople(db, {
    organisationId: reader.organisationId,
    authorId: reader.userId,
  });
  return frontSheetToJson(
    defaultFrontSheet(report, {
      trustName: report.organisationName,
      strategyTitle: report.strategyTitle,
      periodLabel: report.period.label,
      executiveLeadName: people.executiveLeadName ?? undefined,
      authorName: people.authorName ?? undefined,
    }),
  );
}

/**
 * The front sheet a board paper download prints: the one the EDI team saved for the period, or
 * defaults drawn from the report. Pass the report when it is already built to save building it
 * twice. `periodId` must be a period of the reader's trust (another trust's is NOT_FOUND).
 */
export async function loadBoardPaperSheet(
  db: DbClient,
  reader: TSheetReader,
  periodId: string,
  opts: { report?: TBoardReport; now?: Date } = {},
): Promise<TBoardPaperFrontSheetJson & { isDefault: boolean }> {
  const report =
    opts.report ??
    (await buildPeriodReport(db, {
      organisationId: reader.organisationId,
      periodId,
      now: opts.now ?? new Date(),
    }));
  const saved = await findBoardPaper(db, reader.organisationId, report.period.id);
  if (saved) return { ...saved.sheet, isDefault: false };
  return { ...(await defaultSheetFor(db, reader, report)), isDefault: true };
}
