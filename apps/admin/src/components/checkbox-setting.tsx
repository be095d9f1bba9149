import { Checkbox, ErrorSummary, PendingButton, StatusMessage } from '@belonging/ui';
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { toErrorItems, useFormErrors } from '@belonging/client';

/**
 * Saving a setting form on its own: the words that say what the save did (for a status region), or
 * the API's problem (for an error summary), each cleared when the form is sent again.
 */
export function useSettingSave<T>(save: (value: T) => Promise<string>) {
  const e = useFormErrors();
  const [said, setSaid] = useState('');
  const saving = useMutation({
    mutationFn: save,
    onSuccess: setSaid,
    onError: (error) => {
      setSaid('');
      e.fromServer(error);
    },
  });
  return {
    said,
    pending: saving.isPending,
    summary: <ErrorSummary errors={toErrorItems(e.errors)} description={e.message ?? undefined} />,
    submit: (value: T) => (event: FormEvent) => {
      event.preventDefault();
      e.clear();
      setSaid('');
      saving.mutate(value);
    },
  };
}

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
  const [checked, setChecked] = useState(initial);
  const setting = useSettingSave(save);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {setting.summary}
      <form onSubmit={setting.submit(checked)} noValidate>
        <Checkbox
          id="field-setting"
          label={label}
          hint={hint}
          checked={checked}
          onChange={setChecked}
        />
        <PendingButton pending={setting.pending} type="submit">
          {saveText}
        </PendingButton>
      </form>
      <StatusMessage message={setting.said} />
    </section>
  );
}
