/**
 * Settings found by cosmiconfig and applied by `mlconfig check`: every search place, the search
 * stopping at the project root, `extends`, `rules` severities and options, `overrides`, and invalid
 * settings (exit 2 naming the setting and what was expected).
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { flatten, tempProjects, type TempProject } from './temp-project.js';

// lr-without-schedule (warn by default) fires on 1:5; epochs-and-max-steps is not involved.
const TRAINING = 'lr: 0.5\nepochs: 10\n';

const newProject = tempProjects();

/** The severity lr-without-schedule gets on TRAINING, or 'off' when it is not reported. */
function lrSeverity(p: TempProject, cwd = p.dir, args: string[] = []): string {
  const run = runCli(['check', '--format', 'json', ...args], { cwd });
  expect(run.stderr).toBe('');
  const found = flatten(run.stdout).filter((d) => d.ruleId === 'lr-without-schedule');
  return found.length === 0 ? 'off' : found.map((d) => `${d.severity}@${d.file}:${d.line}:${d.column}`).join(',');
}

describe('settings files found by cosmiconfig', () => {
  const places: [string, string][] = [
    ['package.json', '{ "name": "p", "private": true, "mlconfig": { "rules": { "lr-without-schedule": "error" } } }\n'],
    ['.mlconfigrc', '# YAML without an extension\nrules:\n  lr-without-schedule: error\n'],
    ['.mlconfigrc', '{ "rules": { "lr-without-schedule": "error" } }\n'],
    ['.mlconfigrc.json', '{ "rules": { "lr-without-schedule": "error" } }\n'],
    ['.mlconfigrc.yaml', 'rules:\n  lr-without-schedule: error\n'],
    ['.mlconfigrc.yml', 'rules:\n  lr-without-schedule: error\n'],
    ['.mlconfigrc.cjs', 'module.exports = { rules: { "lr-without-schedule": "error" } };\n'],
    ['mlconfig.config.mjs', 'export default { rules: { "lr-without-schedule": "error" } };\n'],
    ['mlconfig.config.js', 'module.exports = { rules: { "lr-without-schedule": "error" } };\n'],
    ['mlconfig.config.cjs', 'module.exports = { rules: { "lr-without-schedule": "error" } };\n'],
  ];
  for (const [name, content] of places) {
    it(`reads ${name}${name === '.mlconfigrc' ? (content.startsWith('{') ? ' (JSON)' : ' (YAML)') : ''}`, () => {
      const project = newProject({ 'train.yaml': TRAINING, [name]: content });
      expect(lrSeverity(project)).toBe('error@train.yaml:1:5');
    });
  }

  it('reads mlconfig.config.ts (typed with the MlconfigSettings type), leaving no compiled file behind', () => {
    const project = newProject({
      'train.yaml': TRAINING,
      'mlconfig.config.ts': `import type { MlconfigSettings } from 'mlconfig';\n\nconst settings: MlconfigSettings = { rules: { 'lr-without-schedule': ['error', { unknownThreshold: 0.1 }] } };\nexport default settings;\n`,
    });
    expect(lrSeverity(project)).toBe('error@train.yaml:1:5');
    expect(readdirSync(project.dir).sort()).toEqual(['mlconfig.config.ts', 'package.json', 'train.yaml']);
  });

  it('searches from the working directory up to the project root', () => {
    const project = newProject({ '.mlconfigrc.yaml': 'rules:\n  lr-without-schedule: error\n', 'configs/deep/train.yaml': TRAINING });
    expect(lrSeverity(project, project.path('configs/deep'))).toBe('error@train.yaml:1:5');
  });

  it('prefers the nearest settings file', () => {
    const project = newProject({ '.mlconfigrc.yaml': 'rules:\n  lr-without-schedule: error\n', 'configs/.mlconfigrc.yaml': 'rules:\n  lr-without-schedule: info\n', 'configs/train.yaml': TRAINING });
    expect(lrSeverity(project, project.path('configs'))).toBe('info@train.yaml:1:5');
  });

  it('never looks above the project root, so code settings outside the project never run', () => {
    // The outer folder stands for a home folder or /tmp; the project root is marked by package.json.
    const project = newProject({ 'mlconfig.config.mjs': 'throw new Error("settings outside the project were executed");\n', 'proj/package.json': '{}\n', 'proj/train.yaml': TRAINING }, { bare: true });
    expect(lrSeverity(project, project.path('proj'))).toBe('warn@train.yaml:1:5');
  });

  it('treats pyproject.toml and .git as project roots too, and looks only in the working directory when there is no root', () => {
    const project = newProject({ '.mlconfigrc.yaml': 'rules:\n  lr-without-schedule: error\n', 'py/pyproject.toml': '[project]\nname = "x"\n', 'py/train.yaml': TRAINING, 'repo/.git/HEAD': 'ref: refs/heads/main\n', 'repo/train.yaml': TRAINING }, { bare: true });
    expect(lrSeverity(project, project.path('py'))).toBe('warn@train.yaml:1:5');
    expect(lrSeverity(project, project.path('repo'))).toBe('warn@train.yaml:1:5');
    // No marker anywhere up to the file-system root is not guaranteed on every machine, so only the
    // folder with the settings itself is checked here.
    expect(lrSeverity(project, project.dir, ['py/train.yaml'])).toBe('error@py/train.yaml:1:5');
  });

  it('--config uses the named file instead of searching', () => {
    const project = newProject({ '.mlconfigrc.yaml': 'rules:\n  lr-without-schedule: error\n', 'ci/mlconfig.json': '{ "rules": { "lr-without-schedule": "off" } }\n', 'train.yaml': TRAINING });
    expect(lrSeverity(project, project.dir, ['--config', 'ci/mlconfig.json'])).toBe('off');
  });
});

describe('what the settings say', () => {
  it('`extends: strict` adds the advice rules; `recommended` is the default', () => {
    const hf = 'learning_rate: 0.0001\nlr_scheduler_type: cosine\nnum_train_epochs: 3\nmax_steps: 500\n';
    const project = newProject({ 'train.yaml': hf });
    const recommended = runCli(['check', '--format', 'json', 'train.yaml'], { cwd: project.dir });
    expect(flatten(recommended.stdout)).toEqual([]);
    project.write({ '.mlconfigrc.yaml': 'extends: strict\n' });
    const strict = runCli(['check', '--format', 'json', 'train.yaml'], { cwd: project.dir });
    expect(flatten(strict.stdout)).toEqual([{ file: 'train.yaml', ruleId: 'epochs-and-max-steps', severity: 'info', line: 3, column: 19 }]);
    expect(strict.code).toBe(0);
    // --preset says the same from the command line.
    project.write({ '.mlconfigrc.yaml': '{}\n' });
    expect(flatten(runCli(['check', '--format', 'json', '--preset', 'strict', 'train.yaml'], { cwd: project.dir }).stdout).map((d) => d.ruleId)).toEqual(['epochs-and-max-steps']);
  });

  it('`rules` sets severities (off, info, warn, error) and options', () => {
    const project = newProject({ 'train.yaml': TRAINING });
    for (const severity of ['off', 'info', 'warn', 'error']) {
      project.write({ '.mlconfigrc.json': JSON.stringify({ rules: { 'lr-without-schedule': severity } }) });
      expect(lrSeverity(project)).toBe(severity === 'off' ? 'off' : `${severity}@train.yaml:1:5`);
    }
    // The threshold for an unknown optimizer is an option: above 0.5 the rule stays quiet.
    project.write({ '.mlconfigrc.json': JSON.stringify({ rules: { 'lr-without-schedule': ['error', { unknownThreshold: 0.6 }] } }) });
    expect(lrSeverity(project)).toBe('off');
    project.write({ '.mlconfigrc.json': JSON.stringify({ rules: { 'lr-without-schedule': ['error', { unknownThreshold: 0.4 }] } }) });
    expect(lrSeverity(project)).toBe('error@train.yaml:1:5');
  });

  it('exits 1 when settings raise a warning to an error', () => {
    const project = newProject({ 'train.yaml': TRAINING, '.mlconfigrc.yaml': 'rules:\n  lr-without-schedule: error\n' });
    expect(runCli(['check'], { cwd: project.dir }).code).toBe(1);
  });

  it('`overrides` apply by glob, relative to the settings file; later ones win', () => {
    const project = newProject({
      '.mlconfigrc.yaml': [
        'overrides:',
        '  - files: ["sweeps/**"]',
        '    rules:',
        '      lr-without-schedule: off',
        '  - files: "**/prod-*.yaml"',
        '    ignores: ["**/prod-legacy.yaml"]',
        '    rules:',
        '      lr-without-schedule: error',
        '',
      ].join('\n'),
      'sweeps/a.yaml': TRAINING,
      'sweeps/prod-b.yaml': TRAINING,
      'configs/prod-c.yaml': TRAINING,
      'configs/prod-legacy.yaml': TRAINING,
      'configs/dev.yaml': TRAINING,
    });
    const run = runCli(['check', '--format', 'json'], { cwd: project.path('configs') });
    expect(run.stderr).toBe('');
    expect(flatten(run.stdout).map((d) => `${d.file} ${d.severity}`)).toEqual(['dev.yaml warn', 'prod-c.yaml error', 'prod-legacy.yaml warn']);
    const all = runCli(['check', '--format', 'json'], { cwd: project.dir });
    expect(flatten(all.stdout).map((d) => `${d.file} ${d.severity}`)).toEqual(['configs/dev.yaml warn', 'configs/prod-c.yaml error', 'configs/prod-legacy.yaml warn', 'sweeps/prod-b.yaml error']);
  });

  it('`frameworks` forces a profile whatever detection says', () => {
    // Without a framework this reads as PyYAML (1e-4 is a string); forced to Hydra it is OmegaConf (a float).
    const project = newProject({ 'train.yaml': 'optimizer:\n  lr: 1e-4\n  weight_decay: 0.01\nmax_epochs: 3\n' });
    expect(flatten(runCli(['check', '--format', 'json', 'train.yaml'], { cwd: project.dir }).stdout).map((d) => d.ruleId)).toEqual(['yaml-sci-notation-string']);
    project.write({ '.mlconfigrc.yaml': 'frameworks: [hydra]\n' });
    expect(flatten(runCli(['check', '--format', 'json', 'train.yaml'], { cwd: project.dir }).stdout)).toEqual([]);
  });
});

describe('invalid settings exit 2, naming the setting and what was expected', () => {
  const cases: [string, string, string][] = [
    ['.mlconfigrc.yaml', 'rules:\n  lr-without-schedul: error\n', 'Invalid setting `rules.lr-without-schedul` in {file}: not the id of an mlconfig rule (run `mlconfig rules`).'],
    ['.mlconfigrc.yaml', 'overrides:\n  - files: ["*.yaml"]\n    rules:\n      dropout-rnge: off\n', 'Invalid setting `overrides[0].rules.dropout-rnge` in {file}: not the id of an mlconfig rule (run `mlconfig rules`).'],
    ['.mlconfigrc.yaml', 'rules:\n  lr-without-schedule: warning\n', 'Invalid setting `rules.lr-without-schedule` in {file}: expected a severity ("off", "info", "warn", "error") or [severity, options].'],
    ['.mlconfigrc.yaml', 'rules:\n  lr-without-schedule: [warn, {adaptiveThreshold: high}]\n', 'Invalid setting `rules.lr-without-schedule[1].adaptiveThreshold` in {file}: expected a number.'],
    ['.mlconfigrc.yaml', 'rules:\n  lr-without-schedule: [warn, {threshold: 0.1}]\n', 'Invalid setting `rules.lr-without-schedule[1].threshold` in {file}: not an option of lr-without-schedule (run `mlconfig explain lr-without-schedule`).'],
    ['.mlconfigrc.json', '{ "extends": "strictest" }', 'Invalid setting `extends` in {file}: expected one of "recommended", "strict", "mlconfig:recommended", "mlconfig:strict" or an array (a list).'],
    ['.mlconfigrc.json', '{ "rulez": {} }', 'Invalid setting `rulez` in {file}: this setting does not exist (see schemas/settings.schema.json).'],
    ['.mlconfigrc.json', '{ "worldSize": 0 }', 'Invalid setting `worldSize` in {file}: expected a number >= 1.'],
    ['.mlconfigrc.json', '{ "files": "*.yaml" }', 'Invalid setting `files` in {file}: expected an array (a list).'],
    ['.mlconfigrc.json', '{ "overrides": [{ "rules": {} }] }', 'Invalid setting `overrides[0]` in {file}: the required setting `files` is missing.'],
    ['.mlconfigrc.json', '{ "loader": "ruamel" }', 'Invalid setting `loader` in {file}: expected one of "pyyaml", "pyyaml-sci", "yacs", "typed", "omegaconf", "jsonargparse", "yaml-1.2".'],
    ['mlconfig.config.mjs', 'export default () => ({});\n', 'Invalid setting `(root)` in {file}: expected an object (a mapping).'],
  ];
  for (const [name, content, message] of cases) {
    it(`${name}: ${content.trim().replace(/\n\s*/g, ' ')}`, () => {
      const project = newProject({ 'train.yaml': TRAINING, [name]: content });
      const run = runCli(['check'], { cwd: project.dir });
      expect(run.stderr).toBe(`mlconfig: ${message.replace('{file}', project.path(name))}\n`);
      expect(run.stdout).toBe('');
      expect(run.code).toBe(2);
    });
  }

  it('settings that do not parse: file, line, column and reason on one line', () => {
    const project = newProject({ 'train.yaml': TRAINING, '.mlconfigrc.yaml': 'rules:\n  lr-without-schedule: [error\n' });
    const yaml = runCli(['check'], { cwd: project.dir });
    expect(yaml.code).toBe(2);
    expect(yaml.stderr).toBe(`mlconfig: Could not load settings from ${project.path('.mlconfigrc.yaml')}:3:1: unexpected end of the stream within a flow collection.\n`);
    const second = newProject({ 'train.yaml': TRAINING, '.mlconfigrc.json': '{\n  "rules": {,}\n}\n' });
    const json = runCli(['check'], { cwd: second.dir });
    expect(json.code).toBe(2);
    expect(json.stderr).toBe(`mlconfig: Could not load settings from ${second.path('.mlconfigrc.json')}:2:13: Expected property name or '}'.\n`);
  });

  it('a code settings file that throws: its message, no stack trace', () => {
    const project = newProject({ 'train.yaml': TRAINING, 'mlconfig.config.mjs': 'throw new Error("WANDB_PROJECT is not set");\n' });
    const run = runCli(['check'], { cwd: project.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`mlconfig: Could not load settings from ${project.path('mlconfig.config.mjs')}: WANDB_PROJECT is not set.\n`);
  });

  it('--config naming a missing file', () => {
    const project = newProject({ 'train.yaml': TRAINING });
    const run = runCli(['check', '--config', 'nope.yaml'], { cwd: project.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`mlconfig: Settings file ${project.path('nope.yaml')} not found.\n`);
    expect(existsSync(project.path('nope.yaml'))).toBe(false);
  });
});
