import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'redundant-warmup';
const LUDWIG = 'input_features: [{name: x, type: number}]\noutput_features: [{name: y, type: binary}]\n';

describe(RULE, () => {
  it('flags warmup_fraction with one_cycle and warmup_evaluations with wsd', () => {
    const d = findings(RULE, LUDWIG + 'trainer:\n  learning_rate_scheduler:\n    decay: one_cycle\n    warmup_fraction: 0.1\n');
    expect(positions(d)).toEqual(['6:22']);
    expect(d[0]!.message).toBe('warmup_fraction is ignored by the one_cycle schedule, which has its own warmup.');
    expect(findings(RULE, LUDWIG + 'trainer:\n  learning_rate_scheduler:\n    decay: wsd\n    warmup_evaluations: 2\n')).toHaveLength(1);
  });

  it('stays quiet for other decays and zero warmup', () => {
    expect(findings(RULE, LUDWIG + 'trainer:\n  learning_rate_scheduler:\n    decay: cosine\n    warmup_fraction: 0.1\n')).toEqual([]);
    expect(findings(RULE, LUDWIG + 'trainer:\n  learning_rate_scheduler:\n    decay: one_cycle\n    warmup_fraction: 0.0\n')).toEqual([]);
  });
});
