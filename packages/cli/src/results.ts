import type { Diagnostic } from '@mlconfig/core';

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
