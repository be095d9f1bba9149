import { describeFileSize } from '@belonging/domain';
import { ErrorMessage, Hint } from '@belonging/ui';
import { useRef, useState, type DragEvent } from 'react';

/**
 * A labelled file input inside a drop zone: a file can be dropped anywhere on the zone, and the
 * input itself (reached by Tab) opens the file chooser for keyboard and screen-reader users.
 */
export function FileDrop({
  name,
  label,
  hint,
  error,
  file,
  onChange,
}: {
  name: 'staff' | 'recruitment';
  label: string;
  hint: string;
  error?: string | undefined;
  file: File | null;
  onChange: (file: File | null) => void;
}) {
  const id = `field-${name}`;
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const describedBy = [`${id}-hint`, `${id}-chosen`, error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (!dropped) return;
    // The input then names the dropped file too, as if it had been chosen.
    if (input.current) input.current.files = event.dataTransfer.files;
    onChange(dropped);
  }

  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label nhsuk-label--s" htmlFor={id}>
        {label}
      </label>
      <Hint id={`${id}-hint`}>{hint}</Hint>
      {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
      <div
        className={`bt-drop-zone${over ? ' bt-drop-zone--over' : ''}`}
        data-testid={`${name}-drop-zone`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <p className="nhsuk-body-s nhsuk-u-margin-bottom-2" aria-hidden="true">
          Drop the file here, or choose it:
        </p>
        <input
          className="nhsuk-file-upload__input"
          id={id}
          name={name}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={describedBy}
          ref={input}
          onChange={(event) => onChange(event.target.files?.[0] ?? null)}
        />
        <p
          className="nhsuk-body-s nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0"
          id={`${id}-chosen`}
        >
          {file ? `Chosen: ${file.name} (${describeFileSize(file.size)})` : 'No file chosen yet.'}
        </p>
      </div>
    </div>
  );
}
