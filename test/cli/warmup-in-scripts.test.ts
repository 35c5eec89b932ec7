/**
 * Warmup-named settings that the project's scripts use as something else, end to end with the built CLI: STHGCN's
 * `warm_up_steps` is RotatE's step where the rate is divided by ten (no warmup at all), and SnAG's trainer runs
 * `epochs` after `warmup_epochs`, so a warmup longer than `epochs` still ends before training does.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { rulesAt, tempProjects } from './temp-project.js';

const newProject = tempProjects();

const reported = (files: Record<string, string>, config: string): string[] =>
  rulesAt(runCli(['check', '--preset', 'strict', '--format', 'json', config], { cwd: newProject(files).dir }).stdout);

const STHGCN = 'run_args:\n  batch_size: 64\n  learning_rate: 0.0001\n  warm_up_steps: 48000\n  cooldown_rate: 1.5\n  max_steps: 100000\n';
const STHGCN_RUN = [
  'import torch',
  '',
  'def train(cfg, model):',
  '    current_learning_rate = cfg.run_args.learning_rate',
  '    optimizer = torch.optim.Adam(model.parameters(), lr=current_learning_rate)',
  '    warm_up_steps = cfg.run_args.warm_up_steps',
  '    for global_step in range(cfg.run_args.max_steps):',
  '        model.step()',
  '        if global_step >= warm_up_steps:',
  '            current_learning_rate = current_learning_rate / 10',
  '            optimizer = torch.optim.Adam(model.parameters(), lr=current_learning_rate)',
  '            warm_up_steps = warm_up_steps * cfg.run_args.cooldown_rate',
  '',
].join('\n');

const SNAG = 'train:\n  batch_size: 2\n  epochs: 3\n  warmup_epochs: 5\n  optimizer:\n    name: adamw\n    lr: 1.e-4\n';
const SNAG_WORKER = [
  'from .modeling import make_optimizer, make_scheduler',
  '',
  'class Trainer:',
  '    def __init__(self, opt):',
  "        self.num_epochs = opt['train']['epochs'] + opt['train']['warmup_epochs']",
  "        self.optimizer = make_optimizer(self.model, opt['train']['optimizer'])",
  '',
].join('\n');

describe('warmup-named settings the scripts use otherwise', () => {
  it("reads RotatE's `warm_up_steps` as the step where the rate is divided, not as a warmup (STHGCN)", () => {
    expect(reported({ 'conf/tky.yml': STHGCN, 'run.py': STHGCN_RUN }, 'conf/tky.yml')).toEqual([]);
    // Without the script it is a warmup of 48% of the run.
    expect(reported({ 'conf/tky.yml': STHGCN }, 'conf/tky.yml')).toEqual(['warmup-too-long 4:18']);
    // Nor is it one in a run of 4 steps (the smoke-test config).
    const smoke = STHGCN.replace('max_steps: 100000', 'max_steps: 4');
    expect(reported({ 'conf/smoke.yml': smoke, 'run.py': STHGCN_RUN }, 'conf/smoke.yml')).toEqual([]);
    expect(reported({ 'conf/smoke.yml': smoke }, 'conf/smoke.yml')).toEqual(['warmup-longer-than-run 4:18']);
  });

  it("reads SnAG's `warmup_epochs` as a phase before the configured epochs", () => {
    expect(reported({ 'opts/mad.yaml': SNAG, 'libs/worker.py': SNAG_WORKER }, 'opts/mad.yaml')).toEqual([]);
    expect(reported({ 'opts/mad.yaml': SNAG }, 'opts/mad.yaml')).toEqual(['warmup-longer-than-run 4:18']);
  });
});
