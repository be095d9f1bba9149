import { ZAdminAmbitionCreateInput, ZAdminAmbitionUpdateInput } from '@belonging/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { TextField } from '../../components/fields.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { bindFields } from '../../lib/bind-fields.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { StrategyItemForm, useBackToStrategy } from './strategy-item-form.tsx';
import { useTRPC, useFormErrors } from '@belonging/client';

type Ambition = { id: string; number: number; title: string; description: string };

/** Adds an ambition (`/strategy/ambitions/new`) or changes one. */
export function AmbitionPage() {
  const { ambitionId } = useParams();
  const trpc = useTRPC();
  const tree = useQuery(trpc.strategy.tree.queryOptions());
  const isNew = ambitionId === undefined;
  const ambition = tree.data?.ambitions.find((a) => a.id === ambitionId);
  usePageTitle(
    isNew
      ? 'Add an ambition'
      : ambition
        ? `Change ambition ${ambition.number}`
        : 'Change an ambition',
  );
  if (tree.isPending || tree.isError) return <QueryState error={tree.error} what="the strategy" />;
  if (!isNew && !ambition)
    return <QueryState error={new Error('not found')} what="this ambition" />;
  const nextNumber = Math.max(0, ...tree.data.ambitions.map((a) => a.number)) + 1;
  return (
    <AmbitionForm key={ambitionId ?? 'new'} ambition={ambition ?? null} nextNumber={nextNumber} />
  );
}

function AmbitionForm({ ambition, nextNumber }: { ambition: Ambition | null; nextNumber: number }) {
  const trpc = useTRPC();
  const backToStrategy = useBackToStrategy();
  const e = useFormErrors();
  const [form, setForm] = useState({
    number: String(ambition?.number ?? nextNumber),
    title: ambition?.title ?? '',
    description: ambition?.description ?? '',
  });
  const field = bindFields(form, setForm, e.errors);
  const onSuccess = () => backToStrategy(`Ambition ${form.number}: ${form.title.trim()} is saved.`);
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
    <StrategyItemForm
      heading={ambition ? `Change ambition ${ambition.number}` : 'Add an ambition'}
      errors={e.errors}
      message={e.message}
      field={field}
      pending={create.isPending || update.isPending}
      saveText="Save ambition"
      onSubmit={submit}
    >
      <TextField
        type="number"
        inputMode="numeric"
        width="nhsuk-input--width-5"
        label="Number"
        {...field('number')}
      />
    </StrategyItemForm>
  );
}
