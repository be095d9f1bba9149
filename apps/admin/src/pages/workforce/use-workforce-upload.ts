import type { TWorkforceResult, TWorkforceRowError } from '@belonging/domain';
import { useCallback, useRef, useState } from 'react';
import type { TUploadForm } from './check-upload.ts';

export const UPLOAD_URL = '/api/workforce/uploads';

export type TUploadAnswer = { upload: { id: string }; result: TWorkforceResult };

export type TUploadState =
  | { step: 'idle' }
  | { step: 'uploading'; percent: number }
  | { step: 'computing' }
  | { step: 'refused'; message: string; errors: TWorkforceRowError[]; errorCount: number }
  | { step: 'failed'; message: string; field: string | null }
  | { step: 'done'; answer: TUploadAnswer };

type TErrorBody = {
  message?: string;
  field?: string;
  errors?: TWorkforceRowError[];
  errorCount?: number;
};

const SERVER_FIELDS: Record<string, string> = {
  asOf: 'field-asOf',
  threshold: 'field-threshold',
  staff: 'field-staff',
  recruitment: 'field-recruitment',
};

function readBody(xhr: XMLHttpRequest): TErrorBody & Partial<TUploadAnswer> {
  try {
    return JSON.parse(xhr.responseText) as TErrorBody & Partial<TUploadAnswer>;
  } catch {
    return {};
  }
}

function failure(status: number, body: TErrorBody): TUploadState {
  const fallback =
    status === 401
      ? 'Your session has ended. Sign in again, then upload the files.'
      : status === 413
        ? 'The files are larger than 100 MB together.'
        : 'Something went wrong on our side. Please try again.';
  return {
    step: 'failed',
    message: body.message ?? fallback,
    field: (body.field && SERVER_FIELDS[body.field]) ?? null,
  };
}

/**
 * Sends the form with XMLHttpRequest, the one browser API that reports upload progress: the
 * percent sent, then "computing" until the server answers with the figures or the problems.
 */
export function useWorkforceUpload() {
  const [state, setState] = useState<TUploadState>({ step: 'idle' });
  const current = useRef<XMLHttpRequest | null>(null);

  const send = useCallback((form: TUploadForm & { staff: File }) => {
    current.current?.abort();
    const data = new FormData();
    // Fields first, so the server reads them before the files.
    data.append('asOf', form.asOf);
    data.append('threshold', form.threshold.trim());
    data.append('staff', form.staff, form.staff.name);
    if (form.recruitment) data.append('recruitment', form.recruitment, form.recruitment.name);

    const xhr = new XMLHttpRequest();
    current.current = xhr;
    setState({ step: 'uploading', percent: 0 });
    xhr.upload.onprogress = (event) => {
      if (!event.lengthComputable) return;
      setState({ step: 'uploading', percent: Math.floor((event.loaded / event.total) * 100) });
    };
    xhr.upload.onload = () => setState({ step: 'computing' });
    xhr.onload = () => {
      const body = readBody(xhr);
      if (xhr.status === 201 && body.upload && body.result) {
        setState({ step: 'done', answer: { upload: body.upload, result: body.result } });
      } else if (xhr.status === 422 && body.errors) {
        setState({
          step: 'refused',
          message: body.message ?? 'Some rows have problems, so nothing has been kept.',
          errors: body.errors,
          errorCount: body.errorCount ?? body.errors.length,
        });
      } else setState(failure(xhr.status, body));
    };
    xhr.onerror = () =>
      setState({
        step: 'failed',
        message: 'The files did not reach the server. Check your connection and try again.',
        field: null,
      });
    xhr.open('POST', UPLOAD_URL);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.send(data);
  }, []);

  const reset = useCallback(() => {
    current.current?.abort();
    current.current = null;
    setState({ step: 'idle' });
  }, []);

  return { state, send, reset };
}
