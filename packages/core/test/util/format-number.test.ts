/**
 * Numbers in messages are written as the people who read them write numbers: `1e-4`, not `0.0001`; and a value that is
 * not finite (`.inf`, `.nan` in YAML, `inf` in TOML) as Python prints it, not as JavaScript does (`Infinity`, `NaN`).
 */
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/rule-kit/helpers.js';
import { lint } from '../../src/engine/lint.js';

const messages = (text: string, format: 'yaml' | 'toml' = 'yaml'): string[] => lint(text, { format, settings: { extends: 'strict' } }).diagnostics.map((d) => d.message);

describe('formatNumber', () => {
  it('writes small and large numbers in exponent form without a plus sign', () => {
    expect(formatNumber(0.0001)).toBe('0.0001');
    expect(formatNumber(0.00003)).toBe('3e-5');
    expect(formatNumber(2e6 + 0.5)).toBe('2.0000005e6');
    expect(formatNumber(1e308)).toBe('1e308');
    expect(formatNumber(123456789012345678901234567890)).toBe('1.2345678901234568e29');
    expect(formatNumber(64)).toBe('64');
    expect(formatNumber(-1)).toBe('-1');
  });

  it('writes values that are not finite as Python prints them', () => {
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('inf');
    expect(formatNumber(Number.NEGATIVE_INFINITY)).toBe('-inf');
    expect(formatNumber(Number.NaN)).toBe('nan');
  });

  it('never lets JavaScript spellings into a finding', () => {
    const found = [
      ...messages('optimizer:\n  name: sgd\n  lr: .inf\n  momentum: -.inf\n  weight_decay: 1e308\n'),
      ...messages('trainer:\n  max_epochs: 3\n  precision: .nan\n  accumulate_grad_batches: -.inf\n'),
      ...messages('[optimizer]\nname = "adam"\nlr = inf\nbetas = [0.9, nan]\n', 'toml'),
    ];
    expect(found.length).toBeGreaterThan(3);
    for (const m of found) expect(m).not.toMatch(/Infinity|NaN|e\+\d/);
    // Lightning's precision is shown as written.
    expect(found).toContain('Lightning has no precision ".nan".');
  });
});
