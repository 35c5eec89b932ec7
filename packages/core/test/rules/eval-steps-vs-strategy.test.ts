import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'eval-steps-vs-strategy';
const AXOLOTL = 'base_model: m\nmicro_batch_size: 2\nsequence_len: 512\ngradient_accumulation_steps: 4\n';

describe(RULE, () => {
  it('flags step counts with non-steps strategies and per-epoch counts', () => {
    const d = findings(RULE, AXOLOTL + 'eval_strategy: epoch\neval_steps: 100\nsave_steps: 200\nsaves_per_epoch: 2\n');
    expect(positions(d)).toEqual(['6:1', '8:1']);
    expect(d[0]!.message).toBe('eval_steps is set but eval_strategy is "epoch", not "steps".');
    expect(d[1]!.message).toBe('save_steps and saves_per_epoch are mutually exclusive.');
  });

  it('flags evals_per_epoch with an epoch strategy, and evaluation without a validation split', () => {
    expect(findings(RULE, AXOLOTL + 'evals_per_epoch: 4\neval_strategy: epoch\n')[0]!.message).toBe('evals_per_epoch needs eval_strategy "steps" or unset, not "epoch".');
    const d = findings(RULE, AXOLOTL + 'val_set_size: 0\neval_steps: 50\n');
    expect(d[0]!.message).toBe('eval_steps is set but val_set_size is 0, so there is nothing to evaluate.');
  });

  it('stays quiet on consistent settings, test datasets, "no", and non-axolotl files', () => {
    expect(findings(RULE, AXOLOTL + 'val_set_size: 0.05\nevals_per_epoch: 4\nsaves_per_epoch: 1\n')).toEqual([]);
    expect(findings(RULE, AXOLOTL + 'val_set_size: 0\neval_steps: 50\ntest_datasets:\n  - path: x\n')).toEqual([]);
    expect(findings(RULE, AXOLOTL + 'val_set_size: 0\neval_strategy: "no"\n')).toEqual([]);
    expect(findings(RULE, AXOLOTL + 'eval_strategy: epoch\neval_steps: 0\n')).toEqual([]);
    // Plain HF ignores eval_steps with an epoch strategy instead of refusing it.
    expect(findings(RULE, 'per_device_train_batch_size: 8\nlr_scheduler_type: cosine\neval_strategy: epoch\neval_steps: 100\n')).toEqual([]);
  });
});
