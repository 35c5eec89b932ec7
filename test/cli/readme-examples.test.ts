/**
 * README.md shows real output and real settings: the quick start's report must be what
 * `mlconfig check examples` prints (positions, severities, rule ids, summary), and the example
 * settings files it shows must load and apply.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';
import { flatten, tempProjects } from './temp-project.js';

const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');

/** The body of the first fenced block of `lang` after `marker` in the README. */
function blockAfter(marker: string, lang: string): string {
  const at = README.indexOf(marker);
  expect(at, `README.md has "${marker}"`).toBeGreaterThanOrEqual(0);
  const open = README.indexOf('```' + lang + '\n', at);
  const close = README.indexOf('\n```', open + 4);
  return README.slice(open + 4 + lang.length, close + 1);
}

/** `file:line:column severity rule-id` of each finding line in a stylish report. */
function findings(report: string): string[] {
  return report
    .split('\n')
    .map((l) => /^(\S+:\d+:\d+) +(error|warning|info) {2}.* {2}([a-z0-9-]+)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `${m[1]} ${m[2]} ${m[3]}`);
}

const newProject = tempProjects();

describe('README.md', () => {
  it('quick start: the report shown is what `mlconfig check examples` prints, and it exits 1', () => {
    expect(README).toContain('```sh\nnpm ci && npx mlconfig check examples\nnpm test\n```');
    const shown = blockAfter('## Quick start', 'text');
    const run = runCli(['check', 'examples'], { cwd: REPO_ROOT });
    expect(run.code).toBe(1);
    expect(findings(shown).length).toBeGreaterThan(10);
    expect(findings(run.stdout)).toEqual(findings(shown));
    const summary = (text: string): string | undefined => text.split('\n').find((l) => l.startsWith('✖ '));
    expect(summary(run.stdout)).toBe(summary(shown));
  });

  it('the examples trigger most rules, and the clean example stays clean', () => {
    const run = runCli(['check', '--format', 'json', '--preset', 'strict', 'examples'], { cwd: REPO_ROOT });
    const found = flatten(run.stdout);
    expect(new Set(found.map((d) => d.ruleId)).size).toBeGreaterThanOrEqual(14);
    expect(found.filter((d) => d.file === 'examples/axolotl-llama3-lora.yaml')).toEqual([]);
    expect(JSON.parse(run.stdout).map((r: { relativePath: string }) => r.relativePath)).toContain('examples/axolotl-llama3-lora.yaml');
  });

  it('the command list is the one `mlconfig --help` prints, and the check options are those of `mlconfig check --help`', () => {
    const commands = (text: string): string[] => text.split('\n').filter((l) => /^ {2}[a-z]+ /.test(l)).map((l) => l.trim());
    const help = runCli(['--help'], { cwd: REPO_ROOT });
    expect(help.code).toBe(0);
    const listed = commands(help.stdout.slice(help.stdout.indexOf('Commands:')));
    expect(listed.map((l) => l.split(' ')[0])).toEqual(expect.arrayContaining(['check', 'classify', 'explain', 'rules', 'types', 'init', 'mcp']));
    expect(commands(blockAfter('## Command-line reference', 'text'))).toEqual(listed);

    const longOptions = (text: string): string[] => [...new Set([...text.matchAll(/(?<![\w-])--[a-z][a-z-]+/g)].map((m) => m[0]))].sort();
    const checkHelp = runCli(['check', '--help'], { cwd: REPO_ROOT });
    expect(checkHelp.code).toBe(0);
    const table = README.slice(README.indexOf('### `mlconfig check [options]'), README.indexOf('**Which files are checked.**'));
    const rows = table.split('\n').filter((l) => l.startsWith('| `-'));
    expect(longOptions(rows.map((r) => r.split(' | ')[0]).join('\n'))).toEqual(longOptions(checkHelp.stdout.replace(/^Usage:.*$/m, '')));
  });

  it('the classify example is what `mlconfig classify` prints', () => {
    const shown = blockAfter('### `mlconfig classify', 'text');
    const [command, ...output] = shown.split('\n');
    expect(command).toBe('$ npx mlconfig classify examples/lightning-linear-probe.yaml');
    const run = runCli(['classify', 'examples/lightning-linear-probe.yaml'], { cwd: REPO_ROOT });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(output.join('\n'));
  });

  it('the example .mlconfigrc.yaml and mlconfig.config.ts are valid and do what the comments say', () => {
    const project = newProject({
      '.mlconfigrc.yaml': blockAfter('An example `.mlconfigrc.yaml`', 'yaml'),
      'recipes/one.yaml': 'lr: 0.5\n', // one hyperparameter, listed under `files`
      'outputs/run/train.yaml': 'lr: 0.5\nepochs: 3\n', // ignored
      'sweeps/best.yaml': 'lr: 0.5\nepochs: 3\n', // lr-without-schedule off
      'conf/model.yaml': 'optimizer:\n  lr: 1e-4\n  weight_decay: 0.01\nmax_epochs: 3\n', // OmegaConf: 1e-4 is a float
      'hf.yaml': 'learning_rate: 0.0001\nlr_scheduler_type: cosine\nnum_train_epochs: 3\nmax_steps: 100\n', // epochs-and-max-steps as info
    });
    const run = runCli(['check', '--format', 'json'], { cwd: project.dir });
    expect(run.stderr).toBe('');
    expect(flatten(run.stdout).map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.ruleId}`)).toEqual([
      'hf.yaml:3:19 info epochs-and-max-steps',
      'recipes/one.yaml:1:5 error lr-without-schedule',
    ]);
    const second = newProject({ 'mlconfig.config.ts': blockAfter('in\n`mlconfig.config.ts`', 'ts'), 'train.yaml': 'optimizer: adamw_torch\nlearning_rate: 0.0025\nnum_train_epochs: 3\nlr_scheduler_type: constant\n' });
    const ts = runCli(['check', '--format', 'json', 'train.yaml'], { cwd: second.dir });
    expect(ts.stderr).toBe('');
    expect(flatten(ts.stdout).map((d) => `${d.severity} ${d.ruleId}`)).toEqual(['error lr-without-schedule']);
  });

  it('the suppression example is honoured, and each directive silences a real finding', () => {
    const block = blockAfter('### Inline suppressions', 'yaml').replace('…\n', 'dropout: 1.5\n');
    const config = `num_epochs: 3\n${block}`;
    const project = newProject({ 'train.yaml': config, 'bare.yaml': config.replace(/ ?# mlconfig-.*$/gm, '') });
    const run = runCli(['check', '--format', 'json', 'train.yaml', 'bare.yaml'], { cwd: project.dir });
    expect(run.stderr).toBe('');
    expect(flatten(run.stdout).map((d) => `${d.file} ${d.ruleId}`)).toEqual(['bare.yaml lr-without-schedule', 'bare.yaml warmup-steps-ratio-exclusive', 'bare.yaml dropout-range']);
  });
});
