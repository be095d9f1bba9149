import {
  EMAIL_PREFERENCE_LABELS,
  ZEmailPreferencesInput,
  type TEmailPreferencesInput,
} from '@belonging/domain';
import { Checkbox, ErrorSummary, PendingButton, SuccessBanner } from '@belonging/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { schemaResolver, toErrorItems, useSchemaForm, useTRPC } from '@belonging/client';

export type TEmailPreferences = {
  emailReminders: boolean;
  emailDigest: boolean | null;
  offersDigest: boolean;
};

type TForm = { emailReminders: boolean; emailDigest: boolean };

/** The person's own email choices: reminders, and the weekly digest when they are offered it. */
export function EmailPreferencesForm({ saved }: { saved: TEmailPreferences }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [done, setDone] = useState(false);
  const form = useSchemaForm<TForm, TEmailPreferencesInput>({
    defaultValues: {
      emailReminders: saved.emailReminders,
      emailDigest: saved.emailDigest ?? false,
    },
    // Only people offered the digest send a choice about it.
    resolver: schemaResolver(ZEmailPreferencesInput, (v: TForm) => ({
      emailReminders: v.emailReminders,
      ...(saved.offersDigest ? { emailDigest: v.emailDigest } : {}),
    })),
  });
  const save = useMutation(
    trpc.account.updateEmailPreferences.mutationOptions({
      onSuccess: async () => {
        setDone(true);
        await queryClient.invalidateQueries(trpc.account.pathFilter());
      },
      onError: form.showServerErrors,
    }),
  );
  const send = (input: TEmailPreferencesInput) => {
    setDone(false);
    save.mutate(input);
  };

  return (
    <form onSubmit={form.submit(send)} noValidate>
      <SuccessBanner id="settings-saved" focus>
        {done ? <p>Your settings are saved.</p> : null}
      </SuccessBanner>
      <ErrorSummary errors={toErrorItems(form.errors)} description={form.message ?? undefined} />
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
          <h2 className="nhsuk-fieldset__heading">Email</h2>
        </legend>
        <Checkbox
          id="field-emailReminders"
          label={EMAIL_PREFERENCE_LABELS.emailReminders}
          hint="When an update window opens, a few days before it closes if something is still missing, and while an update is overdue. For the board and the EDI team, also when a quarter's board report is locked."
          checked={form.values.emailReminders}
          onChange={(emailReminders) => form.set({ emailReminders })}
        />
        {saved.offersDigest ? (
          <Checkbox
            id="field-emailDigest"
            label={EMAIL_PREFERENCE_LABELS.emailDigest}
            hint="For the EDI team: who has updated, who has not, and new red and amber items."
            checked={form.values.emailDigest}
            onChange={(emailDigest) => form.set({ emailDigest })}
          />
        ) : null}
      </fieldset>
      <PendingButton className="nhsuk-button" type="submit" pending={save.isPending}>
        Save settings
      </PendingButton>
    </form>
  );
}
