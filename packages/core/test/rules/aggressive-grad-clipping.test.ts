import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'aggressive-grad-clipping';

describe(RULE, () => {
  it('flags a norm threshold below 0.1 (YAML and JSON)', () => {
    const d = findings(RULE, 'lr_autoencoder: 0.001\nmax_grad_norm: 0.05\n');
    expect(positions(d)).toEqual(['2:16']);
    expect(d[0]!.message).toBe('Gradient clipping at norm 0.05 will clip almost every update.');
    expect(findings(RULE, '{"train_micro_batch_size_per_gpu": 4, "gradient_clipping": 0.01}', 'json')).toHaveLength(1);
  });

  it('stays quiet on usual norms, disabled clipping, value clipping and non-clipping max_norm', () => {
    expect(findings(RULE, 'max_grad_norm: 1.0\n')).toEqual([]);
    expect(findings(RULE, 'max_grad_norm: 0\n')).toEqual([]);
    expect(findings(RULE, 'clipvalue: 0.01\n')).toEqual([]);
    expect(findings(RULE, 'trainer:\n  gradient_clip_val: 0.05\n  gradient_clip_algorithm: value\n')).toEqual([]);
    expect(findings(RULE, 'embedding:\n  max_norm: 0.05\n')).toEqual([]);
    expect(findings(RULE, 'optim_wrapper:\n  clip_grad:\n    max_norm: 0.05\n')).toHaveLength(1);
  });

  it('leaves the per-example bound of differential privacy alone (PrivImage, DP-LDM)', () => {
    expect(findings(RULE, 'optim:\n  params:\n    lr: 3e-4\ndp:\n  max_grad_norm: 0.001\n  delta: 8e-7\n  epsilon: 1.0\n')).toEqual([]);
    expect(findings(RULE, 'model:\n  params:\n    dp_config:\n      enabled: true\n      max_grad_norm: 0.0005\n')).toEqual([]);
    expect(findings(RULE, 'training:\n  noise_multiplier: 1.1\n  target_epsilon: 8\n  max_grad_norm: 0.01\n')).toEqual([]);
    // One key named like a budget is not a privacy block.
    expect(findings(RULE, 'optimizer:\n  epsilon: 1e-8\n  max_grad_norm: 0.01\n')).toHaveLength(1);
  });

  it('says what the clip does to the step: a lower rate for SGD, none for Adam, whose updates it only equalises (PiNN)', () => {
    const sgd = findings(RULE, 'optimizer: sgd\nlr: 0.1\nmax_grad_norm: 0.01\n');
    expect(sgd[0]!.explanation).toContain('a hidden, much lower learning rate');
    const pinn = findings(RULE, 'optimizer:\n  class_name: Adam\n  config:\n    global_clipnorm: 0.01\n    learning_rate: 0.001\n');
    expect(positions(pinn)).toEqual(['4:22']);
    expect(pinn[0]!.explanation).toContain('the step size barely changes');
    expect(pinn[0]!.explanation).not.toContain('lower learning rate');
  });
});
