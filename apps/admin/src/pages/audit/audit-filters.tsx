import { ErrorSummary } from '@belonging/ui';
import { ZAuditListInput, type TAuditEntity } from '@belonging/domain';
import { useState, type FormEvent } from 'react';
import { CheckboxesField, SelectField, TextField, type Option } from '../../components/fields.tsx';
import { schemaFieldErrors, toErrorItems, type TFieldErrors } from '@belonging/client';

const ENTITIES = [
  ['', 'Everything'],
  ['ambition', 'Ambitions'],
  ['commitment', 'Commitments'],
  ['action', 'Actions'],
  ['milestone', 'Milestones'],
  ['kpi', 'KPIs'],
  ['measurement', 'Measurements'],
  ['import', 'Imports'],
  ['period', 'Reporting periods'],
  ['board_paper', 'Board papers'],
  ['strategy', 'Strategy order'],
  ['user', 'People'],
  ['eds_assessment', 'EDS 2022 assessments'],
  ['comment', 'Comments'],
  ['workforce_upload', 'Workforce uploads'],
  ['session', 'Sign-ins'],
] as const satisfies readonly (readonly ['' | TAuditEntity, string])[];

/** The filters the URL keeps, by their query-string names. */
export const AUDIT_FILTERS = ['search', 'entity', 'actorId', 'from', 'to', 'showSignIns'] as const;
export type AuditFilterValues = Record<(typeof AUDIT_FILTERS)[number], string>;

export const NO_FILTERS: AuditFilterValues = {
  search: '',
  entity: '',
  actorId: '',
  from: '',
  to: '',
  showSignIns: '',
};

/** The trail's filters: words to find, what changed, who, the days, and whether to show sign-ins. */
export function AuditFilters({
  initial,
  people,
  isFiltered,
  onApply,
}: {
  initial: AuditFilterValues;
  people: Option[];
  isFiltered: boolean;
  onApply: (chosen: Partial<AuditFilterValues>) => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<TFieldErrors>({});
  const set = (field: keyof AuditFilterValues) => (value: string) =>
    setDraft({ ...draft, [field]: value });

  function apply(event: FormEvent) {
    event.preventDefault();
    const chosen = Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== ''));
    const check = ZAuditListInput.safeParse(chosen);
    if (!check.success) {
      setErrors(schemaFieldErrors(check.error));
      return;
    }
    setErrors({});
    onApply(chosen);
  }

  return (
    <>
      <ErrorSummary errors={toErrorItems(errors)} />
      <form onSubmit={apply} noValidate>
        <TextField
          name="search"
          label="Search the trail"
          hint="Words from what changed, its name or its values, such as a title, code or person"
          value={draft.search}
          onChange={set('search')}
          error={errors.search}
        />
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-quarter">
            <SelectField
              name="entity"
              label="What changed"
              value={draft.entity}
              onChange={set('entity')}
              options={ENTITIES.map(([value, label]) => ({ value, label }))}
              error={errors.entity}
            />
          </div>
          <div className="nhsuk-grid-column-one-quarter">
            <SelectField
              name="actorId"
              label="Who changed it"
              value={draft.actorId}
              onChange={set('actorId')}
              options={[{ value: '', label: 'Anyone' }, ...people]}
              error={errors.actorId}
            />
          </div>
          <div className="nhsuk-grid-column-one-quarter">
            <TextField
              name="from"
              type="date"
              label="From"
              value={draft.from}
              onChange={set('from')}
              error={errors.from}
            />
          </div>
          <div className="nhsuk-grid-column-one-quarter">
            <TextField
              name="to"
              type="date"
              label="To"
              value={draft.to}
              onChange={set('to')}
              error={errors.to}
            />
          </div>
        </div>
        <CheckboxesField
          name="showSignIns"
          label="Sign-ins"
          hint="Signing in and out is left out unless you ask for it"
          values={draft.showSignIns === 'true' ? ['true'] : []}
          onChange={(values) => set('showSignIns')(values.includes('true') ? 'true' : '')}
          options={[{ value: 'true', label: 'Show sign-ins' }]}
          small
          error={errors.showSignIns}
        />
        <div className="bt-actions">
          <button className="nhsuk-button nhsuk-button--secondary" type="submit">
            Apply filters
          </button>
          {isFiltered ? (
            <button
              className="nhsuk-button nhsuk-button--reverse"
              type="button"
              onClick={() => {
                setDraft(NO_FILTERS);
                onApply({});
              }}
            >
              Clear filters
            </button>
          ) : null}
        </div>
      </form>
    </>
  );
}
