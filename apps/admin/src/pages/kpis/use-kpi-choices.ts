import { useQuery } from '@tanstack/react-query';
import type { Option } from '../../components/fields.tsx';
import { useTRPC } from '@belonging/client';

/** Where a KPI can sit (ambitions and their commitments) and who can own it, for the KPI form. */
export function useKpiChoices() {
  const trpc = useTRPC();
  const tree = useQuery(trpc.strategy.tree.queryOptions());
  const people = useQuery(trpc.admin.user.list.queryOptions());
  const placements: Option[] = (tree.data?.ambitions ?? []).flatMap((a) => [
    { value: `ambition:${a.id}`, label: `Ambition ${a.number}: ${a.title}` },
    ...a.commitments.map((c) => ({
      value: `commitment:${c.id}`,
      label: `Commitment ${c.code}: ${c.title}`,
    })),
  ]);
  const owners: Option[] = (people.data ?? [])
    .filter(
      (p) => p.isActive && (p.roles.includes('executive_owner') || p.roles.includes('edi_admin')),
    )
    .map((p) => ({ value: p.id, label: p.name }));
  const pending = tree.isPending || people.isPending;
  return { placements, owners, pending, error: tree.error ?? people.error };
}
