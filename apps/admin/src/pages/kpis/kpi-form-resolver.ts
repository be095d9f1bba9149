import { mapResolver, schemaResolver, type TFormResolver } from '@belonging/client';
import {
  ZAdminKpiCreateInput,
  ZAdminKpiFromLibraryInput,
  ZAdminKpiUpdateInput,
  type TAdminKpiCreateInput,
  type TAdminKpiFromLibraryInput,
  type TAdminKpiUpdateInput,
} from '@belonging/domain';
import { readTagFields } from '../../lib/tags.ts';
import { kpiRulesFrom, placementFrom, type KpiFormState } from './kpi-form-state.ts';

export type LibraryIndicator = {
  code: string;
  title: string;
  definition: string;
  unit: string;
  direction: string;
  dataSource: string;
};

/** A KPI made from scratch, from a library indicator, or a change to one. */
export type TKpiFormMode =
  | { kind: 'scratch' }
  | { kind: 'library'; indicator: LibraryIndicator }
  | {
      kind: 'edit';
      id: string;
      version: number;
      keptTags: { framework: 'wres' | 'wdes' | 'edi_plan' | 'eds'; code: string }[];
    };

/** What a valid form sends, by mode. */
export type TKpiSubmit =
  | { kind: 'library'; data: TAdminKpiFromLibraryInput }
  | { kind: 'edit'; data: TAdminKpiUpdateInput }
  | { kind: 'scratch'; data: TAdminKpiCreateInput };

const textOf = (f: KpiFormState, ownerId: string | null, tags: TAdminKpiCreateInput['tags']) => ({
  code: f.code,
  title: f.title,
  definition: f.definition,
  dataSource: f.dataSource,
  ownerId,
  tags,
});

/** The check a KPI form runs on submit: the shared schema of its mode, and the typed tag codes. */
export function kpiResolver(mode: TKpiFormMode): TFormResolver<KpiFormState, TKpiSubmit> {
  if (mode.kind === 'library') {
    return mapResolver(
      schemaResolver(ZAdminKpiFromLibraryInput, (f: KpiFormState) => {
        const rules = kpiRulesFrom(f);
        return {
          libraryCode: mode.indicator.code,
          ...placementFrom(f.placement),
          code: f.code.trim() || undefined,
          title: f.title.trim() || undefined,
          baseline: rules.baseline,
          target: rules.target,
          band: rules.band,
          tolerance: rules.tolerance,
          trajectory: rules.trajectory,
          frequency: rules.frequency,
          reportingLagDays: rules.reportingLagDays,
          ownerId: f.ownerId || null,
          spc: rules.spc,
          rangeLow: rules.rangeLow,
          rangeHigh: rules.rangeHigh,
        };
      }),
      (data): TKpiSubmit => ({ kind: 'library', data }),
    );
  }
  const tagErrors = (f: KpiFormState) => readTagFields(f).errors;
  if (mode.kind === 'edit') {
    return mapResolver(
      schemaResolver(
        ZAdminKpiUpdateInput,
        (f: KpiFormState) => ({
          id: mode.id,
          expectedVersion: mode.version,
          ...placementFrom(f.placement),
          ...textOf(f, f.ownerId || null, [...readTagFields(f).tags, ...mode.keptTags]),
          ...kpiRulesFrom(f),
        }),
        tagErrors,
      ),
      (data): TKpiSubmit => ({ kind: 'edit', data }),
    );
  }
  return mapResolver(
    schemaResolver(
      ZAdminKpiCreateInput,
      (f: KpiFormState) => ({
        ...placementFrom(f.placement),
        ...textOf(f, f.ownerId || null, readTagFields(f).tags),
        ...kpiRulesFrom(f),
      }),
      tagErrors,
    ),
    (data): TKpiSubmit => ({ kind: 'scratch', data }),
  );
}
