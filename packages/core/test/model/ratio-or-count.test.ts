import { describe, expect, it } from 'vitest';
import { ratioOrCountKeys } from '../../src/model/ratio-or-count.js';

const keys = (text: string): Record<string, string> => Object.fromEntries(ratioOrCountKeys(text));

describe('ratioOrCountKeys', () => {
  it('finds a fraction-like setting compared with 1 (EnriCo: a value below 1 is a ratio, above it a step count)', () => {
    const enrico = 'def train(model, num_steps=1000, warmup_ratio=0.1):\n    if warmup_ratio < 1:\n        num_warmup_steps = int(num_steps * warmup_ratio)\n    else:\n        num_warmup_steps = int(warmup_ratio)\n';
    expect(keys(enrico)).toEqual({ warmup_ratio: 'warmup_ratio < 1' });
  });

  it('reads attributes, subscripts, 1.0 and the comparison written the other way round', () => {
    expect(keys('if config.warmup_proportion >= 1.0:\n    pass\n')).toEqual({ warmup_proportion: 'config.warmup_proportion >= 1.0' });
    expect(keys('w = cfg["train"]["warmup"] if 1 > cfg["train"]["warmup"] else 0\n')).toEqual({ warmup: '1 > cfg["train"]["warmup"]' });
    expect(keys('if args.val_fraction <= 1:\n    n = int(len(ds) * args.val_fraction)\n')).toEqual({ val_fraction: 'args.val_fraction <= 1' });
  });

  it('ignores other names, other numbers and a comparison with 1 that is part of a longer number', () => {
    expect(keys('if epoch > 1:\n    pass\nif warmup_ratio < 10:\n    pass\nif warmup_ratio < 1e-3:\n    pass\nif warmup_ratio < 1.5:\n    pass\n')).toEqual({});
    expect(keys('x = items[0] < 1\n')).toEqual({});
  });
});
