import { formatDay, RagTag } from '@belonging/ui';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { QueryState } from '../../components/query-state.tsx';
import { pageTitle } from '../../lib/page-title.ts';
import type { TStrategyTree } from '../../lib/api-types.ts';
import { StrategyTree } from './strategy-tree.tsx';
import { useTRPC } from '@belonging/client';

/** Brings the ambition or commitment a report link named into view, with focus on its summary. */
function FocusTarget({ id }: { id: string | null }) {
  useEffect(() => {
    if (!id) return;
    const summary = document.getElementById(id)?.querySelector('summary');
    summary?.scrollIntoView?.({ block: 'start' });
    summary?.focus();
  }, [id]);
  return null;
}

/** "1.3: A just and learning culture – Strategy – …": a link that opens one part names it. */
export function strategyTitle(
  tree: TStrategyTree,
  open: { ambition: string | null; commitment: string | null },
): string {
  const commitment = tree.ambitions
    .flatMap((a) => a.commitments)
    .find((c) => c.id === open.commitment);
  if (commitment) return pageTitle(`${commitment.code}: ${commitment.title}`, 'Strategy');
  const ambition = tree.ambitions.find((a) => a.id === open.ambition);
  if (ambition) return pageTitle(`Ambition ${ambition.number}: ${ambition.title}`, 'Strategy');
  return pageTitle('Strategy');
}

export function StrategyPage() {
  const trpc = useTRPC();
  const [params] = useSearchParams();
  const tree = useQuery(trpc.strategy.tree.queryOptions());
  const commitment = params.get('commitment');
  const ambition = params.get('ambition');
  const target = commitment ? `commitment-${commitment}` : ambition ? `ambition-${ambition}` : null;
  return (
    <QueryState query={tree} what="strategy">
      {(t) => (
        <>
          <title>{strategyTitle(t, { ambition, commitment })}</title>
          <span className="nhsuk-caption-l">
            {t.strategy.startYear} to {t.strategy.endYear}
          </span>
          <h1>{t.strategy.title}</h1>
          <p>
            Today ({formatDay(t.asOf)}) the strategy is <RagTag rag={t.rollup.rag} />. Open an
            ambition to see its commitments, then their actions and KPIs.
          </p>
          <StrategyTree tree={t} open={{ ambition, commitment }} />
          <FocusTarget id={target} />
        </>
      )}
    </QueryState>
  );
}
