import { ZAdminAmbitionCreateInput, ZAdminAmbitionUpdateInput } from '@belonging/domain';
import { BackLink, ErrorSummary } from '@belonging/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { TextArea, TextField } from '../../components/fields.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { RouterLink } from '../../components/router-link.tsx';
import { toErrorItems } from '../../lib/form-errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useFormErrors } from '../../lib/use-form-errors.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';

type Ambition = { id: string; number: number; title: string; description: string };

/** Adds an ambition (`/strategy/ambitions/new`) or changes one. */
export function AmbitionPage() {
  const { ambitionId } = useParams();
  const trpc = useTRPC();
  const tree = useQuery(trpc.strategy.tree.queryOptions());
  const isNew = ambitionId === undefined;
  usePageTitle(isNew ? 'Add an ambition' : 'Change an ambition');
  if (tree.isPending || tree.isError) return <QueryState error={tree.error} what="the strategy" />;
  const ambition = tree.data.ambitions.find((a) => a.id === ambitionId);
  if (!isNew && !ambition)
    return <QueryState error={new Error('not found')} what="this ambition" />;
  const nextNumber = Math.max(0, ...tree.data.ambitions.map((a) => a.number)) + 1;
  return (
    <AmbitionForm key={ambitionId ?? 'new'} ambition={ambition ?? null} nextNumber={nextNumber} />
  );
}

function AmbitionForm({ ambition, nextNumber }: { ambition: Ambition | null; nextNumber: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const e = useFormErrors();
  const [form, setForm] = useState({
    number: String(ambition?.number ?? nextNumber),
    title: ambition?.title ?? '',
    description: ambition?.description ?? '',
  });
  const onSuccess = async () => {
    await queryClient.invalidateQueries(trpc.strategy.pathFilter());
    void navigate('/strategy', {
      state: { done: `Ambition ${form.number}: ${form.title.trim()} is saved.` },
    });
  };
  const create = useMutation(
    trpc.admin.ambition.create.mutationOptions({ onSuccess, onError: e.fromServer }),
  );
  const update = useMutation(
    trpc.admin.ambition.update.mutationOptions({ onSuccess, onError: e.fromServer }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const values = {
      number: form.number.trim() === '' ? undefined : Number(form.number),
      title: form.title,
      description: form.description,
    };
    if (ambition) {
      const data = e.check(ZAdminAmbitionUpdateInput.safeParse({ id: ambition.id, ...values }));
      if (data) update.mutate(data);
    } else {
      const data = e.check(ZAdminAmbitionCreateInput.safeParse(values));
      if (data) create.mutate(data);
    }
  }

  return (
    <>
      <BackLink href="/strategy" text="Back to the strategy" Link={RouterLink} />
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={toErrorItems(e.errors)} description={e.message ?? undefined} />
        <h1>{ambition ? `Change ambition ${ambition.number}` : 'Add an ambition'}</h1>
        <TextField
          name="number"
          type="number"
          inputMode="numeric"
          width="nhsuk-input--width-5"
          label="Number"
          value={form.number}
          onChange={(number) => setForm({ ...form, number })}
          error={e.errors.number}
        />
        <TextField
          name="title"
          label="Title"
          value={form.title}
          onChange={(title) => setForm({ ...form, title })}
          error={e.errors.title}
        />
        <TextArea
          name="description"
          label="Description (optional)"
          value={form.description}
          onChange={(description) => setForm({ ...form, description })}
          error={e.errors.description}
        />
        <button
          className="nhsuk-button"
          type="submit"
          disabled={create.isPending || update.isPending}
        >
          Save ambition
        </button>
      </form>
    </>
  );
}
