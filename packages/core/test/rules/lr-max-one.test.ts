import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const LUDWIG = 'input_features:\n  - name: x\n    type: number\noutput_features:\n  - name: y\n    type: binary\n';

describe('lr-max-one', () => {
  it('flags a Ludwig trainer learning rate above 1, on the value', () => {
    const d = findings('lr-max-one', `${LUDWIG}trainer:\n  learning_rate: 3\n`);
    expect(positions(d)).toEqual(['8:18']);
    expect(d[0].message).toBe("Ludwig's trainer learning rate 3 is above 1.");
    expect(d[0].path).toBe('/trainer/learning_rate');
  });

  it('flags XGBoost eta above 1 in JSON', () => {
    const d = findings('lr-max-one', '{"eta": 1.5, "max_depth": 6, "objective": "binary:logistic", "tree_method": "hist"}', 'json');
    expect(positions(d)).toEqual(['1:9']);
    expect(d[0].message).toBe('XGBoost step size 1.5 is above 1.');
  });

  it('stays quiet on valid values, auto, Ludwig GBM and other frameworks', () => {
    expect(findings('lr-max-one', `${LUDWIG}trainer:\n  learning_rate: 0.001\n`)).toEqual([]);
    expect(findings('lr-max-one', `${LUDWIG}trainer:\n  learning_rate: auto\n`)).toEqual([]);
    // Ludwig's GBM trainer has no upper bound.
    expect(findings('lr-max-one', `model_type: gbm\n${LUDWIG}trainer:\n  learning_rate: 2\n`)).toEqual([]);
    // L-BFGS at lr 1 is the conventional setting (CORPUS-NOTES §8), and 1 is inside [0, 1].
    expect(findings('lr-max-one', `${LUDWIG}trainer:\n  learning_rate: 1\n  optimizer:\n    type: lbfgs\n`)).toEqual([]);
    // NeMo's Noam schedule treats lr 5.0 as a multiplier; not Ludwig or XGBoost, so not this rule's business.
    expect(findings('lr-max-one', 'model:\n  optim:\n    name: adam\n    lr: 5.0\n    sched:\n      name: NoamAnnealing\n')).toEqual([]);
    // A hyperopt search range is not a setting.
    expect(findings('lr-max-one', `${LUDWIG}hyperopt:\n  parameters:\n    trainer.learning_rate:\n      lower: 0.0001\n      upper: 2\n`)).toEqual([]);
  });
});
