import { ZAdminUserSetRolesInput } from '@belonging/domain';
import { BackLink, ErrorSummary, PendingButton, SuccessBanner } from '@belonging/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { CheckboxesField } from '../../components/fields.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { RouterLink } from '../../components/router-link.tsx';
import { roleLabel, ROLE_OPTIONS } from '../../lib/roles.ts';
import { useMe } from '../../lib/use-me.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { DeactivatePerson } from './deactivate-person.tsx';
import { ReactivatePerson } from './reactivate-person.tsx';
import { ResetPassword } from './reset-password.tsx';
import { toErrorItems, useTRPC, useFormErrors } from '@belonging/client';

/** One person: change their roles, or deactivate them and hand their actions to someone else. */
export function PersonPage() {
  const { userId = '' } = useParams();
  const trpc = useTRPC();
  const people = useQuery(trpc.admin.user.list.queryOptions());
  const me = useMe();
  const person = people.data?.find((p) => p.id === userId);
  usePageTitle(person ? person.name : 'Person');
  if (people.isPending || people.isError)
    return <QueryState error={people.error} what="this person" />;
  if (!person) {
    return (
      <>
        <h1>Person not found</h1>
        <p>
          They may have been removed from the trust. <Link to="/people">Go back to people</Link>.
        </p>
      </>
    );
  }
  return (
    <>
      <BackLink href="/people" text="Back to people" Link={RouterLink} />
      <h1>
        {person.name}
        {person.jobTitle ? (
          <span className="nhsuk-caption-l nhsuk-caption--bottom">{person.jobTitle}</span>
        ) : null}
      </h1>
      <p>
        {person.email}. {person.isActive ? 'Active' : 'Deactivated: they can no longer sign in.'}
      </p>
      {person.isActive ? (
        <>
          <RolesForm userId={person.id} name={person.name} roles={person.roles} />
          {person.id === me.data?.id ? null : <ResetPassword person={person} />}
          <DeactivatePerson
            person={person}
            others={people.data.filter((p) => p.isActive && p.id !== person.id)}
          />
        </>
      ) : (
        <>
          <p>
            Their history stays in the audit trail. Their roles were{' '}
            {person.roles.map(roleLabel).join(', ') || 'none'}.
          </p>
          <ReactivatePerson person={person} />
        </>
      )}
    </>
  );
}

function RolesForm({
  userId,
  name,
  roles,
}: {
  userId: string;
  name: string;
  roles: readonly string[];
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<string[]>([...roles]);
  const e = useFormErrors();
  const setRoles = useMutation(
    trpc.admin.user.setRoles.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.admin.user.pathFilter()),
      onError: e.fromServer,
    }),
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    setRoles.reset();
    const data = e.check(ZAdminUserSetRolesInput.safeParse({ userId, roles: chosen }));
    if (data) setRoles.mutate(data);
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="roles-heading">
      <h2 id="roles-heading">Roles</h2>
      {setRoles.isSuccess ? (
        <SuccessBanner id="roles-saved">
          <p>
            {name}’s roles are now: {chosen.map(roleLabel).join(', ')}.
          </p>
        </SuccessBanner>
      ) : null}
      <ErrorSummary errors={toErrorItems(e.errors)} description={e.message ?? undefined} />
      <CheckboxesField
        name="roles"
        label={`What ${name} can do`}
        values={chosen}
        onChange={setChosen}
        options={[...ROLE_OPTIONS]}
        error={e.errors.roles}
      />
      <PendingButton
        className="nhsuk-button nhsuk-button--secondary"
        type="submit"
        pending={setRoles.isPending}
      >
        Save roles
      </PendingButton>
    </form>
  );
}
