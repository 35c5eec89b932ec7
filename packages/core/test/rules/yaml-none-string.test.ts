import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'yaml-none-string';

describe(RULE, () => {
  it("reports Python's None where a number belongs (OpenSeeD's WEIGHT_DECAY_BIAS, read with yaml.safe_load)", () => {
    const d = findings(RULE, 'optim:\n  lr: 0.0001\n  weight_decay: 0.05\n  weight_decay_bias: None\n  max_grad_norm: None  # no clipping\n  batch_size: 16\n');
    expect(positions(d)).toEqual(['4:22', '5:18']);
    expect(d[0]!.message).toBe('None is read as the string "None" by PyYAML (YAML 1.1), not as null.');
    expect(d[0]!.explanation).toContain('`optim.weight_decay_bias`');
    expect(d[0]!.explanation).toContain('Write `null`');
  });

  it('reads OmegaConf and YAML 1.2 loaders alike: neither has a None', () => {
    expect(positions(findings(RULE, 'seed: None\nlr: 0.1\nepochs: 3\n', 'yaml', { loader: 'omegaconf' }))).toEqual(['1:7']);
    expect(positions(findings(RULE, 'seed: None\nlr: 0.1\nepochs: 3\n', 'yaml', { loader: 'yaml-1.2' }))).toEqual(['1:7']);
  });

  it('leaves yacs (literal_eval makes None None), real nulls, quoted strings and settings that take a word', () => {
    expect(findings(RULE, 'SOLVER:\n  BASE_LR: 0.01\n  WEIGHT_DECAY_BIAS: None\n', 'yaml', { loader: 'yacs' })).toEqual([]);
    expect(findings(RULE, 'weight_decay: null\nmax_grad_norm: ~\nseed:\nlr: 0.1\n')).toEqual([]);
    expect(findings(RULE, 'weight_decay: "None"\nlr: 0.1\n')).toEqual([]);
    expect(findings(RULE, 'lr: 0.1\nwarmup_method: None\nlr_scheduler: None\ngradient_clip_algorithm: None\noptimizer: None\n')).toEqual([]);
    // Not a numeric setting: a path, a name.
    expect(findings(RULE, 'lr: 0.1\nresume_from: None\nrun_name: None\n')).toEqual([]);
  });

  it('reads only YAML: JSON and TOML have no plain None', () => {
    expect(findings(RULE, '{"weight_decay": "None", "lr": 0.1}', 'json')).toEqual([]);
  });
});
