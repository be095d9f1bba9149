import {
  ACTION_DUE_FILTERS,
  ACTION_DUE_LABELS,
  ACTION_STATUS_LABELS,
  RAG_LABELS,
  RAGS,
  ZActionStatus,
} from '@belonging/domain';
import type { TFilterField } from '../components/filter-form.tsx';

export const ACTION_NOUN = { one: 'action', many: 'actions' };

/** What My actions can be narrowed by; each choice is an address parameter. */
export const ACTION_FILTER_FIELDS: TFilterField[] = [
  {
    kind: 'search',
    name: 'q',
    label: 'Code or title contains',
    hint: 'For example, 2.1 or mentoring',
  },
  {
    kind: 'select',
    name: 'status',
    label: 'Status',
    anyLabel: 'Any status',
    options: ZActionStatus.options.map((s) => ({ value: s, label: ACTION_STATUS_LABELS[s] })),
  },
  {
    kind: 'select',
    name: 'rag',
    label: 'Colour',
    anyLabel: 'Any colour',
    options: RAGS.map((r) => ({ value: r, label: RAG_LABELS[r] })),
  },
  {
    kind: 'select',
    name: 'due',
    label: 'Due',
    anyLabel: 'Any due date',
    options: ACTION_DUE_FILTERS.map((d) => ({ value: d, label: ACTION_DUE_LABELS[d] })),
  },
];
