import type { PathSegment } from './types.js';

/**
 * RFC 6901 JSON pointer for a path (`['optimizer', 'betas', 0]` → `/optimizer/betas/0`). Every node
 * of a document keeps one, so it is built as one flat string by `join` rather than by `+=`, which
 * leaves a chain of string pieces per node (two for each level of depth).
 */
export function toPointer(path: readonly PathSegment[]): string {
  if (path.length === 0) return '';
  const parts = new Array<string>(path.length + 1);
  parts[0] = '';
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    parts[i + 1] = typeof seg === 'number' ? String(seg) : seg.includes('~') || seg.includes('/') ? seg.replace(/~/g, '~0').replace(/\//g, '~1') : seg;
  }
  return parts.join('/');
}

/** `/optimizer/params/lr` → `['optimizer', 'params', 'lr']` (unescaped): the inverse of `toPointer`, but every segment a string. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * `path` with one more segment. Every node keeps its path, and `[...path, segment]` leaves room for
 * a dozen more elements in each copy (measured: 217 bytes against 81 for a three-segment path).
 */
export function childPath(path: readonly PathSegment[], segment: PathSegment): PathSegment[] {
  const out = new Array<PathSegment>(path.length + 1);
  for (let i = 0; i < path.length; i++) out[i] = path[i];
  out[path.length] = segment;
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
