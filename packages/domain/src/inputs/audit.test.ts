import { describe, expect, it } from 'vitest';
import { ZAuditListInput } from './audit.ts';
import { accepted, chars, issuesOf } from '../../test/zod-issues.ts';

describe('ZAuditListInput', () => {
  it('accepts no filters at all, and an empty object with the default page size', () => {
    expect(accepted(ZAuditListInput, undefined)).toBeUndefined();
    expect(accepted(ZAuditListInput, {})).toEqual({ limit: 50 });
  });

  it('accepts from and to on the same day, both included', () => {
    expect(accepted(ZAuditListInput, { from: '2026-03-31', to: '2026-03-31' })).toEqual({
      limit: 50,
      from: new Date('2026-03-31T00:00:00Z'),
      to: new Date('2026-03-31T00:00:00Z'),
    });
  });

  it('accepts an entity name of exactly 40 characters with ids and a single bound', () => {
    expect(
      accepted(ZAuditListInput, {
        entity: chars(40, 'a'),
        entityId: 'x1',
        actorId: 'u1',
        from: '2026-04-01',
      }),
    ).toMatchObject({ entity: chars(40, 'a'), entityId: 'x1', actorId: 'u1' });
  });

  it.each([
    [
      'a to date one day before the from date',
      { from: '2026-04-01', to: '2026-03-31' },
      'to',
      'The to date must be on or after the from date',
    ],
    [
      'an entity with capitals',
      { entity: 'Action' },
      'entity',
      'The entity must be a name like action or kpi',
    ],
    [
      'an entity of 41 characters',
      { entity: chars(41, 'a') },
      'entity',
      'The entity must be 40 characters or fewer',
    ],
    ['an entity that is a number', { entity: 4 }, 'entity', 'The entity must be text'],
    [
      'a from date not on the calendar',
      { from: '2026-02-30' },
      'from',
      'The from date must be a real date',
    ],
    [
      'a to date before 2000',
      { to: '1999-12-31' },
      'to',
      'The to date must be between 2000 and 2100',
    ],
    ['an actor id with a slash', { actorId: 'u/1' }, 'actorId', 'Id is not valid'],
    ['a limit of 201', { limit: 201 }, 'limit', 'The limit must be 200 or less'],
  ])('refuses %s', (_name, input, path, message) => {
    expect(issuesOf(ZAuditListInput, input)).toEqual([{ path, message }]);
  });
});

describe('the show sign-ins tick box', () => {
  it('reads "true" and "false" from the URL as the API’s boolean', () => {
    expect(accepted(ZAuditListInput, { showSignIns: 'true' })).toMatchObject({ showSignIns: true });
    expect(accepted(ZAuditListInput, { showSignIns: 'false' })).toMatchObject({
      showSignIns: false,
    });
    expect(accepted(ZAuditListInput, { showSignIns: true })).toMatchObject({ showSignIns: true });
  });
});
