import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'warmup-start-above-lr';

describe(RULE, () => {
  it("flags an ALBEF-style schedule whose warmup starts ten times above its rate, on the start's value", () => {
    const albef = 'optimizer: {opt: adamW, lr: 1e-6, weight_decay: 0.02}\nschedular: {sched: cosine, lr: 1e-6, epochs: 5, min_lr: 1e-7, decay_rate: 1, warmup_lr: 1e-5, warmup_epochs: 1, cooldown_epochs: 0}\n';
    const d = findings(RULE, albef);
    expect(positions(d)).toEqual(['2:89']);
    expect(d[0]!.message).toBe('The warmup starts at 1e-5, above the learning rate 1e-6 it warms up to.');
    expect(d[0]!.explanation).toMatch(/^`schedular\.warmup_lr` is 1e-5, 10 times `schedular\.lr` \(1e-6\)\./);
    expect(d[0]!.explanation).toMatch(/swapped\.$/);
    // The same file with the usual start, or a start equal to the rate (ALBEF's COCO retrieval config), is fine.
    expect(findings(RULE, albef.replace('warmup_lr: 1e-5', 'warmup_lr: 1e-7'))).toEqual([]);
    expect(findings(RULE, albef.replace('warmup_lr: 1e-5', 'warmup_lr: 1e-6'))).toEqual([]);
  });

  it("reads Swin's, LAVIS's, fairseq's and Megatron's names, in JSON and TOML too", () => {
    expect(positions(findings(RULE, 'TRAIN:\n  EPOCHS: 300\n  WARMUP_EPOCHS: 20\n  BASE_LR: 5e-4\n  WARMUP_LR: 5e-3\n  MIN_LR: 5e-6\n'))).toEqual(['5:14']);
    // LAVIS: `init_lr` is the peak the warmup climbs to.
    expect(positions(findings(RULE, 'run:\n  lr_sched: linear_warmup_cosine_lr\n  init_lr: 1e-5\n  min_lr: 0\n  warmup_lr: 1e-4\n  warmup_steps: 1000\n'))).toEqual(['5:14']);
    // fairseq's arguments as its checkpoints and logs write them.
    const fairseq = '{"arch": "transformer", "optimizer": "adam", "lr": 0.0005, "lr_scheduler": "inverse_sqrt", "warmup_updates": 4000, "warmup_init_lr": 0.001}';
    expect(positions(findings(RULE, fairseq, 'json'))).toEqual(['1:134']);
    expect(positions(findings(RULE, 'lr = 3e-4\nlr_warmup_iters = 2000\nlr_warmup_init = 1e-3\ntrain_iters = 100000\n', 'toml'))).toEqual(['3:18']);
  });

  it('stays quiet without a warmup, with one of length 0, on phases of their own and on rates scaled by the batch', () => {
    // No warmup length beside the start: what it means is not known.
    expect(findings(RULE, 'lr: 1e-4\nwarmup_lr: 1e-3\nepochs: 10\n')).toEqual([]);
    expect(findings(RULE, 'lr: 1e-4\nwarmup_lr: 1e-3\nwarmup_epochs: 0\nepochs: 10\n')).toEqual([]);
    // A prefixed name is the constant rate of a separate phase (an embedding-only phase before the run).
    expect(findings(RULE, 'lr: 1e-5\nembedding_warmup_steps: 2200\nembedding_warmup_lr: 5e-5\n')).toEqual([]);
    // Ultralytics' biases start at `warmup_bias_lr` and fall to `lr0` on purpose.
    expect(findings(RULE, 'lr0: 0.01\nlrf: 0.01\nwarmup_epochs: 3.0\nwarmup_bias_lr: 0.1\n')).toEqual([]);
    // MAE's `blr` is multiplied by the batch over 256 before use.
    expect(findings(RULE, 'blr: 1.5e-4\nwarmup_lr: 1e-3\nwarmup_epochs: 40\nbatch_size: 4096\n')).toEqual([]);
    // A placeholder says nothing yet, and the maximum of DeepSpeed's WarmupLR is min-lr-above-lr's to judge.
    expect(findings(RULE, 'lr: ${optim.lr}\nwarmup_lr: 1e-3\nwarmup_steps: 100\n')).toEqual([]);
    expect(findings(RULE, '{"scheduler": {"type": "WarmupLR", "params": {"warmup_min_lr": 1e-3, "warmup_max_lr": 1e-4, "warmup_num_steps": 100}}}', 'json')).toEqual([]);
  });

  it("takes the run's rate when none is beside the start", () => {
    const timm = 'optimizer:\n  name: adamw\n  lr: 5e-5\nscheduler:\n  sched: cosine\n  warmup_epochs: 5\n  warmup_lr: 1e-4\n  min_lr: 1e-6\n';
    expect(positions(findings(RULE, timm))).toEqual(['7:14']);
    expect(findings(RULE, timm.replace('lr: 5e-5', 'lr: 5e-4'))).toEqual([]);
    // timm's own argument names, in a block Hydra instantiates.
    const hydra = 'optimizer:\n  lr: 1e-4\nlr_scheduler:\n  _target_: timm.scheduler.cosine_lr.CosineLRScheduler\n  t_initial: 100\n  warmup_t: 3\n  warmup_lr_init: 1e-3\n';
    expect(positions(findings(RULE, hydra))).toEqual(['7:19']);
    // Several rates beside the start and none named for it: which one it warms up to is not known.
    expect(findings(RULE, 'lr: 1e-4\nfeedback:\n  warmup_steps: 80\n  warmup_lr: 0.012\n  kan_lr: 0.006\n  adapter_lr: 0.004\n')).toEqual([]);
  });

  it("flags a warmup factor above 1 (detectron2's `WARMUP_FACTOR`), not one at 1 or below, nor without a warmup", () => {
    const detectron2 = 'SOLVER:\n  BASE_LR: 0.02\n  MAX_ITER: 90000\n  WARMUP_FACTOR: 1000\n  WARMUP_ITERS: 1000\n';
    const d = findings(RULE, detectron2);
    expect(positions(d)).toEqual(['4:18']);
    expect(d[0]!.message).toBe('The warmup starts at 1000 times the learning rate, above the rate it warms up to.');
    expect(d[0]!.explanation).toMatch(/^`SOLVER\.WARMUP_FACTOR` is the multiple of the learning rate/);
    expect(findings(RULE, detectron2.replace('WARMUP_FACTOR: 1000', 'WARMUP_FACTOR: 0.001'))).toEqual([]);
    expect(findings(RULE, detectron2.replace('WARMUP_FACTOR: 1000', 'WARMUP_FACTOR: 1.0'))).toEqual([]);
    expect(findings(RULE, detectron2.replace('WARMUP_ITERS: 1000', 'WARMUP_ITERS: 0'))).toEqual([]);
    // The same name in a lowercase scheduler block; OLMo's `grad_clip_warmup_factor` widens the clipping threshold.
    expect(positions(findings(RULE, 'lr: 0.1\nsched:\n  name: warmup_multistep\n  warmup_iters: 500\n  warmup_factor: 3\n'))).toEqual(['5:18']);
    expect(findings(RULE, 'lr: 1e-4\nmax_duration: 1000\ngrad_clip_warmup_steps: 1000\ngrad_clip_warmup_factor: 10.0\n')).toEqual([]);
    // A replay warmup of twice the batch (a DreamerV3 port), with no learning rate beside it, is not the rate's warmup.
    expect(findings(RULE, 'replay:\n  warmup_factor: 2\n  warmup_steps: 1000\noptimization:\n  world_model_lr: 1e-4\n  actor_lr: 3e-5\n')).toEqual([]);
  });
});
