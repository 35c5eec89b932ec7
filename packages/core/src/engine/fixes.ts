/**
 * Applying fixes: text edits on offsets, so comments, formatting and line endings outside the
 * edited ranges survive byte for byte. Overlapping fixes are deferred to the next pass, as ESLint does.
 */
import type { Diagnostic, Fix, TextEdit } from '../rule-kit/types.js';

export interface FixOutput {
  /** The fixed text (with the byte-order mark restored when the input had one). */
  readonly output: string;
  /** Diagnostics whose fix was applied. */
  readonly fixed: readonly Diagnostic[];
}

export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): FixOutput {
  const bom = text.startsWith('\uFEFF');
  const body = bom ? text.slice(1) : text;
  const candidates = diagnostics.filter((d) => d.fix && d.fix.edits.length > 0).sort((a, b) => fixStart(a.fix!) - fixStart(b.fix!));
  const edits: TextEdit[] = [];
  const fixed: Diagnostic[] = [];
  let lastEnd = -1;
  for (const d of candidates) {
    const sorted = [...d.fix!.edits].sort((a, b) => a.range[0] - b.range[0]);
    if (sorted[0].range[0] < lastEnd || overlapsItself(sorted)) continue;
    edits.push(...sorted);
    lastEnd = sorted[sorted.length - 1].range[1];
    fixed.push(d);
  }
  let out = '';
  let cursor = 0;
  for (const e of edits) {
    out += body.slice(cursor, e.range[0]) + e.text;
    cursor = e.range[1];
  }
  out += body.slice(cursor);
  return { output: (bom ? '\uFEFF' : '') + out, fixed };
}

function fixStart(fix: Fix): number {
  return Math.min(...fix.edits.map((e) => e.range[0]));
}

function overlapsItself(sorted: readonly TextEdit[]): boolean {
  for (let i = 1; i < sorted.length; i++) if (sorted[i].range[0] < sorted[i - 1].range[1]) return true;
  return false;
}
