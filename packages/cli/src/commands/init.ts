/**
 * `mlconfig init`: writes a starter settings file for the project in the current folder. It runs
 * discovery and framework detection the way `check` does, then writes `.mlconfigrc.yaml` (or
 * `.mlconfigrc.json`) with the preset, `ignores` for run outputs that copy configs (Hydra's
 * `outputs/` and `.hydra/`, W&B, Lightning, MLflow), and, in YAML, comments that say what was
 * found and which `files` globs would also check config fragments. An existing file is never
 * overwritten without `--force`, and a settings file of another name is never shadowed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, formatFromPath, looksLikeTrainingConfig, type MlconfigSettings } from '@mlconfig/core';
import { findFiles } from '../discovery/find-files.js';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../fix/atomic-write.js';
import { readConfig } from '../io/read-config.js';
import type { Io } from '../io/io.js';
import { SEARCH_PLACES } from '../settings/load-settings.js';
import { validateSettings } from '../settings/validate-settings.js';

export const INIT_HELP = `Usage: mlconfig init [options]

Write a starter settings file for the project in the current folder: the preset, ignores for run
outputs (Hydra outputs/, W&B, Lightning logs), and notes on the training configs and frameworks found.

Options:
      --format <yaml|json>  Write .mlconfigrc.yaml (default) or .mlconfigrc.json
      --preset <name>       recommended (default) or strict
      --force               Overwrite the file if it exists
      --stdout              Print the settings instead of writing a file
  -h, --help                Show this help
`;

/** Folders where tools write copies of the configs they ran with: not the project's own configs. */
const RUN_OUTPUT_DIRS = ['outputs', 'multirun', '.hydra', 'wandb', 'lightning_logs', 'mlruns'];

export interface ProjectSurvey {
  readonly trainingConfigs: string[];
  /** Framework name → number of configs it was detected in. */
  readonly frameworks: Map<string, number>;
  /** `ignores` globs for run-output folders that hold config files. */
  readonly ignores: string[];
  /** Top-level folders with training configs and other config files that did not look like one (fragments). */
  readonly fragmentFolders: string[];
}

export async function init(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      format: { type: 'string', default: 'yaml' },
      preset: { type: 'string', default: 'recommended' },
      force: { type: 'boolean', default: false },
      stdout: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(INIT_HELP);
    return 0;
  }
  const format = values.format!;
  if (format !== 'yaml' && format !== 'json') throw new UsageError(`Unknown format "${format}"; expected yaml or json.`);
  const preset = values.preset!;
  if (preset !== 'recommended' && preset !== 'strict') throw new UsageError(`Unknown preset "${preset}"; expected recommended or strict.`);
  const fileName = format === 'yaml' ? '.mlconfigrc.yaml' : '.mlconfigrc.json';
  const target = join(io.cwd, fileName);

  if (!values.stdout) {
    const other = existingSettings(io.cwd).find((f) => f !== fileName);
    if (other) {
      io.stderr(`mlconfig: ${other} already holds mlconfig settings in this folder; edit it, or remove it before running mlconfig init.\n`);
      return 2;
    }
    if (existsSync(target) && !values.force) {
      io.stderr(`mlconfig: ${fileName} already exists; it was left unchanged. Use --force to overwrite it.\n`);
      return 2;
    }
  }

  const survey = await surveyProject(io.cwd);
  const settings: MlconfigSettings = { extends: preset, ...(survey.ignores.length > 0 ? { ignores: survey.ignores } : {}) };
  // What we write must load: validate it with the same schema `check` uses.
  await validateSettings(settings, fileName);
  const text = format === 'yaml' ? yamlSettings(settings, survey) : JSON.stringify(settings, null, 2) + '\n';
  if (values.stdout) {
    io.stdout(text);
    return 0;
  }
  writeFileAtomic(target, text);
  const found = survey.trainingConfigs.length;
  const frameworks = [...survey.frameworks.keys()];
  io.stdout(
    `Wrote ${fileName}: ${found} training ${found === 1 ? 'config' : 'configs'} found${frameworks.length > 0 ? ` (${frameworks.join(', ')})` : ''}, preset ${preset}.\n` +
      `Run \`mlconfig check\` to lint them.\n`,
  );
  return 0;
}

/** Settings files `check` would load from this folder (package.json only with an "mlconfig" key). */
function existingSettings(cwd: string): string[] {
  return SEARCH_PLACES.filter((name) => {
    const path = join(cwd, name);
    if (!existsSync(path)) return false;
    if (name !== 'package.json') return true;
    try {
      return (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>).mlconfig !== undefined;
    } catch {
      return false;
    }
  });
}

export async function surveyProject(cwd: string): Promise<ProjectSurvey> {
  const { targets } = await findFiles([], { cwd, settings: {}, baseDir: cwd, keepRunRecords: true });
  const trainingConfigs: string[] = [];
  const frameworks = new Map<string, number>();
  const ignores = new Set<string>();
  const foldersWithConfigs = new Set<string>();
  const foldersWithOthers = new Set<string>();
  for (const t of targets.sort((a, b) => a.relativePath.localeCompare(b.relativePath))) {
    const segments = t.relativePath.split('/');
    const outputAt = segments.findIndex((s) => RUN_OUTPUT_DIRS.includes(s));
    if (outputAt >= 0) {
      ignores.add(segments[outputAt] === '.hydra' ? '**/.hydra/**' : `${segments.slice(0, outputAt + 1).join('/')}/**`);
      continue;
    }
    const format = formatFromPath(t.absolutePath);
    const read = format && format !== 'js' ? readConfig(t.absolutePath) : undefined;
    if (!format || format === 'js' || read?.text === undefined) continue;
    const { analysis } = analyze(read.text, { format, filePath: t.relativePath });
    const top = segments.length > 1 ? segments[0] : '.';
    if (!analysis || !looksLikeTrainingConfig(analysis.fields, analysis.frameworks)) {
      if (segments.length > 1 && /\.ya?ml$/i.test(t.relativePath)) foldersWithOthers.add(top);
      continue;
    }
    trainingConfigs.push(t.relativePath);
    foldersWithConfigs.add(top);
    for (const f of analysis.frameworks) frameworks.set(f.name, (frameworks.get(f.name) ?? 0) + 1);
  }
  const fragmentFolders = [...foldersWithConfigs].filter((f) => f !== '.' && foldersWithOthers.has(f)).sort();
  return { trainingConfigs, frameworks, ignores: [...ignores].sort(), fragmentFolders };
}

function yamlSettings(settings: MlconfigSettings, survey: ProjectSurvey): string {
  const n = survey.trainingConfigs.length;
  const lines = ['# mlconfig settings, written by `mlconfig init`. Reference: mlconfig check --help, docs/integrations.md.'];
  if (n === 0) {
    lines.push('# No training configs were found yet; mlconfig check finds YAML/JSON/TOML files that look like one.');
  } else {
    const folders = [...new Set(survey.trainingConfigs.map((p) => (p.includes('/') ? dirname(p) + '/' : './')))];
    lines.push(`# Found ${n} training ${n === 1 ? 'config' : 'configs'} in ${folders.slice(0, 5).join(', ')}${folders.length > 5 ? ', ...' : ''}.`);
  }
  if (survey.frameworks.size > 0) {
    const list = [...survey.frameworks].sort((a, b) => b[1] - a[1]).map(([name, count]) => `${name} (${count})`);
    lines.push(`# Frameworks detected by content, per file (no setting needed): ${list.join(', ')}.`);
  }
  lines.push('', '# recommended: errors and strong warnings. strict: also advice.', `extends: ${settings.extends as string}`);
  if (settings.ignores) {
    lines.push('', '# Run outputs hold copies of the configs they ran with; lint the originals only.', 'ignores:', ...settings.ignores.map((g) => `  - ${yamlString(g)}`));
  }
  if (survey.fragmentFolders.length > 0) {
    lines.push(
      '',
      '# These folders also hold YAML files that do not look like whole training configs (Hydra groups,',
      '# _BASE_ fragments). To check them too, uncomment:',
      '# files:',
      ...survey.fragmentFolders.map((f) => `#   - ${yamlString(`${f}/**/*.yaml`)}`),
    );
  }
  lines.push('', '# Rule severities and options, e.g.:', '# rules:', '#   lr-without-schedule: "off"', '#   warmup-longer-than-run: error');
  return lines.join('\n') + '\n';
}

/** Globs start with `*` or contain `:`, which YAML would misread unquoted. */
function yamlString(s: string): string {
  return /^[A-Za-z0-9_./-][A-Za-z0-9_./*-]*$/.test(s) && !s.startsWith('*') ? s : JSON.stringify(s);
}
