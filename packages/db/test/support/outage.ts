import { adminQuery, quoteName } from './postgres-server.ts';

/**
 * Takes a test database on the TEST_POSTGRES_URL server away as an outage would: new connections
 * are refused, open ones are cut, and its name no longer opens. `restore` brings it back under
 * its name, so a server that recovers on its own can be seen to.
 */
export async function takePostgresDatabaseAway(
  url: string,
): Promise<{ restore: () => Promise<void> }> {
  const name = quoteName(decodeURIComponent(new URL(url).pathname.slice(1)));
  const away = quoteName(`${name.slice(1, -1)}_away`);
  await adminQuery(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
  await adminQuery(
    'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [name.slice(1, -1)],
  );
  await adminQuery(`ALTER DATABASE ${name} RENAME TO ${away}`);
  await adminQuery(`ALTER DATABASE ${away} ALLOW_CONNECTIONS true`);
  return {
    restore: async () => {
      await adminQuery(`ALTER DATABASE ${away} RENAME TO ${name}`);
    },
  };
}
