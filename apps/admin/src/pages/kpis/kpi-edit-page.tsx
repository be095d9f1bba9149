import { BackLink, isoDay } from '@belonging/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { ConfirmButtons } from '../../components/buttons.tsx';
import { KeepInternal } from '../../components/keep-internal.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { RouterLink } from '../../components/router-link.tsx';
import { tagCodesText, toTagInputs } from '../../lib/tags.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { type KpiFormState } from './kpi-form-state.ts';
import { KpiForm } from './kpi-form.tsx';
import { useKpiChoices } from './use-kpi-choices.ts';
import { ConfirmQuestion, useConfirmQuestion } from '../../components/confirm-question.tsx';
import { describeServerError, useTRPC } from '@belonging/client';

/** One KPI's settings, with the live preview on its existing data, and archiving. */
export function KpiEditPage() {
  const { kpiId = '' } = useParams();
  const trpc = useTRPC();
  const kpi = useQuery(trpc.admin.kpi.byId.queryOptions({ id: kpiId }));
  const choices = useKpiChoices();
  usePageTitle(kpi.data ? `Change ${kpi.data.code}` : 'Change a KPI');
  if (kpi.isPending || kpi.isError) return <QueryState error={kpi.error} what="the KPI" />;
  if (choices.pending || choices.error)
    return <QueryState error={choices.error} what="the strategy" />;
  const k = kpi.data;
  const tags = toTagInputs(k.tags);
  const initial: KpiFormState = {
    placement: k.commitmentId
      ? `commitment:${k.commitmentId}`
      : k.ambitionId
        ? `ambition:${k.ambitionId}`
        : '',
    code: k.code,
    title: k.title,
    definition: k.definition,
    dataSource: k.dataSource,
    ownerId: k.ownerId ?? '',
    unit: k.unit,
    direction: k.direction,
    baselineValue: String(k.baselineValue),
    baselineDate: isoDay(k.baselineDate),
    targetValue: k.targetValue === null ? '' : String(k.targetValue),
    targetDate: isoDay(k.targetDate),
    bandLow: k.bandLow === null ? '' : String(k.bandLow),
    bandHigh: k.bandHigh === null ? '' : String(k.bandHigh),
    toleranceKind: k.toleranceKind,
    toleranceValue: String(k.toleranceValue),
    trajectory: k.trajectory.map((p) => ({ date: isoDay(p.date), value: String(p.value) })),
    frequency: k.frequency,
    reportingLagDays: k.reportingLagDays === null ? '' : String(k.reportingLagDays),
    spcMinimumPoints: String(k.spcMinimumPoints),
    spcShiftLength: String(k.spcShiftLength),
    spcTrendLength: String(k.spcTrendLength),
    spcScreenOutliers: k.spcScreenOutliers,
    spcConflict: k.spcConflict === 'concern' ? 'concern' : 'improvement',
    ediPlanTags: tagCodesText(tags, 'edi_plan'),
    edsTags: tagCodesText(tags, 'eds'),
    rangeLow: k.rangeLow === null ? '' : String(k.rangeLow),
    rangeHigh: k.rangeHigh === null ? '' : String(k.rangeHigh),
  };
  return (
    <>
      <BackLink href="/kpis" text="Back to KPIs" Link={RouterLink} />
      <h1>
        Change {k.code}
        <span className="nhsuk-caption-l nhsuk-caption--bottom">{k.title}</span>
      </h1>
      <KpiForm
        key={`${k.id}-${k.version}`}
        mode={{
          kind: 'edit',
          id: k.id,
          version: k.version,
          keptTags: tags.filter((t) => t.framework === 'wres' || t.framework === 'wdes'),
        }}
        initial={initial}
        placements={choices.placements}
        owners={choices.owners}
      />
      <KeepInternal key={k.id} entity="kpi" id={k.id} name={k.code} isInternal={k.isInternal} />
      <ArchiveKpi id={k.id} version={k.version} code={k.code} />
    </>
  );
}

function ArchiveKpi({ id, version, code }: { id: string; version: number; code: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const question = useConfirmQuestion();
  const archive = useMutation(
    trpc.admin.kpi.archive.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.kpi.pathFilter());
        void navigate('/kpis', { state: { done: `${code} is archived.` } });
      },
    }),
  );
  return (
    <section aria-labelledby="archive-kpi">
      <h2 id="archive-kpi">Archive {code}</h2>
      {question.confirming ? (
        <ConfirmQuestion heading={`Archive ${code}?`} headingRef={question.questionRef}>
          <p>
            It leaves the live report and the KPI list. Its values and history are kept, and locked
            board snapshots do not change.
          </p>
          {archive.isError ? (
            <p className="nhsuk-error-message">{describeServerError(archive.error).message}</p>
          ) : null}
          <ConfirmButtons
            text={`Yes, archive ${code}`}
            pending={archive.isPending}
            onConfirm={() => archive.mutate({ id, expectedVersion: version })}
            cancel={question.cancel}
          />
        </ConfirmQuestion>
      ) : (
        <>
          <p>Archive a KPI the strategy no longer measures. You will be asked to confirm.</p>
          <button
            className="nhsuk-button nhsuk-button--warning"
            type="button"
            ref={question.buttonRef}
            onClick={question.open}
          >
            Archive {code}
          </button>
        </>
      )}
    </section>
  );
}
