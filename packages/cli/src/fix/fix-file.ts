/**
 * `--fix` and `--fix-dry-run` for one file: read it, run the fix loop with the same settings the
 * check used, and (unless it is a dry run) write the result atomically. The file is re-read here
 * rather than reusing the text of the check, so what is written is always derived from what is on
 * disk now.
 */
import { formatFromPath, lint, type ConfigFormat, type Diagnostic } from '@mlconfig/core';
import type { FileTarget } from '../discovery/find-files.js';
import { lintOptionsFor, type LintContext } from '../lint-file.js';
import { readConfig } from '../io/read-config.js';
import { writeFileAtomic } from './atomic-write.js';
import { fixText } from './fix-text.js';

export type FixMode = 'fix' | 'dry-run';

export type FileFixOutcome =
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'fixed'; readonly output: string; readonly fixedCount: number; readonly diagnostics: readonly Diagnostic[]; readonly written: boolean }
  | { readonly kind: 'write-failed'; readonly message: string };

export function fixFile(target: FileTarget, ctx: LintContext, mode: FixMode): FileFixOutcome {
  const format = formatFromPath(target.absolutePath);
  if (!format || format === 'js') return { kind: 'unchanged' };
  const read = readConfig(target.absolutePath, ctx.settings.maxFileSize);
  if (read.text === undefined) return { kind: 'unchanged' };
  const lintText = lintTextFor(target, ctx, format);
  const outcome = fixText(read.text, lintText);
  if (outcome.output === read.text) return { kind: 'unchanged' };
  if (mode === 'fix') {
    try {
      writeFileAtomic(target.absolutePath, outcome.output);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      return { kind: 'write-failed', message: `could not write the fixes (${e.code ?? e.message}); the file is unchanged.` };
    }
  }
  return { kind: 'fixed', output: outcome.output, fixedCount: outcome.fixedCount, diagnostics: outcome.diagnostics, written: mode === 'fix' };
}

/** Lints text exactly as `lintFile` does for this path. */
function lintTextFor(target: FileTarget, ctx: LintContext, format: Exclude<ConfigFormat, 'js'>): (text: string) => readonly Diagnostic[] {
  const options = lintOptionsFor(target, ctx, format);
  return (text) => lint(text, options).diagnostics;
}
