import { RAG_LABELS, type Rag } from '@belonging/domain';

const TAG_CLASS: Record<Rag, string> = {
  red: 'nhsuk-tag--red',
  amber: 'nhsuk-tag--orange',
  green: 'nhsuk-tag--green',
  blue: 'nhsuk-tag--blue',
  grey: 'nhsuk-tag--grey',
};

/** A RAG colour, always with its word: colour is never the only signal. */
export function RagTag({ rag, suffix }: { rag: Rag; suffix?: string }) {
  return (
    <strong className={`nhsuk-tag ${TAG_CLASS[rag]} bt-rag`} data-rag={rag}>
      {RAG_LABELS[rag]}
      {suffix ? <span className="nhsuk-u-visually-hidden"> {suffix}</span> : null}
    </strong>
  );
}
