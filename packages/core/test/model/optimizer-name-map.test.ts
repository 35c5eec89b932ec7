import { describe, expect, it } from 'vitest';
import { optimizerNameClasses } from '../../src/model/optimizer-name-map.js';

const pairs = (code: string): string[] => optimizerNameClasses(code).map((m) => `${m.name}→${m.className}`);

describe('optimizerNameClasses', () => {
  it("reads a branch on the config's name that picks a class (vqa-transformer: `== 'adam': optimizer = AdamW`)", () => {
    const code = "def get_lr_policy(opt_config):\n    if opt_config[\"name\"] == 'sgd':\n        optimizer = SGD\n        params = {'lr': lr}\n    elif opt_config[\"name\"] == 'adam':\n        optimizer = AdamW\n        params = {'lr': lr, 'eps': 1e-9}\n    return optimizer, params\n";
    expect(pairs(code)).toEqual(['adam→AdamW']);
    expect(pairs("if name == \"adam\":\n    opt = torch.optim.Adam(params, lr=lr)\n")).toEqual(['adam→Adam']);
  });

  it('reads a dictionary from names to classes (TD3)', () => {
    expect(pairs('optimizer_class = {"sgd": SGD, "momentum": SGD, "adam": Adam, "adamw": AdamW}\n')).toEqual(['adam→Adam', 'adamw→AdamW']);
    expect(pairs("OPTIMIZERS = {'adam': torch.optim.AdamW}\n")).toEqual(['adam→AdamW']);
  });

  it('keeps only Adam-family names and classes, and nothing commented out or merely named', () => {
    expect(pairs("opts = {'sgd': SGD, 'adam': 'AdamW'}\n# if name == 'adam': opt = AdamW\n")).toEqual([]);
    expect(pairs("if name == 'adam':\n    log('adam')\nelse:\n    opt = AdamW\n")).toEqual([]);
  });

  it('reads long scripts in linear time', () => {
    const hostile = `${"if x == 'adam':\n".repeat(4000)}${'    y = z + 1\n'.repeat(2000)}${"d = {'adam': ".repeat(3000)}`;
    const start = performance.now();
    optimizerNameClasses(hostile);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
