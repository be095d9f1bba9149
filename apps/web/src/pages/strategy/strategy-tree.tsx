import { RAG_LABELS, REASON_LABELS, type Rag } from '@belonging/domain';
import { DataTable, RagTag } from '@belonging/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { KpiColourTable } from '../../components/kpi-colour-table.tsx';
import type { TStrategyTree } from '../../lib/api-types.ts';

type TAmbition = TStrategyTree['ambitions'][number];
type TCommitment = TAmbition['commitments'][number];
type TKpi = TCommitment['kpis'][number];

/** A disclosure whose summary names the colour in words, so a closed row still reads on its own. */
function Disclosure({
  id,
  title,
  rag,
  open,
  children,
}: {
  id: string;
  title: string;
  rag: Rag;
  open?: boolean;
  children: ReactNode;
}) {
  return (
    <details className="nhsuk-details" id={id} open={open}>
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">
          {title}: {RAG_LABELS[rag]}
        </span>
      </summary>
      <div className="nhsuk-details__text">{children}</div>
    </details>
  );
}

function KpiTable({ kpis, caption }: { kpis: TKpi[]; caption: string }) {
  if (kpis.length === 0) return null;
  return (
    <KpiColourTable kpis={kpis} caption={caption} captionClassName="nhsuk-table__caption--s" />
  );
}

function CommitmentView({ commitment, open }: { commitment: TCommitment; open: boolean }) {
  return (
    <Disclosure
      id={`commitment-${commitment.id}`}
      title={`${commitment.code}: ${commitment.title}`}
      rag={commitment.rollup.rag}
      open={open}
    >
      <DataTable
        caption="Actions"
        captionClassName="nhsuk-table__caption--s"
        rows={commitment.actions}
        rowKey={(a) => a.id}
        empty="No actions."
        columns={[
          {
            header: 'Action',
            rowHeader: true,
            cell: (a) => <Link to={`/actions/${a.id}`}>{`${a.code}: ${a.title}`}</Link>,
          },
          {
            header: 'Colour',
            cell: (a) => (
              <>
                {a.assessment.rag ? <RagTag rag={a.assessment.rag} /> : 'Cancelled'}{' '}
                {REASON_LABELS[a.assessment.reason]}
              </>
            ),
          },
          { header: 'Owner', cell: (a) => a.owner.name },
        ]}
      />
      <KpiTable kpis={commitment.kpis} caption="KPIs" />
    </Disclosure>
  );
}

/**
 * Ambition → commitment → action or KPI, each level with its roll-up colour in words. A link from
 * the board report names the ambition or commitment to open.
 */
export function StrategyTree({
  tree,
  open,
}: {
  tree: TStrategyTree;
  open: { ambition: string | null; commitment: string | null };
}) {
  return (
    <>
      {tree.ambitions.map((ambition) => (
        <Disclosure
          key={ambition.id}
          id={`ambition-${ambition.id}`}
          title={`Ambition ${ambition.number}: ${ambition.title}`}
          rag={ambition.rollup.rag}
          open={
            open.ambition === ambition.id ||
            ambition.commitments.some((c) => c.id === open.commitment)
          }
        >
          {ambition.description ? <p>{ambition.description}</p> : null}
          {ambition.commitments.map((c) => (
            <CommitmentView key={c.id} commitment={c} open={open.commitment === c.id} />
          ))}
          <KpiTable kpis={ambition.kpis} caption={`KPIs of ambition ${ambition.number}`} />
        </Disclosure>
      ))}
    </>
  );
}
