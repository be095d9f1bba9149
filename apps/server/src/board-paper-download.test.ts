import { seedDemoTrust } from '@belonging/db';
import {
  createOtherTrust,
  createTestDatabase,
  testProviders,
  type TestDatabase,
} from '@belonging/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/app-server.ts';
import { callTrpc, queryTrpc } from '../test/trpc-client.ts';
import { signInCookie } from '../test/upload-client.ts';

const OWNER = 'chief.people@belonging.test';
const CHAIR = 'chair@belonging.test';
const NED = 'ned@belonging.test';
const NETWORK_REP = 'network.rep@belonging.test';
const EDI_LEAD = 'edi.lead@belonging.test';

type Period = { id: string; label: string };
type MyActions = { actions: { id: string; version: number; status: string }[] };

describe.each(testProviders())('board paper downloads over HTTP on %s', (provider) => {
  let database: TestDatabase;
  let server: TestServer;
  let periods: Period[];
  let otherPeriodId: string;
  const cookies: Record<string, string> = {};

  const get = (periodId: string, format: string, cookie = cookies[CHAIR] ?? '') =>
    fetch(`${server.url}/api/board-paper/${periodId}?format=${format}`, { headers: { cookie } });
  const bytesOf = async (res: Response) => Buffer.from(await res.arrayBuffer());

  /** The owner's quarterly update of their first action in progress, as the owner's page sends it. */
  const submitOwnerUpdate = async (narrative: string) => {
    const cookie = cookies[OWNER] ?? '';
    const { actions } = await queryTrpc<MyActions>(server.url, 'action.mine', undefined, cookie);
    const action = actions.find((a) => a.status === 'in_progress');
    if (!action) throw new Error('The demo owner has no action in progress');
    const input = { actionId: action.id, expectedVersion: action.version, narrative };
    const answer = await callTrpc(
      server.url,
      'mutation',
      'action.submitUpdate',
      {
        ...input,
        progressPercent: 50,
        recoveryAction: 'Keep going',
      },
      cookie,
    );
    expect(answer.status).toBe(200);
  };

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await seedDemoTrust(database.db);
    otherPeriodId = (await createOtherTrust(database.db)).periodId;
    server = await startTestServer(database);
    for (const email of [OWNER, CHAIR, NED, NETWORK_REP, EDI_LEAD]) {
      cookies[email] = await signInCookie(server.url, email);
    }
    periods = await queryTrpc<Period[]>(server.url, 'period.list', undefined, cookies[CHAIR] ?? '');
    expect(periods.length).toBeGreaterThanOrEqual(10);
  });

  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it('answers /healthz and an owner’s update while ten PDF board papers are still rendering', async () => {
    const finished: string[] = [];
    const track = async (label: string, work: Promise<unknown>) => {
      await work;
      finished.push(label);
    };
    // Ten different periods, so ten files to render, asked for over tRPC as separate requests.
    const pdfs = periods.slice(0, 10).map(({ id }, i) =>
      track(
        `pdf ${i}`,
        (async () => {
          const answer = await callTrpc(
            server.url,
            'query',
            'boardPaper.download',
            { periodId: id, format: 'pdf' },
            cookies[NED] ?? '',
          );
          expect(answer.status).toBe(200);
        })(),
      ),
    );
    // Once one paper is out, the others are rendering: the server must still answer at once.
    await Promise.race(pdfs);
    await Promise.all([
      track(
        'healthz',
        fetch(`${server.url}/healthz`).then((res) => expect(res.status).toBe(200)),
      ),
      track('update', submitOwnerUpdate('Progress made while the board papers were being made')),
    ]);
    await Promise.all(pdfs);
    expect(finished).toHaveLength(12);
    expect(finished[0]).toMatch(/^pdf/);
    expect(finished.slice(1, 3).sort()).toEqual(['healthz', 'update']);
  });

  it('gives a board member the PDF as an attachment, named for the period, tagged', async () => {
    const period = periods[0];
    if (!period) throw new Error('no period');
    const res = await get(period.id, 'pdf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="board-report-\d{4}-\d{2}-Q[1-4]\.pdf"/,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const pdf = await bytesOf(res);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/StructTreeRoot');
  });

  it('serves the same bytes the second time, and a new file after a write', async () => {
    const period = periods.at(-1);
    if (!period) throw new Error('no period');
    const first = await bytesOf(await get(period.id, 'pdf'));
    const second = await bytesOf(await get(period.id, 'pdf'));
    expect(second.equals(first)).toBe(true);
    await submitOwnerUpdate('A later update the next board paper must show');
    const third = await bytesOf(await get(period.id, 'pdf'));
    expect(third.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(third.equals(first)).toBe(false);
  });

  it('lets anyone signed in to the trust download, and refuses everyone else in words', async () => {
    const period = periods[1];
    if (!period) throw new Error('no period');
    const csv = await get(period.id, 'csv', cookies[NETWORK_REP]);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.csv"/);

    const signedOut = await get(period.id, 'csv', '');
    expect(signedOut.status).toBe(401);
    expect(await signedOut.json()).toEqual({ message: 'Please sign in.' });

    const otherTrust = await get(otherPeriodId, 'csv');
    expect(otherTrust.status).toBe(404);
    expect(((await otherTrust.json()) as { message: string }).message).toMatch(/period/i);

    const badFormat = await get(period.id, 'odt');
    expect(badFormat.status).toBe(400);
    expect(await badFormat.json()).toEqual({
      message: 'Format must be csv, xlsx, pdf or docx',
      field: 'format',
    });
  });

  it('makes one file per tRPC batch and refuses the rest of the batch in words', async () => {
    const period = periods[2];
    if (!period) throw new Error('no period');
    const one = { json: { periodId: period.id, format: 'csv' } };
    const input = encodeURIComponent(JSON.stringify({ 0: one, 1: one, 2: one }));
    const res = await fetch(
      `${server.url}/trpc/boardPaper.download,boardPaper.download,boardPaper.download?batch=1&input=${input}`,
      { headers: { cookie: cookies[EDI_LEAD] ?? '' } },
    );
    const answers = (await res.json()) as {
      result?: unknown;
      error?: { json: { message: string; data: { code: string } } };
    }[];
    expect(answers).toHaveLength(3);
    expect(answers[0]?.result).toBeDefined();
    for (const refused of answers.slice(1)) {
      expect(refused.error?.json.data.code).toBe('BAD_REQUEST');
      expect(refused.error?.json.message).toBe(
        'Only one file can be made per request: ask for the others one at a time.',
      );
    }
  });

  it('answers 429 with Retry-After and words once a person has asked for ten files in a minute', async () => {
    const period = periods[3];
    if (!period) throw new Error('no period');
    const cookie = cookies[OWNER];
    for (let i = 0; i < 10; i += 1) expect((await get(period.id, 'csv', cookie)).status).toBe(200);
    const refused = await get(period.id, 'csv', cookie);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { message: string }).message).toMatch(
      /^You have asked for 10 files in the last minute\. Try again in \d+ seconds?\.$/,
    );
    // The count is the person's: someone else still gets their file.
    expect((await get(period.id, 'csv', cookies[NETWORK_REP])).status).toBe(200);
  });
});
