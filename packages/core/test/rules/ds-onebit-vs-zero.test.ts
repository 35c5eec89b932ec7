import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'ds-onebit-vs-zero';

describe(RULE, () => {
  it('flags 1-bit optimizers with ZeRO (JSON and inline YAML)', () => {
    const text = '{"train_batch_size": 4096, "zero_optimization": {"stage": 1}, "optimizer": {"type": "OneBitAdam"}}';
    const d = findings(RULE, text, 'json');
    expect(positions(d)).toEqual([`1:${text.indexOf('"OneBitAdam"') + 1}`]);
    expect(d[0]!.message).toBe('1-bit Adam cannot be used with ZeRO stage 1.');
    expect(d[0]!.explanation).toContain('"1bit-Adam is not compatible with ZeRO"');
    expect(findings(RULE, 'per_device_train_batch_size: 2\nlr_scheduler_type: cosine\ndeepspeed:\n  zero_optimization:\n    stage: 2\n  optimizer:\n    type: ZeroOneAdam\n')[0]!.message).toBe('0/1 Adam cannot be used with ZeRO stage 2.');
  });

  it('stays quiet without ZeRO or with another optimizer', () => {
    expect(findings(RULE, '{"train_batch_size": 4096, "optimizer": {"type": "OneBitLamb"}}', 'json')).toEqual([]);
    expect(findings(RULE, '{"train_batch_size": 4096, "zero_optimization": {"stage": 0}, "optimizer": {"type": "OneBitAdam"}}', 'json')).toEqual([]);
    expect(findings(RULE, '{"train_batch_size": 4096, "zero_optimization": {"stage": 2}, "optimizer": {"type": "AdamW"}}', 'json')).toEqual([]);
  });
});
