import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'warmup-steps-ratio-exclusive';

describe(RULE, () => {
  it('flags axolotl warmup_steps with warmup_ratio, on the ratio key', () => {
    const d = findings(RULE, 'base_model: x\nmicro_batch_size: 1\nsequence_len: 1024\nwarmup_steps: 10\nwarmup_ratio: 0.1\n');
    expect(positions(d)).toEqual(['5:1']);
    expect([d[0].endLine, d[0].endColumn]).toEqual([5, 13]);
    expect(d[0].message).toBe('Warmup is set both as 10 steps and as ratio 0.1.');
    expect(d[0].explanation).toContain('axolotl rejects the config');
  });

  it('flags HF Trainer arguments in JSON and says the steps win', () => {
    const d = findings(RULE, '{"per_device_train_batch_size": 8, "warmup_steps": 100, "warmup_ratio": 0.05}', 'json');
    expect(positions(d)).toEqual(['1:57']);
    expect(d[0].message).toBe('Warmup is set both as 100 steps and as ratio 0.05.');
    expect(d[0].explanation).toContain('HF Trainer uses the steps');
  });

  it('flags a NeMo scheduler block, which asserts, and a TOML table', () => {
    const nemo = findings(RULE, 'model:\n  optim:\n    name: adamw\n    sched:\n      name: CosineAnnealing\n      warmup_steps: 100\n      warmup_ratio: 0.05\ntrainer:\n  devices: 1\nexp_manager:\n  exp_dir: null\n');
    expect(positions(nemo)).toEqual(['7:7']);
    expect(nemo[0].explanation).toContain('Either use particular number of step or ratio');
    expect(positions(findings(RULE, '[lr_scheduler]\nwarmup_steps = 10\nwarmup_ratio = 0.1\n', 'toml'))).toEqual(['3:1']);
  });

  it('accepts one of them set to zero or null (NeMo citrinet: warmup_steps: null)', () => {
    expect(findings(RULE, 'warmup_steps: 0\nwarmup_ratio: 0.1\nper_device_train_batch_size: 1\n')).toEqual([]);
    expect(findings(RULE, 'warmup_steps: 100\nwarmup_ratio: 0.0\nper_device_train_batch_size: 1\n')).toEqual([]);
    expect(findings(RULE, 'model:\n  optim:\n    sched:\n      name: CosineAnnealing\n      warmup_steps: null\n      warmup_ratio: 0.05\n')).toEqual([]);
  });

  it('does not pair settings from different blocks, or placeholders', () => {
    expect(findings(RULE, 'warmup_steps: 100\nscheduler:\n  warmup_ratio: 0.05\n')).toEqual([]);
    expect(findings(RULE, '{"scheduler": {"params": {"warmup_num_steps": "auto"}}, "warmup_ratio": 0.1}', 'json')).toEqual([]);
  });

  it("reads mmcv's warmup_ratio beside warmup_iters or a warmup type as the starting factor (jittordet, mmdet ports)", () => {
    const jittordet = 'scheduler:\n  - type: WarmUpLR\n    warmup_ratio: 0.001\n    warmup_iters: 500\n    warmup: linear\n  - type: MultiStepLR\n    milestones: [8, 11]\n';
    expect(findings(RULE, jittordet)).toEqual([]);
    expect(findings(RULE, 'lr_config:\n  policy: step\n  warmup: exp\n  warmup_steps: 500\n  warmup_ratio: 0.1\n')).toEqual([]);
    // AFA's PolyWarmupAdamW (batch 244): `warmup_iter` and the factor the rate starts from.
    expect(findings(RULE, 'scheduler:\n  warmup_iter: 1500\n  warmup_ratio: 1e-6\n  power: 1.0\n')).toEqual([]);
    // The same pair without mmcv's siblings is still two lengths.
    expect(positions(findings(RULE, 'scheduler:\n  warmup: true\n  warmup_steps: 500\n  warmup_ratio: 0.1\n'))).toEqual(['4:3']);
  });
});
