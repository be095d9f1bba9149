import {
  ZBoardPaperFrontSheet,
  type TBoardPaperFrontSheet,
  type TBoardPaperFrontSheetJson,
} from '@belonging/domain';
import { ErrorSummary, PendingButton } from '@belonging/ui';
import {
  useState,
  type Dispatch,
  type FormEvent,
  type ReactNode,
  type SetStateAction,
} from 'react';
import { RadiosField, TextArea, TextField } from '../../components/fields.tsx';
import { bindFields } from '../../lib/bind-fields.ts';
import { toErrorItems, type TFieldErrors, type useFormErrors } from '@belonging/client';

export type TFrontSheetAmbition = { id: string; number: number; title: string };

const PURPOSES = [
  { value: 'assurance', label: 'Assurance' },
  { value: 'approval', label: 'Approval' },
  { value: 'discussion', label: 'Discussion' },
  { value: 'information', label: 'Information' },
];

const ASSURANCE = [
  { value: 'substantial', label: 'Substantial assurance' },
  { value: 'reasonable', label: 'Reasonable assurance' },
  { value: 'limited', label: 'Limited assurance' },
  { value: 'none', label: 'No assurance' },
];

/** One commentary box per ambition of the report, keeping any saved text in that ambition's box. */
function commentaryFor(sheet: TBoardPaperFrontSheetJson, ambitions: TFrontSheetAmbition[]) {
  return ambitions.map((a) => ({
    ambitionId: a.id,
    text: sheet.commentary.find((c) => c.ambitionId === a.id)?.text ?? '',
  }));
}

/** The front sheet as the form holds it: every answer as text, commentary per ambition. */
export function useFrontSheetForm(
  initial: TBoardPaperFrontSheetJson,
  ambitions: TFrontSheetAmbition[],
) {
  const [form, setForm] = useState(() => ({
    ...initial,
    commentary: commentaryFor(initial, ambitions),
  }));
  return { form, setForm };
}

/** The cover sheet's questions, in the order a board secretary's template asks them. */
export function FrontSheetFields({
  form,
  setForm,
  errors,
  ambitions,
}: {
  form: TBoardPaperFrontSheetJson;
  setForm: Dispatch<SetStateAction<TBoardPaperFrontSheetJson>>;
  errors: TFieldErrors;
  ambitions: TFrontSheetAmbition[];
}) {
  const field = bindFields(form, setForm, errors);
  const setCommentary = (index: number, text: string) =>
    setForm((f) => ({
      ...f,
      commentary: f.commentary.map((c, i) => (i === index ? { ...c, text } : c)),
    }));
  return (
    <>
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
          <h2 className="nhsuk-fieldset__heading">The meeting</h2>
        </legend>
        <TextField label="Meeting" {...field('meeting')} />
        <TextField type="date" label="Meeting date" {...field('meetingDate')} />
        <TextField
          label="Agenda item (optional)"
          width="nhsuk-input--width-10"
          {...field('agendaItem')}
        />
      </fieldset>
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
          <h2 className="nhsuk-fieldset__heading">The paper</h2>
        </legend>
        <TextField label="Paper title" {...field('title')} />
        <TextField
          label="Executive lead"
          hint="Name and job title, for example Daniel Hart, Chief People Officer"
          {...field('executiveLead')}
        />
        <TextField label="Author" {...field('author')} />
        <RadiosField
          name="purpose"
          label="Purpose of the paper"
          options={PURPOSES}
          value={form.purpose}
          error={errors.purpose}
          onChange={(value) =>
            setForm((f) => ({ ...f, purpose: value as TBoardPaperFrontSheetJson['purpose'] }))
          }
        />
        <RadiosField
          label="Level of assurance"
          hint="Suggested from the colours: substantial when nothing is red and at most 10% is amber, reasonable when at most 10% is red, limited otherwise"
          name="assuranceLevel"
          options={ASSURANCE}
          value={form.assuranceLevel}
          error={errors.assuranceLevel}
          onChange={(value) =>
            setForm((f) => ({
              ...f,
              assuranceLevel: value as TBoardPaperFrontSheetJson['assuranceLevel'],
            }))
          }
        />
        <TextArea label="Executive summary" rows={8} {...field('executiveSummary')} />
        <TextArea label="Recommendation" rows={3} {...field('recommendation')} />
        <TextArea
          label="Board Assurance Framework risks (optional)"
          hint="For example BAF 4: workforce"
          rows={2}
          {...field('bafRisks')}
        />
        <TextArea
          label="Strategic objectives (optional)"
          rows={2}
          {...field('strategicObjectives')}
        />
        <TextArea label="Equality impact (optional)" rows={3} {...field('equalityImpact')} />
      </fieldset>
      <fieldset className="nhsuk-fieldset" id="field-commentary" tabIndex={-1}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
          <h2 className="nhsuk-fieldset__heading">Commentary by ambition</h2>
        </legend>
        {errors.commentary ? (
          <span className="nhsuk-error-message">
            <span className="nhsuk-u-visually-hidden">Error:</span> {errors.commentary}
          </span>
        ) : null}
        {form.commentary.map((c, i) => {
          const ambition = ambitions.find((a) => a.id === c.ambitionId);
          return (
            <TextArea
              key={c.ambitionId}
              name={`commentary.${i}.text`}
              label={`Ambition ${ambition?.number ?? i + 1}: ${ambition?.title ?? ''} (optional)`}
              rows={3}
              value={c.text}
              onChange={(text) => setCommentary(i, text)}
              error={errors[`commentary.${i}.text`]}
            />
          );
        })}
      </fieldset>
    </>
  );
}

/**
 * The whole front sheet form: checks the answers with the schema the API uses, lists what is
 * wrong above the form (the caller's `errors` also take the API's answer), and hands a checked
 * sheet to `onSave`.
 */
export function FrontSheetForm({
  initial,
  ambitions,
  errors: e,
  submitText,
  pending,
  onSave,
  before,
  after,
}: {
  initial: TBoardPaperFrontSheetJson;
  ambitions: TFrontSheetAmbition[];
  errors: ReturnType<typeof useFormErrors>;
  submitText: string;
  pending: boolean;
  onSave: (sheet: TBoardPaperFrontSheet) => void;
  before?: ReactNode;
  after?: ReactNode;
}) {
  const { form, setForm } = useFrontSheetForm(initial, ambitions);
  function submit(event: FormEvent) {
    event.preventDefault();
    const sheet = e.check(ZBoardPaperFrontSheet.safeParse(form));
    if (sheet) onSave(sheet);
  }
  return (
    <form onSubmit={submit} noValidate aria-label="Board paper front sheet">
      <ErrorSummary errors={toErrorItems(e.errors)} description={e.message ?? undefined} />
      {before}
      <FrontSheetFields form={form} setForm={setForm} errors={e.errors} ambitions={ambitions} />
      <div className="bt-actions">
        <PendingButton className="nhsuk-button" type="submit" pending={pending}>
          {submitText}
        </PendingButton>
        {after}
      </div>
    </form>
  );
}
