import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'min-lr-rate-looks-absolute';
const HF = 'output_dir: out\nper_device_train_batch_size: 4\nnum_train_epochs: 3\nlearning_rate: 4.0e-5\n';

describe('min-lr-rate-looks-absolute', () => {
  it('flags a min_lr_rate small enough to be a learning rate, on the key, with the floor it makes', () => {
    const d = findings(RULE, `${HF}lr_scheduler_type: cosine_with_min_lr\nlr_scheduler_kwargs:\n  min_lr_rate: 8.0e-6\n`);
    expect(positions(d)).toEqual(['7:3']);
    expect(d[0].message).toBe('`min_lr_rate` 8e-6 is a fraction of the peak rate; it looks like a learning rate meant as `min_lr`.');
    expect(d[0].explanation).toContain('The floor is then 3.2e-10');
    expect(d[0].suggestions?.[0]?.description).toBe('Rename to `min_lr`');
  });

  it('is quiet for usual fractions, zero, min_lr, and other schedules', () => {
    expect(findings(RULE, `${HF}lr_scheduler_type: cosine_with_min_lr\nlr_scheduler_kwargs:\n  min_lr_rate: 0.1\n`)).toEqual([]);
    expect(findings(RULE, `${HF}lr_scheduler_type: cosine_with_min_lr\nlr_scheduler_kwargs:\n  min_lr_rate: 0.0\n`)).toEqual([]);
    expect(findings(RULE, `${HF}lr_scheduler_type: cosine_with_min_lr\nlr_scheduler_kwargs:\n  min_lr: 8.0e-6\n`)).toEqual([]);
    expect(findings(RULE, `${HF}lr_scheduler_type: constructor\nlr_scheduler_kwargs:\n  min_lr_rate: 8.0e-6\n`)).toEqual([]);
  });
});
