import {
  EDS_OUTCOME_TITLES,
  EDS_TOTAL_KPI_CODE,
  EDS_RATING_LABELS,
  EDS_SCORE_LABELS,
  ZAdminEdsSaveInput,
  edsRating,
} from '@belonging/domain';
import { ErrorSummary, PendingButton, SuccessBanner, formatDay, isoDay } from '@belonging/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { RadiosField, TextArea, TextField } from '../../components/fields.tsx';
import {
  describeServerError,
  schemaFieldErrors,
  toErrorItems,
  type TFieldErrors,
  useTRPC,
} from '@belonging/client';

const SCORES = EDS_SCORE_LABELS.map((words, score) => ({
  value: String(score),
  label: `${score} ${words}`,
}));

type Saved = {
  assessedOn: Date | null;
  scores: { outcome: string; score: number; evidence: string }[];
};

export function EdsForm({ year, saved }: { year: string; saved: Saved }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [assessedOn, setAssessedOn] = useState(isoDay(saved.assessedOn));
  const [scores, setScores] = useState<Record<string, { score: string; evidence: string }>>(() =>
    Object.fromEntries(
      EDS_OUTCOME_TITLES.map((o) => {
        const s = saved.scores.find((x) => x.outcome === o.code);
        return [o.code, { score: s ? String(s.score) : '', evidence: s?.evidence ?? '' }];
      }),
    ),
  );
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const save = useMutation(
    trpc.admin.eds.save.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.admin.eds.pathFilter()),
      onError: (error) => {
        const described = describeServerError(error);
        setErrors(described.fields);
        setMessage(described.message);
      },
    }),
  );

  const scored = Object.fromEntries(
    Object.entries(scores).flatMap(([code, s]) =>
      s.score === '' ? [] : [[code, Number(s.score) as 0 | 1 | 2 | 3]],
    ),
  );
  const { total, rating } = edsRating(scored);
  const allScored = Object.keys(scored).length === EDS_OUTCOME_TITLES.length;

  function submit(event: FormEvent) {
    event.preventDefault();
    save.reset();
    const missing: TFieldErrors = {};
    for (const o of EDS_OUTCOME_TITLES) {
      if (scores[o.code]?.score === '')
        missing[`score-${o.code}`] = `Choose a score for outcome ${o.code}`;
    }
    const parsed = ZAdminEdsSaveInput.safeParse({
      year,
      assessedOn,
      scores: EDS_OUTCOME_TITLES.flatMap((o) => {
        const s = scores[o.code];
        return s && s.score !== ''
          ? [{ outcome: o.code, score: Number(s.score), evidence: s.evidence }]
          : [];
      }),
    });
    const found = { ...(parsed.success ? {} : schemaFieldErrors(parsed.error)), ...missing };
    delete found.scores;
    if (!parsed.success || Object.keys(missing).length > 0) {
      setErrors(found);
      setMessage(null);
      return;
    }
    setErrors({});
    setMessage(null);
    save.mutate(parsed.data);
  }

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={toErrorItems(errors)} description={message ?? undefined} />
      {save.isSuccess ? (
        <SuccessBanner id="eds-saved">
          <p>
            The {year} assessment is saved: {total} out of 33, {EDS_RATING_LABELS[rating]}.
          </p>
          <p>
            {save.data.kpiValue
              ? `The total is recorded as the ${save.data.kpiValue.kpiCode} KPI’s value for the year ending ${formatDay(save.data.kpiValue.periodEnd)}.`
              : `The total was not recorded as a KPI value because your trust has no ${EDS_TOTAL_KPI_CODE} KPI. Add it from the KPI library to follow the total over the years.`}
          </p>
        </SuccessBanner>
      ) : null}
      {!saved.assessedOn ? (
        <p>
          No assessment has been recorded for {year} yet. Score every outcome below and save it.
        </p>
      ) : null}
      <TextField
        name="assessedOn"
        type="date"
        label="Date of the assessment"
        hint="The day you agreed the scores with your stakeholders"
        value={assessedOn}
        onChange={setAssessedOn}
        error={errors.assessedOn}
      />
      {EDS_OUTCOME_TITLES.map((o) => {
        const s = scores[o.code] ?? { score: '', evidence: '' };
        const set = (patch: Partial<typeof s>) =>
          setScores({ ...scores, [o.code]: { ...s, ...patch } });
        return (
          <div className="nhsuk-card" key={o.code}>
            <div className="nhsuk-card__content">
              <RadiosField
                name={`score-${o.code}`}
                label={`${o.code}: ${o.title}`}
                legendClass="nhsuk-fieldset__legend--s"
                inline
                value={s.score}
                onChange={(score) => set({ score })}
                options={SCORES}
                error={errors[`score-${o.code}`]}
              />
              <TextArea
                name={`evidence-${o.code}`}
                label={`Evidence for ${o.code}`}
                value={s.evidence}
                onChange={(evidence) => set({ evidence })}
              />
            </div>
          </div>
        );
      })}
      <div className="nhsuk-inset-text" aria-live="polite">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>
          Total <strong>{total} out of 33</strong>, rating{' '}
          <strong>{EDS_RATING_LABELS[rating]}</strong>
          {allScored ? '' : ` (so far: ${Object.keys(scored).length} of 11 outcomes scored)`}.
        </p>
      </div>
      <PendingButton className="nhsuk-button" type="submit" pending={save.isPending}>
        Save the {year} assessment
      </PendingButton>
    </form>
  );
}
