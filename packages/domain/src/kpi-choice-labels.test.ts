import { describe, expect, it } from 'vitest';
import { ZKpiDirectionInput, ZKpiFrequencyInput, ZKpiUnitInput } from './inputs/admin/kpi.ts';
import { ZUserRoleInput } from './inputs/admin/user.ts';
import {
  choiceOptions,
  KPI_DIRECTION_LABELS,
  KPI_FREQUENCY_LABELS,
  KPI_UNIT_LABELS,
} from './kpi-choice-labels.ts';
import { roleNoun } from './labels.ts';

describe('KPI choice words', () => {
  it.each([
    ['unit', KPI_UNIT_LABELS, ZKpiUnitInput.options],
    ['direction', KPI_DIRECTION_LABELS, ZKpiDirectionInput.options],
    ['frequency', KPI_FREQUENCY_LABELS, ZKpiFrequencyInput.options],
  ] as const)('has words for every %s the API accepts, and no others', (_, labels, codes) => {
    expect(Object.keys(labels).sort()).toEqual([...codes].sort());
  });

  it('turns a vocabulary into options in its declared order', () => {
    expect(choiceOptions(KPI_FREQUENCY_LABELS)).toEqual([
      { value: 'monthly', label: 'Monthly' },
      { value: 'quarterly', label: 'Quarterly' },
      { value: 'annual', label: 'Yearly' },
    ]);
  });
});

describe('roleNoun', () => {
  it.each([
    ['executive_owner', 'executive owner'],
    ['board_member', 'board member'],
    ['network_rep', 'staff network representative'],
    ['edi_admin', 'EDI team'],
  ] as const)(
    'names %s as "%s" inside a sentence, keeping an acronym in capitals',
    (role, noun) => {
      expect(roleNoun(role)).toBe(noun);
    },
  );

  it('has a noun for every role', () => {
    for (const role of ZUserRoleInput.options) expect(roleNoun(role)).not.toBe('');
  });
});
