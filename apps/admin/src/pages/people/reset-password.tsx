import { ErrorSummary, SuccessBanner } from '@belonging/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmButtons } from '../../components/buttons.tsx';
import { ConfirmQuestion, useConfirmQuestion } from '../../components/confirm-question.tsx';
import { describeServerError, useTRPC, useReportErrorSummary } from '@belonging/client';

/**
 * Gives someone who has lost their password a temporary one. It is shown here once (the API keeps
 * no copy), they must change it when they sign in, and they are signed out everywhere now.
 */
export function ResetPassword({ person }: { person: { id: string; name: string; email: string } }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const question = useConfirmQuestion();
  const [message, setMessage] = useState<string | null>(null);
  const reset = useMutation(
    trpc.admin.user.resetPassword.mutationOptions({
      onSuccess: async () => {
        question.close();
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
    <section aria-labelledby="reset-heading">
      <h2 id="reset-heading">Reset {person.name}’s password</h2>
      <ErrorSummary errors={[]} description={message ?? undefined} />
      {reset.data ? (
        <SuccessBanner id="password-reset">
          <p>
            {person.name} can now sign in as {reset.data.email} with the temporary password{' '}
            <strong className="bt-temporary-password">{reset.data.temporaryPassword}</strong>.
          </p>
          <p>
            Give it to them privately: it is shown only now. They must choose their own password
            when they sign in, and they have been signed out everywhere.
          </p>
        </SuccessBanner>
      ) : null}
      {question.confirming ? (
        <ConfirmQuestion
          heading={`Reset ${person.name}’s password?`}
          headingRef={question.questionRef}
        >
          <p>
            Their current password will stop working and they will be signed out everywhere. You
            will see a temporary password once, to give them; they must change it when they sign in.
          </p>
          <ConfirmButtons
            text={`Yes, reset ${person.name}’s password`}
            pending={reset.isPending}
            onConfirm={() => reset.mutate({ userId: person.id })}
            cancel={question.cancel}
          />
        </ConfirmQuestion>
      ) : (
        <>
          <p>If {person.name} has forgotten their password, give them a temporary one.</p>
          <button
            className="nhsuk-button nhsuk-button--secondary"
            type="button"
            ref={question.buttonRef}
            onClick={() => {
              setMessage(null);
              reset.reset();
              question.open();
            }}
          >
            Reset {person.name}’s password
          </button>
        </>
      )}
    </section>
  );
}
