import { describe, expect, it } from 'vitest';
import { forgetRecentValues, RecentMemo } from '../../src/util/recent-memo.js';
import { lint } from '../../src/engine/lint.js';

describe('RecentMemo', () => {
  it('returns what was stored for the same object, and nothing for an equal but different one', () => {
    const memo = new RecentMemo<object, string>();
    const key = {};
    memo.set(key, 'value');
    expect(memo.get(key)).toBe('value');
    expect(memo.get({})).toBeUndefined();
  });

  it('keeps the last `size` keys and forgets older ones', () => {
    const memo = new RecentMemo<object, number>(2);
    const [a, b, c] = [{}, {}, {}];
    memo.set(a, 1);
    memo.set(b, 2);
    memo.set(c, 3);
    expect(memo.get(a)).toBeUndefined();
    expect(memo.get(b)).toBe(2);
    expect(memo.get(c)).toBe(3);
  });

  it('makes a missing value once and keeps it', () => {
    const memo = new RecentMemo<object, number>();
    const key = {};
    let made = 0;
    expect(memo.getOrMake(key, () => ++made)).toBe(1);
    expect(memo.getOrMake(key, () => ++made)).toBe(1);
    expect(made).toBe(1);
  });

  it('forgets every value, in every memo, when told to', () => {
    const [first, second] = [new RecentMemo<object, number>(), new RecentMemo<object, number>(3)];
    const key = {};
    first.set(key, 1);
    second.set(key, 2);
    forgetRecentValues();
    expect(first.get(key)).toBeUndefined();
    expect(second.get(key)).toBeUndefined();
    expect(second.getOrMake(key, () => 3)).toBe(3);
  });

  it('is emptied by the engine once a file has been linted, so no file outlives its own run', () => {
    const memo = new RecentMemo<object, number>();
    const key = {};
    memo.set(key, 1);
    const result = lint('optimizer:\n  lr: 0.1\nnum_train_epochs: 3\n', { format: 'yaml', filePath: 'train.yaml' });
    expect(result.analysis).toBeDefined();
    expect(memo.get(key)).toBeUndefined();
  });
});
