/**
 * `--cache`: results of files whose content, settings and mlconfig version have not changed are
 * reused instead of re-linted. Entries are keyed by the file's content hash (not its mtime, which
 * can stay the same after an edit), and the whole cache is discarded when mlconfig's version or the
 * settings (including command-line options that change results) change. Writes are atomic.
 */
import { nodeCrypto } from '../lazy-builtins.js';
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../fix/atomic-write.js';

export interface CacheEntry<R> {
  readonly hash: string;
  /** The file's result, or null when the file was found not to be a training config. */
  readonly result: R | null;
}

interface CacheFile<R> {
  readonly key: string;
  readonly entries: Record<string, CacheEntry<R>>;
}

export class LintCache<R> {
  private entries = new Map<string, CacheEntry<R>>();
  private dirty = false;

  private constructor(
    readonly location: string,
    private readonly key: string,
  ) {}

  /** Opens the cache at `location`; a missing, corrupt or differently keyed cache starts empty. */
  static open<R>(location: string, key: string): LintCache<R> {
    const cache = new LintCache<R>(location, key);
    try {
      const data = JSON.parse(readFileSync(location, 'utf8')) as CacheFile<R>;
      if (data && data.key === key && data.entries && typeof data.entries === 'object') {
        cache.entries = new Map(Object.entries(data.entries));
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
    const data: CacheFile<R> = { key: this.key, entries: Object.fromEntries(this.entries) };
    writeFileAtomic(this.location, JSON.stringify(data));
    this.dirty = false;
  }
}

export function hashContent(bytes: Uint8Array | string): string {
  return nodeCrypto().createHash('sha256').update(bytes).digest('base64url');
}

/** The cache key: anything that, when it changes, can change any file's result. */
export function cacheKey(version: string, settings: unknown, options: unknown): string {
  return hashContent(JSON.stringify({ version, settings, options }));
}
