import { describe, expect, it } from 'vitest';
import { isAdminPath, safeNext } from './next-path.ts';

describe('safeNext', () => {
  it.each(['/report', '/admin/periods', '/actions/a1?tab=history'])(
    'keeps a path on this server: %s',
    (path) => {
      expect(safeNext(path)).toBe(path);
    },
  );

  it.each([
    ['another site by scheme', 'https://example.com/'],
    ['another site by //', '//example.com/'],
    ['another site by /\\', '/\\example.com/'],
    ['a relative path', 'report'],
    ['the sign-in page itself', '/sign-in?next=/report'],
    ['nothing', null],
  ])('refuses %s', (_name, next) => {
    expect(safeNext(next)).toBeNull();
  });
});

describe('isAdminPath', () => {
  it('is the admin app and its pages, not a web path that starts the same way', () => {
    expect(isAdminPath('/admin')).toBe(true);
    expect(isAdminPath('/admin/periods')).toBe(true);
    expect(isAdminPath('/administration')).toBe(false);
  });
});
