/**
 * Node built-ins that most runs never use, loaded on first use instead of at start: a plain
 * `mlconfig check` needs neither hashing (cache, SARIF fingerprints, fix temp names) nor threads
 * (only from a few hundred files), and importing them costs about a tenth of a one-file start.
 */
import { createRequire } from 'node:module';

const requireBuiltin = createRequire(import.meta.url);

export function nodeCrypto(): typeof import('node:crypto') {
  return requireBuiltin('node:crypto') as typeof import('node:crypto');
}

export function nodeWorkerThreads(): typeof import('node:worker_threads') {
  return requireBuiltin('node:worker_threads') as typeof import('node:worker_threads');
}
