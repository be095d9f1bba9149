import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { usePageTitle } from '../lib/use-page-title.ts';
import { FailedEmailsLine } from './emails/email-notices.tsx';
import { useTRPC } from '@belonging/client';

const SECTIONS: { to: string; title: string; text: string }[] = [
  {
    to: '/strategy',
    title: 'Strategy',
    text: 'Ambitions, commitments, actions and milestones: owners, dates, tags and order.',
  },
  {
    to: '/kpis',
    title: 'KPIs',
    text: 'Measures from the NHS indicator library or your own, with targets, tolerances and SPC settings.',
  },
  {
    to: '/import',
    title: 'Import measurements',
    text: 'Upload a CSV or Excel file of KPI values; nothing is saved unless every row is valid.',
  },
  {
    to: '/periods',
    title: 'Reporting periods',
    text: 'Update windows, board dates, who still has to update, and locking the board snapshot.',
  },
  {
    to: '/people',
    title: 'People',
    text: 'Add people, change their roles, and reassign a leaver’s actions.',
  },
  {
    to: '/eds',
    title: 'EDS 2022',
    text: 'The year’s Equality Delivery System scores and evidence.',
  },
  {
    to: '/publication',
    title: 'Public progress page',
    text: 'Preview and publish a locked quarter’s progress and equality figures for anyone to read.',
  },
  {
    to: '/emails',
    title: 'Emails',
    text: 'Every reminder and digest the tracker writes, what became of it, and pausing email.',
  },
  {
    to: '/sign-in-settings',
    title: 'Sign-in',
    text: 'Single sign-on with your trust’s own accounts, new accounts, and turning password sign-in off.',
  },
  {
    to: '/audit',
    title: 'Audit trail',
    text: 'Who changed what and when, with the values before and after.',
  },
];

export function HomePage() {
  usePageTitle('EDI team admin');
  const trpc = useTRPC();
  // Only the count of failures matters here: one row is enough to read it.
  const failed = useQuery(trpc.admin.email.list.queryOptions({ status: 'failed', limit: 1 }));
  return (
    <>
      <h1>EDI team admin</h1>
      <p className="nhsuk-lede-text">
        Keep the Belonging and Inclusion Strategy true: what the board reads comes from here.
      </p>
      <FailedEmailsLine failedCount={failed.data?.failedCount ?? 0} />
      <ul className="nhsuk-grid-row nhsuk-card-group">
        {SECTIONS.map((s) => (
          <li className="nhsuk-grid-column-one-half nhsuk-card-group__item" key={s.to}>
            <div className="nhsuk-card nhsuk-card--clickable">
              <div className="nhsuk-card__content">
                <h2 className="nhsuk-card__heading nhsuk-heading-m">
                  <Link className="nhsuk-card__link" to={s.to}>
                    {s.title}
                  </Link>
                </h2>
                <p className="nhsuk-card__description">{s.text}</p>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
