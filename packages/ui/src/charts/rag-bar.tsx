import { RAG_LABELS, type Rag } from '@belonging/domain';

/** Bar order: worst first, so red always starts the bar; not rated comes last. */
const BAR_ORDER: readonly Rag[] = ['red', 'amber', 'green', 'blue', 'grey'];

/** Words for each segment; blue is named as complete so the colour is never the only meaning. */
const SEGMENT_WORDS: Record<Rag, string> = {
  red: RAG_LABELS.red,
  amber: RAG_LABELS.amber,
  green: RAG_LABELS.green,
  blue: `${RAG_LABELS.blue} (complete)`,
  grey: RAG_LABELS.grey,
};

/** Below this share a segment is too narrow for its words: it shows the number only. */
const WORDS_FROM_SHARE = 0.14;
/** Below this share a segment is too narrow even for the number; the key beneath carries it. */
const NUMBER_FROM_SHARE = 0.05;

/** The bar in words: "Ambition 1, 21 items: 3 red, 5 amber, 12 green, 1 blue (complete)". */
export function describeRagBar(label: string, counts: Record<Rag, number>): string {
  const total = BAR_ORDER.reduce((sum, rag) => sum + counts[rag], 0);
  if (total === 0) return `${label}: nothing to rate`;
  const parts = BAR_ORDER.filter((rag) => counts[rag] > 0).map(
    (rag) => `${counts[rag]} ${SEGMENT_WORDS[rag].toLowerCase()}`,
  );
  return `${label}, ${total} ${total === 1 ? 'item' : 'items'}: ${parts.join(', ')}`;
}

/**
 * A horizontal stacked bar of RAG counts, each segment as wide as its share, with its word and
 * number written on it when there is room and always in the key beneath. The bar and key are one
 * image whose accessible name says every count in words.
 */
export function RagBar({ label, counts }: { label: string; counts: Record<Rag, number> }) {
  const total = BAR_ORDER.reduce((sum, rag) => sum + counts[rag], 0);
  const shown = BAR_ORDER.filter((rag) => counts[rag] > 0);
  return (
    <div className="bt-rag-bar" role="img" aria-label={describeRagBar(label, counts)}>
      <div className="bt-rag-bar__track">
        {total === 0 ? (
          <span className="bt-rag-bar__empty">Nothing to rate</span>
        ) : (
          shown.map((rag) => {
            const share = counts[rag] / total;
            return (
              <span
                key={rag}
                className={`bt-rag-bar__segment bt-rag-bar__segment--${rag}`}
                data-rag={rag}
                style={{ flexGrow: counts[rag], flexBasis: 0 }}
              >
                {share >= WORDS_FROM_SHARE
                  ? `${RAG_LABELS[rag]} ${counts[rag]}`
                  : share >= NUMBER_FROM_SHARE
                    ? String(counts[rag])
                    : ''}
              </span>
            );
          })
        )}
      </div>
      {total === 0 ? null : (
        <p className="bt-rag-bar__key">
          {shown.map((rag) => (
            <span key={rag} className="bt-rag-bar__key-item">
              <span className={`bt-rag-bar__swatch bt-rag-bar__segment--${rag}`} />
              {SEGMENT_WORDS[rag]} {counts[rag]}
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
