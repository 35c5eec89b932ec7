import type { PathSegment } from './types.js';

/** RFC 6901 JSON pointer for a path (`['optimizer', 'betas', 0]` → `/optimizer/betas/0`). */
export function toPointer(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += '/' + seg;
    else out += '/' + (seg.includes('~') || seg.includes('/') ? seg.replace(/~/g, '~0').replace(/\//g, '~1') : seg);
  }
  return out;
}

/** Dotted path for messages (`optimizer.betas[0]`). */
export function toDotted(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : '.' + seg;
  }
  return out === '' ? '(root)' : out;
}

/** Whether `path` lies at or under `prefix`. */
export function isUnder(path: readonly PathSegment[], prefix: readonly PathSegment[]): boolean {
  if (path.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (path[i] !== prefix[i]) return false;
  return true;
}
