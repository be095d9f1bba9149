import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedDemoTrust, type Db, type Provider } from '@belonging/db';
import {
  countAuditEventsMatching,
  countWorkforceUploads,
  createTestDatabase,
  findAuditEventFor,
  readEveryTableRows,
  testProviders,
  type TestDatabase,
} from '@belonging/db/testing';
import { WORKFORCE_COLUMNS } from '@belonging/domain';
import { writeWorkforceSample } from '@belonging/workforce';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from '../test/app-server.ts';
import {
  postUpload,
  rawUpload,
  signInCookie,
  uploadForm,
  type UploadFile,
} from '../test/upload-client.ts';
import { MAX_UPLOAD_BYTES } from './workforce-upload.ts';

const EDI_LEAD = 'edi.lead@belonging.test';
const NETWORK_REP = 'network.rep@belonging.test';
const HEADER = WORKFORCE_COLUMNS.staff.join(',');
const GOOD_ROW = 'clinical,Band 5,none,15.50,,no,no,yes';
const staffCsv = (...rows: string[]) => [HEADER, ...rows].join('\n');

/** Every value of every table, as text: tables come from the catalogue, not a list of ours. */
async function everyStoredValue(db: Db, provider: Provider): Promise<string> {
  const tables = await readEveryTableRows(db, provider);
  expect(tables.map((t) => t.name)).toContain('WorkforceUpload');
  const parts: string[] = [];
  for (const { rows } of tables) {
    for (const row of rows) {
      for (const value of Object.values(row)) {
        if (value instanceof Uint8Array) parts.push(Buffer.from(value).toString('latin1'));
        else if (value instanceof Date) parts.push(value.toISOString());
        else if (value !== null && typeof value === 'object') parts.push(JSON.stringify(value));
        else parts.push(String(value));
      }
    }
  }
  return parts.join('\n');
}

/** The ids in one column of a CSV file written by the sample generator. */
function idsOf(file: string, column: string): string[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const index = (header ?? '').split(',').indexOf(column);
  expect(index).toBeGreaterThanOrEqual(0);
  return lines.map((line) => line.split(',')[index] ?? '').filter(Boolean);
}

describe.each(testProviders())('POST /api/workforce/uploads on %s', (provider) => {
  let database: TestDatabase;
  let server: TestServer;
  let small: TestServer;
  let tempRoot: string;
  let sampleDir: string;
  let admin: string;
  let rep: string;
  const logged: string[] = [];

  const uploads = () => countWorkforceUploads(database.db);
  const audits = () => countAuditEventsMatching(database.db, { entity: 'workforce_upload' });
  const leftInTemp = () => readdirSync(tempRoot);
  const good = (): Partial<Record<string, UploadFile>> => ({
    staff: { name: 'staff.csv', bytes: staffCsv(`P-1,A,female,no,${GOOD_ROW}`) },
  });

  beforeAll(async () => {
    // Everything the server says while these tests run, to prove no id reaches a log.
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logged.push(
          args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(' '),
        );
      });
    }
    for (const stream of [process.stdout, process.stderr]) {
      const write = stream.write.bind(stream);
      vi.spyOn(stream, 'write').mockImplementation((chunk: unknown, ...rest: unknown[]) => {
        logged.push(String(chunk));
        return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
      });
    }
    database = await createTestDatabase(provider);
    await seedDemoTrust(database.db);
    tempRoot = mkdtempSync(path.join(os.tmpdir(), 'belonging-upload-root-'));
    sampleDir = mkdtempSync(path.join(os.tmpdir(), 'belonging-sample-'));
    server = await startTestServer(database, { uploadTempRoot: tempRoot });
    small = await startTestServer(database, {
      uploadTempRoot: tempRoot,
      maxUploadBytes: 64 * 1024,
    });
    admin = await signInCookie(server.url, EDI_LEAD);
    rep = await signInCookie(server.url, NETWORK_REP);
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await server?.close();
    await small?.close();
    await database?.drop();
    rmSync(tempRoot, { recursive: true, force: true });
    rmSync(sampleDir, { recursive: true, force: true });
  });

  it('refuses a request with no session with 401, as JSON that is never cached', async () => {
    const res = await postUpload(server.url, uploadForm({ asOf: '2026-03-31' }, good()));
    expect(res.status).toBe(401);
    expect(res.body.message).toBe('Please sign in.');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(leftInTemp()).toEqual([]);
  });

  it('refuses someone who is not in the EDI team with 403', async () => {
    const res = await postUpload(server.url, uploadForm({ asOf: '2026-03-31' }, good()), {
      cookie: rep,
    });
    expect(res.status).toBe(403);
    expect(res.body.message).toMatch(/EDI team/);
  });

  it('refuses a cross-site upload with 403, even from the EDI lead', async () => {
    const before = await uploads();
    const res = await postUpload(server.url, uploadForm({ asOf: '2026-03-31' }, good()), {
      cookie: admin,
      origin: 'https://evil.example',
    });
    expect(res.status).toBe(403);
    expect(await uploads()).toBe(before);
  });

  it('refuses a declared Content-Length over 100 MB with 413 before any body is sent', async () => {
    const res = await rawUpload(
      server.url,
      {
        cookie: admin,
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': MAX_UPLOAD_BYTES + 1,
      },
      // Headers only: the answer arrives though not one byte of the body is ever written.
      (req) => req.flushHeaders(),
    );
    expect(MAX_UPLOAD_BYTES).toBe(100 * 1024 * 1024);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toEqual({ message: 'The upload is larger than 100 MB.' });
  });

  it('stops a streamed body once it passes the limit, with 413, and deletes what it had', async () => {
    const boundary = 'bt-boundary';
    const before = await uploads();
    let stop = false;
    const res = await rawUpload(
      small.url,
      { cookie: admin, 'content-type': `multipart/form-data; boundary=${boundary}` },
      (req) => {
        req.on('response', () => (stop = true));
        req.write(
          `--${boundary}\r\nContent-Disposition: form-data; name="staff"; filename="staff.csv"\r\n` +
            'Content-Type: text/csv\r\n\r\n',
        );
        const chunk = `${'x'.repeat(1023)}\n`.repeat(16);
        // Keep sending until the server answers: no Content-Length, so only streaming can stop it.
        const pump = () => {
          if (stop || req.destroyed) return;
          if (req.write(chunk)) setImmediate(pump);
          else req.once('drain', pump);
        };
        req.on('error', () => undefined);
        pump();
      },
    );
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toEqual({ message: 'The upload is larger than 64 KB.' });
    expect(leftInTemp()).toEqual([]);
    expect(await uploads()).toBe(before);
  });

  it('deletes the private folder when the client goes away mid-upload', async () => {
    const boundary = 'bt-boundary';
    await new Promise<void>((resolve) => {
      void rawUpload(
        server.url,
        { cookie: admin, 'content-type': `multipart/form-data; boundary=${boundary}` },
        (req) => {
          req.write(
            `--${boundary}\r\nContent-Disposition: form-data; name="staff"; filename="staff.csv"\r\n\r\n${HEADER}\n`,
          );
          req.write('x'.repeat(64 * 1024), () => {
            // The folder exists while the body is arriving, then the client vanishes.
            void vi
              .waitFor(() => expect(leftInTemp()).toHaveLength(1))
              .then(() => {
                req.destroy();
                resolve();
              });
          });
        },
      ).catch(() => undefined);
    });
    await vi.waitFor(() => expect(leftInTemp()).toEqual([]));
  });

  it('refuses a file that is not CSV or XLSX with 415 and the reason in words', async () => {
    const res = await postUpload(
      server.url,
      uploadForm({ asOf: '2026-03-31' }, { staff: { name: 'staff.pdf', bytes: '%PDF-1.7\n' } }),
      { cookie: admin },
    );
    expect(res.status).toBe(415);
    expect(res.body.message).toMatch(/CSV|XLSX|Excel/i);
    expect(leftInTemp()).toEqual([]);
  });

  it.each([
    ['asOf', { asOf: '31/03/2026' }, 'asOf must be a date like 2026-03-31'],
    ['asOf', {}, 'asOf must be a date like 2026-03-31'],
    ['threshold', { asOf: '2026-03-31', threshold: '2.5' }, 'threshold must be a whole number'],
    ['threshold', { asOf: '2026-03-31', threshold: '0' }, 'threshold must be a whole number'],
  ])('answers 400 naming the field %s for %j', async (field, fields, message) => {
    const res = await postUpload(server.url, uploadForm(fields, good()), { cookie: admin });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ field });
    expect(String(res.body.message)).toContain(message);
  });

  it('answers 400 when no staff file is sent', async () => {
    const res = await postUpload(server.url, uploadForm({ asOf: '2026-03-31' }, {}), {
      cookie: admin,
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ field: 'staff' });
  });

  it('refuses a file with bad rows with 422: each with line, column and value; nothing kept', async () => {
    const [beforeUploads, beforeAudits] = [await uploads(), await audits()];
    const csv = staffCsv(
      `P-1,A,female,no,${GOOD_ROW}`,
      `P-2,Martian,female,no,${GOOD_ROW}`,
      `P-3,A,female,no,clinical,Band 10,none,15.50,,no,no,yes`,
    );
    const res = await postUpload(
      server.url,
      uploadForm({ asOf: '2026-03-31' }, { staff: { name: 'staff.csv', bytes: csv } }),
      { cookie: admin },
    );
    expect(res.status).toBe(422);
    expect(res.body.errorCount).toBe(2);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'staff', line: 3, column: 'ethnicity', value: 'Martian' }),
        expect.objectContaining({ file: 'staff', line: 4, column: 'band', value: 'Band 10' }),
      ]),
    );
    expect(String(res.body.message)).toMatch(/nothing has been kept/);
    expect([await uploads(), await audits()]).toEqual([beforeUploads, beforeAudits]);
    expect(leftInTemp()).toEqual([]);
  });

  it('keeps a good upload: 201 with provenance, the files’ SHA-256, and one audit event', async () => {
    const [file] = await writeWorkforceSample({
      staff: 120,
      recruitment: 40,
      seed: 11,
      outDir: path.join(sampleDir, 'good'),
      format: 'csv',
    });
    const bytes = readFileSync(file?.path ?? '');
    const beforeAudits = await audits();
    const res = await postUpload(
      server.url,
      uploadForm(
        { asOf: '2026-03-31', threshold: '5' },
        { staff: { name: 'ESR staff 2026.csv', bytes } },
      ),
      { cookie: admin },
    );
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const upload = res.body.upload as Record<string, unknown>;
    expect(upload).toMatchObject({
      asOf: '2026-03-31T00:00:00.000Z',
      threshold: 5,
      staffFileName: 'ESR staff 2026.csv',
      staffSha256: createHash('sha256').update(bytes).digest('hex'),
      staffRows: 120,
      recruitmentFileName: null,
      recruitmentRows: null,
      uploadedBy: { name: expect.any(String) as unknown },
      savedAt: null,
    });
    expect(res.body.result).toMatchObject({ asOf: '2026-03-31', threshold: 5 });
    expect(await audits()).toBe(beforeAudits + 1);
    const event = await findAuditEventFor(database.db, {
      entity: 'workforce_upload',
      entityId: String(upload.id),
    });
    expect(event.operation).toBe('upload');
    expect(JSON.parse(event.after ?? '{}')).toEqual({
      asOf: '2026-03-31',
      threshold: 5,
      staffFileName: 'ESR staff 2026.csv',
      staffSha256: upload.staffSha256,
      staffRows: 120,
      recruitmentFileName: null,
      recruitmentSha256: null,
      recruitmentRows: null,
    });
    expect(leftInTemp()).toEqual([]);
  });

  it('takes the trust’s small-number threshold when the form names none', async () => {
    const res = await postUpload(server.url, uploadForm({ asOf: '2025-03-31' }, good()), {
      cookie: admin,
    });
    expect(res.status).toBe(201);
    expect(res.body.upload).toMatchObject({ threshold: 10, staffRows: 1 });
  });

  it('keeps no person_id or applicant_id anywhere: not in any table, not in the logs, no file left', async () => {
    const [staff, recruitment] = await writeWorkforceSample({
      staff: 400,
      recruitment: 150,
      seed: 2026,
      outDir: path.join(sampleDir, 'privacy'),
      format: 'csv',
    });
    const ids = [
      ...idsOf(staff?.path ?? '', 'person_id'),
      ...idsOf(recruitment?.path ?? '', 'applicant_id'),
    ];
    expect(ids).toHaveLength(550);
    const read = (file: string | undefined) => readFileSync(file ?? '');
    const res = await postUpload(
      server.url,
      uploadForm(
        { asOf: '2026-03-31' },
        {
          staff: { name: 'staff.csv', bytes: read(staff?.path) },
          recruitment: { name: 'recruitment.csv', bytes: read(recruitment?.path) },
        },
      ),
      { cookie: admin },
    );
    expect(res.status).toBe(201);
    expect(res.body.upload).toMatchObject({ staffRows: 400, recruitmentRows: 150 });
    // A refused upload of the same people, whose answer names rows, also keeps and logs no id.
    const broken = readFileSync(staff?.path ?? '', 'utf8').replace(/,clinical,/, ',surgical,');
    const refused = await postUpload(
      server.url,
      uploadForm({ asOf: '2026-03-31' }, { staff: { name: 'staff.csv', bytes: broken } }),
      { cookie: admin },
    );
    expect(refused.status).toBe(422);

    // The capture works: what the server process prints does land in `logged`.
    console.error('log capture probe');
    expect(logged.join('\n')).toContain('log capture probe');
    const stored = await everyStoredValue(database.db, provider);
    expect(stored).toContain(String((res.body.upload as { id: string }).id));
    const output = logged.join('\n');
    expect(ids.filter((id) => stored.includes(id))).toEqual([]);
    expect(ids.filter((id) => output.includes(id))).toEqual([]);
    expect(ids.filter((id) => JSON.stringify(refused.body).includes(id))).toEqual([]);
    expect(leftInTemp()).toEqual([]);
  });
});
