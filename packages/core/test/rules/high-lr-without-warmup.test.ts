import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'high-lr-without-warmup';

describe(RULE, () => {
  it('flags a high Adam-family rate without warmup in an HF config', () => {
    const d = findings(RULE, 'per_device_train_batch_size: 16\nlearning_rate: 5.0e-3\nlr_scheduler_type: cosine\n');
    expect(positions(d)).toEqual(['2:16']);
    expect(d[0]!.message).toBe('Learning rate 0.005 is high for AdamW and is applied from the first step without warmup.');
  });

  it('flags Hydra SGD above 0.1 per 256 without warmup (JSON)', () => {
    expect(findings(RULE, '{"optimizer": {"_target_": "torch.optim.SGD", "lr": 0.4}, "data": {"batch_size": 256}, "scheduler": {"_target_": "torch.optim.lr_scheduler.CosineAnnealingLR", "T_max": 90}}', 'json')).toHaveLength(1);
    // The reference rate itself (ResNet's 0.1 at batch 256) trains without warmup in Goyal et al.
    expect(findings(RULE, '{"optimizer": {"_target_": "torch.optim.SGD", "lr": 0.1}, "data": {"batch_size": 256}, "scheduler": {"_target_": "torch.optim.lr_scheduler.CosineAnnealingLR", "T_max": 90}}', 'json')).toEqual([]);
  });

  it('leaves federated SGD alone, which steps at a constant rate from the first round (FLUTE)', () => {
    const flute = 'server_config:\n  max_iteration: 3500\n  num_clients_per_iteration: 10\nclient_config:\n  batch_size: 2048\n  meta_optimizer_config:\n    lr: 1.0\n    type: sgd\n';
    expect(findings(RULE, flute)).toEqual([]);
    // Without the federated settings, the same rate is reported.
    expect(positions(findings(RULE, flute.replace('server_config:\n  max_iteration: 3500\n  num_clients_per_iteration: 10\n', 'epochs: 90\n')))).toEqual(['5:9']);
  });

  it('stays quiet with warmup, one-cycle schedules, default-warmup frameworks, and tabular rates', () => {
    expect(findings(RULE, 'per_device_train_batch_size: 16\nlearning_rate: 5.0e-3\nlr_scheduler_type: cosine\nwarmup_ratio: 0.03\n')).toEqual([]);
    expect(findings(RULE, 'per_device_train_batch_size: 16\nlearning_rate: 5.0e-3\nlr_scheduler_type: constant_with_warmup\n')).toEqual([]);
    expect(findings(RULE, 'optimizer:\n  _target_: torch.optim.AdamW\n  lr: 0.01\nscheduler:\n  _target_: torch.optim.lr_scheduler.OneCycleLR\n  max_lr: 0.01\n')).toEqual([]);
    expect(findings(RULE, '_BASE_: b.yaml\nMODEL:\n  META_ARCHITECTURE: x\nSOLVER:\n  IMS_PER_BATCH: 16\n  BASE_LR: 0.5\n  MAX_ITER: 1000\n')).toEqual([]);
    // Ludwig AutoML's tabular defaults: Adam at 0.01 trains small networks fine without warmup.
    expect(findings(RULE, 'input_features: [{name: x, type: number}]\noutput_features: [{name: y, type: binary}]\ntrainer:\n  learning_rate: 0.01\n  batch_size: 256\n')).toEqual([]);
    expect(findings(RULE, 'per_device_train_batch_size: 16\nlearning_rate: 5.0e-3\nlr_scheduler_type: cosine\nwarmup_steps: ${oc.env:WARMUP}\n')).toEqual([]);
    // meta-pseudo-labels-pytorch's `comm.n_warmup`, the steps its GradualWarmupScheduler warms up over.
    const mpl = 'optim:\n  name: sgd\n  momentum: 0.9\ncomm:\n  n_steps: 1000000\n  n_warmup: 2000\ntchr:\n  lr: 0.125\n';
    expect(findings(RULE, mpl)).toEqual([]);
    expect(positions(findings(RULE, mpl.replace('  n_warmup: 2000\n', '')))).toEqual(['7:7']);
  });

  it('counts a framework\'s default warmup only while the file leaves it on, and judges LLM trainers by the transformer threshold', () => {
    const torchtitan = (warmup: string) =>
      `[job]\ndump_folder = "outputs"\n\n[model]\nname = "llama3"\nflavor = "debugmodel"\n\n[optimizer]\nname = "AdamW"\nlr = 0.01\n\n[lr_scheduler]\n${warmup}decay_type = "linear"\n\n[training]\nlocal_batch_size = 8\nseq_len = 2048\nsteps = 1000\n`;
    // torchtitan warms up for 200 steps unless told otherwise; `warmup_steps = 0` turns that off (1-Bit-Wonder).
    expect(findings(RULE, torchtitan(''), 'toml')).toEqual([]);
    const d = findings(RULE, torchtitan('warmup_steps = 0\n'), 'toml');
    expect(positions(d)).toEqual(['10:6']);
    expect(d[0]!.message).toBe('Learning rate 0.01 is high for `AdamW` and is applied from the first step without warmup.');
    expect(findings(RULE, torchtitan('warmup_steps = 100\n'), 'toml')).toEqual([]);
  });
});
