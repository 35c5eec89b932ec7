/**
 * `mlconfig check [paths or globs...]`: lint training configs and exit like ESLint
 * (0 clean or only warnings within `--max-warnings`, 1 problems, 2 usage/settings/internal error).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RULES, SettingsError, resolveFileSettings, type MlconfigSettings } from '@mlconfig/core';
import { findFiles } from '../discovery/find-files.js';
import { SettingsFileError, UsageError } from '../errors.js';
import { FORMATTERS, formatterNames } from '../formatters/index.js';
import { lintFile } from '../lint-file.js';
import { useColor } from '../output.js';
import type { FileResult } from '../results.js';
import { loadSettings } from '../settings/load-settings.js';
import type { Io } from '../io/io.js';

export const CHECK_HELP = `Usage: mlconfig check [options] [paths or globs...]

Lint training configs. With no paths, finds YAML/JSON/TOML training configs under the current
folder (respecting .gitignore, skipping node_modules); named files and globs are always checked.

Options:
  -f, --format <name>       Output format: ${formatterNames().join(', ')} (default: stylish)
  -o, --output-file <file>  Write the report to a file instead of stdout
      --max-warnings <n>    Exit 1 when there are more than n warnings (default: -1, no limit)
      --quiet               Report errors only
  -c, --config <file>       Use this settings file instead of searching for one
      --preset <name>       Start from this preset: recommended (default) or strict
      --world-size <n>      Number of processes training runs on (batch-size arithmetic)
      --color / --no-color  Force colours on or off (default: only on a terminal)
  -h, --help                Show this help
`;

export async function check(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f', default: 'stylish' },
      'output-file': { type: 'string', short: 'o' },
      'max-warnings': { type: 'string', default: '-1' },
      quiet: { type: 'boolean', default: false },
      config: { type: 'string', short: 'c' },
      preset: { type: 'string' },
      'world-size': { type: 'string' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(CHECK_HELP);
    return 0;
  }
  const formatter = FORMATTERS[values.format!];
  if (!formatter) throw new UsageError(`Unknown format "${values.format}"; expected one of ${formatterNames().join(', ')}.`);
  const maxWarnings = integer(values['max-warnings']!, '--max-warnings', -1);
  const worldSize = values['world-size'] !== undefined ? integer(values['world-size'], '--world-size', 1) : undefined;

  const loaded = await loadSettings(io.cwd, values.config ? resolve(io.cwd, values.config) : undefined);
  const settings: MlconfigSettings = values.preset ? { ...loaded.settings, extends: values.preset } : loaded.settings;
  try {
    resolveFileSettings(settings, undefined, RULES); // fail fast on unknown rules or presets
  } catch (err) {
    if (err instanceof SettingsError) throw new SettingsFileError(`${err.message}${loaded.filePath ? ` (in ${loaded.filePath})` : ''}`, loaded.filePath);
    throw err;
  }

  const discovery = await findFiles(positionals, { cwd: io.cwd, settings, baseDir: loaded.baseDir });
  for (const n of discovery.notices) io.stderr(`mlconfig: ${n.path}: ${n.message}\n`);
  const targets = discovery.targets.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
  const ctx = { settings, baseDir: loaded.baseDir, cwd: io.cwd, ...(worldSize !== undefined ? { worldSize } : {}) };
  let results: FileResult[] = [];
  for (const target of targets) {
    const result = lintFile(target, ctx);
    if (result) results.push(result);
  }
  if (values.quiet) results = results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error'), warningCount: 0, infoCount: 0 }));

  const color = values['no-color'] ? false : useColor({ isTTY: values['output-file'] ? false : io.isTTY }, io.env, values.color);
  const report = formatter(results, { cwd: io.cwd, color, rules: RULES });
  if (values['output-file']) writeFileSync(resolve(io.cwd, values['output-file']), report);
  else io.stdout(report);

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`mlconfig found too many warnings (maximum: ${maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

function integer(text: string, flag: string, min: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${flag} expects an integer of at least ${min}, got "${text}".`);
  return n;
}
