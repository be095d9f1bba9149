import { ZEmailSettingsInput, type TEmailSettingsInput } from '@belonging/domain';
import { ErrorSummary, SuccessBanner } from '@belonging/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmButtons } from '../../components/buttons.tsx';
import { ConfirmQuestion, useConfirmQuestion } from '../../components/confirm-question.tsx';
import { CheckboxesField, TextField } from '../../components/fields.tsx';
import { schemaResolver, toErrorItems, useSchemaForm, useTRPC } from '@belonging/client';

type TSettingsForm = { paused: string[]; reminderDays: string; repeatDays: string };

/** Days are typed as text; a blank box stays text, so the schema says a number is needed. */
const days = (typed: string) => (typed.trim() === '' ? typed : Number(typed));

const resolver = schemaResolver(ZEmailSettingsInput, (v: TSettingsForm) => ({
  emailPaused: v.paused.includes('paused'),
  reminderDaysBeforeClose: days(v.reminderDays),
  overdueRepeatDays: days(v.repeatDays),
}));

// The schema's names for the fields, and the boxes that show them.
const FIELD_OF: Record<string, string> = {
  emailPaused: 'paused',
  reminderDaysBeforeClose: 'reminderDays',
  overdueRepeatDays: 'repeatDays',
};

const DAY_FIELDS: { name: 'reminderDays' | 'repeatDays'; label: string; hint: string }[] = [
  {
    name: 'reminderDays',
    label: 'Remind owners this many days before the update window closes',
    hint: 'Between 1 and 14 days. Only owners with something still to update are reminded.',
  },
  {
    name: 'repeatDays',
    label: 'After the window closes, remind them again every this many days',
    hint: 'Between 1 and 14 days, until they have updated or the quarter is locked.',
  },
];

/** Pause all email, and when reminders go; pausing asks first. */
export function EmailSettingsForm({ saved }: { saved: TEmailSettingsInput }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const question = useConfirmQuestion();
  const [done, setDone] = useState('');
  // The checked settings waiting for the answer to "Pause all email?".
  const [asked, setAsked] = useState<TEmailSettingsInput | null>(null);
  const form = useSchemaForm<TSettingsForm, TEmailSettingsInput>({
    defaultValues: {
      paused: saved.emailPaused ? ['paused'] : [],
      reminderDays: String(saved.reminderDaysBeforeClose),
      repeatDays: String(saved.overdueRepeatDays),
    },
    resolver,
  });
  const save = useMutation(
    trpc.admin.email.updateSettings.mutationOptions({
      onSuccess: async (after) => {
        question.close();
        setDone(
          after.emailPaused
            ? 'Email settings saved. All email for the trust is paused.'
            : 'Email settings saved.',
        );
        await queryClient.invalidateQueries(trpc.admin.email.pathFilter());
      },
      onError: (error) => {
        question.close();
        form.showServerErrors(error);
      },
    }),
  );
  const send = (input: TEmailSettingsInput) => {
    setDone('');
    // Pausing stops every reminder to every owner: ask before doing it.
    if (input.emailPaused && !saved.emailPaused) {
      setAsked(input);
      question.open();
    } else save.mutate(input);
  };
  const errors = Object.fromEntries(
    Object.entries(form.errors).map(([k, v]) => [FIELD_OF[k] ?? k, v]),
  );

  return (
    <form onSubmit={form.submit(send)} noValidate>
      <SuccessBanner id="email-settings-done" focus>
        {done ? <p>{done}</p> : null}
      </SuccessBanner>
      <ErrorSummary errors={toErrorItems(errors)} description={form.message ?? undefined} />
      <CheckboxesField
        name="paused"
        label="Pause email"
        hint="While email is paused nothing is sent; messages still wait on the Emails page."
        values={form.values.paused}
        onChange={(paused) => form.set({ paused })}
        options={[{ value: 'paused', label: 'Pause all email for this trust' }]}
        error={errors.paused}
      />
      {DAY_FIELDS.map(({ name, label, hint }) => (
        <TextField
          key={name}
          name={name}
          type="number"
          inputMode="numeric"
          label={label}
          hint={hint}
          width="nhsuk-input--width-5"
          value={form.values[name]}
          onChange={(value) => form.set({ [name]: value })}
          error={errors[name]}
        />
      ))}
      {question.confirming ? (
        <ConfirmQuestion
          heading="Pause all email for this trust?"
          headingRef={question.questionRef}
        >
          <p>
            No owner, EDI team member or board member will get any email from the tracker until you
            resume it. Messages keep waiting on the Emails page.
          </p>
          <ConfirmButtons
            text="Yes, pause all email"
            pending={save.isPending}
            onConfirm={() => asked && save.mutate(asked)}
            cancel={question.cancel}
          />
        </ConfirmQuestion>
      ) : (
        <button
          className="nhsuk-button"
          type="submit"
          ref={question.buttonRef}
          aria-disabled={save.isPending || undefined}
        >
          Save email settings
        </button>
      )}
    </form>
  );
}
