import { Checkbox, ErrorSummary, PendingButton, StatusMessage } from '@belonging/ui';
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { toErrorItems, useFormErrors } from '@belonging/client';

/**
 * One yes-or-no setting saved on its own: a heading, the checkbox with its hint, a save button,
 * and what the save did in a status region (or the API's problem in an error summary).
 */
export function CheckboxSetting({
  heading,
  label,
  hint,
  initial,
  saveText,
  save,
}: {
  heading: string;
  label: string;
  hint: string;
  initial: boolean;
  saveText: string;
  /** Saves the setting and answers the words that say what changed. */
  save: (checked: boolean) => Promise<string>;
}) {
  const headingId = useId();
  const e = useFormErrors();
  const [checked, setChecked] = useState(initial);
  const [said, setSaid] = useState('');
  const saving = useMutation({
    mutationFn: save,
    onSuccess: setSaid,
    onError: (error) => {
      setSaid('');
      e.fromServer(error);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    e.clear();
    setSaid('');
    saving.mutate(checked);
  };
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ErrorSummary errors={toErrorItems(e.errors)} description={e.message ?? undefined} />
      <form onSubmit={submit} noValidate>
        <Checkbox
          id="field-setting"
          label={label}
          hint={hint}
          checked={checked}
          onChange={setChecked}
        />
        <PendingButton pending={saving.isPending} type="submit">
          {saveText}
        </PendingButton>
      </form>
      <StatusMessage message={said} />
    </section>
  );
}
