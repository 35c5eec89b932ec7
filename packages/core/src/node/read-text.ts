/**
 * Reads a file that another config names or that sits beside it, quietly: the file the user asked to lint is read by
 * the front-end, which turns every failure into a diagnostic; a file read only to understand that one is simply
 * absent when it cannot be read.
 */
import { readFileSync, statSync } from 'node:fs';
import { decodeConfigBytes } from '../parse/decode.js';

/**
 * The text of a regular file of at most `limit` bytes, or nothing when it is not one, unreadable or not UTF-8 (a pipe
 * is never opened). With `mentioning`, also nothing when its bytes hold none of those: most of a project's scripts
 * mention neither Hydra nor YAML and are not decoded.
 */
export function readSmallText(path: string, limit: number, mentioning?: readonly Uint8Array[]): string | undefined {
  try {
    const stat = statSync(path);
    if (!stat.isFile() || stat.size > limit) return undefined;
    const bytes = readFileSync(path);
    if (mentioning !== undefined && !mentioning.some((m) => bytes.indexOf(m) >= 0)) return undefined;
    return decodeConfigBytes(bytes).text;
  } catch {
    return undefined;
  }
}
