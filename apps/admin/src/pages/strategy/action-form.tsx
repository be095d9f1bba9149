import {
  ACTION_STATUS_LABELS,
  ZAdminActionCreateInput,
  ZAdminActionUpdateInput,
} from '@belonging/domain';
import { ErrorSummary, PendingButton, formatDay, isoDay } from '@belonging/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { CheckboxesField, SelectField, TextArea, TextField } from '../../components/fields.tsx';
import { bindFields } from '../../lib/bind-fields.ts';
import { readTagFields, tagCodesText, toTagInputs } from '../../lib/tags.ts';
import { toErrorItems, type TFieldErrors, useTRPC, useFormErrors } from '@belonging/client';

export type EditableAction = {
  id: string;
  version: number;
  code: string;
  title: string;
  description: string;
  ownerId: string;
  deliveryLead: string;
  startDate: Date | null;
  dueDate: Date;
  originalDueDate: Date;
  status: 'not_started' | 'in_progress' | 'complete' | 'cancelled';
  completedAt: Date | null;
  bafRiskRef: string | null;
  tags: { framework: string; code: string }[];
  kpiIds: string[];
  commitmentId: string;
};

const STATUSES = Object.entries(ACTION_STATUS_LABELS).map(([value, label]) => ({ value, label }));

/** The action's details: owner, delivery lead, dates, status, BAF risk, framework tags and the KPIs it should move. */
export function ActionForm({
  action,
  commitments,
  commitmentId,
}: {
  action: EditableAction | null;
  commitments: { id: string; label: string }[];
  commitmentId: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const e = useFormErrors();
  const [tagErrors, setTagErrors] = useState<TFieldErrors>({});
  const people = useQuery(trpc.admin.user.list.queryOptions());
  const kpis = useQuery(trpc.kpi.list.queryOptions());
  const [form, setForm] = useState({
    commitmentId: action?.commitmentId ?? commitmentId,
    code: action?.code ?? '',
    title: action?.title ?? '',
    description: action?.description ?? '',
    ownerId: action?.ownerId ?? '',
    deliveryLead: action?.deliveryLead ?? '',
    startDate: isoDay(action?.startDate),
    dueDate: isoDay(action?.dueDate),
    status: action?.status ?? 'not_started',
    completedAt: isoDay(action?.completedAt),
    bafRiskRef: action?.bafRiskRef ?? '',
    ediPlanTags: tagCodesText(action?.tags ?? [], 'edi_plan'),
    edsTags: tagCodesText(action?.tags ?? [], 'eds'),
    kpiIds: action?.kpiIds ?? [],
  });
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const invalidate = () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.strategy.pathFilter()),
      queryClient.invalidateQueries(trpc.action.pathFilter()),
      queryClient.invalidateQueries(trpc.admin.action.pathFilter()),
    ]);
  const create = useMutation(
    trpc.admin.action.create.mutationOptions({
      onSuccess: async (created) => {
        await invalidate();
        void navigate(`/strategy/actions/${created.id}`, {
          state: { done: `Action ${form.code.trim()} is added. Add its milestones below.` },
        });
      },
      onError: e.fromServer,
    }),
  );
  const update = useMutation(
    trpc.admin.action.update.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        void navigate('/strategy', { state: { done: `Action ${form.code.trim()} is saved.` } });
      },
      onError: e.fromServer,
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const typed = readTagFields(form);
    const tags = [
      ...typed.tags,
      ...toTagInputs(action?.tags ?? []).filter(
        (t) => t.framework === 'wres' || t.framework === 'wdes',
      ),
    ];
    const values = {
      commitmentId: form.commitmentId,
      code: form.code,
      title: form.title,
      description: form.description,
      ownerId: form.ownerId,
      deliveryLead: form.deliveryLead,
      startDate: form.startDate || null,
      dueDate: form.dueDate,
      status: form.status,
      completedAt: form.completedAt || null,
      bafRiskRef: form.bafRiskRef,
      tags,
      // Until the KPI list loads the links are left as they are; archived KPIs drop out of the set.
      kpiIds: kpis.data
        ? form.kpiIds.filter((id) => kpis.data.some((k) => k.id === id))
        : undefined,
    };
    setTagErrors(typed.errors);
    const tagsOk = Object.keys(typed.errors).length === 0;
    if (action) {
      const data = e.check(
        ZAdminActionUpdateInput.safeParse({
          id: action.id,
          expectedVersion: action.version,
          ...values,
        }),
      );
      if (data && tagsOk) update.mutate(data);
    } else {
      const data = e.check(ZAdminActionCreateInput.safeParse(values));
      if (data && tagsOk) create.mutate(data);
    }
  }

  // An empty choice fails the id check; say what to do instead.
  const errors: TFieldErrors = {
    ...e.errors,
    ...tagErrors,
    ...(e.errors.ownerId ? { ownerId: 'Choose the executive owner' } : {}),
  };
  const field = bindFields(form, setForm, errors);
  const owners = (people.data ?? []).filter(
    (p) => (p.isActive && p.roles.includes('executive_owner')) || p.id === form.ownerId,
  );
  const dueMoved = action && form.dueDate !== isoDay(action.originalDueDate);

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={toErrorItems(errors)} description={e.message ?? undefined} />
      <SelectField
        label="Commitment"
        options={commitments.map((c) => ({ value: c.id, label: c.label }))}
        {...field('commitmentId')}
      />
      <TextField
        label="Code"
        hint="A short reference, like 1.3.2"
        width="nhsuk-input--width-10"
        {...field('code')}
      />
      <TextField label="Title" {...field('title')} />
      <TextArea label="Description (optional)" {...field('description')} />
      <SelectField
        label="Executive owner"
        hint="The executive who updates this action each quarter"
        options={[
          { value: '', label: 'Choose an owner' },
          ...owners.map((p) => ({
            value: p.id,
            label: p.jobTitle ? `${p.name}, ${p.jobTitle}` : p.name,
          })),
        ]}
        {...field('ownerId')}
      />
      <TextField
        label="Delivery lead (optional)"
        hint="Who does the work day to day, like Head of Recruitment"
        {...field('deliveryLead')}
      />
      <TextField type="date" label="Start date (optional)" {...field('startDate')} />
      <TextField
        type="date"
        label="Due date"
        hint={
          action
            ? `Original due date: ${formatDay(action.originalDueDate)}. It stays on record when you change the due date.`
            : undefined
        }
        {...field('dueDate')}
      />
      {dueMoved ? (
        <p className="nhsuk-body-s">
          The board will see this action as moved from {formatDay(action.originalDueDate)}.
        </p>
      ) : null}
      {action ? (
        <>
          <SelectField
            name="status"
            label="Status"
            value={form.status}
            onChange={(v) => set({ status: v as typeof form.status })}
            options={STATUSES}
            error={errors.status}
          />
          {form.status === 'complete' ? (
            <TextField type="date" label="Completion date" {...field('completedAt')} />
          ) : null}
        </>
      ) : null}
      <TextField
        label="BAF risk reference (optional)"
        hint="The Board Assurance Framework risk this action controls, like BAF 7.1"
        width="nhsuk-input--width-10"
        {...field('bafRiskRef')}
      />
      <TextField
        label="NHS EDI Improvement Plan codes (optional)"
        hint="Separate codes with commas, like 1a, 2c. Codes run from 1a to 6f."
        {...field('ediPlanTags')}
      />
      <TextField
        label="EDS 2022 outcomes (optional)"
        hint="Separate outcomes with commas, like 2B, 3A. Outcomes run from 1A to 3C."
        {...field('edsTags')}
      />
      {kpis.data && kpis.data.length > 0 ? (
        <CheckboxesField
          name="kpiIds"
          label="KPIs this action should move (optional)"
          hint="The board sees these KPIs beside the action."
          values={form.kpiIds}
          onChange={(kpiIds) => set({ kpiIds })}
          options={kpis.data.map((k) => ({ value: k.id, label: `${k.code} ${k.title}` }))}
          error={errors.kpiIds}
          small
        />
      ) : null}
      <PendingButton
        className="nhsuk-button"
        type="submit"
        pending={create.isPending || update.isPending}
      >
        {action ? 'Save action' : 'Add action'}
      </PendingButton>
    </form>
  );
}
