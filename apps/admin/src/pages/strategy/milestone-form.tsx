import {
  EVIDENCE_LINK_HINT,
  ZAdminMilestoneCreateInput,
  ZAdminMilestoneUpdateInput,
  type TAdminMilestoneCreateInput,
  type TAdminMilestoneUpdateInput,
} from '@belonging/domain';
import { ErrorSummary, PendingButton, formatDay, isoDay } from '@belonging/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { ConfirmButtons } from '../../components/buttons.tsx';
import { ConfirmQuestion, useConfirmQuestion } from '../../components/confirm-question.tsx';
import { CheckboxesField, TextField } from '../../components/fields.tsx';
import { errorDetails, toErrorItems, useFormErrors, useTRPC } from '@belonging/client';

export type EditableMilestone = {
  id: string;
  title: string;
  dueDate: Date;
  completedAt: Date | null;
  atRisk: boolean;
  evidenceUrl: string | null;
};

/** Adds a milestone to an action, or changes one (then the completion date can be set too). */
export function MilestoneForm({
  actionId,
  milestone,
  onDone,
}: {
  actionId: string;
  milestone: EditableMilestone | null;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const e = useFormErrors();
  const blank = { title: '', dueDate: '', completedAt: '', atRisk: false, evidenceUrl: '' };
  const [form, setForm] = useState(
    milestone
      ? {
          title: milestone.title,
          dueDate: isoDay(milestone.dueDate),
          completedAt: isoDay(milestone.completedAt),
          atRisk: milestone.atRisk,
          evidenceUrl: milestone.evidenceUrl ?? '',
        }
      : blank,
  );
  const [saved, setSaved] = useState<string | null>(null);
  const onSuccess = async () => {
    await queryClient.invalidateQueries(trpc.admin.action.pathFilter());
    await queryClient.invalidateQueries(trpc.strategy.pathFilter());
    setSaved(`Milestone “${form.title.trim()}” is saved.`);
    setForm(blank);
    onDone();
  };
  // The API asks before adding the same milestone twice: the question carries what was sent.
  const [duplicate, setDuplicate] = useState<
    | { kind: 'create'; data: TAdminMilestoneCreateInput }
    | { kind: 'update'; data: TAdminMilestoneUpdateInput }
    | null
  >(null);
  const sent = useRef<typeof duplicate>(null);
  const question = useConfirmQuestion();
  const create = useMutation(
    trpc.admin.milestone.create.mutationOptions({
      onSuccess,
      onError: (error) => {
        if (!isDuplicate(error)) return e.fromServer(error);
        setDuplicate(sent.current);
        question.open();
      },
    }),
  );
  const update = useMutation(
    trpc.admin.milestone.update.mutationOptions({
      onSuccess,
      onError: (error) => {
        if (!isDuplicate(error)) return e.fromServer(error);
        setDuplicate(sent.current);
        question.open();
      },
    }),
  );
  function addAnyway() {
    if (duplicate?.kind === 'create') create.mutate({ ...duplicate.data, confirmDuplicate: true });
    if (duplicate?.kind === 'update') update.mutate({ ...duplicate.data, confirmDuplicate: true });
    setDuplicate(null);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    setDuplicate(null);
    if (milestone) {
      const data = e.check(
        ZAdminMilestoneUpdateInput.safeParse({
          id: milestone.id,
          ...form,
          completedAt: form.completedAt || null,
        }),
      );
      if (data) {
        sent.current = { kind: 'update', data };
        update.mutate(data);
      }
    } else {
      const data = e.check(
        ZAdminMilestoneCreateInput.safeParse({
          actionId,
          title: form.title,
          dueDate: form.dueDate,
          atRisk: form.atRisk,
          evidenceUrl: form.evidenceUrl,
        }),
      );
      if (data) {
        sent.current = { kind: 'create', data };
        create.mutate(data);
      }
    }
  }

  const prefix = 'milestone';
  return (
    <form onSubmit={submit} noValidate aria-labelledby="milestone-form-heading">
      <h3 id="milestone-form-heading">
        {milestone ? `Change milestone “${milestone.title}”` : 'Add a milestone'}
      </h3>
      {saved ? <p role="status">{saved}</p> : null}
      <ErrorSummary
        errors={toErrorItems(
          Object.fromEntries(Object.entries(e.errors).map(([k, v]) => [`${prefix}-${k}`, v])),
        )}
        description={e.message ?? undefined}
      />
      <TextField
        name={`${prefix}-title`}
        label="Milestone title"
        value={form.title}
        onChange={(title) => setForm({ ...form, title })}
        error={e.errors.title}
      />
      <TextField
        name={`${prefix}-dueDate`}
        type="date"
        label="Milestone due date"
        value={form.dueDate}
        onChange={(dueDate) => setForm({ ...form, dueDate })}
        error={e.errors.dueDate}
      />
      {milestone ? (
        <TextField
          name={`${prefix}-completedAt`}
          type="date"
          label="Completion date (optional)"
          value={form.completedAt}
          onChange={(completedAt) => setForm({ ...form, completedAt })}
          error={e.errors.completedAt}
        />
      ) : null}
      <CheckboxesField
        name={`${prefix}-atRisk`}
        label="Is the milestone at risk?"
        values={form.atRisk ? ['yes'] : []}
        onChange={(v) => setForm({ ...form, atRisk: v.includes('yes') })}
        options={[{ value: 'yes', label: 'Yes, it is at risk of missing its due date' }]}
        small
      />
      <TextField
        name={`${prefix}-evidenceUrl`}
        type="url"
        label="Evidence link (optional)"
        hint={EVIDENCE_LINK_HINT}
        value={form.evidenceUrl}
        onChange={(evidenceUrl) => setForm({ ...form, evidenceUrl })}
        error={e.errors.evidenceUrl}
      />
      {duplicate && question.confirming ? (
        <ConfirmQuestion heading="This milestone already exists" headingRef={question.questionRef}>
          <p>
            This action already has a milestone “{form.title.trim()}” due on{' '}
            {form.dueDate ? formatDay(new Date(`${form.dueDate}T00:00:00Z`)) : 'the same day'}. Add
            it anyway?
          </p>
          <ConfirmButtons
            text="Yes, add it anyway"
            pending={create.isPending || update.isPending}
            onConfirm={addAnyway}
            cancel={() => {
              setDuplicate(null);
              question.close();
              // Back to the title, the answer most likely to change.
              document.getElementById(`field-${prefix}-title`)?.focus();
            }}
          />
        </ConfirmQuestion>
      ) : null}
      <div className="bt-actions">
        <PendingButton
          className="nhsuk-button nhsuk-button--secondary"
          type="submit"
          pending={create.isPending || update.isPending}
        >
          {milestone ? 'Save milestone' : 'Add milestone'}
        </PendingButton>
        {milestone ? (
          <button className="nhsuk-button nhsuk-button--reverse" type="button" onClick={onDone}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** The API's "this milestone already exists" answer, which the form turns into a question. */
function isDuplicate(error: unknown): boolean {
  return errorDetails(error)?.reason === 'duplicate_milestone';
}
