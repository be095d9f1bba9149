import { filterToParams, showingWords } from '@belonging/domain';
import { TextInput } from '@belonging/ui';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';

type TOption = { value: string; label: string };

export type TFilterField =
  | { kind: 'select'; name: string; label: string; anyLabel: string; options: TOption[] }
  | { kind: 'search'; name: string; label: string; hint?: string };

type TFilterFormProps = {
  /** Names the form for assistive technology: "Filter actions". */
  label: string;
  fields: TFilterField[];
  /** The filter as read from the address, so an unknown value shows as "any". */
  values: Record<string, string | number | undefined>;
  /** Address parameters that are not filters and survive both applying and clearing (a period). */
  keep?: string[];
};

/** This page with only the kept parameters: where "Clear filters" goes. */
export function useClearHref(keep: string[] = []): { search: string } {
  const [params] = useSearchParams();
  const kept = filterToParams(Object.fromEntries(keep.map((k) => [k, params.get(k) ?? undefined])));
  return { search: kept ? `?${kept}` : '' };
}

/**
 * A small GET-style filter: labelled choices and a button that puts the filter in the address, so
 * the view can be shared and back and forward step through filters. It is drawn afresh for each
 * address, so its choices always show the filter in force.
 */
export function FilterForm(props: TFilterFormProps) {
  const { search } = useLocation();
  return <FilterFormFields key={search} {...props} />;
}

function FilterFormFields({ label, fields, values, keep = [] }: TFilterFormProps) {
  const [params, setParams] = useSearchParams();
  const clearHref = useClearHref(keep);
  const [draft, setDraft] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((f) => [f.name, String(values[f.name] ?? '')])),
  );
  const set = (name: string, value: string) => setDraft((d) => ({ ...d, [name]: value }));

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string | undefined> = {};
    for (const k of keep) next[k] = params.get(k) ?? undefined;
    for (const f of fields) next[f.name] = draft[f.name]?.trim() || undefined;
    setParams(new URLSearchParams(filterToParams(next)));
  };

  return (
    <form
      role="search"
      aria-label={label}
      onSubmit={apply}
      className="bt-no-print bt-inline-form"
      data-testid="filter-form"
    >
      {fields.map((f) =>
        f.kind === 'select' ? (
          <div className="nhsuk-form-group" key={f.name}>
            <label className="nhsuk-label" htmlFor={`filter-${f.name}`}>
              {f.label}
            </label>
            <select
              className="nhsuk-select"
              id={`filter-${f.name}`}
              name={f.name}
              value={draft[f.name] ?? ''}
              onChange={(event) => set(f.name, event.target.value)}
            >
              <option value="">{f.anyLabel}</option>
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <TextInput
            key={f.name}
            id={`filter-${f.name}`}
            name={f.name}
            type="search"
            label={f.label}
            hint={f.hint}
            width={20}
            value={draft[f.name] ?? ''}
            onChange={(event) => set(f.name, event.target.value)}
          />
        ),
      )}
      <button type="submit" className="nhsuk-button nhsuk-button--secondary">
        Apply filters
      </button>
      <p className="nhsuk-body">
        <Link to={clearHref}>Clear filters</Link>
      </p>
    </form>
  );
}

type TNoun = { one: string; many: string };

/** "Showing 4 of 24 actions", announced politely when the filter changes. */
export function FilterCount({ shown, total, noun }: { shown: number; total: number; noun: TNoun }) {
  return (
    <p role="status" data-testid="filter-count">
      {showingWords(shown, total, noun)}
    </p>
  );
}

/** What to do when nothing matches: clear the filters, and how many that would show. */
export function NoMatches({
  total,
  noun,
  keep,
  subject = `No ${noun.many}`,
}: {
  total: number;
  noun: TNoun;
  keep?: string[];
  /** The start of the sentence, when "No" and the plural noun do not read well together. */
  subject?: string;
}) {
  const clearHref = useClearHref(keep);
  return (
    <p data-testid="no-matches">
      {subject} match these filters. <Link to={clearHref}>Clear filters</Link> to see all{' '}
      {total === 1 ? `1 ${noun.one}` : `${total} ${noun.many}`}.
    </p>
  );
}
