/**
 * Writes a file so that readers, and a crash at any moment, see either the old content or the new
 * one, never a mix: write a temporary file in the same folder, flush it to disk, then rename it over
 * the target (a rename within one file system is atomic on POSIX). The original's mode is kept.
 */
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  let mode: number | undefined;
  try {
    mode = statSync(path).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  const tmp = join(dirname(path), `.${basename(path)}.mlconfig-${process.pid}-${Date.now().toString(36)}.tmp`);
  const fd = openSync(tmp, 'wx', mode ?? 0o666);
  try {
    const buf = typeof data === 'string' ? Buffer.from(data) : data;
    let written = 0;
    while (written < buf.length) written += writeSync(fd, buf, written, buf.length - written);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    unlinkSync(tmp);
    throw err;
  }
  closeSync(fd);
  try {
    renameSync(tmp, path);
  } catch (err) {
    unlinkSync(tmp);
    throw err;
  }
}
