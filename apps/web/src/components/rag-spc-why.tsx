import { explainRagSpcDisagreement, type TRagSpcReading } from '@belonging/domain';

/** The one sentence on why a KPI's colour and its SPC icons disagree; nothing when they agree. */
export function RagSpcWhy({ reading, code }: { reading: TRagSpcReading; code?: string }) {
  const why = explainRagSpcDisagreement(reading);
  if (!why) return null;
  return (
    <p data-testid="rag-spc-why">
      <strong>{code ? `${code}: ` : ''}Why the colour and SPC differ.</strong> {why}
    </p>
  );
}
