// The demo trust's workforce year: the engine's result for a synthetic sample (demo data, never a
// real trust's staff), committed as JSON so the database package needs no DuckDB. Saved to the
// demo KPIs through the same query and domain mapping as the EDI team's "save to KPIs".
import { parseIsoDay, workforceKpiValues, type TWorkforceResult } from '@belonging/domain';
import type { DbTransaction } from '../client.ts';
import {
  createWorkforceUpload,
  findKpisByCode,
  markWorkforceUploadSaved,
  replaceWorkforceValues,
} from '../queries/workforce.ts';
import { addDays, atHour, minDate } from './calendar.ts';
import DEMO_FILES from './demo-workforce-files.json' with { type: 'json' };
import DEMO_RESULT from './demo-workforce.json' with { type: 'json' };

/** The engine's JSON for the synthetic sample (`pnpm workforce -- --json`). */
export const DEMO_WORKFORCE_RESULT = DEMO_RESULT as TWorkforceResult;

/** The synthetic files' names, SHA-256 fingerprints and row counts: the upload's provenance. */
export const DEMO_WORKFORCE_FILES = DEMO_FILES;

/**
 * Keeps the year as a saved upload and writes its values into the demo KPIs that exist, replacing
 * what they held at the snapshot date. Nothing when the seed day comes before the snapshot.
 */
export async function seedDemoWorkforce(
  tx: DbTransaction,
  input: { organisationId: string; ediLeadId: string; today: Date },
) {
  const result = DEMO_WORKFORCE_RESULT;
  const asOf = parseIsoDay(result.asOf);
  if (asOf.getTime() > input.today.getTime()) return null;
  const uploadedAt = atHour(minDate(addDays(asOf, 40), input.today), 10);
  const savedAt = atHour(minDate(addDays(asOf, 41), input.today), 11);
  const upload = await createWorkforceUpload(tx, {
    organisationId: input.organisationId,
    uploadedById: input.ediLeadId,
    uploadedAt,
    asOf,
    threshold: result.threshold,
    staffFileName: DEMO_FILES.staff.fileName,
    staffSha256: DEMO_FILES.staff.sha256,
    staffRows: DEMO_FILES.staff.rows,
    recruitmentFileName: DEMO_FILES.recruitment.fileName,
    recruitmentSha256: DEMO_FILES.recruitment.sha256,
    recruitmentRows: DEMO_FILES.recruitment.rows,
    result: JSON.stringify(result),
  });
  const { values } = workforceKpiValues(result);
  const codes = [...new Set(values.map((v) => v.kpiCode))];
  const kpis = (await findKpisByCode(tx, input.organisationId, codes)).filter((k) => !k.archivedAt);
  const idOf = new Map(kpis.map((k) => [k.code, k.id]));
  const rows = values.flatMap((v) => {
    const kpiId = idOf.get(v.kpiCode);
    return kpiId ? [{ ...v, kpiId }] : [];
  });
  await replaceWorkforceValues(tx, {
    organisationId: input.organisationId,
    enteredById: input.ediLeadId,
    enteredAt: savedAt,
    periodEnd: asOf,
    kpiIds: kpis.map((k) => k.id),
    values: rows,
  });
  await markWorkforceUploadSaved(tx, { id: upload.id, savedById: input.ediLeadId, savedAt });
  return { uploadId: upload.id, kpiCodes: kpis.map((k) => k.code).sort(), values: rows.length };
}
