import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'ds-zero-untested-optimizer';
const ds = (stage: number, type: string, extra = ''): string => `{"train_micro_batch_size_per_gpu": 8, "zero_optimization": {"stage": ${stage}}, "optimizer": {"type": "${type}"}${extra}}`;

describe(RULE, () => {
  it('flags LAMB and torch optimizers under ZeRO', () => {
    const text = ds(2, 'Lamb');
    const d = findings(RULE, text, 'json');
    expect(positions(d)).toEqual([`1:${text.indexOf('"Lamb"') + 1}`]);
    expect(d[0]!.message).toBe('ZeRO stage 2 does not support the Lamb optimizer unless zero_allow_untested_optimizer is true.');
    expect(findings(RULE, ds(3, 'SGD'), 'json')).toHaveLength(1);
    expect(findings(RULE, ds(1, 'MuAdamW'), 'json')).toHaveLength(1);
  });

  it('flags an explicit false allow flag', () => {
    expect(findings(RULE, ds(2, 'RMSprop', ', "zero_allow_untested_optimizer": false'), 'json')).toHaveLength(1);
  });

  it('stays quiet for supported optimizers, the allow flag, ZeRO off, 1-bit optimizers and no optimizer block', () => {
    for (const t of ['Adam', 'AdamW', 'adagrad', 'Lion']) expect(findings(RULE, ds(3, t), 'json')).toEqual([]);
    expect(findings(RULE, ds(2, 'Lamb', ', "zero_allow_untested_optimizer": true'), 'json')).toEqual([]);
    expect(findings(RULE, ds(0, 'Lamb'), 'json')).toEqual([]);
    expect(findings(RULE, ds(2, 'OneBitAdam'), 'json')).toEqual([]);
    expect(findings(RULE, '{"train_micro_batch_size_per_gpu": 8, "zero_optimization": {"stage": 3}}', 'json')).toEqual([]);
  });
});
