import http from 'node:http';
import { DEMO_PASSWORD } from '@belonging/db';

export const UPLOAD_PATH = '/api/workforce/uploads';

/** Signs in over HTTP as a person would, and returns the session cookie. */
export async function signInCookie(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ json: { email, password: DEMO_PASSWORD } }),
  });
  if (res.status !== 200) throw new Error(`Sign-in as ${email} answered ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

export type UploadFile = { name: string; bytes: Uint8Array<ArrayBuffer> | string };

/** A multipart form of the upload's fields and files, as the admin page sends it. */
export function uploadForm(
  fields: Record<string, string>,
  files: Partial<Record<string, UploadFile>>,
): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const [name, file] of Object.entries(files)) {
    if (file) form.append(name, new Blob([file.bytes]), file.name);
  }
  return form;
}

export type UploadAnswer = { status: number; body: Record<string, unknown>; headers: Headers };

export async function postUpload(
  url: string,
  form: FormData,
  headers: Record<string, string> = {},
): Promise<UploadAnswer> {
  const res = await fetch(`${url}${UPLOAD_PATH}`, { method: 'POST', body: form, headers });
  const text = await res.text();
  return {
    status: res.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
    headers: res.headers,
  };
}

/**
 * A raw request whose body is written by `write` (which may stop early or never start): answers
 * with the status as soon as the server responds, even while the body is still being sent.
 */
export function rawUpload(
  url: string,
  headers: Record<string, string | number>,
  write: (req: http.ClientRequest) => void,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}${UPLOAD_PATH}`, { method: 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    // The server may close while we still send: that is the refusal working, not a failure.
    req.on('error', (error) => reject(error));
    write(req);
  });
}
