import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'gbdt-alias-conflict';

describe(RULE, () => {
  it('flags XGBoost eta and learning_rate with different values (R9), on the second key', () => {
    const text = '{"eta": 0.04730766698056879, "n_estimators": 500, "learning_rate": 0.023, "booster": "gbtree"}';
    const d = findings(RULE, text, 'json');
    expect(positions(d)).toEqual([`1:${text.indexOf('"learning_rate"') + 1}`]);
    expect(d[0]!.message).toBe("learning_rate and eta are both XGBoost's learning_rate but set to different values.");
  });

  it('flags LightGBM aliases of the iteration count and the leaf limit', () => {
    const d = findings(RULE, 'objective: binary\nnum_leaves: 31\nmax_leaves: 63\nnum_iterations: 100\nnum_trees: 200\n');
    expect(positions(d)).toEqual(['3:1', '5:1']);
    expect(d[1]!.message).toBe("num_trees and num_iterations are both LightGBM's num_iterations but set to different values.");
  });

  it('flags an HF-style flat file that sets both eta and learning_rate', () => {
    const d = findings(RULE, 'eta: 0.1\nlearning_rate: 0.3\nmax_depth: 6\nn_estimators: 400\n');
    expect(positions(d)).toEqual(['2:1']);
    expect(d[0]!.message).toBe("learning_rate and eta are both XGBoost's learning_rate but set to different values.");
  });

  it('stays quiet on equal values, a single name, and non-GBDT configs', () => {
    expect(findings(RULE, 'objective: binary\nnum_leaves: 31\nlearning_rate: 0.1\neta: 0.1\n')).toEqual([]);
    expect(findings(RULE, 'objective: binary\nnum_leaves: 31\nnum_trees: 100\n')).toEqual([]);
    expect(findings(RULE, 'per_device_train_batch_size: 8\nlr_scheduler_type: cosine\nlearning_rate: 0.0001\nmax_steps: 100\nmax_iter: 5\n')).toEqual([]);
  });

  it('leaves alone an `eta` beside a learning rate with no boosting parameter (ESD concept erasure\'s guidance strength)', () => {
    const esd = 'train_method: noxattn\neta: 1.0\nnegative_guidance: 1.0\nlearning_rate: 1.0e-5\nnum_steps: 1000\nstart_guidance: 3.0\nddim_steps: 50\n';
    expect(findings(RULE, esd)).toEqual([]);
    expect(findings('lr-without-schedule', esd)).toEqual([]);
  });
});
