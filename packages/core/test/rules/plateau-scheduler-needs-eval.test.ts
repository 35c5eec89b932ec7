import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { HF_ARGUMENTS_BLOCK, findings, positions } from '../helpers.js';

const RULE = 'plateau-scheduler-needs-eval';

describe(RULE, () => {
  it('flags reduce_lr_on_plateau with the default eval strategy "no" (YAML and JSON)', () => {
    const d = findings(RULE, 'per_device_train_batch_size: 8\nlr_scheduler_type: reduce_lr_on_plateau\n');
    expect(positions(d)).toEqual(['2:20']);
    expect(d[0]!.message).toBe('reduce_lr_on_plateau needs an evaluation strategy, but evaluation is off.');
    const json = '{"per_device_train_batch_size": 8, "lr_scheduler_type": "reduce_lr_on_plateau", "eval_strategy": "no"}';
    expect(positions(findings(RULE, json, 'json'))).toEqual([`1:${json.indexOf('"no"') + 1}`]);
  });

  it('reads a nested block a program hands to TrainingArguments whole, where only a written "no" counts', () => {
    const off = findings(RULE, `${HF_ARGUMENTS_BLOCK}  lr_scheduler_type: reduce_lr_on_plateau\n  eval_strategy: "no"\n`);
    expect(positions(off)).toEqual(['9:18']);
    // Unset in a nested block: the program may set the strategy itself.
    expect(findings(RULE, `${HF_ARGUMENTS_BLOCK}  lr_scheduler_type: reduce_lr_on_plateau\n`)).toEqual([]);
    expect(findings(RULE, `${HF_ARGUMENTS_BLOCK}  lr_scheduler_type: reduce_lr_on_plateau\n  eval_strategy: epoch\n`)).toEqual([]);
  });

  it('flags LightningCLI torch ReduceLROnPlateau and the Lightning class without a monitor', () => {
    const torch = findings(RULE, 'trainer:\n  max_epochs: 10\nlr_scheduler:\n  class_path: torch.optim.lr_scheduler.ReduceLROnPlateau\n  init_args:\n    patience: 2\n');
    expect(positions(torch)).toEqual(['4:15']);
    expect(torch[0]!.message).toBe('torch ReduceLROnPlateau in LightningCLI gets no monitor, so Lightning refuses it.');
    const noMonitor = findings(RULE, 'trainer:\n  max_epochs: 10\nlr_scheduler:\n  class_path: lightning.pytorch.cli.ReduceLROnPlateau\n  init_args:\n    patience: 2\n');
    expect(noMonitor[0]!.message).toBe('ReduceLROnPlateau needs `init_args.monitor` to name the metric it watches.');
    // A monitor written for torch's class, which has no such parameter: the finding says where it belongs.
    const monitorOnTorch = findings(RULE, 'trainer:\n  max_epochs: 10\nlr_scheduler:\n  class_path: torch.optim.lr_scheduler.ReduceLROnPlateau\n  init_args:\n    patience: 2\n    monitor: val_loss\n');
    expect(positions(monitorOnTorch)).toEqual(['4:15']);
    expect(monitorOnTorch[0]!.message).toBe("torch ReduceLROnPlateau takes no `monitor`; only LightningCLI's own subclass does.");
    expect(monitorOnTorch[0]!.explanation).toContain('`init_args.monitor` is not a parameter of torch\'s class');
  });

  it('stays quiet with evaluation on, with a monitor, in Hydra configs and in axolotl without an explicit "no"', () => {
    expect(findings(RULE, 'per_device_train_batch_size: 8\nlr_scheduler_type: reduce_lr_on_plateau\neval_strategy: epoch\n')).toEqual([]);
    expect(findings(RULE, 'trainer:\n  max_epochs: 10\nlr_scheduler:\n  class_path: lightning.pytorch.cli.ReduceLROnPlateau\n  init_args:\n    monitor: val_loss\n')).toEqual([]);
    // F11: the lightning-hydra-template's monitor is set in configure_optimizers.
    expect(findings(RULE, 'trainer:\n  _target_: lightning.pytorch.trainer.Trainer\n  max_epochs: 10\nmodel:\n  scheduler:\n    _target_: torch.optim.lr_scheduler.ReduceLROnPlateau\n    _partial_: true\n    mode: min\n')).toEqual([]);
    expect(findings(RULE, 'base_model: m\nmicro_batch_size: 2\nsequence_len: 512\nlr_scheduler: reduce_lr_on_plateau\nval_set_size: 0.05\n')).toEqual([]);
    // A monitor written beside class_path: the program reading the block has its metric (flood-segmentation scripts).
    expect(findings(RULE, 'trainer:\n  max_epochs: 10\nlr_scheduler:\n  class_path: torch.optim.lr_scheduler.ReduceLROnPlateau\n  init_args:\n    mode: max\n  monitor: validation_miou\n')).toEqual([]);
  });

  it("leaves a ReduceLROnPlateau alone when the project's configure_optimizers returns it with a monitor (matten)", () => {
    const text = 'trainer:\n  max_epochs: 10\noptimizer:\n  class_path: torch.optim.Adam\nlr_scheduler:\n  class_path: torch.optim.lr_scheduler.ReduceLROnPlateau\n  init_args:\n    mode: min\n';
    const run = (scripts: Record<string, string>) =>
      lint(text, { format: 'yaml', filePath: 'config.yaml', scripts, settings: { extends: [], frameworks: ['lightning'], rules: { [RULE]: 'error' } } }).diagnostics.filter((d) => d.ruleId === RULE);
    expect(run({})).toHaveLength(1);
    expect(run({ schedulerMonitorInScripts: '`"monitor": self.monitor_key` in the `configure_optimizers` of src/model.py' })).toEqual([]);
  });

  it("leaves matten's files alone without its code: its CLI hands the block to a model that returns the monitor (a user's run)", () => {
    // ozakary/data-Xe_at_CC3_at_TBA keeps matten's atomic_tensor.yaml with no Python beside it.
    const matten = 'seed_everything: 35\ndata:\n  tensor_target_name: nmr_tensor\n  atom_selector: atom_selector\n  tensor_target_formula: ij=ji\n  r_cut: 5.0\n' +
      'model:\n  species_embedding_dim: 16\n  irreps_edge_sh: 0e + 1o + 2e\n  output_format: irreps\n  output_formula: ij=ji\ntrainer:\n  max_epochs: 5000\n' +
      'optimizer:\n  class_path: torch.optim.Adam\n  init_args:\n    lr: 0.01\nlr_scheduler:\n  class_path: torch.optim.lr_scheduler.ReduceLROnPlateau\n  init_args:\n    mode: min\n';
    expect(findings(RULE, matten)).toEqual([]);
    expect(findings(RULE, matten.replace(/tensor_target_\w+|atom_selector|output_formula|irreps_edge_sh/g, (k) => `x_${k}`))).toHaveLength(1);
  });
});
