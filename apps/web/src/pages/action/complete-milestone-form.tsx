import {
  EVIDENCE_LINK_HINT,
  milestoneCompletionProblem,
  toIsoDay,
  ZMilestoneCompleteInput,
} from '@belonging/domain';
import {
  DateInput,
  dayPartsToIso,
  ErrorSummary,
  isoToDayParts,
  TextInput,
  type TDayParts,
} from '@belonging/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { TActionDetail } from '../../lib/api-types.ts';
import { invalidateActionAreas } from '../../lib/invalidate.ts';
import { summaryItems, useTRPC, useFormErrors } from '@belonging/client';

type TMilestone = TActionDetail['milestones'][number];

export function CompleteMilestoneForm({
  action,
  milestone,
}: {
  action: TActionDetail;
  milestone: TMilestone;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [completedOn, setCompletedOn] = useState<TDayParts>(() =>
    isoToDayParts(toIsoDay(new Date())),
  );
  const [evidenceUrl, setEvidenceUrl] = useState(milestone.evidenceUrl ?? '');
  const { errors, check, showServerError } = useFormErrors();

  const complete = useMutation(
    trpc.milestone.complete.mutationOptions({
      onSuccess: async () => {
        await invalidateActionAreas(queryClient, trpc);
        void navigate(`/actions/${action.id}`, {
          state: { flash: `Milestone "${milestone.title}" is marked as complete.` },
        });
      },
      onError: (error) => showServerError(error, 'completedAt'),
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const iso = dayPartsToIso(completedOn);
    const parsed = ZMilestoneCompleteInput.safeParse({
      milestoneId: milestone.id,
      completedAt: iso,
      evidenceUrl,
    });
    const dateError = !iso
      ? 'Enter the date the milestone was completed'
      : parsed.success
        ? milestoneCompletionProblem(parsed.data.completedAt, new Date())
        : null;
    const input = check(parsed, dateError ? { completedAt: dateError } : {});
    if (input) complete.mutate({ ...input, completedAt: iso });
  };

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary
        errors={summaryItems(errors, ['completedAt', 'evidenceUrl'], {
          completedAt: 'completedAt',
        })}
      />
      <DateInput
        id="completedAt"
        legend="When was it completed?"
        hint="For example, 27 3 2026. Today or earlier."
        value={completedOn}
        error={errors.completedAt}
        onChange={setCompletedOn}
      />
      <TextInput
        id="evidenceUrl"
        label="Link to the evidence (optional)"
        labelClassName="nhsuk-label--s"
        hint={EVIDENCE_LINK_HINT}
        type="url"
        spellCheck={false}
        value={evidenceUrl}
        error={errors.evidenceUrl}
        onChange={(e) => setEvidenceUrl(e.target.value)}
      />
      <button className="nhsuk-button" type="submit" disabled={complete.isPending}>
        Mark as complete
      </button>
    </form>
  );
}
