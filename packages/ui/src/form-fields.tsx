import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';

type TFieldBase = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  labelClassName?: string;
};

/** The ids a field's hint and error message carry, for aria-describedby. */
function describedBy(
  id: string,
  hint: ReactNode,
  error: string | null | undefined,
): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div className="nhsuk-hint" id={id}>
      {children}
    </div>
  );
}

export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <span className="nhsuk-error-message" id={id}>
      <span className="nhsuk-u-visually-hidden">Error:</span> {children}
    </span>
  );
}

/** A field's label or legend, then its hint and error message, with the ids `describedBy` names. */
function FieldHead({
  id,
  hint,
  error,
  children,
}: {
  id: string;
  hint?: ReactNode;
  error?: string | null;
  children: ReactNode;
}) {
  return (
    <>
      {children}
      {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
    </>
  );
}

function FieldLabel({
  id,
  label,
  className,
}: {
  id: string;
  label: ReactNode;
  className?: string | undefined;
}) {
  return (
    <label className={`nhsuk-label ${className ?? ''}`.trim()} htmlFor={id}>
      {label}
    </label>
  );
}

function FormGroup({ error, children }: { error?: string | null; children: ReactNode }) {
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>{children}</div>
  );
}

/** A labelled text input with its hint and error message, as nhsuk-frontend lays them out. */
export function TextInput({
  id,
  label,
  hint,
  error,
  labelClassName,
  width,
  className,
  ...input
}: TFieldBase & { width?: 2 | 3 | 4 | 5 | 10 | 20 | 30 } & Omit<
    InputHTMLAttributes<HTMLInputElement>,
    'id'
  >) {
  const classes = [
    'nhsuk-input',
    width ? `nhsuk-input--width-${width}` : '',
    error ? 'nhsuk-input--error' : '',
    className ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <FormGroup error={error}>
      <FieldHead id={id} hint={hint} error={error}>
        <FieldLabel id={id} label={label} className={labelClassName} />
      </FieldHead>
      <input
        type="text"
        {...input}
        id={id}
        name={input.name ?? id}
        className={classes}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </FormGroup>
  );
}

export function Textarea({
  id,
  label,
  hint,
  error,
  labelClassName,
  rows = 5,
  ...textarea
}: TFieldBase & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>) {
  return (
    <FormGroup error={error}>
      <FieldHead id={id} hint={hint} error={error}>
        <FieldLabel id={id} label={label} className={labelClassName} />
      </FieldHead>
      <textarea
        {...textarea}
        id={id}
        name={textarea.name ?? id}
        rows={rows}
        className={`nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''}`}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </FormGroup>
  );
}

export type TOption = { value: string; label: ReactNode; hint?: ReactNode };

/**
 * Radios in a fieldset with a legend. The first radio carries `id`, so an error summary link
 * lands on the group.
 */
export function Radios({
  id,
  name,
  legend,
  hint,
  error,
  options,
  value,
  onChange,
  inline = false,
  legendClassName = 'nhsuk-fieldset__legend--s',
}: {
  id: string;
  name?: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  options: TOption[];
  value: string;
  onChange: (value: string) => void;
  inline?: boolean;
  legendClassName?: string;
}) {
  return (
    <FormGroup error={error}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <FieldHead id={id} hint={hint} error={error}>
          <legend className={`nhsuk-fieldset__legend ${legendClassName}`}>{legend}</legend>
        </FieldHead>
        <div className={`nhsuk-radios${inline ? ' nhsuk-radios--inline' : ''}`}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value || 'none'}`;
            return (
              <div className="nhsuk-radios__item" key={option.value}>
                <input
                  className="nhsuk-radios__input"
                  id={optionId}
                  name={name ?? id}
                  type="radio"
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                  aria-describedby={option.hint ? `${optionId}-item-hint` : undefined}
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div className="nhsuk-hint nhsuk-radios__hint" id={`${optionId}-item-hint`}>
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}

export type TDayParts = { day: string; month: string; year: string };

/** Day, month and year as 'YYYY-MM-DD' (unpadded parts padded); the schema checks it is real. */
export function dayPartsToIso(parts: TDayParts): string {
  const { day, month, year } = {
    day: parts.day.trim(),
    month: parts.month.trim(),
    year: parts.year.trim(),
  };
  if (!day && !month && !year) return '';
  return `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export function isoToDayParts(iso: string): TDayParts {
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day: String(Number(day) || ''), month: String(Number(month) || ''), year };
}

/** The NHS date input: three boxes for day, month and year in a fieldset. */
export function DateInput({
  id,
  legend,
  hint,
  error,
  value,
  onChange,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  value: TDayParts;
  onChange: (value: TDayParts) => void;
}) {
  const parts: { key: keyof TDayParts; label: string; width: 2 | 4 }[] = [
    { key: 'day', label: 'Day', width: 2 },
    { key: 'month', label: 'Month', width: 2 },
    { key: 'year', label: 'Year', width: 4 },
  ];
  return (
    <FormGroup error={error}>
      <fieldset
        className="nhsuk-fieldset"
        role="group"
        aria-describedby={describedBy(id, hint, error)}
      >
        <FieldHead id={id} hint={hint} error={error}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        </FieldHead>
        <div className="nhsuk-date-input" id={`${id}-group`}>
          {parts.map((part) => {
            const partId = part.key === 'day' ? id : `${id}-${part.key}`;
            return (
              <div className="nhsuk-date-input__item" key={part.key}>
                <div className="nhsuk-form-group">
                  <label className="nhsuk-label nhsuk-date-input__label" htmlFor={partId}>
                    {part.label}
                  </label>
                  <input
                    className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${part.width}${error ? ' nhsuk-input--error' : ''}`}
                    id={partId}
                    name={partId}
                    type="text"
                    inputMode="numeric"
                    value={value[part.key]}
                    onChange={(event) => onChange({ ...value, [part.key]: event.target.value })}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}

export function Select({
  id,
  label,
  hint,
  error,
  options,
  value,
  onChange,
}: TFieldBase & {
  options: { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <FormGroup error={error}>
      <FieldHead id={id} hint={hint} error={error}>
        <FieldLabel id={id} label={label} />
      </FieldHead>
      <select
        className={`nhsuk-select${error ? ' nhsuk-select--error' : ''}`}
        id={id}
        name={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
