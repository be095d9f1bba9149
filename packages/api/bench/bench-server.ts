// The API over HTTP in its own process, so the load generator does not share its event loop.
import { closeDb, createDb } from '@belonging/db';
import { startTrpcHttp } from '../test/support/http.ts';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const { db, target } = createDb(url);
const http = await startTrpcHttp(db, target);
console.log(`listening ${http.url}`);
process.once('SIGTERM', () => {
  void http
    .close()
    .then(() => closeDb(db))
    .then(() => process.exit(0));
});
