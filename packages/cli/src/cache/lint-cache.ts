/**
 * `--cache`: results of files whose content, settings and mlconfig version have not changed are
 * reused instead of re-linted. Entries are keyed by the file's content hash (not its mtime, which
 * can stay the same after an edit); an entry may also keep the file's stamp (file-stamp.ts), which
 * stands for that hash while the file's size, times and inode are as they were. The whole cache is
 * discarded when mlconfig's version or the settings (including command-line options that change
 * results) change. Writes are atomic.
 */
import { nodeCrypto } from '../lazy-builtins.js';
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../fix/atomic-write.js';

export interface CacheEntry<R> {
  readonly hash: string;
  /** The file's stamp when `hash` was taken, kept only for a file that had settled (see file-stamp.ts). */
  readonly stamp?: string;
  /** The file's result, or null when the file was found not to be a training config. */
  readonly result: R | null;
}

/** A result that depended on other files and folders (path → hash), which it may share with many others. */
interface WithDependencies {
  readonly dependencies: Readonly<Record<string, string>>;
}

/** An entry as written: its dependencies an index into the file's `dependencySets`. */
type StoredEntry<R> = { readonly hash: string; readonly stamp?: string; readonly result: (Omit<R, 'dependencies'> & { readonly dependencies: number }) | null };

interface CacheFile<R> {
  readonly key: string;
  /**
   * Dependency maps, each written once: every file of a folder depends on the same folders above it (and the Hydra
   * script walk looks at dozens), so writing them per entry made a cache of thousands of files megabytes larger.
   */
  readonly dependencySets: readonly Record<string, string>[];
  readonly entries: Record<string, StoredEntry<R>>;
}

export class LintCache<R extends WithDependencies> {
  private entries = new Map<string, CacheEntry<R>>();
  private dirty = false;

  private constructor(
    readonly location: string,
    private readonly key: string,
  ) {}

  /** Opens the cache at `location`; a missing, corrupt or differently keyed cache starts empty. */
  static open<R extends WithDependencies>(location: string, key: string): LintCache<R> {
    const cache = new LintCache<R>(location, key);
    try {
      const data = JSON.parse(readFileSync(location, 'utf8')) as CacheFile<R>;
      if (data && data.key === key && data.entries && typeof data.entries === 'object' && Array.isArray(data.dependencySets)) {
        cache.entries = expanded(data);
      } else cache.dirty = true;
    } catch {
      cache.dirty = true;
    }
    return cache;
  }

  get(path: string, hash: string): CacheEntry<R> | undefined {
    const e = this.entries.get(path);
    return e && e.hash === hash ? e : undefined;
  }

  /** The entry recorded with exactly this stamp: its hash is the file's, without reading the file. */
  stamped(path: string, stamp: string): CacheEntry<R> | undefined {
    const e = this.entries.get(path);
    return e && e.stamp === stamp ? e : undefined;
  }

  set(path: string, entry: CacheEntry<R>): void {
    this.entries.set(path, entry);
    this.dirty = true;
  }

  /** Drops entries for files that were not seen in this run (deleted or no longer matched). */
  retainOnly(paths: ReadonlySet<string>): void {
    for (const p of this.entries.keys()) {
      if (!paths.has(p)) {
        this.entries.delete(p);
        this.dirty = true;
      }
    }
  }

  save(): void {
    if (!this.dirty) return;
    const dependencySets: Record<string, string>[] = [];
    const indexOf = new Map<string, number>();
    const entries: Record<string, StoredEntry<R>> = {};
    for (const [path, entry] of this.entries) {
      const stamp = entry.stamp === undefined ? {} : { stamp: entry.stamp };
      if (entry.result === null) {
        entries[path] = { hash: entry.hash, ...stamp, result: null };
        continue;
      }
      const text = JSON.stringify(entry.result.dependencies);
      let index = indexOf.get(text);
      if (index === undefined) {
        index = dependencySets.push(entry.result.dependencies) - 1;
        indexOf.set(text, index);
      }
      entries[path] = { hash: entry.hash, ...stamp, result: { ...entry.result, dependencies: index } };
    }
    const data: CacheFile<R> = { key: this.key, dependencySets, entries };
    writeFileAtomic(this.location, JSON.stringify(data));
    this.dirty = false;
  }
}

/** The entries of a cache file with their dependency maps put back; an entry whose index points nowhere is dropped. */
function expanded<R extends WithDependencies>(data: CacheFile<R>): Map<string, CacheEntry<R>> {
  const entries = new Map<string, CacheEntry<R>>();
  for (const [path, stored] of Object.entries(data.entries)) {
    if (!stored || typeof stored.hash !== 'string' || typeof stored.result !== 'object') continue;
    const stamp = typeof stored.stamp === 'string' ? { stamp: stored.stamp } : {};
    if (stored.result === null) {
      entries.set(path, { hash: stored.hash, ...stamp, result: null });
      continue;
    }
    const dependencies = data.dependencySets[stored.result.dependencies];
    if (dependencies === undefined || typeof dependencies !== 'object') continue;
    entries.set(path, { hash: stored.hash, ...stamp, result: { ...stored.result, dependencies } as unknown as R });
  }
  return entries;
}

export function hashContent(bytes: Uint8Array | string): string {
  return nodeCrypto().createHash('sha256').update(bytes).digest('base64url');
}

/** The cache key: anything that, when it changes, can change any file's result. */
export function cacheKey(version: string, settings: unknown, options: unknown): string {
  return hashContent(JSON.stringify({ version, settings, options }));
}
