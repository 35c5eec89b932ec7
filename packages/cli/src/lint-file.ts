/**
 * Lints one file end to end: read, pick the format, resolve the settings for its path, run the
 * engine, and decide whether a discovered file is a training config at all.
 */
import { relative } from 'node:path';
import {
  formatFromPath,
  lint,
  looksLikeTrainingConfig,
  resolveFileSettings,
  textMentionsHyperparameters,
  RULES,
  type MlconfigSettings,
} from '@mlconfig/core';
import type { FileTarget } from './discovery/find-files.js';
import { toPosix } from './discovery/find-files.js';
import { readConfig } from './io/read-config.js';
import { lintScriptConfig } from './io/read-script-config.js';
import { fileDiagnostic, makeResult, type FileResult } from './results.js';

export interface LintContext {
  readonly settings: MlconfigSettings;
  readonly baseDir: string;
  readonly worldSize?: number;
}

export const UNSUPPORTED_FILE = 'unsupported-file';

/** The file's result, or undefined when a discovered file turns out not to be a training config. */
export function lintFile(target: FileTarget, ctx: LintContext): FileResult | undefined {
  const format = formatFromPath(target.absolutePath);
  if (!format) {
    const ext = target.absolutePath.match(/\.[^./\\]+$/)?.[0] ?? '(no extension)';
    return makeResult(target.absolutePath, target.relativePath, [
      fileDiagnostic(UNSUPPORTED_FILE, 'warn', `Unsupported file type ${ext}; mlconfig check reads YAML, JSON, TOML and TS/JS configs.`,
        'Python configs are executed, not parsed, so mlconfig cannot read them. Remove the file from the command line or from `files`.'),
    ]);
  }
  const read = readConfig(target.absolutePath, ctx.settings.maxFileSize);
  if (read.diagnostic) return makeResult(target.absolutePath, target.relativePath, [read.diagnostic]);
  const settingsPath = toPosix(relative(ctx.baseDir, target.absolutePath));
  const fileSettings = resolveFileSettings(ctx.settings, settingsPath, RULES);
  const withWorld = ctx.worldSize !== undefined ? { ...fileSettings, worldSize: ctx.worldSize } : fileSettings;
  if (format === 'js') return makeResult(target.absolutePath, target.relativePath, lintScriptConfig(read.text, { filePath: settingsPath, fileSettings: withWorld }).diagnostics);
  const result = lint(read.text, { format, filePath: settingsPath, fileSettings: withWorld });
  if (!target.explicit) {
    const isConfig = result.analysis ? looksLikeTrainingConfig(result.analysis.fields) : textMentionsHyperparameters(read.text);
    if (!isConfig) return undefined;
  }
  return makeResult(target.absolutePath, target.relativePath, result.diagnostics);
}
