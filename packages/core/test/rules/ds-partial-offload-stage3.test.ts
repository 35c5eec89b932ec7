import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'ds-partial-offload-stage3';

describe(RULE, () => {
  it('flags a partial offload ratio below stage 3, on the ratio', () => {
    const text = '{\n  "train_micro_batch_size_per_gpu": 4,\n  "zero_optimization": {\n    "stage": 2,\n    "offload_optimizer": {"device": "cpu", "ratio": 0.3}\n  }\n}';
    const d = findings(RULE, text, 'json');
    expect(positions(d)).toEqual([`5:${text.split('\n')[4]!.indexOf('0.3') + 1}`]);
    expect(d[0]!.message).toBe('Partial optimizer offload (ratio 0.3) needs ZeRO stage 3, but the stage is 2.');
  });

  it('flags it inline in an HF YAML', () => {
    expect(findings(RULE, 'per_device_train_batch_size: 2\nlr_scheduler_type: cosine\ndeepspeed:\n  zero_optimization:\n    stage: 1\n    offload_optimizer:\n      device: cpu\n      ratio: 0.5\n')).toHaveLength(1);
  });

  it('stays quiet on stage 3 and on full offload', () => {
    expect(findings(RULE, '{"train_micro_batch_size_per_gpu": 4, "zero_optimization": {"stage": 3, "offload_optimizer": {"device": "cpu", "ratio": 0.3}}}', 'json')).toEqual([]);
    expect(findings(RULE, '{"train_micro_batch_size_per_gpu": 4, "zero_optimization": {"stage": 2, "offload_optimizer": {"device": "cpu", "ratio": 1.0}}}', 'json')).toEqual([]);
    expect(findings(RULE, '{"train_micro_batch_size_per_gpu": 4, "zero_optimization": {"stage": 2, "offload_optimizer": {"device": "cpu"}}}', 'json')).toEqual([]);
  });
});
