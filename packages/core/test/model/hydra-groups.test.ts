import { describe, expect, it } from 'vitest';
import { analyze, hydraComposedGroups, hydraDefaults, lint } from '../../src/index.js';

describe('hydraDefaults', () => {
  it('tells config groups from configs of the primary config\'s own folder', () => {
    const text = 'defaults:\n  - hydra/output: custom\n  - preprocess\n  - train\n  - model: lm\n  - db/mysql\n  - _self_\n  - ${oc.env:X}\n';
    const d = hydraDefaults(text);
    expect([[...d.groups].sort(), [...d.configs].sort()]).toEqual([['db', 'model'], ['preprocess', 'train']]);
    // The options selected by name, for a group kept in another config folder (ReBeL's `conf/common`).
    expect(d.options).toEqual(['model/lm']);
    expect(hydraDefaults('defaults:\n  - optimizer: ${oc.env:OPT}\n  - override /model/encoder@net: big\n').options).toEqual(['model/encoder/big']);
  });

  it('names the first entry only Hydra writes, which makes the file a Hydra primary config', () => {
    expect(hydraDefaults('defaults:\n  - model: lm\n  - override hydra/launcher: joblib\n  - _self_\n').hydraEntry).toBe('hydra/launcher');
    expect(hydraDefaults('defaults:\n  - model: lm\n  - _self_\n').hydraEntry).toBe('_self_');
    expect(hydraDefaults('defaults:\n  - hydra: default\n').hydraEntry).toBe('hydra');
    expect(hydraDefaults('defaults:\n  - model: lm\n  - train\n').hydraEntry).toBeUndefined();
  });
});

describe('hydraComposedGroups', () => {
  it('gives the groups a defaults list selects, without override/optional, packages or a leading slash', () => {
    const text = [
      'defaults:',
      '  - optimizer: adam',
      '  - override /scheduler: cosine',
      '  - optional model/encoder@net.enc: big',
      '  - callbacks: [early_stop, ckpt]',
      '  - trainer: null',
      '  - db/mysql',
      '  - local_file',
      '  - override hydra/launcher: submitit',
      '  - _self_',
      'seed: 1',
      '',
    ].join('\n');
    expect(hydraComposedGroups(text).sort()).toEqual(['callbacks', 'db', 'model/encoder', 'optimizer', 'scheduler', 'trainer']);
  });

  it('gives none for text without a defaults list, a mapping of defaults (Ludwig) or broken YAML', () => {
    expect(hydraComposedGroups('optimizer: adam\nlr: 0.1\n')).toEqual([]);
    expect(hydraComposedGroups('defaults:\n  text:\n    preprocessing: {lowercase: true}\n')).toEqual([]);
    expect(hydraComposedGroups('defaults:\n  - optimizer: [adam\n')).toEqual([]);
    // Only a top-level defaults list composes.
    expect(hydraComposedGroups('model:\n  defaults:\n    - optimizer: adam\n')).toEqual([]);
  });
});

describe('analysis of a file a Hydra config composes', () => {
  const composedBy = { framework: 'hydra', evidence: 'config group `optimizer` in the defaults list of conf/config.yaml' } as const;

  it('is read by OmegaConf, counts Hydra as detected with the layout as evidence, and is one part of a run', () => {
    const result = analyze('lr: 1e-4\nmomentum: 0.9\n', { format: 'yaml', composedBy });
    expect(result.analysis?.loader.id).toBe('omegaconf');
    expect(result.analysis?.loaderAssumed).toBe(false);
    expect(result.analysis?.frameworks[0]).toMatchObject({ id: 'hydra', evidence: [composedBy.evidence] });
    expect(result.analysis?.partial).toBe(true);
  });

  it('keeps `1e-4` a float, which PyYAML (assumed without the layout) leaves a string', () => {
    const text = 'lr: 1e-4\nmomentum: 0.9\n';
    const rules = (options: object): string[] => lint(text, { format: 'yaml', ...options }).diagnostics.map((d) => d.ruleId);
    expect(rules({})).toContain('yaml-sci-notation-string');
    expect(rules({ composedBy })).not.toContain('yaml-sci-notation-string');
  });

  it('leaves a loader named in settings in charge', () => {
    const result = analyze('lr: 1e-4\n', { format: 'yaml', composedBy, loader: 'pyyaml' });
    expect(result.analysis?.loader.id).toBe('pyyaml');
  });
});
