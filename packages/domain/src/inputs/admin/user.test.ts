import { describe, expect, it } from 'vitest';
import {
  ZAdminUserCreateInput,
  ZAdminUserDeactivateInput,
  ZAdminUserSetRolesInput,
} from './user.ts';
import { accepted, chars, issuesOf } from '../../../test/zod-issues.ts';

const person = { email: 'ann.lee@nhs.net', name: 'Ann Lee', roles: ['executive_owner'] };
const allRoles = ['edi_admin', 'executive_owner', 'board_member', 'network_rep'];

describe('ZAdminUserCreateInput', () => {
  it('normalises the email, trims the name and drops an empty job title', () => {
    expect(
      accepted(ZAdminUserCreateInput, {
        ...person,
        email: ' Ann.Lee@NHS.net ',
        name: ' Ann Lee ',
        jobTitle: ' ',
      }),
    ).toEqual({ email: 'ann.lee@nhs.net', name: 'Ann Lee', roles: ['executive_owner'] });
  });

  it('accepts all four roles, a 200-character name and a 12-character temporary password', () => {
    expect(
      accepted(ZAdminUserCreateInput, {
        ...person,
        name: chars(200),
        roles: allRoles,
        temporaryPassword: chars(12),
      }),
    ).toMatchObject({ roles: allRoles, temporaryPassword: chars(12) });
  });

  it.each([
    ['email', 'ann', 'Enter an email address in the correct format, like name@nhs.net'],
    ['name', ' ', 'Enter the name'],
    ['name', chars(201), 'The name must be 200 characters or fewer'],
    ['jobTitle', chars(201), 'The job title must be 200 characters or fewer'],
    ['roles', [], 'Choose at least one role'],
    ['roles', ['board_member', 'board_member'], 'Choose each role at most once'],
    ['roles', [...allRoles, 'edi_admin'], 'Choose each role at most once'],
    ['temporaryPassword', chars(11), 'The temporary password must be at least 12 characters'],
    ['temporaryPassword', chars(257), 'The temporary password must be 256 characters or fewer'],
    ['temporaryPassword', 123456789012, 'The temporary password must be text'],
  ])('refuses %s = %j', (path, value, message) => {
    expect(issuesOf(ZAdminUserCreateInput, { ...person, [path]: value })).toEqual([
      { path, message },
    ]);
  });

  it('refuses an unknown role at its place in the list', () => {
    expect(
      issuesOf(ZAdminUserCreateInput, { ...person, roles: ['edi_admin', 'superuser'] }),
    ).toEqual([
      {
        path: 'roles.1',
        message:
          'Roles must be EDI team, executive owner, board member or staff network representative',
      },
    ]);
  });

  it('refuses roles given as one string', () => {
    expect(issuesOf(ZAdminUserCreateInput, { ...person, roles: 'edi_admin' })).toContainEqual({
      path: 'roles',
      message: 'Roles must be a list',
    });
  });
});

describe('ZAdminUserSetRolesInput and ZAdminUserDeactivateInput', () => {
  it('sets roles by the same rules as a new person', () => {
    expect(accepted(ZAdminUserSetRolesInput, { userId: 'u1', roles: ['network_rep'] })).toEqual({
      userId: 'u1',
      roles: ['network_rep'],
    });
    expect(issuesOf(ZAdminUserSetRolesInput, { userId: 'u1', roles: [] })).toEqual([
      { path: 'roles', message: 'Choose at least one role' },
    ]);
  });

  it('deactivates with or without someone to take over their actions', () => {
    expect(accepted(ZAdminUserDeactivateInput, { userId: 'u1' })).toEqual({ userId: 'u1' });
    expect(accepted(ZAdminUserDeactivateInput, { userId: 'u1', reassignTo: null })).toEqual({
      userId: 'u1',
      reassignTo: null,
    });
    expect(issuesOf(ZAdminUserDeactivateInput, { userId: 'u1', reassignTo: 'u 2' })).toEqual([
      { path: 'reassignTo', message: 'Id is not valid' },
    ]);
  });
});
