import type { TBoardPaperFrontSheet, TBoardPaperFrontSheetJson } from '@belonging/domain';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FrontSheetForm } from './front-sheet-form.tsx';
import { useFormErrors } from '@belonging/client';

afterEach(cleanup);

const ambitions = [
  { id: 'a1', number: 1, title: 'Inclusive culture' },
  { id: 'a2', number: 2, title: 'Diverse workforce' },
];

const sheet: TBoardPaperFrontSheetJson = {
  meeting: 'Trust Board (public)',
  meetingDate: '2026-02-05',
  agendaItem: '',
  title: 'Belonging and Inclusion Strategy: progress report, 2025/26 Q3',
  executiveLead: 'Daniel Hart, Chief People Officer',
  author: 'Ama Owusu',
  purpose: 'assurance',
  recommendation: 'The board is asked to note the progress.',
  assuranceLevel: 'reasonable',
  bafRisks: '',
  strategicObjectives: '',
  equalityImpact: '',
  executiveSummary: 'Of 24 rated actions and KPIs, 15 are green.',
  commentary: [{ ambitionId: 'a2', text: 'Recruitment is on track.' }],
};

function Harness({ onSave }: { onSave: (s: TBoardPaperFrontSheet) => void }) {
  const errors = useFormErrors();
  return (
    <FrontSheetForm
      initial={sheet}
      ambitions={ambitions}
      errors={errors}
      submitText="Save the front sheet"
      pending={false}
      onSave={onSave}
    />
  );
}

describe('FrontSheetForm', () => {
  it('labels every question, with the suggested answers filled in and a commentary box per ambition', () => {
    render(<Harness onSave={vi.fn()} />);
    expect(screen.getByLabelText<HTMLInputElement>('Meeting').value).toBe('Trust Board (public)');
    expect(screen.getByLabelText<HTMLInputElement>('Meeting date').value).toBe('2026-02-05');
    expect(screen.getByLabelText<HTMLTextAreaElement>('Executive summary').value).toMatch(/^Of 24/);
    for (const label of ['Paper title', 'Executive lead', 'Author', 'Recommendation'])
      expect(screen.getByLabelText(label, { exact: false })).toBeTruthy();
    const purpose = screen.getByRole('group', { name: 'Purpose of the paper' });
    expect(within(purpose).getByLabelText<HTMLInputElement>('Assurance').checked).toBe(true);
    const assurance = screen.getByRole('group', { name: /Level of assurance/ });
    expect(within(assurance).getByLabelText<HTMLInputElement>('Reasonable assurance').checked).toBe(
      true,
    );
    expect(
      screen.getByLabelText<HTMLTextAreaElement>('Ambition 1: Inclusive culture (optional)').value,
    ).toBe('');
    expect(
      screen.getByLabelText<HTMLTextAreaElement>('Ambition 2: Diverse workforce (optional)').value,
    ).toBe('Recruitment is on track.');
  });

  it('lists the blank answers in the error summary, each naming and linking to its field, and does not save', () => {
    const onSave = vi.fn();
    render(<Harness onSave={onSave} />);
    fireEvent.change(screen.getByLabelText('Executive summary'), { target: { value: '  ' } });
    fireEvent.change(screen.getByLabelText('Paper title'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the front sheet' }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getByText('There is a problem')).toBeTruthy();
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Enter the paper title', '#field-title'],
      ['Enter the executive summary', '#field-executiveSummary'],
    ]);
    expect(document.getElementById('field-executiveSummary')).toBe(
      screen.getByLabelText('Executive summary', { exact: false }),
    );
    expect(onSave).not.toHaveBeenCalled();
  });

  it('hands over the checked sheet, with the meeting date as a date and commentary in ambition order', () => {
    const onSave = vi.fn();
    render(<Harness onSave={onSave} />);
    fireEvent.change(screen.getByLabelText('Executive summary'), {
      target: { value: 'A better summary.' },
    });
    fireEvent.click(screen.getByLabelText('Limited assurance'));
    fireEvent.click(screen.getByRole('button', { name: 'Save the front sheet' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        executiveSummary: 'A better summary.',
        assuranceLevel: 'limited',
        meetingDate: new Date('2026-02-05T00:00:00.000Z'),
        commentary: [
          { ambitionId: 'a1', text: '' },
          { ambitionId: 'a2', text: 'Recruitment is on track.' },
        ],
      }),
    );
  });
});
