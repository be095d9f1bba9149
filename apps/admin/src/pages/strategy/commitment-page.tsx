import { ZAdminCommitmentCreateInput, ZAdminCommitmentUpdateInput } from '@belonging/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { SelectField, TextField } from '../../components/fields.tsx';
import { KeepInternal } from '../../components/keep-internal.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { bindFields } from '../../lib/bind-fields.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { StrategyItemForm, useBackToStrategy } from './strategy-item-form.tsx';
import { useTRPC, useFormErrors } from '@belonging/client';

type Commitment = { id: string; code: string; title: string; description: string };
type Ambition = { id: string; number: number; title: string; commitments: Commitment[] };

/** Adds a commitment under an ambition (`/strategy/commitments/new?ambitionId=`) or changes one. */
export function CommitmentPage() {
  const { commitmentId } = useParams();
  const [params] = useSearchParams();
  const trpc = useTRPC();
  const tree = useQuery(trpc.strategy.tree.queryOptions());
  const ambitions = tree.data?.ambitions ?? [];
  const owner = ambitions.find((a) => a.commitments.some((c) => c.id === commitmentId));
  const commitment = owner?.commitments.find((c) => c.id === commitmentId) ?? null;
  const newUnder = ambitions.find((a) => a.id === params.get('ambitionId'));
  usePageTitle(
    commitmentId
      ? commitment
        ? `Change commitment ${commitment.code}`
        : 'Change a commitment'
      : newUnder
        ? `Add a commitment to ambition ${newUnder.number}`
        : 'Add a commitment',
  );
  if (tree.isPending || tree.isError) return <QueryState error={tree.error} what="the strategy" />;
  if (commitmentId && !commitment)
    return <QueryState error={new Error('not found')} what="this commitment" />;
  const ambitionId = owner?.id ?? params.get('ambitionId') ?? ambitions[0]?.id ?? '';
  return (
    <>
      <CommitmentForm
        key={commitmentId ?? 'new'}
        ambitions={ambitions}
        ambitionId={ambitionId}
        commitment={commitment}
      />
      {commitment ? <CommitmentInternal key={commitment.id} commitment={commitment} /> : null}
    </>
  );
}

/** Whether the commitment stays off the public progress page, read from the commitment itself. */
function CommitmentInternal({ commitment }: { commitment: Commitment }) {
  const trpc = useTRPC();
  const read = useQuery(trpc.admin.commitment.byId.queryOptions({ id: commitment.id }));
  if (read.isPending || read.isError)
    return <QueryState error={read.error} what="whether the commitment is published" />;
  return (
    <KeepInternal
      entity="commitment"
      id={commitment.id}
      name={`Commitment ${commitment.code}`}
      isInternal={read.data.isInternal}
    />
  );
}

function CommitmentForm({
  ambitions,
  ambitionId,
  commitment,
}: {
  ambitions: Ambition[];
  ambitionId: string;
  commitment: Commitment | null;
}) {
  const trpc = useTRPC();
  const backToStrategy = useBackToStrategy();
  const e = useFormErrors();
  const ambition = ambitions.find((a) => a.id === ambitionId);
  const suggestedCode = ambition ? `${ambition.number}.${ambition.commitments.length + 1}` : '';
  const [form, setForm] = useState({
    ambitionId,
    code: commitment?.code ?? suggestedCode,
    title: commitment?.title ?? '',
    description: commitment?.description ?? '',
  });
  const field = bindFields(form, setForm, e.errors);
  const onSuccess = () =>
    backToStrategy(`Commitment ${form.code.trim()}: ${form.title.trim()} is saved.`);
  const create = useMutation(
    trpc.admin.commitment.create.mutationOptions({ onSuccess, onError: e.fromServer }),
  );
  const update = useMutation(
    trpc.admin.commitment.update.mutationOptions({ onSuccess, onError: e.fromServer }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (commitment) {
      const data = e.check(ZAdminCommitmentUpdateInput.safeParse({ id: commitment.id, ...form }));
      if (data) update.mutate(data);
    } else {
      const data = e.check(ZAdminCommitmentCreateInput.safeParse(form));
      if (data) create.mutate(data);
    }
  }

  return (
    <StrategyItemForm
      heading={commitment ? `Change commitment ${commitment.code}` : 'Add a commitment'}
      errors={e.errors}
      message={e.message}
      field={field}
      pending={create.isPending || update.isPending}
      saveText="Save commitment"
      onSubmit={submit}
    >
      <SelectField
        label="Ambition"
        options={ambitions.map((a) => ({
          value: a.id,
          label: `Ambition ${a.number}: ${a.title}`,
        }))}
        {...field('ambitionId')}
      />
      <TextField
        label="Code"
        hint="A short reference, like 1.3"
        width="nhsuk-input--width-10"
        {...field('code')}
      />
    </StrategyItemForm>
  );
}
