import type { ReactNode } from 'react';

type Base = { name: string; label: string; hint?: string; error?: string | undefined };

function Group({ name, label, hint, error, children }: Base & { children: ReactNode }) {
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={`field-${name}`}>
        {label}
      </label>
      {hint ? (
        <div className="nhsuk-hint" id={`field-${name}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <span className="nhsuk-error-message" id={`field-${name}-error`}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      ) : null}
      {children}
    </div>
  );
}

function describedBy({ name, hint, error }: Base): string | undefined {
  const ids = [hint ? `field-${name}-hint` : '', error ? `field-${name}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

type InputProps = Base & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'date' | 'number' | 'password' | 'url';
  width?: 'nhsuk-input--width-10' | 'nhsuk-input--width-20' | 'nhsuk-input--width-30' | 'nhsuk-input--width-5';
  inputMode?: 'decimal' | 'numeric';
  autoComplete?: string;
};

export function TextField(props: InputProps) {
  const { name, value, onChange, type = 'text', width, inputMode, error, autoComplete } = props;
  return (
    <Group {...props}>
      <input
        className={`nhsuk-input${width ? ` ${width}` : ''}${error ? ' nhsuk-input--error' : ''}`}
        id={`field-${name}`}
        name={name}
        type={type === 'number' ? 'text' : type}
        inputMode={type === 'number' ? (inputMode ?? 'decimal') : inputMode}
        value={value}
        aria-describedby={describedBy(props)}
        autoComplete={autoComplete ?? 'off'}
        onChange={(e) => onChange(e.target.value)}
      />
    </Group>
  );
}

export function TextArea(props: Base & { value: string; onChange: (value: string) => void; rows?: number }) {
  const { name, value, onChange, rows = 3, error } = props;
  return (
    <Group {...props}>
      <textarea
        className={`nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''}`}
        id={`field-${name}`}
        name={name}
        rows={rows}
        value={value}
        aria-describedby={describedBy(props)}
        onChange={(e) => onChange(e.target.value)}
      />
    </Group>
  );
}

export type Option = { value: string; label: string };

export function SelectField(props: Base & { value: string; onChange: (value: string) => void; options: Option[] }) {
  const { name, value, onChange, options, error } = props;
  return (
    <Group {...props}>
      <select
        className={`nhsuk-select${error ? ' nhsuk-select--error' : ''}`}
        id={`field-${name}`}
        name={name}
        value={value}
        aria-describedby={describedBy(props)}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Group>
  );
}

/** A set of checkboxes in a fieldset; the first box carries the field id the error summary links to. */
export function CheckboxesField(
  props: Base & { values: string[]; onChange: (values: string[]) => void; options: Option[]; small?: boolean },
) {
  const { name, label, hint, error, values, onChange, options, small } = props;
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...values, value] : values.filter((v) => v !== value));
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(props)}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{label}</legend>
        {hint ? (
          <div className="nhsuk-hint" id={`field-${name}-hint`}>
            {hint}
          </div>
        ) : null}
        {error ? (
          <span className="nhsuk-error-message" id={`field-${name}-error`}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        ) : null}
        <div className={`nhsuk-checkboxes${small ? ' nhsuk-checkboxes--small' : ''}`}>
          {options.map((o, i) => (
            <div className="nhsuk-checkboxes__item" key={o.value}>
              <input
                className="nhsuk-checkboxes__input"
                id={i === 0 ? `field-${name}` : `field-${name}-${o.value}`}
                name={name}
                type="checkbox"
                value={o.value}
                checked={values.includes(o.value)}
                onChange={(e) => toggle(o.value, e.target.checked)}
              />
              <label
                className="nhsuk-label nhsuk-checkboxes__label"
                htmlFor={i === 0 ? `field-${name}` : `field-${name}-${o.value}`}
              >
                {o.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** Radios in a fieldset; the first radio carries the field id the error summary links to. */
export function RadiosField(
  props: Base & { value: string; onChange: (value: string) => void; options: Option[]; inline?: boolean; legendClass?: string },
) {
  const { name, label, hint, error, value, onChange, options, inline, legendClass } = props;
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(props)}>
        <legend className={`nhsuk-fieldset__legend ${legendClass ?? 'nhsuk-fieldset__legend--s'}`}>{label}</legend>
        {hint ? (
          <div className="nhsuk-hint" id={`field-${name}-hint`}>
            {hint}
          </div>
        ) : null}
        {error ? (
          <span className="nhsuk-error-message" id={`field-${name}-error`}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        ) : null}
        <div className={`nhsuk-radios${inline ? ' nhsuk-radios--inline' : ''}`}>
          {options.map((o, i) => {
            const id = i === 0 ? `field-${name}` : `field-${name}-${o.value}`;
            return (
              <div className="nhsuk-radios__item" key={o.value}>
                <input
                  className="nhsuk-radios__input"
                  id={id}
                  name={name}
                  type="radio"
                  value={o.value}
                  checked={value === o.value}
                  onChange={() => onChange(o.value)}
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={id}>
                  {o.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
