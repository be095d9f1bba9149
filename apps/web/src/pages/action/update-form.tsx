import { RAG_LABELS, UPDATE_TEXT_LIMITS, ZActionUpdateInput } from '@belonging/domain';
import { Checkbox, ErrorSummary, Radios, RagTag, Textarea, TextInput } from '@belonging/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import type { TActionDetail } from '../../lib/api-types.ts';
import { invalidateActionAreas } from '../../lib/invalidate.ts';
import { hintWithCount } from '../../components/character-count.tsx';
import { ConflictPanel, readTheirUpdate, type TTheirUpdate } from './conflict-panel.tsx';
import { useDraft } from './use-draft.ts';
import {
  chooseOwnerRag,
  FIELD_ORDER,
  initialFields,
  checkFields,
  recoveryReason,
  updateInput,
  type TUpdateFields,
} from './update-rules.ts';
import {
  errorCode,
  errorDetails,
  errorMessage,
  serverFieldErrors,
  summaryItems,
  useFormErrors,
  useReportErrorSummary,
  useTRPC,
} from '@belonging/client';
import { textFieldProps } from '../../lib/text-field-props.ts';

// Enter in a one-line box would submit the whole update; a number box is not where the owner finishes.
const keepEnterInBox = (event: KeyboardEvent<HTMLInputElement>) => {
  if (event.key === 'Enter') event.preventDefault();
};

const RAG_OPTIONS = (['red', 'amber', 'green', 'blue'] as const).map((rag) => ({
  value: rag,
  label: RAG_LABELS[rag],
}));

export function UpdateForm({ action }: { action: TActionDetail }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { fields, setFields, version, setVersion, clearDraft } = useDraft(action);
  // The view and reason the form opened with: a carried reason belongs to that view only.
  const [carried] = useState(() => initialFields(action));
  const { errors, setErrors, check } = useFormErrors();
  const [problem, setProblem] = useState<string | null>(null);
  // Field messages report themselves; a message about the whole update must too.
  useReportErrorSummary(problem !== null);
  const [conflict, setConflict] = useState<{ theirs: TTheirUpdate } | null>(null);
  const set = <K extends keyof TUpdateFields>(key: K, value: TUpdateFields[K]) =>
    setFields({ ...fields, [key]: value });
  const text = textFieldProps(fields, setFields, errors);
  const counted = (key: keyof typeof UPDATE_TEXT_LIMITS, hint?: string) => ({
    ...text(key),
    hint: hintWithCount(hint, key, fields[key], UPDATE_TEXT_LIMITS[key]),
  });

  const checked = checkFields(action, fields);
  const predicted = checked.assessment;
  const recoveryWhy = recoveryReason(checked);

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
    const parsed = ZActionUpdateInput.safeParse(updateInput(action.id, version, fields));
    setProblem(null);
    const input = check(parsed, checked.fieldErrors);
    if (input) submit.mutate(input);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summaryItems(errors, FIELD_ORDER)} description={problem ?? undefined} />
      {conflict ? <ConflictPanel theirs={conflict.theirs} mine={fields} /> : null}
      <p className="nhsuk-body-s">
        Fields marked (required) must be filled in. Progress, risks and next steps start from your
        last update: change them to say how things stand now.
      </p>
      <Textarea
        {...counted('narrative', 'What has happened since the last update. The board reads this.')}
        label="Progress this quarter (required)"
        labelClassName="nhsuk-label--s"
        rows={6}
      />
      <Checkbox
        id="narrativeInternal"
        label="Keep this narrative inside the trust (it will not appear on the public progress page)"
        hint="The board and the EDI team still read it. Your progress, status and RAG rating are published as usual."
        checked={fields.narrativeInternal === true}
        onChange={(checked) => set('narrativeInternal', checked)}
      />
      <TextInput
        {...text('progressPercent')}
        label="Progress (percent complete) (required)"
        labelClassName="nhsuk-label--s"
        hint="A whole number from 0 to 100"
        inputMode="numeric"
        width={3}
        onKeyDown={keepEnterInBox}
      />
      <Radios
        id="status"
        legend="Status (required)"
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
        legend="Your RAG view (optional)"
        hint={
          <>
            From the dates and milestones this action is{' '}
            {predicted.derivedRag ? <RagTag rag={predicted.derivedRag} /> : 'not rated'}. Your view
            can make it worse, never better; a greener view is shown to the board as optimistic.
          </>
        }
        value={fields.ownerRag}
        error={errors.ownerRag}
        onChange={(v) => setFields(chooseOwnerRag(fields, v as TUpdateFields['ownerRag'], carried))}
        options={[...RAG_OPTIONS, { value: '', label: 'No view' }]}
      />
      <Textarea
        {...counted(
          'ownerRagReason',
          predicted.optimistic
            ? 'Your view is greener than the dates and milestones show, so the board needs your reason.'
            : 'Needed only when your view is greener than the dates and milestones show.',
        )}
        label={
          predicted.optimistic
            ? 'Reason for your RAG view (required)'
            : 'Reason for your RAG view (optional)'
        }
        labelClassName="nhsuk-label--s"
        rows={3}
      />
      <Textarea
        {...counted('risks')}
        label="Risks and issues (optional)"
        labelClassName="nhsuk-label--s"
        rows={3}
      />
      <Textarea
        {...counted('nextSteps')}
        label="Next steps (optional)"
        labelClassName="nhsuk-label--s"
        rows={3}
      />
      <Textarea
        {...counted(
          'recoveryAction',
          recoveryWhy ??
            'Needed only when the action is red or amber: how it will get back on track, by when.',
        )}
        label={recoveryWhy ? 'Recovery action (required)' : 'Recovery action (optional)'}
        labelClassName="nhsuk-label--s"
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
