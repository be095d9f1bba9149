import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorSummary } from './error-summary.tsx';
import {
  DateInput,
  Radios,
  Select,
  TextInput,
  dayPartsToIso,
  isoToDayParts,
} from './form-fields.tsx';

describe('dayPartsToIso', () => {
  it('pads single-digit days and months into YYYY-MM-DD', () => {
    expect(dayPartsToIso({ day: '1', month: '4', year: '2026' })).toBe('2026-04-01');
  });

  it('gives an empty string when nothing was typed, so the form can say the date is missing', () => {
    expect(dayPartsToIso({ day: ' ', month: '', year: '' })).toBe('');
  });

  it('round-trips with isoToDayParts', () => {
    expect(isoToDayParts('2026-03-31')).toEqual({ day: '31', month: '3', year: '2026' });
  });
});

describe('TextInput', () => {
  it('links its hint and error to the input and marks it invalid', () => {
    render(
      <TextInput
        id="value"
        label="Value"
        hint="A number"
        error="Enter a value"
        value=""
        onChange={() => undefined}
      />,
    );
    const input = screen.getByLabelText('Value');
    expect(input.getAttribute('aria-describedby')).toBe('value-hint value-error');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('value-error')?.textContent).toBe('Error: Enter a value');
  });
});

describe('label, hint and error message order', () => {
  const noop = () => undefined;
  const head = (container: HTMLElement) =>
    [
      ...container.querySelectorAll(
        'label:not(.nhsuk-radios__label):not(.nhsuk-date-input__label), legend, .nhsuk-hint, .nhsuk-error-message',
      ),
    ].map((el) => el.id || el.tagName.toLowerCase());

  it.each([
    [
      'Select',
      <Select key="s" id="f" label="F" hint="H" error="E" value="" options={[]} onChange={noop} />,
      ['label', 'f-hint', 'f-error'],
    ],
    [
      'Radios',
      <Radios
        key="r"
        id="f"
        legend="F"
        hint="H"
        error="E"
        value=""
        options={[{ value: 'a', label: 'A' }]}
        onChange={noop}
      />,
      ['legend', 'f-hint', 'f-error'],
    ],
    [
      'DateInput',
      <DateInput
        key="d"
        id="f"
        legend="F"
        hint="H"
        error="E"
        value={{ day: '', month: '', year: '' }}
        onChange={noop}
      />,
      ['legend', 'f-hint', 'f-error'],
    ],
  ])(
    '%s shows its label or legend, then the hint, then the error message',
    (_name, field, expected) => {
      const { container } = render(field);
      expect(head(container)).toEqual(expected);
    },
  );
});

describe('ErrorSummary', () => {
  it('takes focus when it appears and links each message to its field', () => {
    render(
      <ErrorSummary errors={[{ fieldId: 'narrative', message: 'Enter a progress narrative' }]} />,
    );
    const link = screen.getByRole('link', { name: 'Enter a progress narrative' });
    expect(link.getAttribute('href')).toBe('#narrative');
    expect(document.activeElement?.className).toContain('nhsuk-error-summary');
  });

  it('renders nothing when there is no problem', () => {
    const { container } = render(<ErrorSummary errors={[]} />);
    expect(container.innerHTML).toBe('');
  });
});
