/**
 * Writes a file so that readers see either the old content or the new one, never half of it: the
 * data goes to a temporary file in the same folder (same file system, so the rename is atomic), is
 * flushed to disk, gets the original file's permission bits, and is renamed over the original.
 * A symbolic link is followed, so the link stays a link and its target gets the new content.
 */
import { closeSync, fchmodSync, fchownSync, fsyncSync, mkdirSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { nodeCrypto } from '../lazy-builtins.js';

export interface AtomicWriteOptions {
  /** Create missing parent folders (reports); fixes never do, the file exists. */
  readonly createDirs?: boolean;
}

export function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  const target = resolveLink(path);
  let existing: ReturnType<typeof statSync> | undefined;
  try {
    existing = statSync(target);
  } catch {
    existing = undefined;
  }
  if (options.createDirs) mkdirSync(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${nodeCrypto().randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', existing ? existing.mode & 0o7777 : 0o666);
  let open = true;
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    if (existing) {
      // openSync's mode passes through the umask; set the exact bits (and owner, where allowed).
      fchmodSync(fd, existing.mode & 0o7777);
      try {
        fchownSync(fd, existing.uid, existing.gid);
      } catch {
        // Only root may give a file away; a normal user keeps ownership of what they rewrite.
      }
    }
    fsyncSync(fd);
    closeSync(fd);
    open = false;
    renameSync(temp, target);
  } catch (err) {
    // Never close twice: the number may already belong to another file.
    if (open) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // the rename may have happened, or the temporary file was never created
    }
    throw err;
  }
  syncFolder(dirname(target));
}

function resolveLink(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Makes the rename itself durable; not possible on every platform, and not needed for correctness. */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open folders; the rename is still atomic.
  }
}
