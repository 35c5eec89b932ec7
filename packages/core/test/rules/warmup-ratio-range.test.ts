import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

describe('warmup-ratio-range', () => {
  it('flags a warmup ratio above 1, suggesting a percentage fix', () => {
    const d = findings('warmup-ratio-range', 'learning_rate: 2.0e-5\nlr_scheduler_type: cosine\nwarmup_ratio: 10\n');
    expect(positions(d)).toEqual(['3:15']);
    expect(d[0].message).toBe('Warmup ratio 10 is outside [0, 1].');
    expect(d[0].explanation).toContain('write 0.1');
  });

  it('flags a negative warmup step count in TOML and JSON', () => {
    expect(positions(findings('warmup-ratio-range', '[lr_scheduler]\nwarmup_steps = -5\n', 'toml'))).toEqual(['2:16']);
    const d = findings('warmup-ratio-range', '{"scheduler": {"type": "WarmupLR", "params": {"warmup_num_steps": -1}}}', 'json');
    expect(d[0].message).toBe('Warmup of -1 steps is negative.');
  });

  it('accepts verl\'s negative `lr_warmup_steps`, which hands the warmup to `lr_warmup_steps_ratio`', () => {
    const verl = 'actor_rollout_ref:\n  actor:\n    optim:\n      lr: 1e-6\n      lr_warmup_steps: -1\n      lr_warmup_steps_ratio: 0.\ncritic:\n  optim:\n    lr: 1e-5\n';
    expect(findings('warmup-ratio-range', verl)).toEqual([]);
    expect(positions(findings('warmup-ratio-range', 'optim:\n  lr: 1e-6\n  lr_warmup_steps: -1\n'))).toEqual(['3:20']);
  });

  it('accepts BasicSR\'s `warmup_iter: -1`, its "no warm up", but no other negative iteration count', () => {
    const basicsr = 'train:\n  optim_g:\n    type: Adam\n    lr: !!float 2e-4\n  total_iter: 300000\n  warmup_iter: WARMUP  # no warm up\n';
    expect(findings('warmup-ratio-range', basicsr.replace('WARMUP', '-1'))).toEqual([]);
    expect(positions(findings('warmup-ratio-range', basicsr.replace('WARMUP', '-100')))).toEqual(['6:16']);
  });

  it('accepts ratios in range, zero warmup and placeholders', () => {
    expect(findings('warmup-ratio-range', 'warmup_ratio: 0.03\nwarmup_steps: 0\n')).toEqual([]);
    expect(findings('warmup-ratio-range', 'trainer:\n  learning_rate_scheduler:\n    warmup_fraction: 1\n')).toEqual([]);
    expect(findings('warmup-ratio-range', '{"scheduler": {"params": {"warmup_num_steps": "auto"}}}', 'json')).toEqual([]);
  });
});
