import { Radios, Select, TextInput, Textarea } from '@belonging/ui';

// Thin adapters over the shared NHS form fields: every field's id is `field-<name>`, the id the
// error summary links to, so forms name a field once.

type Base = { name: string; label: string; hint?: string; error?: string | undefined };

function describedBy({ name, hint, error }: Base): string | undefined {
  const ids = [hint ? `field-${name}-hint` : '', error ? `field-${name}-error` : ''].filter(
    Boolean,
  );
  return ids.length > 0 ? ids.join(' ') : undefined;
}

const WIDTHS = {
  'nhsuk-input--width-5': 5,
  'nhsuk-input--width-10': 10,
  'nhsuk-input--width-20': 20,
  'nhsuk-input--width-30': 30,
} as const;

/** A field bound to one text value of a form (see `bindFields`). */
type Bound = Base & { value: string; onChange: (value: string) => void };

type InputProps = Bound & {
  type?: 'text' | 'email' | 'date' | 'number' | 'password' | 'url';
  width?: keyof typeof WIDTHS;
  inputMode?: 'decimal' | 'numeric';
  autoComplete?: string;
};

/** Numbers are typed into a text box (as the NHS service manual advises), with a numeric keyboard. */
export function TextField({
  name,
  onChange,
  type = 'text',
  width,
  inputMode,
  autoComplete,
  ...rest
}: InputProps) {
  return (
    <TextInput
      id={`field-${name}`}
      name={name}
      width={width ? WIDTHS[width] : undefined}
      type={type === 'number' ? 'text' : type}
      inputMode={type === 'number' ? (inputMode ?? 'decimal') : inputMode}
      autoComplete={autoComplete ?? 'off'}
      onChange={(e) => onChange(e.target.value)}
      {...rest}
    />
  );
}

export function TextArea({ name, onChange, rows = 3, ...rest }: Bound & { rows?: number }) {
  return (
    <Textarea
      id={`field-${name}`}
      name={name}
      rows={rows}
      onChange={(e) => onChange(e.target.value)}
      {...rest}
    />
  );
}

export type Option = { value: string; label: string };

export function SelectField({ name, ...rest }: Bound & { options: Option[] }) {
  return <Select id={`field-${name}`} {...rest} />;
}

export function RadiosField({
  name,
  label,
  legendClass,
  ...rest
}: Bound & { options: Option[]; inline?: boolean; legendClass?: string }) {
  return (
    <Radios
      id={`field-${name}`}
      name={name}
      legend={label}
      legendClassName={legendClass}
      {...rest}
    />
  );
}

/** Checkboxes in a fieldset (the shared package has none); the first box carries the field id the error summary links to. */
export function CheckboxesField(
  props: Base & {
    values: string[];
    onChange: (values: string[]) => void;
    options: Option[];
    small?: boolean;
  },
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
