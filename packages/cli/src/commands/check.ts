/**
 * `mlconfig check [paths or globs...]`: lint training configs and exit like ESLint
 * (0 clean or only warnings within `--max-warnings`, 1 problems, 2 usage/settings/internal error).
 *
 * The steps, each in its own module: settings → discovery → lint each file → `--fix` (fix/) →
 * baseline suppressions (baseline/) → `--quiet` → reports (formatters/) → exit code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RULES, SettingsError, matchesAny, resolveFileSettings, type MlconfigSettings } from '@mlconfig/core';
import { ruleDocPath } from '../assets.js';
import { applySuppressions, pruneSuppressions, recordSuppressions } from '../baseline/baseline.js';
import { DEFAULT_SUPPRESSIONS_FILE, readSuppressions, writeSuppressions } from '../baseline/suppressions-file.js';
import { findFiles, toPosix, type FileTarget } from '../discovery/find-files.js';
import { SettingsFileError, UsageError } from '../errors.js';
import { formatterNames } from '../formatters/index.js';
import { planOutputs } from '../formatters/output-plan.js';
import { StylishStream } from '../formatters/stylish.js';
import { writeReports } from '../formatters/write-reports.js';
import type { FixMode } from '../fix/fix-file.js';
import { LintCache, cacheKey, hashContent } from '../cache/lint-cache.js';
import { lintFiles, type CachedOutcome, type SharedContext } from '../lint-files.js';
import { colors, useColor } from '../output.js';
import { compactResult, type FileResult } from '../results.js';
import { loadSettings } from '../settings/load-settings.js';
import { VERSION } from '../version.js';
import type { Io } from '../io/io.js';

export const CHECK_HELP = `Usage: mlconfig check [options] [paths or globs...]

Lint training configs. With no paths, finds YAML/JSON/TOML training configs under the current
folder (respecting .gitignore, skipping node_modules and run records such as wandb/run-* and .hydra);
named files and globs are always checked.

Options:
  -f, --format <name[:file]>  Output format: ${formatterNames().join(', ')} (default: stylish;
                              github when GITHUB_ACTIONS=true). Repeat it for several reports, each
                              format with its own file: --format stylish --format sarif:results.sarif
  -o, --output-file <file>    Write the report that has no file of its own to this file instead of stdout
      --max-warnings <n>      Exit 1 when there are more than n warnings (default: -1, no limit)
      --quiet                 Report errors only
  -c, --config <file>         Use this settings file instead of searching for one
      --preset <name>         Start from this preset: recommended (default) or strict
      --world-size <n>        Number of processes training runs on (batch-size arithmetic)
      --only-training-configs Check named files only if they look like training configs and are not
                              ignored by the settings (for pre-commit and lint-staged file lists)
      --concurrency <n|auto|off>
                              Lint on n threads: this one and n - 1 workers (auto: one per core
                              from 400 files, or from 5,000 on two cores; off: in one thread).
                              Default: auto
      --cache                 Reuse the results of files that did not change since the last run
      --cache-location <file> Where the cache lives (default: .mlconfigcache in the current folder)
      --color / --no-color    Force colours on or off (default: only on a terminal)
  -h, --help                  Show this help

Fixing:
      --fix                   Apply automatic fixes to the files (atomically; comments and line
                              endings are kept) and report what remains
      --fix-dry-run           Compute the fixes without writing them (the json report has "output")

Baseline (suppressions):
      --suppress-all          Record every current finding in the suppressions file, so that only
                              new findings are reported from now on
      --suppress-rule <id>    Record the current findings of this rule (repeatable)
      --prune-suppressions    Remove suppressions that no longer match anything
      --suppressions-location <file>
                              The suppressions file (default: ${DEFAULT_SUPPRESSIONS_FILE} in the current folder)
`;

export async function check(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f', multiple: true },
      'output-file': { type: 'string', short: 'o' },
      'max-warnings': { type: 'string', default: '-1' },
      quiet: { type: 'boolean', default: false },
      config: { type: 'string', short: 'c' },
      preset: { type: 'string' },
      'world-size': { type: 'string' },
      'only-training-configs': { type: 'boolean', default: false },
      concurrency: { type: 'string', default: 'auto' },
      cache: { type: 'boolean', default: false },
      'cache-location': { type: 'string' },
      fix: { type: 'boolean', default: false },
      'fix-dry-run': { type: 'boolean', default: false },
      'suppress-all': { type: 'boolean', default: false },
      'suppress-rule': { type: 'string', multiple: true },
      'prune-suppressions': { type: 'boolean', default: false },
      'suppressions-location': { type: 'string' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(CHECK_HELP);
    return 0;
  }
  const outputs = planOutputs(values.format, values['output-file'], io.cwd, io.env);
  const maxWarnings = integer(values['max-warnings']!, '--max-warnings', -1);
  const worldSize = values['world-size'] !== undefined ? integer(values['world-size'], '--world-size', 1) : undefined;
  const concurrency = values.concurrency === 'auto' ? undefined : values.concurrency === 'off' ? 0 : integer(values.concurrency!, '--concurrency', 1);
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together.');
  const suppressRules = values['suppress-rule'] ?? [];
  const recording = values['suppress-all'] || suppressRules.length > 0;
  if (recording && values['prune-suppressions']) throw new UsageError('--prune-suppressions cannot be combined with --suppress-all or --suppress-rule.');
  for (const id of suppressRules) if (!RULES.some((r) => r.id === id)) throw new UsageError(`--suppress-rule: unknown rule "${id}". Run \`mlconfig rules\` for the list.`);

  const loaded = await loadSettings(io.cwd, values.config ? resolve(io.cwd, values.config) : undefined);
  const settings: MlconfigSettings = values.preset ? { ...loaded.settings, extends: values.preset } : loaded.settings;
  try {
    resolveFileSettings(settings, undefined, RULES); // fail fast on unknown rules or presets
  } catch (err) {
    if (err instanceof SettingsError) throw new SettingsFileError(`${err.message}${loaded.filePath ? ` (in ${loaded.filePath})` : ''}`, loaded.filePath);
    throw err;
  }
  const suppressionsPath = resolve(io.cwd, values['suppressions-location'] ?? DEFAULT_SUPPRESSIONS_FILE);
  const suppressions = readSuppressions(suppressionsPath);

  const discovery = await findFiles(positionals, { cwd: io.cwd, settings, baseDir: loaded.baseDir });
  for (const n of discovery.notices) io.stderr(`mlconfig: ${n.path}: ${n.message}\n`);
  let targets = discovery.targets.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
  if (values['only-training-configs']) targets = asDiscovered(targets, settings, loaded.baseDir);
  const fixMode: FixMode | undefined = values.fix ? 'fix' : values['fix-dry-run'] ? 'dry-run' : undefined;
  const shared: SharedContext = { settings, baseDir: loaded.baseDir, cwd: io.cwd, ...(worldSize !== undefined ? { worldSize } : {}), ...(fixMode ? { fixMode } : {}) };
  const cache = values.cache || values['cache-location'] ? openCache(resolve(io.cwd, values['cache-location'] ?? DEFAULT_CACHE_FILE), settings, loaded.baseDir, worldSize) : undefined;
  const color = values['no-color'] ? false : useColor({ isTTY: io.isTTY }, io.env, values.color);
  // The stylish report alone on stdout, with nothing that needs every result first (baselines, a
  // fix summary that precedes the report), is printed file by file as results come in, keeping only
  // counts: a large run then holds no findings until the end.
  const streaming = outputs.length === 1 && outputs[0].format === 'stylish' && outputs[0].file === undefined && !recording && !values['prune-suppressions'] && suppressions.size === 0 && !fixMode;
  const stream = streaming ? new StylishStream(io.stdout, colors(color)) : undefined;
  // Only the stylish report leaves explanations out; every other format shows them.
  const keepExplanations = outputs.some((o) => o.format !== 'stylish');
  const outcomes = await lintFiles(targets, shared, {
    ...(cache ? { cache } : {}),
    ...(concurrency !== undefined ? { workers: concurrency } : {}),
    keep: (o, i) => {
      if (!o.result) {
        stream?.add(i, null);
        return o;
      }
      if (!stream) return { ...o, result: compactResult(o.result, keepExplanations) };
      const shown = values.quiet ? errorsOnly(o.result) : o.result;
      stream.add(i, shown);
      return { ...o, result: { ...shown, diagnostics: [] } };
    },
  });
  let results: FileResult[] = [];
  let fixedProblems = 0;
  let fixedFiles = 0;
  outcomes.forEach((o, i) => {
    if (o.writeFailure) io.stderr(`mlconfig: ${targets[i].relativePath}: ${o.writeFailure}\n`);
    if (o.fixedCount > 0) {
      fixedProblems += o.fixedCount;
      fixedFiles++;
    }
    if (o.result) results.push(o.result);
  });
  if (cache) {
    cache.retainOnly(new Set(targets.map((t) => t.absolutePath)));
    try {
      cache.save();
    } catch (err) {
      io.stderr(`mlconfig: could not write the cache ${cache.location} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); results are unaffected.\n`);
    }
  }
  if (fixMode && fixedProblems > 0) {
    const what = `${fixedProblems} ${fixedProblems === 1 ? 'problem' : 'problems'} in ${fixedFiles} ${fixedFiles === 1 ? 'file' : 'files'}`;
    io.stderr(fixMode === 'fix' ? `mlconfig: fixed ${what}.\n` : `mlconfig: --fix-dry-run: would fix ${what}; nothing was written.\n`);
  }

  const suppressionsDir = dirname(suppressionsPath);
  if (recording || values['prune-suppressions']) {
    const next = recording
      ? recordSuppressions(suppressions, results, suppressionsDir, values['suppress-all'] ? undefined : new Set(suppressRules))
      : pruneSuppressions(suppressions, results, suppressionsDir, (key) => existsSync(resolve(suppressionsDir, key)));
    try {
      writeSuppressions(suppressionsPath, next);
    } catch (err) {
      io.stderr(`mlconfig: could not write ${suppressionsPath} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).\n`);
      return 2;
    }
    io.stderr(`mlconfig: wrote ${toPosix(relative(io.cwd, suppressionsPath)) || suppressionsPath} (${countEntries(next)} suppressed ${countEntries(next) === 1 ? 'finding' : 'findings'} in ${next.size} ${next.size === 1 ? 'file' : 'files'}).\n`);
    results = applySuppressions(results, next, suppressionsDir).results;
  } else if (suppressions.size > 0) {
    const applied = applySuppressions(results, suppressions, suppressionsDir);
    results = applied.results;
    if (applied.unusedCount > 0) {
      io.stderr(`mlconfig: ${applied.unusedCount} ${applied.unusedCount === 1 ? 'suppression' : 'suppressions'} in ${toPosix(relative(io.cwd, suppressionsPath))} no longer ${applied.unusedCount === 1 ? 'matches' : 'match'}; remove ${applied.unusedCount === 1 ? 'it' : 'them'} with \`mlconfig check --prune-suppressions\`.\n`);
    }
  }
  if (stream) stream.end(results);
  else {
    if (values.quiet) results = results.map(errorsOnly);
    const written = writeReports(outputs, results, { cwd: io.cwd, rules: RULES, env: io.env, ruleDoc: readRuleDoc }, color, io);
    if (!written) return 2;
  }

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`mlconfig found too many warnings (maximum: ${maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

/** `--quiet`: a result with its errors only. */
function errorsOnly(r: FileResult): FileResult {
  return { ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error'), warningCount: 0, infoCount: 0, fixableCount: r.diagnostics.filter((d) => d.severity === 'error' && d.fix).length };
}

/**
 * For hooks that pass every staged YAML/JSON/TOML file: treat named files as if discovery had found
 * them, so package.json or a CI workflow is skipped, and settings `ignores` apply. Files listed in
 * the settings' `files` stay checked whatever they contain.
 */
function asDiscovered(targets: readonly FileTarget[], settings: MlconfigSettings, baseDir: string): FileTarget[] {
  const inside = (t: FileTarget): string | undefined => {
    const rel = toPosix(relative(baseDir, t.absolutePath));
    return rel.startsWith('..') ? undefined : rel;
  };
  return targets.flatMap((t) => {
    const rel = inside(t);
    if (rel !== undefined && settings.ignores && matchesAny(rel, settings.ignores)) return [];
    const listed = rel !== undefined && settings.files !== undefined && matchesAny(rel, settings.files);
    return [{ ...t, explicit: listed }];
  });
}

export const DEFAULT_CACHE_FILE = '.mlconfigcache';

/**
 * The cache for this run. Its key covers everything besides a file's own content (and the files it
 * refers to) that can change a result: mlconfig's version, the settings, the world size, and the
 * content of every schema the settings map; any change empties the cache.
 */
function openCache(location: string, settings: MlconfigSettings, baseDir: string, worldSize: number | undefined): LintCache<CachedOutcome> {
  const schemaHashes = (settings.schemas ?? []).map((s) => {
    try {
      return hashContent(readFileSync(resolve(baseDir, s.schema)));
    } catch {
      return 'missing';
    }
  });
  return LintCache.open<CachedOutcome>(location, cacheKey(VERSION, settings, { worldSize, schemaHashes, baseDir }));
}

function countEntries(suppressions: ReadonlyMap<string, ReadonlyMap<string, number>>): number {
  let n = 0;
  for (const rules of suppressions.values()) for (const c of rules.values()) n += c;
  return n;
}

function readRuleDoc(ruleId: string): string | undefined {
  const page = ruleDocPath(ruleId);
  try {
    return page ? readFileSync(page, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

function integer(text: string, flag: string, min: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${flag} expects an integer of at least ${min}, got "${text}".`);
  return n;
}
