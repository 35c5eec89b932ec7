import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

describe('warm-restarts-args', () => {
  it('flags T_0 0 and a fractional T_mult', () => {
    const d = findings('warm-restarts-args', 'scheduler:\n  _target_: torch.optim.lr_scheduler.CosineAnnealingWarmRestarts\n  T_0: 0\n  T_mult: 1.5\n');
    expect(positions(d)).toEqual(['3:8', '4:11']);
    expect(d[0].message).toBe('Warm-restart period T_0 0 must be a positive integer.');
    expect(d[1].message).toBe('Warm-restart multiplier T_mult 1.5 must be an integer of at least 1.');
  });

  it('flags Ludwig cosine t_0 in JSON', () => {
    const d = findings('warm-restarts-args', '{"input_features": [], "output_features": [], "trainer": {"learning_rate_scheduler": {"decay": "cosine", "t_0": -10}}}', 'json');
    expect(d).toHaveLength(1);
    expect(d[0].path).toBe('/trainer/learning_rate_scheduler/t_0');
  });

  it('accepts valid arguments and other T_0 keys', () => {
    expect(findings('warm-restarts-args', 'scheduler:\n  class_path: torch.optim.lr_scheduler.CosineAnnealingWarmRestarts\n  init_args:\n    T_0: 10\n    T_mult: 2\n')).toEqual([]);
    expect(findings('warm-restarts-args', 'physics:\n  T_0: 0\n')).toEqual([]);
  });
});
