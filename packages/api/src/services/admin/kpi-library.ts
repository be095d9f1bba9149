import { type Actor, type Db } from '@belonging/db';
import {
  ZAdminKpiCreateInput,
  findLibraryIndicator,
  type TAdminKpiCreateInput,
  type TAdminKpiFromLibraryInput,
} from '@belonging/domain';
import { ApiError } from '../../errors.ts';
import { createKpi } from './kpi.ts';

/**
 * The KPI form a library indicator fills: its definition, unit, direction, band and source, with
 * the trust's numbers. Refuses an unknown indicator or numbers the rules would refuse.
 */
export function libraryKpiForm(input: TAdminKpiFromLibraryInput): TAdminKpiCreateInput {
  const indicator = findLibraryIndicator(input.libraryCode);
  if (!indicator) {
    throw new ApiError('BAD_REQUEST', 'That indicator is not in the library.', {
      libraryCode: ['Choose an indicator from the library'],
    });
  }
  const parsed = ZAdminKpiCreateInput.safeParse({
    ambitionId: input.ambitionId,
    commitmentId: input.commitmentId,
    code: input.code ?? indicator.code,
    title: input.title ?? indicator.title,
    definition: indicator.definition,
    dataSource: indicator.dataSource,
    ownerId: input.ownerId,
    tags: indicator.tags,
    unit: indicator.unit,
    direction: indicator.direction,
    baseline: input.baseline,
    target: indicator.direction === 'band' ? null : input.target,
    band: indicator.direction === 'band' ? (input.band ?? indicator.band) : null,
    tolerance: input.tolerance,
    trajectory: input.trajectory,
    frequency: input.frequency ?? indicator.frequency,
    reportingLagDays: input.reportingLagDays,
    spc: input.spc,
    rangeLow: input.rangeLow,
    rangeHigh: input.rangeHigh,
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues)
      (fieldErrors[issue.path.join('.') || 'libraryCode'] ??= []).push(issue.message);
    throw new ApiError(
      'BAD_REQUEST',
      parsed.error.issues[0]?.message ?? 'Check the KPI.',
      fieldErrors,
    );
  }
  return parsed.data;
}

/** A KPI from the NHS indicator library, with its one `create` audit event. */
export async function createKpiFromLibrary(db: Db, actor: Actor, input: TAdminKpiFromLibraryInput) {
  return createKpi(db, actor, libraryKpiForm(input));
}
