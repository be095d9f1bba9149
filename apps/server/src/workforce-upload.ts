import { chmod, mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { recordWorkforceUpload, workforceDefaultThreshold, type RequestMeta } from '@belonging/api';
import type { DbHandle } from '@belonging/db';
import {
  WORKFORCE_MAX_UPLOAD_BYTES,
  describeFileSize,
  parseIsoDay,
  type TWorkforceResult,
  type TWorkforceRowError,
} from '@belonging/domain';
import { analyseWorkforce, WorkforceFileError } from '@belonging/workforce';
import type { Context } from 'hono';
import type { HostEnv } from './host-options.ts';
import { requestContext } from './request-context.ts';
import {
  ClientGone,
  receiveMultipart,
  UploadRefusal,
  type ReceivedFile,
} from './multipart-upload.ts';
import { lingerWhenClosing } from './linger.ts';
import { isDatabaseUnavailable, unavailableResponse } from './request-guard.ts';
import { requestLogger } from './request-log.ts';

export const WORKFORCE_UPLOAD_PATH = '/api/workforce/uploads';
/** The one limit the admin app checks before sending, too. */
export const MAX_UPLOAD_BYTES = WORKFORCE_MAX_UPLOAD_BYTES;
/** Row errors sent back at most; the count says how many there were in all. */
const MAX_ROW_ERRORS = 500;
const ID_COLUMNS = new Set(['person_id', 'applicant_id']);

export type WorkforceUploadOptions = DbHandle & {
  maxUploadBytes?: number;
  /** Where each request's private folder is made (default the system's temp folder). */
  uploadTempRoot?: string;
};

/** A JSON answer that no cache keeps. */
function json(status: number, body: unknown, { close = false }: { close?: boolean } = {}) {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  };
  // Refused before (or while) reading the body: close rather than read the rest of it.
  if (close) headers.Connection = 'close';
  return new Response(JSON.stringify(body), { status, headers });
}

/** An id column's value never leaves the request, not even in an error about it. */
function redactRowError(error: TWorkforceRowError): TWorkforceRowError {
  if (!ID_COLUMNS.has(error.column) || error.value === '') return error;
  return { ...error, value: '', message: error.message.split(error.value).join('(id not shown)') };
}

/** Only the error's kind and where it happened: its message could quote a value of a file. */
function logFailure(error: unknown): void {
  const kind = error instanceof Error ? error.name : typeof error;
  const frames = error instanceof Error ? (error.stack ?? '').split('\n').slice(1, 8) : [];
  requestLogger().error({ errorType: kind, stack: frames.join('\n') }, 'Workforce upload failed');
}

function readThreshold(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = raw.trim();
  if (!/^\d{1,6}$/.test(value) || Number(value) < 1) {
    throw new UploadRefusal(400, 'threshold must be a whole number of 1 or more', 'threshold');
  }
  return Number(value);
}

function readAsOf(raw: string | undefined): { iso: string; date: Date } {
  const iso = (raw ?? '').trim();
  try {
    return { iso, date: parseIsoDay(iso) };
  } catch {
    throw new UploadRefusal(400, 'asOf must be a date like 2026-03-31', 'asOf');
  }
}

/**
 * POST /api/workforce/uploads: the EDI team's staff (and recruitment) extracts, streamed to a
 * private folder, aggregated, and deleted before anything is kept or answered. Only the aggregates
 * and the files' provenance are kept, with one audit event.
 */
export async function handleWorkforceUpload(
  c: Context<HostEnv>,
  meta: RequestMeta,
  opts: WorkforceUploadOptions,
): Promise<Response> {
  // Refusals below close the connection with the body unread: let the caller read them first.
  lingerWhenClosing(c.env.incoming.socket);
  if (c.req.method !== 'POST') {
    const refusal = json(405, { message: 'Send the files with POST.' }, { close: true });
    refusal.headers.set('Allow', 'POST');
    return refusal;
  }
  if (!meta.sameOrigin) {
    const message = 'Uploads must come from the Belonging Tracker app itself.';
    return json(403, { message }, { close: true });
  }
  // The size first: an upload too large is refused by what it declares, before any session work.
  const maxBytes = opts.maxUploadBytes ?? MAX_UPLOAD_BYTES;
  const limit = describeFileSize(maxBytes);
  const declared = Number(c.req.header('content-length') ?? 0);
  if (declared > maxBytes) {
    const message = `The upload is larger than ${limit}.`;
    return json(413, { message }, { close: true });
  }
  const ctx = await requestContext(c, opts, meta);
  const session = ctx.session;
  if (!session) return json(401, { message: 'Please sign in.' }, { close: true });
  if (!session.roles.includes('edi_admin') || session.mustChangePassword) {
    const message = session.mustChangePassword
      ? 'Change your temporary password first.'
      : 'Only the EDI team can upload workforce data.';
    return json(403, { message }, { close: true });
  }

  // The body is streamed from Node's request itself: busboy reads it straight to disk.
  const req = c.env.incoming;
  const res = c.env.outgoing;
  let clientGone = false;
  res.once('close', () => {
    if (!res.writableEnded) clientGone = true;
  });
  const dir = await mkdtemp(path.join(opts.uploadTempRoot ?? os.tmpdir(), 'belonging-workforce-'));
  let outcome: Analysed | Answer;
  try {
    await chmod(dir, 0o700);
    outcome = await receiveAndAnalyse(req, dir, maxBytes, limit, () =>
      workforceDefaultThreshold(opts.db, session.organisationId),
    );
  } catch (error) {
    outcome = answerFor(error);
  } finally {
    // Gone before anything is kept or answered: only the aggregates outlive this point.
    await rm(dir, { recursive: true, force: true });
  }
  if (!('analysed' in outcome)) return json(outcome.status, outcome.body, { close: outcome.close });
  // Nobody is waiting for this answer: keep nothing, as if it had never arrived.
  if (clientGone) return json(400, GONE, { close: true });
  try {
    const { staff, recruitment, asOf, threshold, result } = outcome.analysed;
    const upload = await recordWorkforceUpload(
      opts.db,
      { userId: session.userId, organisationId: session.organisationId },
      {
        provenance: {
          asOf,
          threshold,
          staffFileName: staff.fileName,
          staffSha256: staff.sha256,
          staffRows: result.rows.staff,
          recruitmentFileName: recruitment?.fileName ?? null,
          recruitmentSha256: recruitment?.sha256 ?? null,
          recruitmentRows: recruitment ? result.rows.recruitment : null,
        },
        result,
      },
    );
    return json(201, { upload, result });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return unavailableResponse();
    logFailure(error);
    return json(500, { message: 'Something went wrong on our side. Please try again.' });
  }
}

type Answer = { status: number; body: unknown; close?: boolean };
type Analysed = {
  analysed: {
    staff: ReceivedFile;
    recruitment: ReceivedFile | undefined;
    asOf: Date;
    threshold: number;
    result: TWorkforceResult;
  };
};

/** Answered to a client that has gone: nobody reads it, but every request gets an answer. */
const GONE = { message: 'The upload stopped before it arrived.' };

/** What to answer for a refusal. */
function answerFor(error: unknown): Answer {
  if (error instanceof ClientGone) return { status: 400, body: GONE, close: true };
  if (error instanceof UploadRefusal) {
    const body = { message: error.message, ...(error.field ? { field: error.field } : {}) };
    return { status: error.status, body, close: error.status === 413 };
  }
  if (error instanceof WorkforceFileError) return { status: 415, body: { message: error.message } };
  logFailure(error);
  return { status: 500, body: { message: 'Something went wrong on our side. Please try again.' } };
}

/** Streams the form into `dir`, checks its fields and runs the engine over the files. */
async function receiveAndAnalyse(
  req: IncomingMessage,
  dir: string,
  maxBytes: number,
  limit: string,
  defaultThreshold: () => Promise<number>,
): Promise<Analysed | Answer> {
  const { fields, files } = await receiveMultipart(req, {
    dir,
    maxBytes,
    fileFields: ['staff', 'recruitment'],
    textFields: ['asOf', 'threshold'],
    describeLimit: limit,
  });
  const asOf = readAsOf(fields.asOf);
  const threshold = readThreshold(fields.threshold, await defaultThreshold());
  const staff = files.get('staff');
  if (!staff) {
    throw new UploadRefusal(400, 'staff must be a CSV or Excel (.xlsx) file: choose one', 'staff');
  }
  const recruitment = files.get('recruitment');
  const analysis = await analyseWorkforce({
    staff: { path: staff.path, fileName: staff.fileName },
    recruitment: recruitment
      ? { path: recruitment.path, fileName: recruitment.fileName }
      : undefined,
    asOf: asOf.iso,
    threshold,
    maxErrors: MAX_ROW_ERRORS,
  });
  if (!analysis.ok) {
    const { errorCount } = analysis;
    const rows = errorCount === 1 ? '1 row has a problem' : `${errorCount} rows have problems`;
    return {
      status: 422,
      body: {
        message: `${rows}, so nothing has been kept. Fix the rows listed and upload the files again.`,
        errors: analysis.errors.map(redactRowError),
        errorCount,
      },
    };
  }
  return { analysed: { staff, recruitment, asOf: asOf.date, threshold, result: analysis.result } };
}
