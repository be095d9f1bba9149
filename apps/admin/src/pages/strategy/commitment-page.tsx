import { ZAdminCommitmentCreateInput, ZAdminCommitmentUpdateInput } from '@belonging/domain';
import { BackLink, ErrorSummary } from '@belonging/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { SelectField, TextArea, TextField } from '../../components/fields.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { RouterLink } from '../../components/router-link.tsx';
import { toErrorItems } from '../../lib/form-errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useFormErrors } from '../../lib/use-form-errors.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';

type Commitment = { id: string; code: string; title: string; description: string };
type Ambition = { id: string; number: number; title: string; commitments: Commitment[] };

/** Adds a commitment under an ambition (`/strategy/commitments/new?ambitionId=`) or changes one. */
export function CommitmentPage() {
  const { commitmentId } = useParams();
  const [params] = useSearchParams();
  const trpc = useTRPC();
  const tree = useQuery(trpc.strategy.tree.queryOptions());
  usePageTitle(commitmentId ? 'Change a commitment' : 'Add a commitment');
  if (tree.isPending || tree.isError) return <QueryState error={tree.error} what="the strategy" />;
  const ambitions = tree.data.ambitions;
  const owner = ambitions.find((a) => a.commitments.some((c) => c.id === commitmentId));
  const commitment = owner?.commitments.find((c) => c.id === commitmentId) ?? null;
  if (commitmentId && !commitment)
    return <QueryState error={new Error('not found')} what="this commitment" />;
  const ambitionId = owner?.id ?? params.get('ambitionId') ?? ambitions[0]?.id ?? '';
  return (
    <CommitmentForm
      key={commitmentId ?? 'new'}
      ambitions={ambitions}
      ambitionId={ambitionId}
      commitment={commitment}
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
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const e = useFormErrors();
  const ambition = ambitions.find((a) => a.id === ambitionId);
  const suggestedCode = ambition ? `${ambition.number}.${ambition.commitments.length + 1}` : '';
  const [form, setForm] = useState({
    ambitionId,
    code: commitment?.code ?? suggestedCode,
    title: commitment?.title ?? '',
    description: commitment?.description ?? '',
  });
  const onSuccess = async () => {
    await queryClient.invalidateQueries(trpc.strategy.pathFilter());
    void navigate('/strategy', {
      state: { done: `Commitment ${form.code.trim()}: ${form.title.trim()} is saved.` },
    });
  };
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
    <>
      <BackLink href="/strategy" text="Back to the strategy" Link={RouterLink} />
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={toErrorItems(e.errors)} description={e.message ?? undefined} />
        <h1>{commitment ? `Change commitment ${commitment.code}` : 'Add a commitment'}</h1>
        <SelectField
          name="ambitionId"
          label="Ambition"
          value={form.ambitionId}
          onChange={(v) => setForm({ ...form, ambitionId: v })}
          options={ambitions.map((a) => ({
            value: a.id,
            label: `Ambition ${a.number}: ${a.title}`,
          }))}
          error={e.errors.ambitionId}
        />
        <TextField
          name="code"
          label="Code"
          hint="A short reference, like 1.3"
          width="nhsuk-input--width-10"
          value={form.code}
          onChange={(code) => setForm({ ...form, code })}
          error={e.errors.code}
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
          Save commitment
        </button>
      </form>
    </>
  );
}
