import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'interpolation-missing-braces';

describe(RULE, () => {
  it("reports a reference written without ${...} in a file OmegaConf reads (recognition_model's max_lr: opt.lr)", () => {
    const text = '_target_: torch.optim.lr_scheduler.OneCycleLR\nmax_lr: opt.lr\npct_start: 0.3\nanneal_strategy: cos\n';
    const d = findings(RULE, text, 'yaml', { loader: 'omegaconf' });
    expect(positions(d)).toEqual(['2:9']);
    expect(d[0]!.message).toBe('`max_lr` is the string "opt.lr", not the value of `opt.lr`; OmegaConf interpolates only `${opt.lr}`.');
    expect(d[0]!.explanation).toContain('Write `max_lr: ${opt.lr}`');
  });

  it('reports a path that ends in the same name, quoted or not', () => {
    const text = 'training:\n  batch_size: "data.batch_size"\n  epochs: 10\n  lr: 0.01\n';
    expect(positions(findings(RULE, text, 'yaml', { loader: 'omegaconf' }))).toEqual(['2:15']);
  });

  it('leaves real interpolations, numbers, paths that name another setting and settings that take a word', () => {
    expect(findings(RULE, 'max_lr: ${opt.lr}\nlr: 0.1\n', 'yaml', { loader: 'omegaconf' })).toEqual([]);
    expect(findings(RULE, 'max_lr: 0.01\nlr: 0.1\n', 'yaml', { loader: 'omegaconf' })).toEqual([]);
    // The last key is no learning rate: whatever `model.name` is, this is not a reference to a rate.
    expect(findings(RULE, 'lr: model.name\nepochs: 3\n', 'yaml', { loader: 'omegaconf' })).toEqual([]);
    expect(findings(RULE, 'lr: 0.1\nwarmup_method: linear.lr\nepochs: 3\n', 'yaml', { loader: 'omegaconf' })).toEqual([]);
    // Not a numeric setting: a checkpoint path.
    expect(findings(RULE, 'lr: 0.1\nresume_from: runs.lr\n', 'yaml', { loader: 'omegaconf' })).toEqual([]);
  });

  it('judges only files OmegaConf reads', () => {
    expect(findings(RULE, 'max_lr: opt.lr\nlr: 0.1\nepochs: 3\n', 'yaml', { loader: 'pyyaml' })).toEqual([]);
    expect(findings(RULE, '{"max_lr": "opt.lr", "lr": 0.1}', 'json')).toEqual([]);
  });
});
