import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'optimizer-specific-hparams-ignored';
const LUDWIG = 'input_features: [{name: x, type: timeseries}]\noutput_features: [{name: y, type: timeseries}]\n';

describe(RULE, () => {
  it('flags a learning rate inside Ludwig trainer.optimizer (R5)', () => {
    const d = findings(RULE, LUDWIG + 'trainer:\n  epochs: 50\n  optimizer:\n    type: adamw\n    lr: 1e-4\n');
    expect(positions(d)).toEqual(['7:5']);
    expect(d[0]!.message).toBe('Ludwig ignores lr inside trainer.optimizer; the learning rate is trainer.learning_rate.');
    expect(d[0]!.explanation).toContain('(default 0.001)');
    // Both spellings are reported when both are written.
    const both = findings(RULE, LUDWIG + 'trainer:\n  learning_rate: 0.01\n  optimizer:\n    type: muon\n    lr: 0.001\n    learning_rate: 0.02\n');
    expect(positions(both)).toEqual(['7:5', '8:5']);
    expect(both[0]!.explanation).toContain('`trainer.learning_rate`');
  });

  it('flags solver-specific MLP parameters and penalty-specific LogisticRegression parameters', () => {
    const mlp = findings(RULE, 'hidden_layer_sizes: [64, 32]\nmomentum: 0.9\nsolver: adam\nvalidation_fraction: 0.2\n');
    expect(mlp.map((x) => x.message)).toEqual(['momentum only applies to the MLP sgd solver, but the solver is adam.', 'validation_fraction only applies when early_stopping is true.']);
    expect(findings(RULE, '{"solver": "lbfgs", "penalty": "l2", "l1_ratio": 0.5}', 'json')[0]!.message).toBe('l1_ratio is only used with the elasticnet penalty, but the penalty is l2.');
  });

  it('flags PEFT init configs without the matching init and DeepSpeed AdamW with adam_w_mode false', () => {
    expect(findings(RULE, '{"peft_type": "LORA", "r": 16, "lora_alpha": 32, "target_modules": ["q_proj"], "init_lora_weights": true, "loftq_config": {"loftq_bits": 4}}', 'json')[0]!.message).toBe('loftq_config is ignored unless init_lora_weights is "loftq".');
    expect(findings(RULE, '{"train_micro_batch_size_per_gpu": 4, "zero_optimization": {"stage": 2}, "optimizer": {"type": "AdamW", "params": {"adam_w_mode": false}}}', 'json')[0]!.message).toBe('adam_w_mode false is ignored for the AdamW optimizer type.');
  });

  it('stays quiet on Ludwig Adafactor lr, empty PEFT configs, SGD momentum and elasticnet ratios', () => {
    expect(findings(RULE, LUDWIG + 'trainer:\n  optimizer:\n    type: adafactor\n    lr: 0.001\n')).toEqual([]);
    expect(findings(RULE, '{"peft_type": "LORA", "r": 16, "lora_alpha": 32, "target_modules": ["q_proj"], "loftq_config": {}, "eva_config": null}', 'json')).toEqual([]);
    expect(findings(RULE, 'hidden_layer_sizes: [64]\nsolver: sgd\nmomentum: 0.9\nnesterovs_momentum: true\n')).toEqual([]);
    expect(findings(RULE, 'solver: saga\npenalty: elasticnet\nl1_ratio: 0.5\n')).toEqual([]);
    expect(findings(RULE, '{"train_micro_batch_size_per_gpu": 4, "optimizer": {"type": "Adam", "params": {"adam_w_mode": false}}}', 'json')).toEqual([]);
  });
});
