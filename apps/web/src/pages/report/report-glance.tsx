import {
  describeMovement,
  movementByAmbition,
  totalMovement,
  type TBoardReport,
} from '@belonging/domain';
import { RagBar, RagTag } from '@belonging/ui';

/**
 * The picture a board member takes in first: a bar of colour counts for the whole strategy and
 * for each ambition, every segment with its word and number, and movement since the last quarter
 * in words. The tables below carry the same numbers.
 */
export function ReportGlance({ report }: { report: TBoardReport }) {
  const moved = movementByAmbition(report);
  return (
    <section aria-labelledby="glance-heading" data-testid="report-glance">
      <h2 id="glance-heading">At a glance</h2>
      <p>
        Each bar counts the actions and KPIs by colour. Movement compares each one with its colour
        in the previous quarter.
      </p>
      <h3 className="nhsuk-heading-s">
        Whole strategy: <RagTag rag={report.overall.rag} />
      </h3>
      <RagBar label="Whole strategy" counts={report.overall.counts} />
      <p>Since last quarter: {describeMovement(totalMovement(report))}.</p>
      {report.summary.map((ambition) => {
        const movement = moved.get(ambition.number);
        return (
          <div key={ambition.id} data-testid={`glance-ambition-${ambition.number}`}>
            <h3 className="nhsuk-heading-s">
              Ambition {ambition.number}: {ambition.title} <RagTag rag={ambition.rag} />
            </h3>
            <RagBar label={`Ambition ${ambition.number}`} counts={ambition.counts} />
            {movement ? <p>Since last quarter: {describeMovement(movement)}.</p> : null}
          </div>
        );
      })}
    </section>
  );
}
