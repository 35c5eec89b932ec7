/**
 * Which files `mlconfig check` looks at: discovery without arguments (.gitignore, node_modules,
 * content-based selection), named files, globs and folders. The built binary runs on real folders.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { checkedFiles, flatten, tempProjects } from './temp-project.js';

// Two hyperparameters and a finding: a high constant learning rate with no optimizer or schedule.
const TRAINING = 'lr: 0.5\nepochs: 10\n';
const GITHUB_WORKFLOW = 'name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm test\n';

const newProject = tempProjects();

describe('mlconfig check without paths', () => {
  it('finds training configs and leaves package.json, tsconfig.json and CI workflows alone', () => {
    const project = newProject({
      'tsconfig.json': '{ "compilerOptions": { "strict": true, "target": "ES2022" } }\n',
      '.github/workflows/ci.yml': GITHUB_WORKFLOW,
      'docker-compose.yaml': 'services:\n  app:\n    image: python:3.12\n',
      'configs/train.yaml': TRAINING,
      'configs/notes.yaml': 'lr: 0.5\n', // one hyperparameter is not enough to call it a training config
    });
    const run = runCli(['check', '--format', 'json'], { cwd: project.dir });
    expect(run.stderr).toBe('');
    expect(checkedFiles(run.stdout)).toEqual(['configs/train.yaml']);
    expect(flatten(run.stdout)).toEqual([{ file: 'configs/train.yaml', ruleId: 'lr-without-schedule', severity: 'warn', line: 1, column: 5 }]);
    expect(run.code).toBe(0);
  });

  it('skips the folders where W&B, Hydra, Lightning and MLflow record a run, but checks such a file when it is named', () => {
    // A W&B run record: what `wandb.config` held, dumped by wandb, each value wrapped (batch 986's `training_steps: {value: 1}`).
    const record = 'wandb_version: 1\n_wandb:\n  desc: null\n  value:\n    cli_version: 0.15.0\ntraining_steps:\n  desc: null\n  value: 1\nwarmup_steps:\n  desc: null\n  value: 1000\nlearning_rate:\n  desc: null\n  value: 0.0001\n';
    const project = newProject({
      'configs/train.yaml': TRAINING,
      'wandb/run-20240501_120000-abc123/files/config.yaml': record,
      'wandb/offline-run-20240501_120000-def456/files/config.yaml': record,
      'wandb/sweep-x1y2z3/config-abc123.yaml': record,
      'outputs/2024-05-01/12-00-00/.hydra/config.yaml': TRAINING,
      'lightning_logs/version_0/hparams.yaml': TRAINING,
      'mlruns/0/meta.yaml': TRAINING,
      // A project's own folder named like a W&B run folder, but not below `wandb/`, is walked.
      'experiments/run-1/config.yaml': TRAINING,
    });
    const run = runCli(['check', '--format', 'json'], { cwd: project.dir });
    expect(checkedFiles(run.stdout)).toEqual(['configs/train.yaml', 'experiments/run-1/config.yaml']);
    const named = runCli(['check', '--format', 'json', 'wandb/run-20240501_120000-abc123/files/config.yaml'], { cwd: project.dir });
    expect(checkedFiles(named.stdout)).toEqual(['wandb/run-20240501_120000-abc123/files/config.yaml']);
  });

  it('finds a DeepSpeed file that sets only ZeRO, and reports one that does not parse', () => {
    const zero = '{\n  "zero_optimization": {\n    "stage": 2,\n    "offload_optimizer": {"device": "cpu"},\n    "overlap_comm": true\n  }\n}\n';
    const project = newProject({
      'configs/deepspeed/zero2.json': zero,
      // A trailing comma: json.load (DeepSpeed's loader) refuses the file.
      'configs/deepspeed/broken.json': zero.replace('"overlap_comm": true', '"overlap_comm": true,'),
    });
    const run = runCli(['check', '--format', 'json'], { cwd: project.dir });
    expect(checkedFiles(run.stdout)).toEqual(['configs/deepspeed/broken.json', 'configs/deepspeed/zero2.json']);
    expect(flatten(run.stdout)).toEqual([{ file: 'configs/deepspeed/broken.json', ruleId: 'parse-error', severity: 'error', line: 6, column: 3 }]);
  });

  it('finds an Accelerate launcher config, which sets no hyperparameter (Motion-LoRA\'s `distributed_type: NO`)', () => {
    const launcher = 'compute_environment: LOCAL_MACHINE\ndistributed_type: NO\nmachine_rank: 0\nmain_training_function: main\nmixed_precision: bf16\nnum_machines: 1\nnum_processes: 1\n';
    const project = newProject({ 'scripts/accelerate_configs/single_gpu.yaml': launcher, 'mkdocs.yml': 'site_name: docs\ntheme: material\n' });
    const run = runCli(['check', '--format', 'json'], { cwd: project.dir });
    expect(checkedFiles(run.stdout)).toEqual(['scripts/accelerate_configs/single_gpu.yaml']);
    expect(flatten(run.stdout)).toEqual([{ file: 'scripts/accelerate_configs/single_gpu.yaml', ruleId: 'yaml11-boolean-string', severity: 'warn', line: 2, column: 19 }]);
  });

  it('finds a W&B sweep that searches a single hyperparameter (AkuSax: `lr` between `1e-5` and `5e-4`)', () => {
    const sweep = 'program: train_ctm.py\nmethod: random\nparameters:\n  lr:\n    distribution: log_uniform_values\n    min: 1e-5\n    max: 5e-4\n  alpha:\n    min: 0.5\n    max: 4.0\n';
    const project = newProject({ 'sweep.yaml': sweep, 'search.yaml': sweep.replace('program: train_ctm.py\nmethod: random\n', '') });
    const run = runCli(['check', '--format', 'json'], { cwd: project.dir });
    // Without `method` or `program`, a `parameters` mapping is no sweep: one hyperparameter is not enough there.
    expect(checkedFiles(run.stdout)).toEqual(['sweep.yaml']);
    expect(flatten(run.stdout).map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['6:10 yaml-sci-notation-string', '7:10 yaml-sci-notation-string']);
  });

  it("finds a config whose only known settings are two learning rates (multiagent-quadruped's `lr` and `critic_lr`)", () => {
    const ppo = 'seed: 0\nlr: 7e-4\ncritic_lr: 7e-4\nepisode_length: 200\nuse_recurrent_policy: true\n';
    const project = newProject({ 'cfgs/ppo.yaml': ppo, 'cfgs/notes.yaml': ppo.replace('critic_lr: 7e-4\n', '') });
    const run = runCli(['check', '--format', 'json'], { cwd: project.dir });
    expect(checkedFiles(run.stdout)).toEqual(['cfgs/ppo.yaml']);
    expect(flatten(run.stdout).map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['2:5 yaml-sci-notation-string', '3:12 yaml-sci-notation-string']);
  });

  it('is the default command: `mlconfig` alone checks the working directory', () => {
    const project = newProject({ 'train.yaml': TRAINING });
    const run = runCli([], { cwd: project.dir });
    expect(run.stdout).toContain('train.yaml:1:5  warning  Learning rate 0.5 is high');
    expect(run.stdout).toContain('1 problem (0 errors, 1 warning, 0 infos) in 1 file checked.');
    expect(run.code).toBe(0);
  });

  it('respects .gitignore files, nested ones included, and skips node_modules', () => {
    const project = newProject({
      '.gitignore': 'outputs/\n*.local.yaml\n',
      'outputs/run-1/config.yaml': TRAINING,
      'mine.local.yaml': TRAINING,
      'node_modules/some-pkg/train.yaml': TRAINING,
      'exp/.gitignore': 'scratch/\n!keep.local.yaml\n',
      'exp/scratch/train.yaml': TRAINING,
      'exp/keep.local.yaml': TRAINING,
      'exp/a/train.yaml': TRAINING,
      'other/scratch/train.yaml': TRAINING, // the nested rule applies under exp/ only
    });
    const run = runCli(['check', '--format', 'json'], { cwd: project.dir });
    expect(checkedFiles(run.stdout)).toEqual(['exp/a/train.yaml', 'exp/keep.local.yaml', 'other/scratch/train.yaml']);
  });

  it('applies .gitignore files above the working directory, up to the repository root', () => {
    const project = newProject({ '.git/HEAD': 'ref: refs/heads/main\n', '.gitignore': 'runs/\n', 'configs/runs/train.yaml': TRAINING, 'configs/train.yaml': TRAINING });
    const run = runCli(['check', '--format', 'json'], { cwd: project.path('configs') });
    expect(checkedFiles(run.stdout)).toEqual(['train.yaml']);
  });

  it('reports a file the settings list under `files` even with fewer than two hyperparameters', () => {
    const project = newProject({ '.mlconfigrc.yaml': 'files: ["sweeps/*.yaml"]\n', 'sweeps/lr.yaml': 'lr: 0.9\n', 'notes/lr.yaml': 'lr: 0.9\n' });
    const run = runCli(['check', '--format', 'json'], { cwd: project.dir });
    expect(run.stderr).toBe('');
    expect(flatten(run.stdout)).toEqual([{ file: 'sweeps/lr.yaml', ruleId: 'lr-without-schedule', severity: 'warn', line: 1, column: 5 }]);
  });

  it('skips what `ignores` lists', () => {
    const project = newProject({ '.mlconfigrc.json': '{ "ignores": ["legacy/**"] }\n', 'legacy/train.yaml': TRAINING, 'train.yaml': TRAINING });
    const run = runCli(['check', '--format', 'json'], { cwd: project.dir });
    expect(checkedFiles(run.stdout)).toEqual(['train.yaml']);
  });

  it('says so when nothing is found', () => {
    const project = newProject({ 'README.md': '# nothing to see\n' });
    const run = runCli(['check'], { cwd: project.dir });
    expect(run.stdout).toBe('✔ No problems found in 0 files.\n');
    expect(run.code).toBe(0);
  });
});

describe('mlconfig check with paths', () => {
  it('always checks files named on the command line, whatever they contain', () => {
    const project = newProject({ 'one.yaml': 'lr: 0.5\n', 'tsconfig.json': '{ "compilerOptions": {} }\n' });
    const run = runCli(['check', '--format', 'json', 'one.yaml', 'tsconfig.json', 'package.json'], { cwd: project.dir });
    expect(checkedFiles(run.stdout)).toEqual(['one.yaml', 'package.json', 'tsconfig.json']);
    expect(flatten(run.stdout)).toEqual([{ file: 'one.yaml', ruleId: 'lr-without-schedule', severity: 'warn', line: 1, column: 5 }]);
  });

  it('checks a named file even when .gitignore or node_modules would hide it', () => {
    const project = newProject({ '.gitignore': 'outputs/\n', 'outputs/train.yaml': TRAINING, 'node_modules/x/train.yaml': TRAINING });
    const run = runCli(['check', '--format', 'json', 'outputs/train.yaml', 'node_modules/x/train.yaml'], { cwd: project.dir });
    expect(checkedFiles(run.stdout)).toEqual(['node_modules/x/train.yaml', 'outputs/train.yaml']);
  });

  it('expands globs, and every match is checked', () => {
    const project = newProject({ 'configs/a.yaml': 'lr: 0.5\n', 'configs/b.yaml': TRAINING, 'configs/deep/c.yaml': TRAINING, 'configs/d.json': '{"lr": 0.5}' });
    const run = runCli(['check', '--format', 'json', 'configs/*.yaml'], { cwd: project.dir });
    expect(checkedFiles(run.stdout)).toEqual(['configs/a.yaml', 'configs/b.yaml']);
    const deep = runCli(['check', '--format', 'json', 'configs/**/*.{yaml,json}'], { cwd: project.dir });
    expect(checkedFiles(deep.stdout)).toEqual(['configs/a.yaml', 'configs/b.yaml', 'configs/d.json', 'configs/deep/c.yaml']);
  });

  it('walks a named folder like the working directory: by content, honouring .gitignore', () => {
    const project = newProject({ 'configs/.gitignore': 'old/\n', 'configs/old/train.yaml': TRAINING, 'configs/train.toml': '[optimizer]\nlr = 0.5\n[training]\nsteps = 100\n', 'configs/ci.yml': GITHUB_WORKFLOW, 'top.yaml': TRAINING });
    const run = runCli(['check', '--format', 'json', 'configs'], { cwd: project.dir });
    expect(checkedFiles(run.stdout)).toEqual(['configs/train.toml']);
  });

  it('checks a file once when several arguments name it', () => {
    const project = newProject({ 'train.yaml': TRAINING });
    const run = runCli(['check', '--format', 'json', 'train.yaml', './train.yaml', '*.yaml', '.'], { cwd: project.dir });
    expect(checkedFiles(run.stdout)).toEqual(['train.yaml']);
  });

  it('exits 2 when a pattern matches nothing, naming the pattern', () => {
    const project = newProject({ 'train.yaml': TRAINING });
    const run = runCli(['check', 'train.yaml', 'nope/*.yaml'], { cwd: project.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('mlconfig: No files matching the pattern "nope/*.yaml" were found.\nRun `mlconfig --help` for usage.\n');
    expect(run.stdout).toBe('');
  });
});
