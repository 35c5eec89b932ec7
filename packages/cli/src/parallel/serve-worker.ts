/**
 * The worker side of `mapInPool`: receives chunks of items, applies `task` to each with the shared
 * data, and posts the results back. A failure is reported, never thrown across the thread boundary.
 */
import { parentPort, workerData, isMainThread } from 'node:worker_threads';
import { POOL_MARKER } from './pool.js';

export function isPoolWorker(): boolean {
  return !isMainThread && (workerData as { marker?: string } | null)?.marker === POOL_MARKER;
}

export function serveWorker<Shared, T, R>(task: (item: T, shared: Shared) => R): void {
  const shared = (workerData as { shared: Shared }).shared;
  parentPort!.on('message', (msg: { id: number; items: T[] }) => {
    try {
      parentPort!.postMessage({ id: msg.id, results: msg.items.map((item) => task(item, shared)) });
    } catch (err) {
      parentPort!.postMessage({ id: msg.id, error: err instanceof Error ? err.stack ?? err.message : String(err) });
    }
  });
}
