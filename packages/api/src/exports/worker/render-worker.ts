import { parentPort } from 'node:worker_threads';
import { renderBoardReportBytes, type TRenderJob } from '../board-report-file.ts';

/** What the pool sends: one job, numbered so its answer finds its caller. */
export type TRenderRequest = { id: number; job: TRenderJob };
/** What the worker answers: the file's bytes, or why it could not make them. */
export type TRenderReply =
  | { id: number; bytes: Uint8Array }
  | { id: number; error: { name: string; message: string; stack?: string } };

const port = parentPort;
if (!port) throw new Error('The board report renderer runs only as a worker thread.');

port.on('message', ({ id, job }: TRenderRequest) => {
  renderBoardReportBytes(job).then(
    (buffer) => {
      // A copy that owns its whole ArrayBuffer, so it moves to the main thread without another copy.
      const bytes = new Uint8Array(buffer);
      port.postMessage({ id, bytes } satisfies TRenderReply, [bytes.buffer]);
    },
    (error: unknown) => {
      const { name, message, stack } =
        error instanceof Error ? error : new Error('The renderer failed.');
      port.postMessage({ id, error: { name, message, stack } } satisfies TRenderReply);
    },
  );
});
