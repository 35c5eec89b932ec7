/**
 * The worker side of `mapInPool`: receives chunks of items, applies `task` to each with the shared
 * data, and posts the results back. A failure is reported, never thrown across the thread boundary.
 */
import { nodeWorkerThreads } from '../lazy-builtins.js';
import { POOL_MARKER } from './pool.js';

/**
 * True in a pool worker. The pool passes its marker in the worker's argv, so the main thread can
 * tell without loading node:worker_threads; workerData then confirms it.
 */
export function isPoolWorker(): boolean {
  if (!process.argv.includes(POOL_MARKER)) return false;
  const { isMainThread, workerData } = nodeWorkerThreads();
  return !isMainThread && (workerData as { marker?: string } | null)?.marker === POOL_MARKER;
}

export function serveWorker<Shared, T, R>(task: (item: T, shared: Shared) => R): void {
  const { parentPort, workerData } = nodeWorkerThreads();
  const shared = (workerData as { shared: Shared }).shared;
  parentPort!.on('message', (msg: { id: number; items: T[] }) => {
    try {
      parentPort!.postMessage({ id: msg.id, results: msg.items.map((item) => task(item, shared)) });
    } catch (err) {
      parentPort!.postMessage({ id: msg.id, error: err instanceof Error ? err.stack ?? err.message : String(err) });
    }
  });
}
