import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'ludwig-effective-batch-divisible';
const LUDWIG = 'input_features:\n  - name: t\n    type: text\noutput_features:\n  - name: y\n    type: category\n';

describe(RULE, () => {
  it('flags an effective batch not divisible by the batch size', () => {
    const d = findings(RULE, LUDWIG + 'trainer:\n  batch_size: 64\n  effective_batch_size: 100\n');
    expect(positions(d)).toEqual(['9:25']);
    expect(d[0]!.message).toBe('effective_batch_size 100 is not divisible by batch_size 64.');
  });

  it('flags an effective batch below the batch size, and max_batch_size below it', () => {
    expect(findings(RULE, LUDWIG + 'trainer:\n  batch_size: 64\n  effective_batch_size: 32\n')[0]!.message).toBe('effective_batch_size 32 is smaller than batch_size 64.');
    const d = findings(RULE, LUDWIG + 'trainer:\n  batch_size: auto\n  gradient_accumulation_steps: 3\n  effective_batch_size: 64\n  max_batch_size: 32\n');
    expect(d.map((x) => x.message)).toEqual(['effective_batch_size 64 is not divisible by gradient_accumulation_steps 3.', 'max_batch_size 32 is smaller than effective_batch_size 64.']);
  });

  it('stays quiet on auto values and valid splits', () => {
    expect(findings(RULE, LUDWIG + 'trainer:\n  batch_size: auto\n  effective_batch_size: auto\n')).toEqual([]);
    expect(findings(RULE, LUDWIG + 'trainer:\n  batch_size: 64\n  effective_batch_size: 256\n  max_batch_size: 1024\n')).toEqual([]);
  });
});
