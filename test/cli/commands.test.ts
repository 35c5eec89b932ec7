/**
 * The other commands and the top level: `classify` (text and JSON), `explain`, `rules`, `--help`,
 * `--version`, and unknown commands. The built binary runs as a process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';
import { tempProjects } from './temp-project.js';

const HF_WITH_WEIGHTS = `learning_rate: 2e-5
lr_scheduler_type: cosine
per_device_train_batch_size: 8
output_dir: out
model:
  classifier.weight: [[0.1, 0.2], [0.3, 0.4]]
`;

const newProject = tempProjects();

let ruleIds: string[] = [];
beforeAll(() => {
  // The rule ids, from the rules folder itself (one file per rule).
  const src = readFileSync(join(REPO_ROOT, 'packages/core/src/rules/index.ts'), 'utf8');
  ruleIds = [...src.matchAll(/^import \w+ from '\.\/([a-z0-9-]+)\.js';$/gm)].map((m) => m[1]);
});

describe('mlconfig classify', () => {
  it('prints each hyperparameter and learned parameter with its position, kind and concept', () => {
    const project = newProject({ 'train.yaml': HF_WITH_WEIGHTS });
    const run = runCli(['classify', 'train.yaml'], { cwd: project.dir });
    expect(run.stdout).toBe(
      [
        'train.yaml  (yaml, read as PyYAML (YAML 1.1))',
        'frameworks: HF Transformers Trainer',
        '',
        '1:1  learning_rate                hyperparameter     learning-rate',
        '2:1  lr_scheduler_type            hyperparameter     lr-schedule',
        '3:1  per_device_train_batch_size  hyperparameter     micro-batch-size',
        '6:3  model.classifier.weight      learned-parameter  weights',
        '',
        '3 hyperparameters, 1 learned parameter, 2 other fields.',
        '',
      ].join('\n'),
    );
    expect(run.code).toBe(0);
    const all = runCli(['classify', '--all', 'train.yaml'], { cwd: project.dir });
    expect(all.stdout).toMatch(/^4:1 {2}output_dir {19}other {14}-$/m);
  });

  it('--format json gives the loader, frameworks with evidence, and every field with its evidence', () => {
    const project = newProject({ 'ds.json': '{\n  "train_micro_batch_size_per_gpu": 4,\n  "optimizer": { "type": "AdamW", "params": { "lr": "auto" } }\n}\n' });
    const run = runCli(['classify', '--format', 'json', 'ds.json'], { cwd: project.dir });
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { file: string; format: string; loader: string; frameworks: { id: string; evidence: string[] }[]; fields: Record<string, unknown>[] };
    expect(out).toMatchObject({ file: 'ds.json', format: 'json', loader: 'json' });
    expect(out.frameworks.map((f) => f.id)).toContain('deepspeed');
    expect(out.frameworks.every((f) => f.evidence.length > 0)).toBe(true);
    const lr = out.fields.find((f) => f.path === 'optimizer.params.lr');
    expect(lr).toMatchObject({ pointer: '/optimizer/params/lr', line: 3, column: 47, kind: 'hyperparameter', concept: 'learning-rate' });
    expect((lr!.evidence as string[]).length).toBeGreaterThan(0);
    expect(out.fields.find((f) => f.path === 'train_micro_batch_size_per_gpu')).toMatchObject({ line: 2, column: 3, kind: 'hyperparameter', concept: 'micro-batch-size' });
  });

  it('reports a parse error with its position, and wrong usage with exit 2', () => {
    const project = newProject({ 'broken.yaml': 'lr: 0.5\nbetas: [0.9, 0.999]]\n', 'train.py': 'lr = 0.1\n' });
    const broken = runCli(['classify', 'broken.yaml'], { cwd: project.dir });
    expect(broken.stderr).toBe('broken.yaml:2:20: could not parse: Unexpected flow-seq-end token in YAML stream: "]".\n');
    expect(broken.code).toBe(1);
    const missing = runCli(['classify', 'nope.yaml'], { cwd: project.dir });
    expect(missing.stderr).toBe('nope.yaml:1:1: File not found (it may have been deleted or moved while mlconfig was running).\n');
    expect(missing.code).toBe(1);
    const py = runCli(['classify', 'train.py'], { cwd: project.dir });
    expect(py.stderr).toBe('mlconfig: train.py: unsupported file type; mlconfig classify reads YAML, JSON and TOML.\nRun `mlconfig --help` for usage.\n');
    expect(py.code).toBe(2);
    const none = runCli(['classify'], { cwd: project.dir });
    expect(none.stderr).toBe('mlconfig: classify expects exactly one file.\nRun `mlconfig --help` for usage.\n');
    expect(none.code).toBe(2);
  });
});

describe('mlconfig explain', () => {
  it("prints the rule's severity, category and presets, and its documentation", () => {
    const project = newProject();
    const run = runCli(['explain', 'lr-without-schedule'], { cwd: project.dir });
    expect(run.code).toBe(0);
    const [title, meta] = run.stdout.split('\n');
    expect(title).toBe('lr-without-schedule — Flag a high learning rate that no schedule ever decays');
    expect(meta).toBe('severity: warn · category: advice · presets: recommended, strict');
    const page = join(REPO_ROOT, 'docs/rules/lr-without-schedule.md');
    if (existsSync(page)) expect(run.stdout).toContain(readFileSync(page, 'utf8').trimEnd());
    else expect(run.stdout).toContain('Options (defaults):\n  adaptiveThreshold: 0.003\n');
  });

  it('explains every rule', () => {
    const project = newProject();
    expect(ruleIds.length).toBeGreaterThanOrEqual(15);
    for (const id of ruleIds) {
      const run = runCli(['explain', id], { cwd: project.dir });
      expect(run.code, id).toBe(0);
      expect(run.stdout.startsWith(`${id} — `), id).toBe(true);
    }
  });

  it('an unknown rule exits 2 and suggests near names', () => {
    const project = newProject();
    // core's suggestRuleIds ranks ids that start with the word before ids that contain it as a word.
    const run = runCli(['explain', 'dropout'], { cwd: project.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('mlconfig: Unknown rule "dropout". Did you mean "dropout-range", "high-dropout"? Run `mlconfig rules` for the list.\nRun `mlconfig --help` for usage.\n');
    // A misspelt id is answered with the one rule it is close to.
    const typo = runCli(['explain', 'dropuot-range'], { cwd: project.dir });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe('mlconfig: Unknown rule "dropuot-range". Did you mean "dropout-range"? Run `mlconfig rules` for the list.\nRun `mlconfig --help` for usage.\n');
  });
});

describe('mlconfig rules', () => {
  it('lists every rule with severity, category, presets and description', () => {
    const project = newProject();
    const run = runCli(['rules'], { cwd: project.dir });
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^rule +severity {2}category +presets {2}description$/);
    const rows = lines.slice(1, -2);
    expect(rows.map((r) => r.split(/\s+/)[0])).toEqual(ruleIds);
    expect(rows.find((r) => r.startsWith('epochs-and-max-steps '))).toMatch(/ info +framework +-S +Flag epochs/);
    expect(lines.at(-1)).toBe(`${ruleIds.length} rules. R = in the recommended preset (the default), S = in the strict preset.`);
  });

  it('--format json', () => {
    const project = newProject();
    const run = runCli(['rules', '--format', 'json'], { cwd: project.dir });
    const rules = JSON.parse(run.stdout) as { id: string; severity: string; presets: string[]; description: string; docsUrl: string }[];
    expect(rules.map((r) => r.id)).toEqual(ruleIds);
    for (const r of rules) {
      expect(['error', 'warn', 'info']).toContain(r.severity);
      expect(r.presets).toContain('strict');
      expect(r.description).not.toMatch(/\.$/);
      expect(r.docsUrl).toContain(`${r.id}.md`);
    }
  });
});

describe('the top level', () => {
  it('--help lists the commands and the check options', () => {
    const project = newProject();
    for (const flag of ['--help', '-h', 'help']) {
      const run = runCli([flag], { cwd: project.dir });
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^mlconfig \d+\.\d+\.\d+ — lint machine-learning training configs\n/);
      for (const command of ['check', 'classify', 'explain', 'rules']) expect(run.stdout).toMatch(new RegExp(`^ {2}${command}\\b`, 'm'));
      for (const option of ['--format', '--max-warnings', '--quiet', '--config']) expect(run.stdout).toContain(option);
    }
    expect(runCli(['classify', '--help'], { cwd: project.dir }).stdout).toMatch(/^Usage: mlconfig classify \[options\] <file>\n/);
    expect(runCli(['check', '--help'], { cwd: project.dir }).stdout).toMatch(/^Usage: mlconfig check \[options\] \[paths or globs\.\.\.\]\n/);
  });

  it('--version prints the version of the mlconfig package', () => {
    const project = newProject();
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const run = runCli([flag], { cwd: project.dir });
      expect(run.stdout).toBe(`${version}\n`);
      expect(run.code).toBe(0);
    }
  });

  it('an unknown command exits 2 and says so', () => {
    const project = newProject();
    const run = runCli(['chek'], { cwd: project.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('mlconfig: unknown command "chek". Run `mlconfig --help` for the commands.\n');
    expect(run.stdout).toBe('');
  });

  it('a path alone means check, even one that looks like a command name', () => {
    const project = newProject({ 'rulez/train.yaml': 'lr: 0.5\nepochs: 10\n' });
    const run = runCli(['rulez'], { cwd: project.dir });
    expect(run.stdout).toContain('rulez/train.yaml:1:5  warning');
    expect(run.code).toBe(0);
  });
});
