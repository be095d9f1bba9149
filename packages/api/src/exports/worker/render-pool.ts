import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { TRenderJob } from '../board-report-file.ts';
import type { TRenderReply, TRenderRequest } from './render-worker.ts';

/**
 * Renders board report files in worker threads, so a PDF taking seconds never holds up the event
 * loop that answers everyone else. A few workers (one fewer than the cores, at least one) take jobs
 * in turn; more requests than workers wait in a queue. Only the report data goes in, and only the
 * bytes come back.
 */
export const RENDER_WORKERS = Math.max(1, Math.min(4, os.availableParallelism() - 1));

// Run from source the worker needs tsx's hooks (the .mjs shim registers them); a compiled build
// ships render-worker.js beside this module.
const fromSource = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(
  fromSource ? './render-worker.mjs' : './render-worker.js',
  import.meta.url,
);

type Pending = { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void };
type Slot = { worker: Worker; busyWith: number | null };
type Queued = { id: number; job: TRenderJob } & Pending;

export class RenderPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Queued[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly size = RENDER_WORKERS) {}

  /** The file's bytes, rendered by the next free worker. */
  render(job: TRenderJob): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; jobs still waiting or rendering are refused. */
  async close(): Promise<void> {
    const stopped = new Error('The renderer was stopped.');
    for (const queued of this.queue.splice(0)) queued.reject(stopped);
    for (const [, pending] of this.pending) pending.reject(stopped);
    this.pending.clear();
    await Promise.all(this.slots.splice(0).map(({ worker }) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => s.busyWith === null) ?? this.spawn();
      if (!slot) return;
      const next = this.queue.shift();
      if (!next) return;
      const { id, job, resolve, reject } = next;
      this.pending.set(id, { resolve, reject });
      slot.busyWith = id;
      // A busy worker keeps the process alive; an idle one does not hold it open.
      slot.worker.ref();
      slot.worker.postMessage({ id, job } satisfies TRenderRequest);
    }
  }

  private spawn(): Slot | undefined {
    if (this.slots.length >= this.size) return undefined;
    const worker = new Worker(WORKER_URL, fromSource ? { execArgv: [] } : {});
    const slot: Slot = { worker, busyWith: null };
    worker.on('message', (reply: TRenderReply) => this.settle(slot, reply));
    // A worker that dies takes its job with it; the next job starts a fresh one.
    const lost = (error: Error) => {
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      this.slots.splice(index, 1);
      if (slot.busyWith !== null) this.take(slot.busyWith)?.reject(error);
      this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`The renderer stopped (exit code ${code}).`)));
    this.slots.push(slot);
    return slot;
  }

  private take(id: number): Pending | undefined {
    const pending = this.pending.get(id);
    this.pending.delete(id);
    return pending;
  }

  private settle(slot: Slot, reply: TRenderReply): void {
    slot.busyWith = null;
    slot.worker.unref();
    const pending = this.take(reply.id);
    if ('bytes' in reply) pending?.resolve(reply.bytes);
    else {
      const error = new Error(reply.error.message);
      error.name = reply.error.name;
      if (reply.error.stack) error.stack = reply.error.stack;
      pending?.reject(error);
    }
    this.dispatch();
  }
}

let shared: RenderPool | undefined;

/** The process's one pool, started on first use. */
export function renderPool(): RenderPool {
  shared ??= new RenderPool();
  return shared;
}
