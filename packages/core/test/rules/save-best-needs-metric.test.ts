import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'save-best-needs-metric';
const HF = 'output_dir: out\nper_device_train_batch_size: 4\nnum_train_epochs: 3\neval_strategy: steps\neval_steps: 100\n';

describe('save-best-needs-metric', () => {
  it('flags save_strategy best without a metric, on the value', () => {
    const d = findings(RULE, `${HF}save_strategy: best\n`);
    expect(positions(d)).toEqual(['6:16']);
    expect(d[0].message).toBe('`save_strategy: best` needs `metric_for_best_model`, which is not set.');
  });

  it('is quiet with a metric, with load_best_model_at_end (which defaults it to loss), and for other strategies', () => {
    expect(findings(RULE, `${HF}save_strategy: best\nmetric_for_best_model: eval_accuracy\n`)).toEqual([]);
    expect(findings(RULE, `${HF}save_strategy: best\nload_best_model_at_end: true\n`)).toEqual([]);
    expect(findings(RULE, `${HF}save_strategy: steps\n`)).toEqual([]);
    // Turned off explicitly, load_best_model_at_end fills in nothing.
    expect(findings(RULE, `${HF}save_strategy: best\nload_best_model_at_end: false\n`)).toHaveLength(1);
  });

  it('leaves blocks a program hands on, and placeholders, alone', () => {
    expect(findings(RULE, `training_args:\n  output_dir: out\n  per_device_train_batch_size: 4\n  num_train_epochs: 3\n  eval_strategy: steps\n  logging_steps: 10\n  save_strategy: best\n`)).toEqual([]);
    expect(findings(RULE, `${HF}save_strategy: \${strategy}\n`)).toEqual([]);
  });
});
