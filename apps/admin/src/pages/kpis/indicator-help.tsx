import { indicatorHelp, indicatorHelpRows } from '@belonging/domain';
import { SummaryList } from '@belonging/ui';

/** What a library indicator measures, where its data comes from and which way is better. */
export function IndicatorHelp({
  code,
  title,
  level = 3,
}: {
  code: string;
  title: string;
  /** The heading level that fits where the help sits on the page. */
  level?: 2 | 3;
}) {
  const help = indicatorHelp(code);
  if (!help) return null;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="indicator-help-heading" data-testid="indicator-help">
      <Heading className="nhsuk-heading-s" id="indicator-help-heading">
        About {code}: {title}
      </Heading>
      <SummaryList rows={indicatorHelpRows(help)} />
    </section>
  );
}
