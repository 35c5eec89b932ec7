import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'lr-non-negative';

describe(RULE, () => {
  it('flags a negative learning rate in YAML, JSON and TOML, on the value', () => {
    const yaml = findings(RULE, 'learning_rate: -2.0e-5\n');
    expect(positions(yaml)).toEqual(['1:16']);
    expect(yaml[0].message).toBe('Learning rate -2e-5 is negative.');
    expect(yaml[0].explanation).toContain('Invalid learning rate');
    const json = findings(RULE, '{"optimizer": {"params": {"lr": -0.001}}}', 'json');
    expect(positions(json)).toEqual(['1:33']);
    expect(json[0].path).toBe('/optimizer/params/lr');
    expect(positions(findings(RULE, '[optimizer]\nlr = -3e-4\n', 'toml'))).toEqual(['2:6']);
  });

  it('flags a negative minimum learning rate and a negative number PyYAML keeps as a string', () => {
    expect(findings(RULE, 'min_lr: -1e-6\n').map((d) => d.message)).toEqual(['Learning rate -1e-6 is negative.']);
    expect(positions(findings(RULE, 'lr: -1e-4\n'))).toEqual(['1:5']);
  });

  it('leaves `-1` alone where it hands the choice to the program (MPP: `-1 means use DAdapt`), not where torch gets it', () => {
    const mpp = 'basic_config:\n  batch_size: 1\n  max_epochs: 500\n  optimizer: adan\n  scheduler: cosine\n  warmup_steps: 1000\n  learning_rate: -1\n';
    expect(findings(RULE, mpp)).toEqual([]);
    expect(positions(findings(RULE, mpp.replace('-1', '-0.5')))).toEqual(['7:18']);
    expect(positions(findings(RULE, 'model_name_or_path: gpt2\nper_device_train_batch_size: 8\nnum_train_epochs: 3\nlearning_rate: -1\n'))).toEqual(['4:16']);
    // PointBeV's OneCycleLR option: `max_lr: -1` beside `total_steps: -1`, both filled in by the model's code.
    const onecycle = 'classname: torch.optim.lr_scheduler.OneCycleLR\nmax_lr: -1\ntotal_steps: -1\ndiv_factor: 3\npct_start: 0.05\n';
    expect(findings(RULE, onecycle)).toEqual([]);
    expect(positions(findings(RULE, onecycle.replace('max_lr: -1', 'max_lr: -0.01')))).toEqual(['2:9']);
  });

  it('flags 0 where the framework demands a positive rate (LightGBM, scikit-learn MLP)', () => {
    const lgbm = findings(RULE, 'num_leaves: 31\nbagging_fraction: 0.8\nlearning_rate: 0\n');
    expect(lgbm.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual(['3:16 Learning rate 0 must be positive here.']);
    expect(positions(findings(RULE, '{"learning_rate_init": 0, "hidden_layer_sizes": [10]}', 'json'))).toEqual(['1:24']);
  });

  it('accepts 0 elsewhere, including minimum learning rates', () => {
    expect(findings(RULE, 'lr: 0\nmin_lr: 0\neta_min: 0\nwarmup_min_lr: 0\n')).toEqual([]);
  });

  it('accepts scikit-learn SGD eta0: 0, SGDClassifier\'s default; schedules that need it positive are sgd-schedule-needs-eta0\'s', () => {
    const sgd = '{"loss": "hinge", "penalty": "l2", "alpha": 0.0001, "learning_rate": "optimal", "eta0": 0.0, "power_t": 0.5}';
    expect(findings(RULE, sgd, 'json')).toEqual([]);
    const constant = sgd.replace('"optimal"', '"constant"');
    expect(findings(RULE, constant, 'json')).toEqual([]);
    expect(findings('sgd-schedule-needs-eta0', constant, 'json').map((d) => d.message)).toEqual(['eta0 must be positive for the "constant" schedule, not 0.']);
    expect(findings(RULE, sgd.replace('"eta0": 0.0', '"eta0": -0.1'), 'json').map((d) => d.message)).toEqual(['Learning rate -0.1 is negative.']);
  });

  it('stays quiet on placeholders and search-space bounds', () => {
    expect(findings(RULE, 'lr: auto\nmin_lr: ${x}\nmax_lr: ???\n')).toEqual([]);
    expect(findings(RULE, 'hyperopt:\n  parameters:\n    trainer.learning_rate:\n      space: uniform\n      lower: -1\n      upper: 1\n')).toEqual([]);
  });
});
