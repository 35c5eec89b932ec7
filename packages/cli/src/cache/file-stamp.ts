/**
 * A file's stamp: its size, modification and change times and inode. A warm `--cache` run that finds a file's stamp
 * as the cache recorded it reuses the recorded content hash instead of reading and hashing the file again (on 200
 * configs that reading and hashing, with loading `node:crypto`, was a fifth of the run).
 *
 * The change time (ctime) is what makes the stamp safe to trust: every write, rename into place or `touch -d` sets it
 * to the clock, and no tool can set it back, so an edit that keeps the size and restores the modification time still
 * changes the stamp. What the stamp cannot see is a second write within the same tick of the file system's clock
 * (a jiffy on Linux, a second on ext3 or HFS+, two on FAT): as Git does for its index ("racily clean" entries), a stamp
 * is recorded only for a file last changed at least `SETTLED_MS` before it was taken. A file saved just now is hashed
 * on the next run too, and stamped then.
 */
import { statSync } from 'node:fs';

/** Longer than the coarsest timestamp granularity of a file system a project is likely to sit on (FAT's 2 s). */
const SETTLED_MS = 3000;

export interface FileStamp {
  readonly text: string;
  /** Whether the file was last changed long enough ago for the stamp to stand for its content. */
  readonly settled: boolean;
}

/** The stamp of a regular file, or undefined when it cannot be taken (missing, unreadable, not a file). */
export function stampOf(path: string, now: number = Date.now()): FileStamp | undefined {
  try {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat?.isFile()) return undefined;
    // A time in the future (a skewed clock, an archive's timestamps) is never settled: such a file is always hashed.
    return { text: `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}`, settled: Math.max(stat.mtimeMs, stat.ctimeMs) <= now - SETTLED_MS };
  } catch {
    return undefined;
  }
}
