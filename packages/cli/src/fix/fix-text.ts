/**
 * The autofix loop, as ESLint runs it: lint, apply every non-overlapping `fix` (never
 * `suggestions`, which need a person's choice), lint the result again, and repeat until nothing
 * changes or 10 passes have run. Fixes are text edits on ranges, so comments, formatting and line
 * endings outside the edited values stay byte for byte. A pass whose output no longer parses is
 * thrown away: a fix must never break a file.
 */
import { applyFixes, PARSE_ERROR, type Diagnostic } from '@mlconfig/core';

export const MAX_FIX_PASSES = 10;

export interface FixOutcome {
  /** The text after all passes (the input when nothing was fixed). */
  readonly output: string;
  /** Number of fixes applied over all passes. */
  readonly fixedCount: number;
  readonly passes: number;
  /** The diagnostics that remain in `output`. */
  readonly diagnostics: readonly Diagnostic[];
}

export function fixText(text: string, lintText: (text: string) => readonly Diagnostic[], initial?: readonly Diagnostic[]): FixOutcome {
  let current = text;
  let diagnostics = initial ?? lintText(text);
  let fixedCount = 0;
  let passes = 0;
  const parsedBefore = !diagnostics.some((d) => d.ruleId === PARSE_ERROR);
  while (passes < MAX_FIX_PASSES && diagnostics.some((d) => d.fix)) {
    const { output, fixed } = applyFixes(current, diagnostics);
    if (fixed.length === 0 || output === current) break;
    const next = lintText(output);
    if (parsedBefore && next.some((d) => d.ruleId === PARSE_ERROR)) break;
    current = output;
    diagnostics = next;
    fixedCount += fixed.length;
    passes++;
  }
  return { output: current, fixedCount, passes, diagnostics };
}
