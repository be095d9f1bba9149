import { ErrorSummary } from '@belonging/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ConfirmButtons } from '../../components/buttons.tsx';
import { ConfirmQuestion, useConfirmQuestion } from '../../components/confirm-question.tsx';
import { SelectField } from '../../components/fields.tsx';
import { plural } from '../../lib/plural.ts';
import { describeServerError, useTRPC, useReportErrorSummary } from '@belonging/client';

type Person = {
  id: string;
  name: string;
  roles: readonly string[];
  liveActionCount: number;
  liveKpiCount: number;
};

/**
 * Deactivates a leaver and hands their actions to someone else in the same step, after a
 * confirmation that says exactly what will happen.
 */
export function DeactivatePerson({ person, others }: { person: Person; others: Person[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [reassignTo, setReassignTo] = useState('');
  const question = useConfirmQuestion();
  const [message, setMessage] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const owners = others.filter((p) => p.roles.includes('executive_owner'));
  const owns = person.liveActionCount + person.liveKpiCount > 0;
  const deactivate = useMutation(
    trpc.admin.user.deactivate.mutationOptions({
      onSuccess: async () => {
        // Leave this page before the list refreshes: it no longer offers deactivation once it has.
        const handedTo = owners.find((p) => p.id === reassignTo);
        const done = `${person.name} is deactivated${handedTo ? ` and their actions now belong to ${handedTo.name}` : ''}.`;
        void navigate('/people', { state: { done } });
        await queryClient.invalidateQueries(trpc.admin.user.pathFilter());
        await queryClient.invalidateQueries(trpc.strategy.pathFilter());
      },
      onError: (error) => {
        const described = describeServerError(error);
        // The error summary takes focus as it appears.
        question.close();
        setFieldError(described.fields.reassignTo);
        setMessage(described.fields.reassignTo ? null : described.message);
      },
    }),
  );
  const target = owners.find((p) => p.id === reassignTo);
  useReportErrorSummary(fieldError !== undefined || message !== null);

  return (
    <section aria-labelledby="deactivate-heading">
      <h2 id="deactivate-heading">Deactivate {person.name}</h2>
      <ErrorSummary
        errors={fieldError ? [{ fieldId: 'field-reassignTo', message: fieldError }] : []}
        description={message ?? undefined}
      />
      {question.confirming ? (
        <ConfirmQuestion heading={`Deactivate ${person.name}?`} headingRef={question.questionRef}>
          <p>
            They will no longer be able to sign in. Their updates and history stay in the audit
            trail.
            {target ? ` Every action and KPI they own will move to ${target.name}.` : ''}
          </p>
          <ConfirmButtons
            text={`Yes, deactivate ${person.name}`}
            pending={deactivate.isPending}
            onConfirm={() =>
              deactivate.mutate({ userId: person.id, reassignTo: reassignTo || null })
            }
            cancel={question.cancel}
          />
        </ConfirmQuestion>
      ) : (
        <>
          <p>
            When someone leaves, deactivate them and reassign their work to another executive owner
            in one step.{' '}
            {owns
              ? `${person.name} owns ${plural(person.liveActionCount, 'live action')} and ${plural(person.liveKpiCount, 'KPI')}.`
              : `${person.name} owns no live actions or KPIs.`}
          </p>
          <SelectField
            name="reassignTo"
            label="Give their actions to"
            value={reassignTo}
            onChange={setReassignTo}
            options={[
              { value: '', label: owns ? 'Choose an executive owner' : 'Nobody: they own nothing' },
              ...owners.map((p) => ({ value: p.id, label: p.name })),
            ]}
            error={fieldError}
          />
          <button
            className="nhsuk-button nhsuk-button--warning"
            type="button"
            ref={question.buttonRef}
            onClick={() => {
              setMessage(null);
              if (owns && !reassignTo)
                return setFieldError(
                  'Choose the executive owner who takes over their actions and KPIs',
                );
              setFieldError(undefined);
              question.open();
            }}
          >
            Deactivate {person.name}
          </button>
        </>
      )}
    </section>
  );
}
