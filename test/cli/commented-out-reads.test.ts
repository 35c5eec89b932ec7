/**
 * Settings a program stopped reading, end to end with the built CLI: Diffusion-Handwriting-Generation commented out the
 * schedule that read `training_args.warmup_steps`, so the file's warmup never runs and no rule judges it. The project
 * must be walked whole (a repository's top, every folder below it): a script the walk did not reach could read it.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { rulesAt, tempProjects } from './temp-project.js';

const newProject = tempProjects();

const CONFIG = 'training_args:\n  steps: 60000\n  batch_size: 16\n  warmup_steps: 10000\n  channels: 128\noptimizer:\n  type: torch.optim.Adam\n  params:\n    lr: 0.0003\n';
const TRAIN = [
  'import yaml',
  'from scheduler import InvSqrtSchedule',
  '',
  'def main(cfg):',
  '    optimizer = object_from_dict(cfg.optimizer, params=model.parameters())',
  '    # scheduler = InvSqrtSchedule(',
  '    #     optimizer,',
  '    #     warmup_steps=cfg.training_args.warmup_steps,',
  '    # )',
  '    scheduler = None',
  '    loader = DataLoader(ds, batch_size=cfg.training_args.batch_size)',
  '    for count, batch in enumerate(loader):',
  '        if count >= cfg.training_args.steps:',
  '            break',
  '',
].join('\n');
// The scheduler class names the setting as its parameter and its own attribute, which reads no config.
const SCHEDULER = 'class InvSqrtSchedule:\n    def __init__(self, optimizer, warmup_steps=4000):\n        self.warmup_steps = warmup_steps\n';
const REPOSITORY = { '.git/HEAD': 'ref: refs/heads/main\n', 'src/scheduler.py': SCHEDULER };

const reported = (files: Record<string, string>): string[] => rulesAt(runCli(['check', '--format', 'json', '--preset', 'strict', 'configs/base.yml'], { cwd: newProject(files).dir }).stdout);

describe('settings the scripts read only in a commented-out line', () => {
  it('judges no warmup whose only read is commented out', () => {
    expect(reported({ ...REPOSITORY, 'configs/base.yml': CONFIG, 'src/train.py': TRAIN })).toEqual([]);
  });

  it('still judges it once the read is back, or when a script hands the section on whole', () => {
    const uncommented = TRAIN.replace(/^( {4})# /gm, '$1');
    expect(reported({ ...REPOSITORY, 'configs/base.yml': CONFIG, 'src/train.py': uncommented })).toEqual(['warmup-too-long 4:17']);
    const whole = TRAIN.replace('    scheduler = None\n', '    scheduler = build_scheduler(**cfg.training_args)\n');
    expect(reported({ ...REPOSITORY, 'configs/base.yml': CONFIG, 'src/train.py': whole })).toEqual(['warmup-too-long 4:17']);
  });

  it('still judges it where the walk cannot see the whole project (no repository top, folders past its depth)', () => {
    expect(reported({ 'src/scheduler.py': SCHEDULER, 'configs/base.yml': CONFIG, 'src/train.py': TRAIN })).toEqual(['warmup-too-long 4:17']);
    // Four folders down is as deep as the walk looks: a fifth could hold the script that reads the setting.
    const deep = { ...REPOSITORY, 'configs/base.yml': CONFIG, 'src/train.py': TRAIN, 'pkg/a/b/c/d/plan.py': 'x = 1\n' };
    expect(reported(deep)).toEqual(['warmup-too-long 4:17']);
    expect(reported({ ...REPOSITORY, 'configs/base.yml': CONFIG, 'src/train.py': TRAIN, 'pkg/a/b/c/plan.py': 'x = 1\n' })).toEqual([]);
  });

  it('does not trust a cached result after another script starts reading the setting', () => {
    const project = newProject({ ...REPOSITORY, 'configs/base.yml': CONFIG, 'src/train.py': TRAIN });
    const check = (): string[] => rulesAt(runCli(['check', '--cache', '--format', 'json', '--preset', 'strict', 'configs/base.yml'], { cwd: project.dir }).stdout);
    expect(check()).toEqual([]);
    // An edit that changes none of the facts the walk keeps for the folder, only a name its code reads.
    project.write({ 'src/scheduler.py': `${SCHEDULER}\n\ndef from_config(c):\n    return c.training_args.warmup_steps\n` });
    expect(check()).toEqual(['warmup-too-long 4:17']);
  });

  it('keeps reporting what is wrong with the file itself on such a setting', () => {
    const twice = CONFIG.replace('  warmup_steps: 10000\n', '  warmup_steps: 10000\n  warmup_steps: 20000\n');
    expect(reported({ ...REPOSITORY, 'configs/base.yml': twice, 'src/train.py': TRAIN })).toEqual(['duplicate-key 5:3']);
  });
});
