import { ErrorSummary } from '@belonging/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ConfirmButtons } from '../../components/buttons.tsx';
import { ConfirmQuestion, useConfirmQuestion } from '../../components/confirm-question.tsx';
import { roleLabel } from '../../lib/roles.ts';
import { describeServerError, useTRPC, useReportErrorSummary } from '@belonging/client';

/** Lets a leaver back in, after a question that says what they will be able to do again. */
export function ReactivatePerson({
  person,
}: {
  person: { id: string; name: string; roles: readonly string[] };
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const question = useConfirmQuestion();
  const [message, setMessage] = useState<string | null>(null);
  const roles = person.roles.map(roleLabel).join(', ') || 'no role';
  const reactivate = useMutation(
    trpc.admin.user.reactivate.mutationOptions({
      onSuccess: async () => {
        void navigate('/people', { state: { done: `${person.name} is active again.` } });
        await queryClient.invalidateQueries(trpc.admin.user.pathFilter());
      },
      onError: (error) => {
        question.close();
        setMessage(describeServerError(error).message);
      },
    }),
  );
  useReportErrorSummary(message !== null);

  return (
    <section aria-labelledby="reactivate-heading">
      <h2 id="reactivate-heading">Reactivate {person.name}</h2>
      <ErrorSummary errors={[]} description={message ?? undefined} />
      {question.confirming ? (
        <ConfirmQuestion heading={`Reactivate ${person.name}?`} headingRef={question.questionRef}>
          <p>
            They will be able to sign in again with their old password, as: {roles}. Reset their
            password afterwards if they no longer know it.
          </p>
          <ConfirmButtons
            text={`Yes, reactivate ${person.name}`}
            pending={reactivate.isPending}
            onConfirm={() => reactivate.mutate({ userId: person.id })}
            cancel={question.cancel}
          />
        </ConfirmQuestion>
      ) : (
        <>
          <p>If they have come back, let them sign in again with the roles they had: {roles}.</p>
          <button
            className="nhsuk-button nhsuk-button--secondary"
            type="button"
            ref={question.buttonRef}
            onClick={() => {
              setMessage(null);
              question.open();
            }}
          >
            Reactivate {person.name}
          </button>
        </>
      )}
    </section>
  );
}
