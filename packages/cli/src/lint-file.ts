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
  type ConfigFormat,
  type LintOptions,
  type MlconfigSettings,
  type SchemaLoader,
} from '@mlconfig/core';
import type { FileTarget } from './discovery/find-files.js';
import { toPosix } from './discovery/find-files.js';
import { readConfig } from './io/read-config.js';
import { ConfigGroupLayout, relatedReader } from '@mlconfig/core/node';
import { NO_CONFIG_OBJECT, lintScriptConfig } from './io/read-script-config.js';
import { fileDiagnostic, makeResult, type FileResult } from './results.js';

export interface LintContext {
  readonly settings: MlconfigSettings;
  readonly baseDir: string;
  readonly worldSize?: number;
  /** Compiles JSON Schemas on demand for `schema-validation` (one loader per run, so schemas are compiled once). */
  readonly schemas?: SchemaLoader;
  /** The working directory, where a referenced file (`deepspeed: ds.json`) may also be found. */
  readonly cwd?: string;
  /** Told the path of every referenced file that was read (the cache checks them later). */
  readonly onRelatedRead?: (path: string) => void;
  /** Finds the Hydra primary config above a group option; one per run and thread, as it remembers what it read. */
  readonly configGroups?: ConfigGroupLayout;
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
  if (format === 'js') {
    const diagnostics = lintScriptConfig(read.text, lintOptionsFor(target, ctx, format)).diagnostics;
    // Found by a glob of `files` or staged for a hook: a file with no config object is no config, and says nothing.
    if (!target.explicit && diagnostics.length === 1 && diagnostics[0].ruleId === NO_CONFIG_OBJECT) return undefined;
    return makeResult(target.absolutePath, target.relativePath, diagnostics);
  }
  const result = lint(read.text, lintOptionsFor(target, ctx, format));
  if (!target.explicit) {
    const isConfig = result.analysis ? looksLikeTrainingConfig(result.analysis.fields, result.analysis.frameworks) : textMentionsHyperparameters(read.text);
    if (!isConfig) return undefined;
  }
  return makeResult(target.absolutePath, target.relativePath, result.diagnostics);
}

/** How a file is linted: the settings for its path (overrides, world size), schemas, and the files it refers to. */
export function lintOptionsFor(target: FileTarget, ctx: LintContext, format: ConfigFormat): LintOptions & { readonly filePath: string } {
  const settingsPath = toPosix(relative(ctx.baseDir, target.absolutePath));
  const fileSettings = resolveFileSettings(ctx.settings, settingsPath, RULES);
  const withWorld = ctx.worldSize !== undefined ? { ...fileSettings, worldSize: ctx.worldSize } : fileSettings;
  const projectDirs = [ctx.baseDir, ...(ctx.cwd ? [ctx.cwd] : [])];
  const readRelated = relatedReader(target.absolutePath, projectDirs, ctx.cwd ?? ctx.baseDir, ctx.settings.maxFileSize, ctx.onRelatedRead);
  const layout = ctx.configGroups ?? new ConfigGroupLayout(projectDirs, { maxFileSize: ctx.settings.maxFileSize });
  const fromLayout = layout.analyzeOptionsOf(target.absolutePath, ctx.cwd ?? ctx.baseDir);
  return { format, filePath: settingsPath, fileSettings: withWorld, readRelated, ...fromLayout, ...(ctx.schemas ? { schemas: ctx.schemas } : {}) };
}
