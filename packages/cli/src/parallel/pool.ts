/**
 * A small worker-thread pool for linting many files on several cores (files are independent). Work
 * is handed out in chunks on demand, two in flight per worker (a fast worker takes more), and
 * results come back in input order. How much N threads gain depends on the machine: on two cores
 * V8's own background threads already use much of the second one (see `autoThreads` in
 * lint-files.ts), and starting a worker costs about as much as linting a few dozen files, so
 * callers use the pool only for many files.
 */
import type { Worker } from 'node:worker_threads';
import { nodeWorkerThreads } from '../lazy-builtins.js';

export interface PoolOptions<Shared, T = unknown, R = unknown> {
  /** The module that runs in each worker (it calls `serveWorker`). */
  readonly workerUrl: URL;
  /** Data every worker receives once at start (settings, base folder). */
  readonly shared: Shared;
  readonly size: number;
  /** Items per message; bigger chunks mean fewer messages, smaller ones better balance. */
  readonly chunkSize?: number;
  /**
   * Processes items in the calling thread too, between the workers' messages, so this thread's core
   * is not left idle while it waits (and one worker fewer need be started and warmed up).
   */
  readonly local?: (item: T) => R;
  /** Called with each result (and its item's index) as it arrives; what it returns is kept. */
  readonly settle?: (index: number, result: R) => R;
}

interface Request<T> {
  readonly id: number;
  readonly items: readonly T[];
}
type Response<R> = { readonly id: number; readonly results: readonly R[] } | { readonly id: number; readonly error: string };

export const POOL_MARKER = 'mlconfig-pool-worker';

export async function mapInPool<Shared, T, R>(items: readonly T[], options: PoolOptions<Shared, T, R>): Promise<R[]> {
  const chunkSize = options.chunkSize ?? 16;
  const chunks: Request<T>[] = [];
  for (let i = 0; i < items.length; i += chunkSize) chunks.push({ id: i, items: items.slice(i, i + chunkSize) });
  const results: R[] = new Array(items.length);
  const settle = options.settle ?? ((_: number, r: R): R => r);
  const size = Math.max(options.local ? 0 : 1, Math.min(options.size, chunks.length));
  let next = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let done = 0;
      const feed = (w: Worker): void => {
        if (next < chunks.length) w.postMessage(chunks[next++]);
      };
      for (let i = 0; i < size; i++) {
        const w = new (nodeWorkerThreads().Worker)(options.workerUrl, { argv: [POOL_MARKER], workerData: { marker: POOL_MARKER, shared: options.shared } });
        workers.push(w);
        w.on('message', (msg: Response<R>) => {
          if ('error' in msg) {
            reject(new Error(msg.error));
            return;
          }
          msg.results.forEach((r, k) => (results[msg.id + k] = settle(msg.id + k, r)));
          done++;
          if (done === chunks.length) resolve();
          else feed(w);
        });
        w.on('error', reject);
        w.on('exit', (code) => {
          if (code !== 0 && done < chunks.length) reject(new Error(`a lint worker stopped with exit code ${code}`));
        });
        // Two chunks in flight: the worker starts the second while this thread, busy with a chunk of
        // its own, has not yet read the first one's results and sent it another.
        feed(w);
        feed(w);
      }
      const local = options.local;
      if (local) {
        // One chunk at a time, yielding in between so the workers' messages are answered promptly.
        const runLocal = (): void => {
          if (next >= chunks.length) return;
          const chunk = chunks[next++];
          try {
            chunk.items.forEach((item, k) => (results[chunk.id + k] = settle(chunk.id + k, local(item))));
          } catch (err) {
            reject(err);
            return;
          }
          done++;
          if (done === chunks.length) resolve();
          else setImmediate(runLocal);
        };
        setImmediate(runLocal);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
