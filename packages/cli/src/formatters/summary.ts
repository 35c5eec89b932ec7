/** Counts over all results, and the sentence that reports them, shared by the text formats. */
import type { FileResult } from '../results.js';

export interface Totals {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly fixable: number;
  readonly problems: number;
}

export function totals(results: readonly FileResult[]): Totals {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    infos += r.infoCount;
    fixable += r.fixableCount;
  }
  return { files: results.length, errors, warnings, infos, fixable, problems: errors + warnings + infos };
}

export function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word : word + 's'}`;
}

/** `3 problems (1 error, 2 warnings, 0 infos) in 2 files checked.` or `No problems found in 2 files.` */
export function summarySentence(t: Totals): string {
  if (t.problems === 0) return `No problems found in ${plural(t.files, 'file')}.`;
  return `${plural(t.problems, 'problem')} (${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}, ${plural(t.infos, 'info')}) in ${plural(t.files, 'file')} checked.`;
}

/** Severity as people read it. */
export function severityWord(severity: 'error' | 'warn' | 'info'): string {
  return severity === 'warn' ? 'warning' : severity;
}
