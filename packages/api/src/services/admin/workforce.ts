import {
  findKpiForValues,
  markWorkforceUploadSaved,
  replaceWorkforceValues,
  writeWithAudit,
  type Actor,
  type Db,
  type DbClient,
} from '@belonging/db';
import {
  ZAdminKpiFromLibraryInput,
  checkValueInRange,
  workforceAddRefusals,
  type TAdminWorkforceSaveInput,
  type TWorkforceKpiPlan,
  type TWorkforceKpiValue,
} from '@belonging/domain';
import { ApiError } from '../../errors.ts';
import { valueRulesOf } from '../measurement.ts';
import { insertKpi } from './kpi.ts';
import { libraryKpiForm } from './kpi-library.ts';
import { planWorkforceSave, requireWorkforceUpload } from './workforce-plan.ts';

/** An upload's provenance and full figures (suppressed cells included: the EDI team's screen) and what saving would do. */
export async function getUpload(db: DbClient, actor: Actor, id: string) {
  const { upload, result } = await requireWorkforceUpload(db, actor, id);
  const { kpis, skipped } = await planWorkforceSave(db, actor, result);
  return { upload, result, plan: { kpis, skipped } };
}

const valueOf = (kpiCode: string, v: TWorkforceKpiValue) => ({
  kpiCode,
  group: v.group,
  value: v.value,
  numerator: v.numerator,
  denominator: v.denominator,
  suppressed: v.suppressed,
});

/**
 * Writes a year's figures to the trust's KPIs in one transaction with one audit event: adds the
 * chosen library KPIs, replaces every value the KPIs held at the snapshot date, marks it saved.
 */
export async function saveUpload(db: Db, actor: Actor, input: TAdminWorkforceSaveInput, now: Date) {
  const chosen = [...new Set(input.addKpiCodes)];
  return writeWithAudit(
    db,
    actor,
    async (tx) => {
      const { upload, result } = await requireWorkforceUpload(tx, actor, input.id);
      const plan = await planWorkforceSave(tx, actor, result);
      const refused = workforceAddRefusals(chosen, plan.kpis);
      if (refused.length) {
        const message = `Nothing was saved: ${refused.join('; ')}.`;
        throw new ApiError('BAD_REQUEST', message, { addKpiCodes: refused });
      }
      const created: string[] = [];
      const targets = new Map<string, TWorkforceKpiPlan>();
      for (const k of plan.kpis) {
        if (k.status === 'present' && k.kpiId) targets.set(k.kpiId, k);
        if (k.status !== 'can_create' || !k.create || !chosen.includes(k.kpiCode)) continue;
        const ambitionId = input.ambitionId ?? plan.defaultAmbitionId(k.kpiCode);
        const form = libraryKpiForm(ZAdminKpiFromLibraryInput.parse({ ...k.create, ambitionId }));
        const kpi = await insertKpi(tx, actor, form);
        targets.set(kpi.id, k);
        created.push(k.kpiCode);
      }
      const rows = [...targets].flatMap(([kpiId, k]) =>
        k.values.map((v) => ({ ...valueOf(k.kpiCode, v), kpiId })),
      );
      const codeOf = new Map([...targets].map(([id, k]) => [id, k.kpiCode]));
      await requireValuesInRange(tx, actor, rows);
      const replaced = await replaceWorkforceValues(tx, {
        organisationId: actor.organisationId,
        enteredById: actor.userId,
        enteredAt: now,
        periodEnd: plan.asOf,
        kpiIds: [...targets.keys()],
        values: rows,
      });
      const saved = await markWorkforceUploadSaved(tx, {
        id: upload.id,
        savedById: actor.userId,
        savedAt: now,
      });
      const notWritten = plan.kpis
        .filter((k) => k.status !== 'present' && !created.includes(k.kpiCode))
        .map((k) => ({
          kpiCode: k.kpiCode,
          reason: k.reason ?? 'Not one of your KPIs, and not chosen to be added',
        }));
      const answer = {
        uploadId: upload.id,
        asOf: result.asOf,
        written: rows.length,
        replaced: replaced.length,
        kpisWritten: [...codeOf.values()].sort(),
        created: created.sort(),
        notWritten,
        skipped: plan.skipped,
      };
      return {
        result: answer,
        audit: {
          entity: 'workforce_upload',
          entityId: upload.id,
          operation: 'save_to_kpis',
          before: {
            replaced: replaced.map((m) => ({
              kpiCode: codeOf.get(m.kpiId) ?? m.kpiId,
              group: m.group,
              value: m.value,
              numerator: m.numerator,
              denominator: m.denominator,
              suppressed: m.suppressed,
            })),
          },
          after: { provenance: provenanceOf(saved, result.rows), ...answer },
        },
      };
    },
    { timeout: 60_000 },
  );
}

/**
 * The engine's figures are in range by construction; they still pass the rule every other way in
 * passes, so a KPI narrowed by the EDI team (or a bug) cannot take a value it would refuse.
 */
async function requireValuesInRange(
  db: DbClient,
  actor: Actor,
  rows: readonly { kpiId: string; kpiCode: string; group: string; value: number }[],
) {
  const problems: string[] = [];
  for (const kpiId of new Set(rows.map((r) => r.kpiId))) {
    const kpi = await findKpiForValues(db, { organisationId: actor.organisationId, id: kpiId });
    if (!kpi) continue;
    const { range } = valueRulesOf(kpi);
    for (const r of rows.filter((row) => row.kpiId === kpiId)) {
      const label = `${r.kpiCode}${r.group ? ` (${r.group})` : ''}: the value`;
      const message = checkValueInRange(r.value, range, label);
      if (message) problems.push(message);
    }
  }
  if (problems.length)
    throw new ApiError('BAD_REQUEST', `Nothing was saved: ${problems.join('; ')}.`, {
      values: problems,
    });
}

type Saved = Awaited<ReturnType<typeof markWorkforceUploadSaved>>;

function provenanceOf(u: Saved, rows: { staff: number; recruitment: number | null }) {
  return {
    asOf: u.asOf.toISOString().slice(0, 10),
    threshold: u.threshold,
    uploadedBy: u.uploadedBy.name,
    uploadedAt: u.uploadedAt.toISOString(),
    savedBy: u.savedBy?.name ?? null,
    savedAt: u.savedAt?.toISOString() ?? null,
    staff: { fileName: u.staffFileName, sha256: u.staffSha256, rows: u.staffRows },
    recruitment: u.recruitmentFileName
      ? { fileName: u.recruitmentFileName, sha256: u.recruitmentSha256, rows: u.recruitmentRows }
      : null,
    resultRows: rows,
  };
}
