/**
 * Machine-readable results: an array with one object per checked file, each with its diagnostics
 * (rule id, severity, message, explanation, JSON pointer, 1-based positions, fixes, docs URL) and counts.
 */
import type { Formatter } from './types.js';

export const json: Formatter = (results) =>
  JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      relativePath: r.relativePath,
      diagnostics: r.diagnostics,
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      infoCount: r.infoCount,
      fixableCount: r.fixableCount,
      ...(r.output !== undefined ? { output: r.output } : {}),
    })),
    null,
    2,
  ) + '\n';
