import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'learned-keras-weights';

describe(RULE, () => {
  it('flags a kernel matrix in a Keras layer config (JSON), on the key', () => {
    const text = '{"class_name": "Dense", "config": {"units": 4}, "weights": {"kernel": [[0.1, 0.2, 0.3, 0.4], [0.5, 0.6, 0.7, 0.8]], "bias": [0.1, 0.2, 0.3, 0.4]}}';
    const d = findings(RULE, text, 'json');
    expect(positions(d)).toEqual([`1:${text.indexOf('"kernel"') + 1}`]);
    expect(d[0]!.message).toBe('`weights.kernel` holds learned Keras weights (a 2 × 4 matrix) that belong in a weights file, not in a config.');
  });

  it('flags BatchNormalization statistics in YAML', () => {
    const d = findings(RULE, 'bn:\n  moving_mean: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]\n  gamma: [[1.0, 1.0], [1.0, 1.0]]\n');
    expect(positions(d)).toEqual(['2:3', '3:3']);
  });

  it('stays quiet on Keras hyperparameters with the same names', () => {
    expect(findings(RULE, 'svc:\n  kernel: rbf\nconv:\n  kernel_size: 3\n  kernel_initializer: glorot_uniform\n')).toEqual([]);
    expect(findings(RULE, 'beta: 0.1\nloss_type: sigmoid\nmax_prompt_length: 512\n')).toEqual([]);
    expect(findings(RULE, 'scheduler:\n  step_size: 10\n  gamma: 0.1\n')).toEqual([]);
  });
});
