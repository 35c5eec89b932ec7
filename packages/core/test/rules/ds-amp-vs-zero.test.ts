import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'ds-amp-vs-zero';

describe(RULE, () => {
  it('flags Apex AMP with ZeRO, on amp.enabled', () => {
    const text = '{\n  "train_micro_batch_size_per_gpu": 8,\n  "zero_optimization": {"stage": 2},\n  "amp": {"enabled": true, "opt_level": "O1"}\n}';
    const d = findings(RULE, text, 'json');
    expect(positions(d)).toEqual(['4:22']);
    expect(d[0]!.message).toBe('Apex AMP cannot be used with ZeRO stage 2.');
  });

  it('stays quiet with AMP off, ZeRO off, or fp16 instead', () => {
    expect(findings(RULE, '{"train_micro_batch_size_per_gpu": 8, "zero_optimization": {"stage": 2}, "amp": {"enabled": false}}', 'json')).toEqual([]);
    expect(findings(RULE, '{"train_micro_batch_size_per_gpu": 8, "amp": {"enabled": true}}', 'json')).toEqual([]);
    expect(findings(RULE, '{"train_micro_batch_size_per_gpu": 8, "zero_optimization": {"stage": 3}, "fp16": {"enabled": true}}', 'json')).toEqual([]);
  });
});
