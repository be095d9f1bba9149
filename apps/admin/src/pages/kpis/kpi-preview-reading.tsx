import {
  REASON_LABELS,
  describeKpiReadiness,
  type TAdminKpiRulesInput,
  type TKpiAssessment,
  type TSpcResult,
} from '@belonging/domain';
import {
  AssuranceIcon,
  KpiChart,
  RagTag,
  SpcChart,
  VariationIcon,
  formatGap,
  formatValue,
  type TDatedValue,
} from '@belonging/ui';

export type TKpiPreview = {
  assessment: TKpiAssessment;
  spc: TSpcResult;
  series: { periodEnd: Date; value: number }[];
};

/** The planned path: baseline, trajectory points in date order, then the target. */
function plannedPath(rules: TAdminKpiRulesInput): TDatedValue[] {
  if (rules.direction === 'band' || !rules.target) return [];
  const points = [...rules.trajectory].sort((a, b) => a.date.getTime() - b.date.getTime());
  return [rules.baseline, ...points.map((p) => ({ date: p.date, value: p.value })), rules.target];
}

/**
 * What the KPI would show with these rules: its colour with the word, the planned path drawn before
 * any value exists, and what it still needs for a colour and each SPC icon (the domain's words).
 */
export function KpiPreviewReading({
  rules,
  preview,
  title,
}: {
  rules: TAdminKpiRulesInput;
  preview: TKpiPreview;
  title: string;
}) {
  const { assessment, spc, series } = preview;
  const unit = rules.unit;
  const band = rules.direction === 'band' ? (rules.band ?? null) : null;
  const target = rules.direction === 'band' ? null : (rules.target ?? null);
  const missing = describeKpiReadiness({
    direction: rules.direction,
    target,
    band,
    valueCount: series.length,
    minimumPoints: rules.spc.minimumPoints,
  });
  const name = title || 'This KPI';
  return (
    <>
      <p data-testid="preview-colour">
        Colour now:{' '}
        {missing.rating ?? (
          <>
            <RagTag rag={assessment.rag} /> {REASON_LABELS[assessment.reason]}
            {assessment.stale ? ' (latest value is out of date)' : ''}
          </>
        )}
      </p>
      {assessment.actual !== null ? (
        <p className="nhsuk-body-s">
          Latest value {formatValue(assessment.actual, unit)}
          {assessment.expected !== null
            ? `, expected ${formatValue(assessment.expected, unit)}`
            : ''}
          : {formatGap(assessment.gap, unit)}.
        </p>
      ) : null}
      <ul className="nhsuk-list nhsuk-body-s" data-testid="preview-icons">
        <li>{missing.variation ?? <VariationIcon variation={spc.variation} />}</li>
        <li>{missing.assurance ?? <AssuranceIcon assurance={spc.assurance} />}</li>
      </ul>
      <KpiChart
        id="kpi-preview-path"
        title={`${name}: ${band ? 'the target band' : 'baseline, trajectory and target'}${series.length ? ' with its values' : ''}`}
        unit={unit}
        values={series.map((m) => ({ date: m.periodEnd, value: m.value }))}
        expected={plannedPath(rules)}
        target={target}
        band={band}
      />
      {series.length > 0 ? (
        <SpcChart
          id="kpi-preview-chart"
          title={`${name}: SPC chart with these settings`}
          unit={unit}
          points={series.map((m, i) => ({
            date: m.periodEnd,
            value: m.value,
            signal: spc.points[i]?.signal ?? null,
          }))}
          mean={spc.mean}
          upperLimit={spc.upperLimit}
          lowerLimit={spc.lowerLimit}
          target={assessment.target}
        />
      ) : null}
    </>
  );
}
