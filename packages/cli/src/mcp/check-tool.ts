/**
 * The `check_config` tool: the same diagnostics as `mlconfig check`, for a file, a folder or a
 * config given as text. A file is checked with the project's settings (found from its folder, as
 * the CLI does); text is checked with a preset. A config that does not parse is a finding
 * (`parse-error` at its position), not a tool error: that is the answer to "is this config sane?".
 */
import { dirname, relative } from 'node:path';
import { lint, RULES, resolveFileSettings, SettingsError, type Diagnostic, type PresetName } from '@mlconfig/core';
import { findFiles, toPosix } from '../discovery/find-files.js';
import { fixText } from '../fix/fix-text.js';
import { markdown } from '../formatters/markdown.js';
import { lintFile } from '../lint-file.js';
import { makeResult, type FileResult } from '../results.js';
import { loadSettings } from '../settings/load-settings.js';
import { createSchemaLoader } from '../schemas/schema-loader.js';
import { SettingsFileError } from '../errors.js';
import { resolveInput, ToolInputError, type ConfigInput } from './inputs.js';

export interface CheckInput extends ConfigInput {
  readonly preset?: PresetName;
  readonly worldSize?: number;
}

export interface FindingOut {
  ruleId: string;
  severity: 'error' | 'warn' | 'info';
  message: string;
  explanation: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  pointer: string;
  docsUrl?: string;
  fix?: string;
  suggestions?: string[];
}

export interface CheckOutput {
  [key: string]: unknown;
  ok: boolean;
  summary: { files: number; errors: number; warnings: number; infos: number; fixable: number };
  files: { path: string; findings: FindingOut[] }[];
  fixedText?: string;
}

export async function checkConfig(input: CheckInput, cwd: string): Promise<{ structured: CheckOutput; text: string }> {
  const target = resolveInput(input, cwd, true);
  let results: FileResult[];
  let fixedText: string | undefined;
  if (target.kind === 'path') {
    const folder = target.isDirectory ? target.absolutePath : dirname(target.absolutePath);
    const loaded = await loadProjectSettings(folder);
    const settings = input.preset ? { ...loaded.settings, extends: input.preset } : loaded.settings;
    validateSettings(settings, loaded.filePath);
    const discovery = await findFiles([target.absolutePath], { cwd, settings, baseDir: loaded.baseDir });
    // The built-in and project schemas too, so `schema-validation` finds what `mlconfig check` finds.
    const ctx = { settings, baseDir: loaded.baseDir, cwd, schemas: createSchemaLoader(loaded.baseDir), ...(input.worldSize !== undefined ? { worldSize: input.worldSize } : {}) };
    results = discovery.targets.sort((a, b) => a.absolutePath.localeCompare(b.absolutePath)).flatMap((t) => lintFile(t, ctx) ?? []);
  } else {
    const settings = { extends: input.preset ?? 'recommended' } as const;
    const fileSettings = resolveFileSettings(settings, target.filename, RULES);
    const withWorld = input.worldSize !== undefined ? { ...fileSettings, worldSize: input.worldSize } : fileSettings;
    // Text has no project: the built-in schemas (DeepSpeed's, HF's…) check it as they check a file.
    const schemaLoader = createSchemaLoader(cwd);
    const lintText = (text: string): readonly Diagnostic[] =>
      lint(text, { format: target.format, ...(target.filename ? { filePath: target.filename } : {}), fileSettings: withWorld, schemas: schemaLoader }).diagnostics;
    const diagnostics = lintText(target.text);
    const name = target.filename ?? `(text.${target.format})`;
    results = [makeResult(name, name, diagnostics)];
    if (diagnostics.some((d) => d.fix)) {
      const fixed = fixText(target.text, lintText, diagnostics);
      if (fixed.output !== target.text) fixedText = fixed.output;
    }
  }
  const display = (r: FileResult): string => (target.kind === 'text' ? r.relativePath : r.filePath);
  const structured: CheckOutput = {
    ok: results.every((r) => r.errorCount === 0),
    summary: {
      files: results.length,
      errors: sum(results, (r) => r.errorCount),
      warnings: sum(results, (r) => r.warningCount),
      infos: sum(results, (r) => r.infoCount),
      fixable: sum(results, (r) => r.fixableCount),
    },
    files: results.map((r) => ({ path: display(r), findings: r.diagnostics.map(finding) })),
    ...(fixedText !== undefined ? { fixedText } : {}),
  };
  const forDisplay = results.map((r) => ({ ...r, relativePath: target.kind === 'path' ? toPosix(relative(cwd, r.filePath)) || r.filePath : r.relativePath }));
  const report = markdown(forDisplay, { cwd, color: false, rules: RULES });
  const fixNote = fixedText !== undefined ? '\nThe automatic fixes applied to the text are in `fixedText` of the structured result.\n' : '';
  return { structured, text: report + fixNote };
}

function finding(d: Diagnostic): FindingOut {
  return {
    ruleId: d.ruleId,
    severity: d.severity,
    message: d.message,
    explanation: d.explanation,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    pointer: d.path,
    ...(d.docsUrl ? { docsUrl: d.docsUrl } : {}),
    ...(d.fix ? { fix: d.fix.description } : {}),
    ...(d.suggestions && d.suggestions.length > 0 ? { suggestions: d.suggestions.map((s) => s.description) } : {}),
  };
}

async function loadProjectSettings(folder: string): Promise<Awaited<ReturnType<typeof loadSettings>>> {
  try {
    return await loadSettings(folder);
  } catch (err) {
    if (err instanceof SettingsFileError) throw new ToolInputError(`The project's mlconfig settings cannot be used: ${err.message}`);
    throw err;
  }
}

function validateSettings(settings: Parameters<typeof resolveFileSettings>[0], file: string | undefined): void {
  try {
    resolveFileSettings(settings, undefined, RULES);
  } catch (err) {
    if (err instanceof SettingsError) throw new ToolInputError(`The project's mlconfig settings cannot be used: ${err.message}${file ? ` (in ${file})` : ''}`);
    throw err;
  }
}

function sum(results: readonly FileResult[], f: (r: FileResult) => number): number {
  return results.reduce((n, r) => n + f(r), 0);
}
