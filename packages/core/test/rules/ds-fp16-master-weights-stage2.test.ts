import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'ds-fp16-master-weights-stage2';
const ds = (zero: string, fp16 = '"enabled": true, "fp16_master_weights_and_grads": true'): string => `{\n  "train_micro_batch_size_per_gpu": 8,${zero}\n  "fp16": {${fp16}}\n}`;

describe(RULE, () => {
  it('flags the flag on stage 3 and with ZeRO off', () => {
    const d = findings(RULE, ds('\n  "zero_optimization": {"stage": 3},'), 'json');
    expect(positions(d)).toEqual(['4:29']);
    expect(d[0]!.message).toBe('fp16_master_weights_and_grads needs ZeRO stage 2, but the stage is 3.');
    expect(findings(RULE, ds(''), 'json')[0]!.message).toBe('fp16_master_weights_and_grads needs ZeRO stage 2, but the stage is 0.');
  });

  it('stays quiet on stage 2, with fp16 off, and with an auto stage', () => {
    expect(findings(RULE, ds('\n  "zero_optimization": {"stage": 2},'), 'json')).toEqual([]);
    expect(findings(RULE, ds('\n  "zero_optimization": {"stage": 3},', '"enabled": false, "fp16_master_weights_and_grads": true'), 'json')).toEqual([]);
    expect(findings(RULE, ds('\n  "zero_optimization": {"stage": "auto"},'), 'json')).toEqual([]);
  });
});
