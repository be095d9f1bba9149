import { describe, expect, it } from 'vitest';
import {
  AUDIT_ENTITY_WORDS,
  AUDIT_OPERATION_LABELS,
  entityWords,
  operationLabel,
} from './labels.ts';
import {
  AUDIT_ENTITIES,
  AUDIT_OPERATION_KEYS,
  AUDIT_OPERATIONS,
  ZAuditEntity,
  ZAuditOperation,
} from './vocabulary.ts';

describe('the closed vocabulary of audit events', () => {
  it('builds every event key from a listed entity and a listed operation', () => {
    for (const key of AUDIT_OPERATION_KEYS) {
      const [entity, operation] = key.split(':');
      expect(ZAuditEntity.safeParse(entity).success, key).toBe(true);
      expect(ZAuditOperation.safeParse(operation).success, key).toBe(true);
    }
  });

  it('lists no entity or operation that no event uses', () => {
    const keys = AUDIT_OPERATION_KEYS.map((k) => k.split(':'));
    expect(new Set(keys.map(([e]) => e))).toEqual(new Set(AUDIT_ENTITIES));
    expect(new Set(keys.map(([, o]) => o))).toEqual(new Set(AUDIT_OPERATIONS));
  });

  it('gives every event and every kind of record its own words', () => {
    expect(Object.keys(AUDIT_OPERATION_LABELS).sort()).toEqual([...AUDIT_OPERATION_KEYS].sort());
    for (const key of AUDIT_OPERATION_KEYS) {
      const [entity = '', operation = ''] = key.split(':');
      expect(operationLabel(entity, operation)).toBe(AUDIT_OPERATION_LABELS[key]);
    }
    for (const entity of AUDIT_ENTITIES)
      expect(entityWords(entity)).toBe(AUDIT_ENTITY_WORDS[entity]);
  });

  it('refuses a code outside the vocabulary when writing', () => {
    expect(ZAuditEntity.safeParse('framework_tag').success).toBe(false);
    expect(ZAuditOperation.safeParse('set_target').success).toBe(false);
  });

  it('still reads an older stored event whose codes are not in the vocabulary', () => {
    expect(operationLabel('framework_tag', 'create')).toBe('Framework tag added');
    expect(operationLabel('kpi', 'set_target')).toBe('KPI: set target');
  });
});
