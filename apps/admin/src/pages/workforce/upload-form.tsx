import { describeFileSize } from '@belonging/domain';
import { ErrorSummary, PendingButton } from '@belonging/ui';
import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/fields.tsx';
import {
  checkUploadContents,
  checkUploadForm,
  latestThirtyFirstMarch,
  MAX_UPLOAD_BYTES,
  type TUploadForm,
} from './check-upload.ts';
import { FileDrop } from './file-drop.tsx';

const UPLOAD_LIMIT = describeFileSize(MAX_UPLOAD_BYTES);

/** Snapshot date, threshold and the two extracts; nothing is sent until the browser's checks pass. */
export function UploadForm({
  busy,
  serverError,
  onSend,
  onChange,
}: {
  busy: boolean;
  /** A field the server refused, with its words, shown at that field. */
  serverError: { fieldId: string; message: string } | null;
  onSend: (form: TUploadForm & { staff: File }) => void;
  onChange: () => void;
}) {
  const [form, setForm] = useState<TUploadForm>({
    asOf: latestThirtyFirstMarch(),
    threshold: '10',
    staff: null,
    recruitment: null,
  });
  const [errors, setErrors] = useState<{ fieldId: string; message: string }[]>([]);
  const shown = errors.length > 0 ? errors : serverError ? [serverError] : [];
  const errorOf = (fieldId: string) => shown.find((e) => e.fieldId === fieldId)?.message;

  function update(change: Partial<TUploadForm>) {
    setForm((f) => ({ ...f, ...change }));
    onChange();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found = checkUploadForm(form);
    setErrors(found);
    const { staff } = form;
    if (found.length > 0 || !staff) return;
    void checkUploadContents(form).then((notCsv) => {
      setErrors(notCsv);
      if (notCsv.length === 0) onSend({ ...form, staff });
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Upload workforce data">
      <ErrorSummary errors={shown} />
      <TextField
        name="asOf"
        type="date"
        label="Snapshot date"
        hint="Everyone in post on this day is counted; normally 31 March"
        value={form.asOf}
        error={errorOf('field-asOf')}
        onChange={(asOf) => update({ asOf })}
      />
      <TextField
        name="threshold"
        type="number"
        inputMode="numeric"
        width="nhsuk-input--width-5"
        label="Small-number threshold"
        hint="A figure built from fewer people than this is hidden when published"
        value={form.threshold}
        error={errorOf('field-threshold')}
        onChange={(threshold) => update({ threshold })}
      />
      <FileDrop
        name="staff"
        label="Staff file"
        hint={`CSV or Excel (.xlsx): one row per person in post, from ESR. Up to ${UPLOAD_LIMIT} with the recruitment file.`}
        file={form.staff}
        error={errorOf('field-staff')}
        onChange={(staff) => update({ staff })}
      />
      <FileDrop
        name="recruitment"
        label="Recruitment file (optional)"
        hint="CSV or Excel (.xlsx): one row per shortlisted applicant in the year"
        file={form.recruitment}
        error={errorOf('field-recruitment')}
        onChange={(recruitment) => update({ recruitment })}
      />
      <PendingButton type="submit" pending={busy}>
        Upload and compute the figures
      </PendingButton>
    </form>
  );
}
