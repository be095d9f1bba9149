import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { pageTitle } from '../../lib/page-title.ts';
import {
  ColoursSection,
  HELP_SECTIONS,
  RagRulesSection,
  RelativeLikelihoodSection,
  SmallNumbersSection,
  SpcSection,
} from './help-sections.tsx';

/** Arriving at /help#spc from another page: the router does not scroll, so focus the heading. */
function useFocusHash() {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash) return;
    const heading = document.getElementById(decodeURIComponent(hash.slice(1)));
    heading?.focus(); // focusing scrolls the heading into view
  }, [hash]);
}

export function HelpPage() {
  useFocusHash();
  return (
    <>
      <title>{pageTitle('Help: colours, SPC and small numbers')}</title>
      <h1>Help: reading the tracker</h1>
      <p className="nhsuk-lede-text">
        What the colours, icons and bands on the board report and KPI pages mean, and how they are
        worked out.
      </p>
      <nav aria-labelledby="help-contents" className="nhsuk-contents-list">
        <h2 id="help-contents" className="nhsuk-heading-s">
          Contents
        </h2>
        <ol className="nhsuk-contents-list__list">
          {HELP_SECTIONS.map((s) => (
            <li className="nhsuk-contents-list__item" key={s.id}>
              <a className="nhsuk-contents-list__link" href={`#${s.id}`}>
                {s.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <ColoursSection />
      <RagRulesSection />
      <SpcSection />
      <RelativeLikelihoodSection />
      <SmallNumbersSection />
    </>
  );
}
