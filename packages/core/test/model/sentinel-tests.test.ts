import { describe, expect, it } from 'vitest';
import { sentinelTests, testCovers } from '../../src/model/sentinel-tests.js';

const tests = (text: string): Record<string, string[]> =>
  Object.fromEntries([...sentinelTests(text)].map(([name, found]) => [name, found.map((t) => `${t.values} ${t.bound}: ${t.comparison}`)]));

describe('sentinelTests', () => {
  it('finds a setting an `if` tests for -1 and then replaces (full-batch training)', () => {
    const pinn = 'if args.batch_size == -1:\n    # use full-batch.\n    args.batch_size = len(dataset)\n';
    expect(tests(pinn)).toEqual({ batch_size: ['equal -1: args.batch_size == -1'] });
    expect(tests('if cfg["train"]["batch_size"] <= 0: batch_size = len(x_train)\n')).toEqual({ batch_size: ['at-most 0: cfg["train"]["batch_size"] <= 0'] });
    expect(tests('elif config.lr < 0:\n    lr = find_lr(model)\n')).toEqual({ lr: ['below 0: config.lr < 0'] });
  });

  it('reads conditional expressions whichever way they compare', () => {
    expect(tests('bs = len(train) if args.batch_size == -1 else args.batch_size\n')).toEqual({ batch_size: ['equal -1: args.batch_size == -1'] });
    expect(tests('bs = args.batch_size if args.batch_size > 0 else len(train)\n')).toEqual({ batch_size: ['at-most 0: args.batch_size > 0'] });
    expect(tests('lr = args.lr if args.lr != -1 else table[mode]\n')).toEqual({ lr: ['equal -1: args.lr != -1'] });
  });

  it('leaves out a test whose body refuses the value, asserts, `while` loops and `not`', () => {
    expect(tests('if args.batch_size <= 0:\n    raise ValueError("batch size must be positive")\n')).toEqual({});
    expect(tests('if args.batch_size <= 0:\n    print("bad batch size")\n    sys.exit(1)\n')).toEqual({});
    expect(tests('if args.batch_size < 0: raise ValueError("negative")\n')).toEqual({});
    expect(tests('assert args.batch_size > 0\nwhile args.lr == 0:\n    pass\nif not args.lr == -1:\n    pass\n')).toEqual({});
    // In a statement, `>` and `!=` leave the values to an `else`; without one, nothing shows what replaces them.
    expect(tests('if args.batch_size > 0:\n    bs = args.batch_size\nbs = len(x)\n')).toEqual({});
    // Other numbers, and -1 as the start of a longer number.
    expect(tests('if args.batch_size == -16:\n    pass\nif args.lr < 0.5:\n    pass\nif epoch == 1:\n    pass\n')).toEqual({});
  });

  it('follows `!=`, `>` and `>=` to an `else` that directly follows and goes on', () => {
    // QCNN-Metrics' optimize.py: a batch size of 0 trains on all the data.
    const qcnn = 'if params.batch_size != 0:\n    idx = rng.integers(0, N, size=params.batch_size)\n    batch = data[idx]\nelse:\n    batch = data\n';
    expect(tests(qcnn)).toEqual({ batch_size: ['equal 0: params.batch_size != 0'] });
    expect(tests('if cfg.lr > 0 and warm:\n    opt = SGD(lr=cfg.lr)\nelse: opt = None\n')).toEqual({ lr: ['at-most 0: cfg.lr > 0'] });
    expect(tests('if args.batch_size >= 0:\n    bs = args.batch_size\n\n# fall back\nelse:\n    bs = len(x)\n')).toEqual({ batch_size: ['below 0: args.batch_size >= 0'] });
  });

  it('does not follow an `else` that refuses, comes after an `elif`, belongs to an outer block, or follows an `or`', () => {
    expect(tests('if args.batch_size > 0:\n    bs = args.batch_size\nelse:\n    raise ValueError("batch size")\n')).toEqual({});
    expect(tests('if args.batch_size > 0: bs = args.batch_size\nelse: sys.exit(1)\n')).toEqual({});
    expect(tests('if args.batch_size > 0:\n    bs = args.batch_size\nelif full:\n    bs = len(x)\nelse:\n    bs = 1\n')).toEqual({});
    expect(tests('if ok:\n    if args.batch_size > 0:\n        bs = args.batch_size\nelse:\n    bs = len(x)\n')).toEqual({});
    expect(tests('if args.batch_size > 0 or full:\n    bs = args.batch_size\nelse:\n    bs = 1\n')).toEqual({});
  });

  it('says which values a test singles out', () => {
    expect(testCovers({ values: 'equal', bound: -1 }, -1)).toBe(true);
    expect(testCovers({ values: 'equal', bound: -1 }, -2)).toBe(false);
    expect(testCovers({ values: 'below', bound: 0 }, 0)).toBe(false);
    expect(testCovers({ values: 'below', bound: 0 }, -3)).toBe(true);
    expect(testCovers({ values: 'at-most', bound: 0 }, 0)).toBe(true);
  });
});
