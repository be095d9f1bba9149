import { FRAMEWORK_NAMES, FRAMEWORKS, RAG_LABELS, RAGS } from '@belonging/domain';
import type { TFilterField } from '../../components/filter-form.tsx';

export const KPI_NOUN = { one: 'KPI', many: 'KPIs' };

/** The KPIs list by framework tag and colour; each choice is an address parameter. */
export const KPI_FILTER_FIELDS: TFilterField[] = [
  {
    kind: 'select',
    name: 'framework',
    label: 'Framework',
    anyLabel: 'Any framework',
    options: FRAMEWORKS.map((f) => ({ value: f, label: FRAMEWORK_NAMES[f] })),
  },
  {
    kind: 'select',
    name: 'rag',
    label: 'Colour',
    anyLabel: 'Any colour',
    options: RAGS.map((r) => ({ value: r, label: RAG_LABELS[r] })),
  },
];
