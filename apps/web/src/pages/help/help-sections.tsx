import {
  ASSURANCE_LABELS,
  RAGS,
  VARIATION_LABELS,
  type Rag,
  type TSpcAssurance,
  type TSpcVariation,
} from '@belonging/domain';
import { ASSURANCE_NAMES, RagTag, VARIATION_NAMES } from '@belonging/ui';
import type { ReactNode } from 'react';

/** A help section whose heading takes focus when a link elsewhere points at it. */
function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

const COLOUR_MEANINGS: Record<Rag, string> = {
  red: 'Off track: overdue, or a KPI worse than its trajectory by more than its tolerance. The board will ask about it, and the owner gives a recovery action.',
  amber:
    'At risk: slipping but within tolerance, a milestone flagged at risk, or an action not started when it should have. The owner gives a recovery action.',
  green: 'On track: on or ahead of its plan, trajectory or band.',
  blue: 'Done: an action or milestone is complete, or a KPI has reached its final target.',
  grey: 'Not rated: nothing to judge yet (no data, or not started and not yet due to start). Grey is left out of roll-ups.',
};

export const HELP_SECTIONS = [
  { id: 'colours', title: 'What the colours mean' },
  { id: 'rag-rules', title: 'How each colour is worked out' },
  { id: 'spc', title: 'SPC: the Making Data Count icons' },
  { id: 'relative-likelihood', title: 'Relative likelihood and the non-adverse band' },
  { id: 'small-numbers', title: 'How small numbers are hidden' },
] as const;

const title = (id: (typeof HELP_SECTIONS)[number]['id']) =>
  HELP_SECTIONS.find((s) => s.id === id)?.title ?? '';

export function ColoursSection() {
  return (
    <Section id="colours" title={title('colours')}>
      <p>
        Every colour is shown with its word, so nobody needs to tell colours apart. From worst to
        best:
      </p>
      <dl className="nhsuk-summary-list">
        {RAGS.map((rag) => (
          <div className="nhsuk-summary-list__row" key={rag}>
            <dt className="nhsuk-summary-list__key">
              <RagTag rag={rag} />
            </dt>
            <dd className="nhsuk-summary-list__value">{COLOUR_MEANINGS[rag]}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}

export function RagRulesSection() {
  return (
    <Section id="rag-rules" title={title('rag-rules')}>
      <h3>Milestones</h3>
      <p>
        Blue once completed (marked late if it was completed after its due date). Red if its due
        date has passed and it is not complete. Amber if its owner has flagged it at risk. Otherwise
        green.
      </p>
      <h3>Actions</h3>
      <ul>
        <li>Cancelled actions are left out.</li>
        <li>Complete: blue (marked late if it finished after its due date).</li>
        <li>
          Not started: grey until its start date; amber once its start date has passed without it
          starting.
        </li>
        <li>Not complete after its due date: red, overdue.</li>
        <li>Otherwise green, unless one of its milestones is amber or red, which it takes on.</li>
      </ul>
      <p>
        Each quarter the owner also gives their own view with a reason. Their view can make an
        action worse, never better: the action shows the worse of the two. When an owner&apos;s view
        is greener than the dates and milestones, the board report lists it as an &quot;optimistic
        owner view&quot;.
      </p>
      <h3>KPIs</h3>
      <p>
        A KPI is judged on its latest value. The tracker works out where the value was expected to
        be by then, on a straight line from the baseline through any trajectory points to the
        target. Blue when the final target is reached; green on or better than expected; amber when
        worse, but within the KPI&apos;s tolerance; red beyond it. A KPI measured against a band is
        green inside the band, amber just outside it (within tolerance) and red beyond; it is never
        blue. With no value yet it is grey. A value older than the period now due is marked
        &quot;out of date&quot; beside its colour.
      </p>
      <h3>Commitments, ambitions and the whole strategy</h3>
      <p>
        These roll up the colours of their actions and KPIs, leaving grey out. Blue if everything
        rated is blue; red if at least a third of them are red (the EDI team can set a stricter
        rule, where any red makes red); amber if any are red or amber; otherwise green. Grey only
        when nothing in it is rated yet.
      </p>
    </Section>
  );
}

const VARIATIONS: TSpcVariation[] = [
  'common_cause',
  'improvement_high',
  'improvement_low',
  'concern_high',
  'concern_low',
  'neither_high',
  'neither_low',
];
const ASSURANCES: TSpcAssurance[] = ['pass', 'fail', 'hit_or_miss'];

export function SpcSection() {
  return (
    <Section id="spc" title={title('spc')}>
      <p>
        NHS England&apos;s Making Data Count asks boards to read measures as statistical process
        control (SPC) charts, not colours alone. Once a KPI has 13 values, its chart shows the mean
        and process limits (the range ordinary ups and downs stay within), and two icons.
      </p>
      <h3>Variation: is something really changing?</h3>
      <ul>
        {VARIATIONS.map((v) => (
          <li key={v}>
            <strong>{VARIATION_NAMES[v]}</strong>: {VARIATION_LABELS[v]}.
          </li>
        ))}
      </ul>
      <p>
        A change is &quot;special cause&quot; when a value falls outside the process limits, six in
        a row sit on one side of the mean, six in a row keep rising or falling, or two of three sit
        near a limit. Whether high is improvement or concern depends on whether the KPI should go up
        or down; for a KPI measured against a band it is &quot;neither&quot;.
      </p>
      <h3>Assurance: will the target be met?</h3>
      <ul>
        {ASSURANCES.map((a) => (
          <li key={a}>
            <strong>{ASSURANCE_NAMES[a]}</strong>: {ASSURANCE_LABELS[a]}.
          </li>
        ))}
      </ul>
      <p>It needs a target and a direction, so KPIs measured against a band have none.</p>
      <h3>How SPC differs from the colour</h3>
      <p>
        The colour compares the latest value with where the plan said it should be today. The SPC
        icons look at the whole run of values: whether the latest change is more than ordinary
        noise, and whether the process as it runs now will reliably meet the target. A KPI can be
        green yet &quot;hit or miss&quot;, or red with common-cause variation (the plan is ahead of
        what the current process delivers). Read them together. With fewer than 13 values the chart
        shows only the values and their mean, with no icons.
      </p>
    </Section>
  );
}

export function RelativeLikelihoodSection() {
  return (
    <Section id="relative-likelihood" title={title('relative-likelihood')}>
      <p>
        Some WRES and WDES indicators compare how likely one group is to have something happen
        compared with another, for example White staff being appointed from shortlisting compared
        with Black, Asian and minority ethnic staff. It is one group&apos;s rate divided by the
        other&apos;s, worked out from the counts; nobody types the ratio in.
      </p>
      <p>
        1.00 means both groups are equally likely. The tracker sets each indicator the same way
        round, so above 1.00 means the minority group is worse off. Between 0.80 and 1.25 is the
        <strong> non-adverse band</strong>: under the &quot;four-fifths rule&quot; used by NHS
        trusts, a difference that small is not treated as adverse. Such a KPI is green inside the
        band and amber or red outside it.
      </p>
    </Section>
  );
}

export function SmallNumbersSection() {
  return (
    <Section id="small-numbers" title={title('small-numbers')}>
      <p>
        A breakdown by group can identify people when the group is small. Any figure built from
        fewer than 10 people (the trust can set a different threshold) is hidden and shown as
        <strong> *</strong> with the reason. When a hidden figure could be worked out from a total
        and the other figures, one more figure is hidden too. Whole-workforce figures are shown as
        usual.
      </p>
    </Section>
  );
}
