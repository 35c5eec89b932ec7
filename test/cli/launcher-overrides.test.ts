/**
 * Hydra overrides in a shell launcher, end to end with the built CLI: FastHuBERT's `fasthubert_finetune.sh` runs
 * fairseq's Hydra app on `config/finetune/base_100h.yaml` with `optimization.max_update=80000` and a new warmup on the
 * command line, so the file's run length and warmup never run and no rule judges them.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { rulesAt, tempProjects } from './temp-project.js';

const newProject = tempProjects();

/** A tri-stage schedule that warms up for 8,000 of 25,000 updates (32%), its phases adding up to the run. */
const CONFIG = 'optimization:\n  max_update: 25000\n  lr: [0.00002]\noptimizer:\n  _name: adam\nlr_scheduler:\n  _name: tri_stage\n  warmup_steps: 8000\n  hold_steps: 0\n  decay_steps: 17000\n';
const LAUNCHER = [
  'export CUDA_VISIBLE_DEVICES=4',
  'python fairseq_cli/hydra_train.py \\',
  '-m \\',
  '--config-dir /mnt/lustre/me/FastHuBERT/config/finetune \\',
  '--config-name base_100h \\',
  'optimization.max_update=80000 \\',
  'lr_scheduler.warmup_steps=8000 \\',
  'lr_scheduler.hold_steps=32000 \\',
  '',
].join('\n');
const REPOSITORY = { '.git/HEAD': 'ref: refs/heads/main\n', 'config/finetune/base_100h.yaml': CONFIG };

const reported = (files: Record<string, string>): string[] => rulesAt(runCli(['check', '--format', 'json', '--preset', 'strict', 'config/finetune/base_100h.yaml'], { cwd: newProject(files).dir }).stdout);

describe('settings a shell launcher overrides with Hydra', () => {
  it('judges neither the warmup nor the run length the launcher replaces', () => {
    expect(reported(REPOSITORY)).toEqual(['warmup-too-long 8:17']);
    expect(reported({ ...REPOSITORY, 'finetune/fasthubert_finetune.sh': LAUNCHER })).toEqual([]);
  });

  it('still judges them when the launcher names another config, or overrides other keys', () => {
    expect(reported({ ...REPOSITORY, 'finetune/run.sh': LAUNCHER.replace('--config-name base_100h', '--config-name base_10h') })).toEqual(['warmup-too-long 8:17']);
    expect(reported({ ...REPOSITORY, 'finetune/run.sh': LAUNCHER.replace('config/finetune', 'config/pretrain') })).toEqual(['warmup-too-long 8:17']);
    const others = LAUNCHER.replace('optimization.max_update=80000 \\\n', '').replace('lr_scheduler.warmup_steps=8000 \\\n', '');
    expect(reported({ ...REPOSITORY, 'finetune/run.sh': others })).toEqual(['warmup-too-long 8:17']);
  });

  it('does not trust a cached result after the launcher changes', () => {
    const project = newProject({ ...REPOSITORY, 'finetune/run.sh': LAUNCHER });
    const check = (): string[] => rulesAt(runCli(['check', '--cache', '--format', 'json', '--preset', 'strict', 'config/finetune/base_100h.yaml'], { cwd: project.dir }).stdout);
    expect(check()).toEqual([]);
    project.write({ 'finetune/run.sh': LAUNCHER.replace('--config-name base_100h', '--config-name base_10h') });
    expect(check()).toEqual(['warmup-too-long 8:17']);
  });
});

describe('settings a shell launcher overrides for a Hydra app without naming a config', () => {
  const APP = '@hydra.main(version_base="1.3", config_path="../configs", config_name="train.yaml")\ndef main(cfg):\n    pass\n';
  const PROJECT = { '.git/HEAD': 'ref: refs/heads/main\n', 'configs/train.yaml': CONFIG, 'src/train.py': `import hydra\n\n${APP}` };
  const check = (files: Record<string, string>): string[] => rulesAt(runCli(['check', '--format', 'json', '--preset', 'strict', 'configs/train.yaml'], { cwd: newProject(files).dir }).stdout);

  it('replaces the keys of the primary config the script it runs names (lightning-hydra-template layout)', () => {
    expect(check(PROJECT)).toEqual(['warmup-too-long 8:17']);
    expect(check({ ...PROJECT, 'scripts/schedule.sh': 'python src/train.py optimization.max_update=80000 lr_scheduler.warmup_steps=8000\n' })).toEqual([]);
  });

  it('leaves them when the launcher runs another script, or the script is no Hydra app for this file', () => {
    expect(check({ ...PROJECT, 'scripts/schedule.sh': 'python src/eval.py optimization.max_update=80000\n' })).toEqual(['warmup-too-long 8:17']);
    const other = { ...PROJECT, 'src/train.py': `import hydra\n\n${APP.replace('config_name="train.yaml"', 'config_name="eval.yaml"')}` };
    expect(check({ ...other, 'scripts/schedule.sh': 'python src/train.py optimization.max_update=80000\n' })).toEqual(['warmup-too-long 8:17']);
  });
});
