import { ZActionUpdateInput, RAG_LABELS } from '@belonging/domain';
import { ErrorSummary, Radios, RagTag, Textarea, TextInput } from '@belonging/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { TActionDetail } from '../../lib/api-types.ts';
import { summaryItems } from '../../lib/form-errors.ts';
import { invalidateActionAreas } from '../../lib/invalidate.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { errorCode, errorDetails, errorMessage, serverFieldErrors } from '../../lib/trpc-errors.ts';
import { textFieldProps, useFormErrors } from '../../lib/use-form-errors.ts';
import { useReportErrorSummary } from '../../lib/error-title.tsx';
import { ConflictPanel, readTheirUpdate, type TTheirUpdate } from './conflict-panel.tsx';
import { useDraft } from './use-draft.ts';
import {
  FIELD_ORDER,
  predictAssessment,
  recoveryReason,
  ruleErrors,
  type TUpdateFields,
} from './update-rules.ts';

const RAG_OPTIONS = (['red', 'amber', 'green', 'blue'] as const).map((rag) => ({
  value: rag,
  label: RAG_LABELS[rag],
}));

export function UpdateForm({ action }: { action: TActionDetail }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { fields, setFields, version, setVersion, clearDraft } = useDraft(action);
  const { errors, setErrors, check } = useFormErrors();
  const [problem, setProblem] = useState<string | null>(null);
  // Field messages report themselves; a message about the whole update must too.
  useReportErrorSummary(problem !== null);
  const [conflict, setConflict] = useState<{ theirs: TTheirUpdate } | null>(null);
  const set = <K extends keyof TUpdateFields>(key: K, value: TUpdateFields[K]) =>
    setFields({ ...fields, [key]: value });
  const text = textFieldProps(fields, setFields, errors);

  const predicted = predictAssessment(action, fields);
  const recoveryWhy = recoveryReason(predicted);

  useEffect(() => {
    if (conflict) document.getElementById('conflict')?.focus();
  }, [conflict]);

  const submit = useMutation(
    trpc.action.submitUpdate.mutationOptions({
      onSuccess: async () => {
        clearDraft();
        await invalidateActionAreas(queryClient, trpc);
        void navigate(`/actions/${action.id}`, {
          state: { flash: `Your update to ${action.code} has been saved.` },
        });
      },
      onError: (error) => {
        const code = errorCode(error);
        if (code === 'CONFLICT') {
          const details = errorDetails(error);
          // Resubmitting goes against the version now saved; the owner's text stays as typed.
          if (typeof details?.currentVersion === 'number') setVersion(details.currentVersion);
          setConflict({ theirs: readTheirUpdate(details) });
          void queryClient.invalidateQueries(trpc.action.byId.queryFilter({ id: action.id }));
          return;
        }
        const fieldErrors = serverFieldErrors(error);
        setErrors(fieldErrors);
        setProblem(Object.keys(fieldErrors).length ? null : errorMessage(error));
      },
    }),
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZActionUpdateInput.safeParse({
      actionId: action.id,
      expectedVersion: version,
      narrative: fields.narrative,
      progressPercent:
        fields.progressPercent.trim() === '' ? undefined : Number(fields.progressPercent),
      status: fields.status,
      ownerRag: fields.ownerRag || null,
      ownerRagReason: fields.ownerRagReason,
      risks: fields.risks,
      nextSteps: fields.nextSteps,
      recoveryAction: fields.recoveryAction,
    });
    setProblem(null);
    const input = check(parsed, ruleErrors(predicted, fields));
    if (input) submit.mutate(input);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summaryItems(errors, FIELD_ORDER)} description={problem ?? undefined} />
      {conflict ? <ConflictPanel theirs={conflict.theirs} mine={fields} /> : null}
      <Textarea
        {...text('narrative')}
        label="Progress this quarter"
        labelClassName="nhsuk-label--s"
        hint="What has happened since the last update. The board reads this."
        rows={6}
      />
      <TextInput
        {...text('progressPercent')}
        label="Progress (percent complete)"
        labelClassName="nhsuk-label--s"
        hint="A whole number from 0 to 100"
        inputMode="numeric"
        width={3}
      />
      <Radios
        id="status"
        legend="Status"
        value={fields.status}
        error={errors.status}
        onChange={(v) => set('status', v as TUpdateFields['status'])}
        options={[
          { value: 'not_started', label: 'Not started' },
          { value: 'in_progress', label: 'In progress' },
          { value: 'complete', label: 'Complete' },
        ]}
      />
      <Radios
        id="ownerRag"
        legend="Your RAG view"
        hint={
          <>
            From the dates and milestones this action is{' '}
            {predicted.derivedRag ? <RagTag rag={predicted.derivedRag} /> : 'not rated'}. Your view
            can make it worse, never better; a greener view is shown to the board as optimistic.
          </>
        }
        value={fields.ownerRag}
        error={errors.ownerRag}
        onChange={(v) => set('ownerRag', v as TUpdateFields['ownerRag'])}
        options={[...RAG_OPTIONS, { value: '', label: 'No view' }]}
      />
      <Textarea
        {...text('ownerRagReason')}
        label="Reason for your RAG view"
        labelClassName="nhsuk-label--s"
        hint={
          predicted.optimistic
            ? 'Required: your view is greener than the dates and milestones show.'
            : 'Optional unless your view is greener than the dates and milestones show.'
        }
        rows={3}
      />
      <Textarea
        {...text('risks')}
        label="Risks and issues"
        labelClassName="nhsuk-label--s"
        rows={3}
      />
      <Textarea
        {...text('nextSteps')}
        label="Next steps"
        labelClassName="nhsuk-label--s"
        rows={3}
      />
      <Textarea
        {...text('recoveryAction')}
        label={recoveryWhy ? 'Recovery action (required)' : 'Recovery action (optional)'}
        labelClassName="nhsuk-label--s"
        hint={
          recoveryWhy ??
          'Needed only when the action is red or amber: how it will get back on track, by when.'
        }
        rows={3}
      />
      <p className="nhsuk-body-s" aria-live="polite" data-testid="predicted-colour">
        With this update the action will be{' '}
        {predicted.rag ? <RagTag rag={predicted.rag} /> : 'not rated'}.
      </p>
      <button className="nhsuk-button" type="submit" disabled={submit.isPending}>
        {conflict ? 'Resubmit my update' : 'Submit update'}
      </button>
    </form>
  );
}
