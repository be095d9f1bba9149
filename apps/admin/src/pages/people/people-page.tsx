import { SuccessBanner } from '@belonging/ui';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { QueryState } from '../../components/query-state.tsx';
import { roleLabel } from '../../lib/roles.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { AddPersonForm } from './add-person-form.tsx';
import { AdminTable } from '../../components/admin-table.tsx';
import { useTRPC } from '@belonging/client';

/** Everyone with a role in the trust, and a form to add someone. */
export function PeoplePage() {
  usePageTitle('People');
  const trpc = useTRPC();
  const people = useQuery(trpc.admin.user.list.queryOptions());
  const done = (useLocation().state as { done?: string } | null)?.done;
  return (
    <>
      <h1>People</h1>
      {done ? (
        <SuccessBanner id="people-done">
          <p>{done}</p>
        </SuccessBanner>
      ) : null}
      <p>Add people, change what they can do, and reassign a leaver’s actions when they go.</p>
      {people.isPending || people.isError ? (
        <QueryState error={people.error} what="people" />
      ) : people.data.length === 0 ? (
        <p>Nobody has been added yet. Add the first person with the form below.</p>
      ) : (
        <AdminTable caption="People in the trust" headers={['Name', 'Email', 'Roles', 'Status']}>
          {people.data.map((p) => (
            <tr className="nhsuk-table__row" key={p.id}>
              <td className="nhsuk-table__cell">
                <Link to={`/people/${p.id}`}>{p.name}</Link>
                {p.jobTitle ? (
                  <div className="nhsuk-body-s nhsuk-u-margin-bottom-0">{p.jobTitle}</div>
                ) : null}
              </td>
              <td className="nhsuk-table__cell">{p.email}</td>
              <td className="nhsuk-table__cell">
                {p.roles.map(roleLabel).join(', ') || 'No role'}
              </td>
              <td className="nhsuk-table__cell">
                <strong
                  className={`nhsuk-tag ${p.isActive ? 'nhsuk-tag--green' : 'nhsuk-tag--grey'}`}
                >
                  {p.isActive ? 'Active' : 'Deactivated'}
                </strong>
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
      <AddPersonForm />
    </>
  );
}
