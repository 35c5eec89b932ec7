import type { Diagnostic, Fix } from '@mlconfig/core';

/** Everything a formatter needs about one file. */
export interface FileResult {
  /** Absolute path. */
  readonly filePath: string;
  /** Path relative to the working directory, with `/` separators (what people read). */
  readonly relativePath: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly infoCount: number;
  readonly fixableCount: number;
  /** The fixed text, when `--fix` or `--fix-dry-run` changed something. */
  readonly output?: string;
}

export function makeResult(filePath: string, relativePath: string, diagnostics: readonly Diagnostic[], output?: string): FileResult {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  let fixableCount = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errorCount++;
    else if (d.severity === 'warn') warningCount++;
    else infoCount++;
    if (d.fix) fixableCount++;
  }
  return { filePath, relativePath, diagnostics, errorCount, warningCount, infoCount, fixableCount, ...(output !== undefined ? { output } : {}) };
}

/** A diagnostic about the file as a whole (unreadable, unsupported, too large), at line 1, column 1. */
export function fileDiagnostic(ruleId: string, severity: Diagnostic['severity'], message: string, explanation: string, line = 1, column = 1): Diagnostic {
  return { ruleId, severity, message, explanation, path: '', line, column, endLine: line, endColumn: column, range: [0, 0] };
}

/**
 * A result as `mlconfig check` keeps it until the report is written, which for a large run means
 * holding every file's findings at once. Messages and explanations are often built from pieces of
 * the file's text, and V8 keeps a substring's whole parent string alive, so without copying them each
 * finding would pin its file's entire source. When no chosen report shows explanations (stylish
 * only), they are dropped as well.
 */
export function compactResult(result: FileResult, keepExplanations: boolean): FileResult {
  if (result.diagnostics.length === 0) return result;
  const diagnostics = result.diagnostics.map((d) => ({
    ...d,
    message: detached(d.message),
    explanation: keepExplanations ? detached(d.explanation) : '',
    path: detached(d.path),
    ...(d.fix ? { fix: detachedFix(d.fix) } : {}),
    ...(d.suggestions ? { suggestions: d.suggestions.map(detachedFix) } : {}),
  }));
  return { ...result, diagnostics };
}

function detachedFix(fix: Fix): Fix {
  return { description: detached(fix.description), edits: fix.edits.map((e) => ({ range: e.range, text: detached(e.text) })) };
}

/** A copy of `s` that shares no storage with the string it was cut from. */
function detached(s: string): string {
  // Concatenating and slicing makes V8 copy the characters into a new flat string.
  return (' ' + s).slice(1);
}
