import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'adam-betas-range';

describe(RULE, () => {
  it('flags HF adam_beta2 of 1.0 in YAML, on the value', () => {
    const d = findings(RULE, 'learning_rate: 2.0e-5\nadam_beta1: 0.9\nadam_beta2: 1.0\n');
    expect(positions(d)).toEqual(['3:13']);
    expect(d[0].ruleId).toBe(RULE);
    expect(d[0].message).toBe('Adam beta 1 is outside [0, 1).');
    expect(d[0].path).toBe('/adam_beta2');
    expect(d[0].explanation).toContain('Invalid beta parameter');
  });

  it('flags an item of a DeepSpeed betas list in JSON, on the item', () => {
    const d = findings(RULE, '{"optimizer": {"type": "AdamW", "params": {"lr": 1e-4, "betas": [0.9, 1.5]}}}', 'json');
    expect(positions(d)).toEqual(['1:71']);
    expect(d[0].message).toBe('Adam beta 1.5 is outside [0, 1).');
    expect(d[0].path).toBe('/optimizer/params/betas/1');
    expect(d[0].explanation).toContain('`optimizer.params.betas[1]` is 1.5');
  });

  it('flags a negative nanoGPT-style beta1 in TOML', () => {
    const d = findings(RULE, '[optimizer]\nname = "AdamW"\nbeta1 = -0.1\nbetas = [0.9, 0.95]\n', 'toml');
    expect(positions(d)).toEqual(['3:9']);
    expect(d[0].message).toBe('Adam beta -0.1 is outside [0, 1).');
  });

  it('reports an anchored betas list once, where it is written', () => {
    expect(positions(findings(RULE, 'base: &b [0.9, 1.0]\na: {betas: *b}\nb: {betas: *b}\n'))).toEqual(['1:16']);
  });

  it('accepts valid betas in every spelling', () => {
    expect(findings(RULE, 'beta_1: 0.9\nbeta_2: 0.999\nbetas: [0.9, 0.95]\nb1: 0\nadam_beta2: 0.95\n')).toEqual([]);
    expect(findings(RULE, '{"class_name": "Adam", "config": {"beta_1": 0.9, "beta_2": 0.999}}', 'json')).toEqual([]);
  });

  it('does not read a DPO beta or other betas as Adam betas (RULES-CATALOG F8)', () => {
    expect(findings(RULE, 'beta: 0.01\nlearning_rate: 5.0e-7\nlr_scheduler_type: cosine\nwarmup_ratio: 0.1\nloss_type: sigmoid\n')).toEqual([]);
    expect(findings(RULE, 'model:\n  gamma: [1.2, 1.1, 1.3, 1.2, 1.4, 1.1, 1.2, 1.3, 1.5]\n  beta: [1.2, 1.1, 1.3, 1.2, 1.4, 1.1, 1.2, 1.3, 1.5]\n')).toEqual([]);
  });

  it('does not read ILQL\'s `betas` (trlx `method:` beside `gamma` and `tau`) as Adam betas', () => {
    const ilql = 'train:\n  learning_rate_init: 1.0e-4\n  opt_betas: [0.9, 0.95]\nmethod:\n  name: ilqlconfig\n  tau: 0.7\n  gamma: 0.99\n  betas: [8]\n';
    expect(findings(RULE, ilql)).toEqual([]);
    expect(positions(findings(RULE, ilql.replace('opt_betas', 'betas').replace('0.95]', '1.5]')))).toEqual(['3:16']);
  });

  it('stays quiet on placeholders and search spaces', () => {
    expect(findings(RULE, 'optimizer:\n  betas: ${model.betas}\n  beta2: auto\n  beta1: ???\n')).toEqual([]);
    expect(findings(RULE, '{"optimizer": {"params": {"betas": "auto"}}}', 'json')).toEqual([]);
    expect(findings(RULE, 'hyperopt:\n  parameters:\n    trainer.optimizer.beta2:\n      space: uniform\n      lower: 0.9\n      upper: 1.5\n')).toEqual([]);
  });
});
