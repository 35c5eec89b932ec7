import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

describe('eps-non-negative', () => {
  it('flags a negative optimizer epsilon in YAML and JSON', () => {
    const d = findings('eps-non-negative', 'optimizer:\n  name: adamw\n  lr: 0.001\n  eps: -1.0e-8\n');
    expect(positions(d)).toEqual(['4:8']);
    expect(d[0].message).toBe('Optimizer epsilon -1e-8 is negative.');
    expect(positions(findings('eps-non-negative', '{"adam_epsilon": -1e-6, "learning_rate": 2e-5}', 'json'))).toEqual(['1:18']);
  });

  it('flags epsilon 0 for scikit-learn MLP only', () => {
    const d = findings('eps-non-negative', 'hidden_layer_sizes: [100]\nsolver: adam\nlearning_rate_init: 0.001\nepsilon: 0\n');
    expect(positions(d)).toEqual(['4:10']);
    expect(d[0].message).toBe('Optimizer epsilon 0 must be positive for scikit-learn MLP.');
    expect(findings('eps-non-negative', 'optimizer:\n  lr: 0.001\n  eps: 0\n')).toEqual([]);
  });

  it('ignores normalization epsilons and placeholders', () => {
    expect(findings('eps-non-negative', 'model:\n  norm:\n    eps: -1\n')).toEqual([]);
    expect(findings('eps-non-negative', '{"optimizer": {"type": "AdamW", "params": {"lr": "auto", "eps": "auto"}}}', 'json')).toEqual([]);
  });
});
