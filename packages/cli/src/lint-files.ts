/**
 * Lints (and, with `--fix`, fixes) many files: from the cache when nothing that matters changed,
 * on worker threads when there are enough files to pay for starting them, in this thread otherwise.
 * Results come back in the order of the targets whichever way each file was handled.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { MlconfigSettings } from '@mlconfig/core';
import { hashContent, type LintCache } from './cache/lint-cache.js';
import { DependencyHashes } from './cache/dependency-hash.js';
import { stampOf, type FileStamp } from './cache/file-stamp.js';
import type { FileTarget } from './discovery/find-files.js';
import { fixFile, type FixMode } from './fix/fix-file.js';
import { lintFile, type LintContext } from './lint-file.js';
import { ConfigGroupLayout } from '@mlconfig/core/node';
import { mapInPool } from './parallel/pool.js';
import { isPoolWorker, serveWorker } from './parallel/serve-worker.js';
import { makeResult, type FileResult } from './results.js';
import { createSchemaLoader } from './schemas/schema-loader.js';

/** What every file's lint needs, as plain data that can cross to a worker thread. */
export interface SharedContext {
  readonly settings: MlconfigSettings;
  readonly baseDir: string;
  readonly cwd: string;
  readonly worldSize?: number;
  readonly fixMode?: FixMode;
}

/** The outcome for one file. */
export interface FileOutcome {
  /** Null when a discovered file turned out not to be a training config. */
  readonly result: FileResult | null;
  readonly fixedCount: number;
  readonly writeFailure?: string;
  /** Files read besides the target (a referenced DeepSpeed JSON), for cache validation. */
  readonly dependencies: readonly string[];
}

export interface LintFilesOptions {
  readonly cache?: LintCache<CachedOutcome>;
  /** Number of worker threads; 0 lints in this thread. Defaults to the cores available, for many files. */
  readonly workers?: number;
  /**
   * Receives each file's outcome as soon as it is known (cached first, then as files finish, in any
   * order; `index` is the target's) and returns what to keep of it until the end of the run.
   */
  readonly keep?: (outcome: FileOutcome, index: number) => FileOutcome;
}

/** What the cache keeps for a file: its result and the content hashes of files it depended on. */
export interface CachedOutcome {
  readonly result: FileResult | null;
  readonly dependencies: Readonly<Record<string, string>>;
}

/** Below this many files to lint, starting a worker (about 0.3 s to load and warm up) costs more than it saves. */
const PARALLEL_THRESHOLD = 400;

/**
 * On two cores, V8's own background threads (garbage collection, the optimising compiler) already
 * keep the second core busy while one thread lints, so a worker pays only on bigger runs: measured
 * on a 2-core VM (three runs each), one thread against two took 3.4-4.9 against 3.7-4.4 s on 2,000
 * files, 9.6-11.1 against 7.5-8.7 s on 6,000, and 23-26 against 17-18 s on 20,000, each time for
 * 40-50% more CPU time and memory (docs/benchmarks.md). `--concurrency 2` asks for a worker at any size.
 */
const TWO_CORE_PARALLEL_THRESHOLD = 5_000;

function autoThreads(files: number): number {
  const cores = availableParallelism();
  return files >= (cores > 2 ? PARALLEL_THRESHOLD : TWO_CORE_PARALLEL_THRESHOLD) ? cores : 0;
}

function contextFor(shared: SharedContext, dependencies?: Set<string>): LintContext {
  return {
    settings: shared.settings,
    baseDir: shared.baseDir,
    cwd: shared.cwd,
    schemas: createSchemaLoader(shared.baseDir),
    ...(shared.worldSize !== undefined ? { worldSize: shared.worldSize } : {}),
    ...(dependencies ? { onRelatedRead: (path: string) => dependencies.add(path) } : {}),
    configGroups: new ConfigGroupLayout([shared.baseDir, shared.cwd], { maxFileSize: shared.settings.maxFileSize, ...(dependencies ? { onRead: (path: string) => dependencies.add(path) } : {}) }),
  };
}

let workerContext: { shared: SharedContext; ctx: LintContext; dependencies: Set<string> } | undefined;

/** Lints (and fixes) one file. Runs in a worker or in this thread. */
export function processTarget(target: FileTarget, shared: SharedContext): FileOutcome {
  // One context per thread, so schemas compiled for one file serve the next.
  if (!workerContext || workerContext.shared !== shared) {
    const dependencies = new Set<string>();
    workerContext = { shared, ctx: contextFor(shared, dependencies), dependencies };
  }
  const { ctx, dependencies } = workerContext;
  dependencies.clear();
  let result = lintFile(target, ctx);
  let fixedCount = 0;
  let writeFailure: string | undefined;
  if (result && shared.fixMode && result.fixableCount > 0) {
    const fixed = fixFile(target, ctx, shared.fixMode);
    if (fixed.kind === 'fixed') {
      result = makeResult(result.filePath, result.relativePath, fixed.diagnostics, fixed.output);
      fixedCount = fixed.fixedCount;
    } else if (fixed.kind === 'write-failed') writeFailure = fixed.message;
  }
  return { result: result ?? null, fixedCount, ...(writeFailure ? { writeFailure } : {}), dependencies: [...dependencies] };
}

// The bundled CLI starts its own file as the worker script; in a worker, serve lint requests.
if (isPoolWorker()) serveWorker<SharedContext, FileTarget, FileOutcome>(processTarget);

export async function lintFiles(targets: readonly FileTarget[], shared: SharedContext, options: LintFilesOptions = {}): Promise<FileOutcome[]> {
  const outcomes: (FileOutcome | undefined)[] = new Array(targets.length);
  const reads: (ContentRead | undefined)[] = new Array(targets.length);
  const pending: number[] = [];
  const depHashes = new DependencyHashes(shared.settings.maxFileSize);
  targets.forEach((target, i) => {
    const cached = options.cache ? fromCache(options.cache, target, shared, depHashes, (read) => (reads[i] = read)) : undefined;
    if (cached) outcomes[i] = options.keep ? options.keep(cached, i) : cached;
    else pending.push(i);
  });
  const todo = pending.map((i) => targets[i]);
  const workers = options.workers ?? autoThreads(todo.length);
  // Each outcome is cached in full, then kept as the caller asks, as soon as it is known: holding
  // every file's full outcome until the end would set the run's peak memory.
  const settle = (k: number, outcome: FileOutcome): FileOutcome => {
    const i = pending[k];
    if (options.cache) toCache(options.cache, targets[i], outcome, depHashes, shared.fixMode === 'fix' ? undefined : reads[i]);
    return options.keep ? options.keep(outcome, i) : outcome;
  };
  // This thread lints too, so N cores need N - 1 workers.
  const threads = workers > 1 && bundled() ? workers : 1;
  // MLCONFIG_DEBUG=threads says how the files were linted (the tests check that workers ran).
  if (process.env.MLCONFIG_DEBUG?.split(',').includes('threads')) process.stderr.write(`mlconfig: linting ${todo.length} files on ${threads} thread${threads === 1 ? '' : 's'}\n`);
  const done =
    threads > 1
      ? await mapInPool<SharedContext, FileTarget, FileOutcome>(todo, { workerUrl: new URL(import.meta.url), shared, size: workers - 1, local: (t) => processTarget(t, shared), settle })
      : todo.map((t, k) => settle(k, processTarget(t, shared)));
  pending.forEach((i, k) => (outcomes[i] = done[k]));
  return outcomes as FileOutcome[];
}

/** Worker threads need a JavaScript entry point: the bundled CLI, not TypeScript sources run by tests. */
function bundled(): boolean {
  return /\.c?js$/.test(fileURLToPath(import.meta.url));
}

function readHash(path: string): string | undefined {
  try {
    return hashContent(readFileSync(path));
  } catch {
    return undefined;
  }
}

/** What a run learnt of a file's content: its hash, and the stamp that may stand for it in the next run. */
interface ContentRead {
  readonly hash: string;
  readonly stamp?: string;
}

/** The file's content hash with its stamp taken first, so that a write during the read leaves a stamp that no longer matches. */
function readContent(path: string, stamp: FileStamp | undefined = stampOf(path)): ContentRead | undefined {
  const hash = readHash(path);
  if (hash === undefined) return undefined;
  return stamp?.settled ? { hash, stamp: stamp.text } : { hash };
}

function fromCache(cache: LintCache<CachedOutcome>, target: FileTarget, shared: SharedContext, depHashes: DependencyHashes, remember: (read: ContentRead) => void): FileOutcome | undefined {
  const path = target.absolutePath;
  const stamp = stampOf(path);
  let entry = stamp?.settled ? cache.stamped(path, stamp.text) : undefined;
  if (entry) remember({ hash: entry.hash, stamp: entry.stamp });
  else {
    const read = readContent(path, stamp);
    if (read === undefined) return undefined;
    remember(read);
    entry = cache.get(path, read.hash);
    // The content is as cached: stamp the entry, so that the next run need not read the file.
    if (entry && read.stamp !== undefined && entry.stamp !== read.stamp) cache.set(path, { ...entry, stamp: read.stamp });
  }
  if (!entry?.result) return entry ? { result: null, fixedCount: 0, dependencies: [] } : undefined;
  const { result, dependencies } = entry.result;
  for (const [dependency, depHash] of Object.entries(dependencies)) if (depHashes.of(dependency) !== depHash) return undefined;
  // A fix run must see fixable findings again to fix them.
  if (shared.fixMode && result && result.fixableCount > 0) return undefined;
  return { result, fixedCount: 0, dependencies: Object.keys(dependencies) };
}

function toCache(cache: LintCache<CachedOutcome>, target: FileTarget, outcome: FileOutcome, depHashes: DependencyHashes, known: ContentRead | undefined): void {
  if (outcome.writeFailure) return;
  // After `--fix` wrote the file, its content is new: hash what is on disk now (a file just written is not stamped).
  const read = known ?? readContent(target.absolutePath);
  if (read === undefined) return;
  const dependencies: Record<string, string> = {};
  for (const path of outcome.dependencies) dependencies[path] = depHashes.of(path);
  const stamp = read.stamp === undefined ? {} : { stamp: read.stamp };
  cache.set(target.absolutePath, { hash: read.hash, ...stamp, result: outcome.result === null ? null : { result: withoutOutput(outcome.result), dependencies } });
}

/** `--fix-dry-run` output is for this run's report only. */
function withoutOutput(result: FileResult): FileResult {
  if (result.output === undefined) return result;
  const { output: _output, ...rest } = result;
  return rest;
}
