import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';

/** A refusal with the HTTP status and the words the person sees. */
export class UploadRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'UploadRefusal';
  }
}

/** The client went away before the body arrived: nobody is left to answer. */
export class ClientGone extends Error {
  constructor() {
    super('The client closed the connection during the upload.');
    this.name = 'ClientGone';
  }
}

export type ReceivedFile = {
  field: string;
  /** The name the browser gave, without folders or control characters. */
  fileName: string;
  /** Where the bytes are, inside the request's private folder. */
  path: string;
  sha256: string;
  bytes: number;
};

export type ReceiveOptions = {
  /** The request's private folder; the caller deletes it. */
  dir: string;
  /** The most the whole body may carry, files and fields together. */
  maxBytes: number;
  fileFields: readonly string[];
  textFields: readonly string[];
  describeLimit: string;
};

/** A browser-given file name fit to keep as provenance: no folders, no control characters. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const printable = [...base].filter((c) => c >= ' ' && c !== '\u007f').join('');
  return printable.trim().slice(0, 200) || 'unnamed';
}

function extensionOf(fileName: string): string {
  const ext = /\.([a-z0-9]{1,8})$/i.exec(fileName)?.[1];
  return ext ? `.${ext.toLowerCase()}` : '';
}

/** Counts every byte of the body and stops it once it passes the limit. */
function meter(maxBytes: number, describeLimit: string): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      total += chunk.length;
      if (total > maxBytes) {
        callback(new UploadRefusal(413, `The upload is larger than ${describeLimit}.`));
      } else callback(null, chunk);
    },
  });
}

/** Writes one file part to disk, hashing and counting it on the way. */
function saveFile(stream: Readable, field: string, fileName: string, dir: string) {
  const target = path.join(dir, `${field}${extensionOf(fileName)}`);
  const hash = createHash('sha256');
  let bytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      bytes += chunk.length;
      callback(null, chunk);
    },
  });
  return pipeline(stream, tap, createWriteStream(target, { flags: 'wx', mode: 0o600 })).then(
    (): ReceivedFile => ({ field, fileName, path: target, sha256: hash.digest('hex'), bytes }),
  );
}

/**
 * Streams a multipart/form-data body: each expected file to its own file in `dir` (with its
 * SHA-256 and size), the expected text fields to memory. Nothing else is kept. Throws
 * `UploadRefusal` for a bad or oversized form and `ClientGone` when the client aborts.
 */
export async function receiveMultipart(
  req: IncomingMessage,
  opts: ReceiveOptions,
): Promise<{ fields: Record<string, string>; files: Map<string, ReceivedFile> }> {
  const contentType = String(req.headers['content-type'] ?? '');
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    throw new UploadRefusal(415, 'Send the files as a multipart/form-data form.');
  }
  const parser = busboy({
    headers: req.headers,
    defParamCharset: 'utf8',
    limits: {
      files: opts.fileFields.length,
      fields: opts.textFields.length + 5,
      fieldSize: 1024,
      parts: opts.fileFields.length + opts.textFields.length + 5,
      fileSize: opts.maxBytes,
    },
  });
  const fields: Record<string, string> = {};
  const writes: Promise<ReceivedFile>[] = [];
  const seen = new Set<string>();
  let refusal: UploadRefusal | null = null;
  const refuse = (status: number, message: string, field?: string) => {
    refusal ??= new UploadRefusal(status, message, field);
  };

  parser.on('field', (name, value) => {
    if (opts.textFields.includes(name)) fields[name] = value;
  });
  parser.on('file', (name, stream, info) => {
    const fileName = cleanFileName(info.filename ?? '');
    // An empty file input still sends a part with no name and no bytes: it means "no file".
    if (!info.filename && name && opts.fileFields.includes(name)) {
      stream.resume();
      return;
    }
    if (!opts.fileFields.includes(name)) {
      stream.resume();
      refuse(400, `Unexpected file field: send ${opts.fileFields.join(' and ')} only.`);
      return;
    }
    if (seen.has(name)) {
      stream.resume();
      refuse(400, `Send one ${name} file only.`, name);
      return;
    }
    seen.add(name);
    const saving = saveFile(stream, name, fileName, opts.dir);
    // Keep the first failure for the caller; an unhandled rejection would end the process.
    saving.catch(() => undefined);
    writes.push(saving);
  });
  for (const limit of ['filesLimit', 'fieldsLimit', 'partsLimit'] as const) {
    parser.on(limit, () => refuse(400, 'The form has more parts than this upload takes.'));
  }

  const counted = meter(opts.maxBytes, opts.describeLimit);
  try {
    await new Promise<void>((resolve, reject) => {
      const fail = (error: Error) => {
        req.unpipe(counted);
        counted.unpipe(parser);
        parser.destroy(error);
        reject(error);
      };
      counted.on('error', fail);
      parser.on('error', (error: Error) =>
        fail(
          error instanceof UploadRefusal
            ? error
            : new UploadRefusal(400, 'The form could not be read: send it again.'),
        ),
      );
      parser.on('finish', resolve);
      req.on('aborted', () => fail(new ClientGone()));
      req.on('error', () => fail(new ClientGone()));
      req.pipe(counted).pipe(parser);
    });
  } finally {
    // Every file stream has ended or been destroyed: wait for its disk write to settle.
    await Promise.allSettled(writes);
  }
  if (refusal) throw refusal;
  const files = new Map<string, ReceivedFile>();
  for (const file of await Promise.all(writes)) files.set(file.field, file);
  return { fields, files };
}
