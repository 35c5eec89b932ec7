import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'duplicate-key';

describe(RULE, () => {
  it('flags the second `debug` of the accelerate SageMaker config (CORPUS-NOTES W12), on the repeated key', () => {
    const d = findings(RULE, 'compute_environment: AMAZON_SAGEMAKER\ndebug: false\ndistributed_type: NO\nmixed_precision: "no"\ndebug: true\n');
    expect(positions(d)).toEqual(['5:1']);
    expect(d[0].message).toBe('Key `debug` is already set on line 2.');
    expect(d[0].path).toBe('/debug');
    expect([d[0].endLine, d[0].endColumn]).toEqual([5, 6]);
    expect(d[0].explanation).toMatch(/OmegaConf .* and DeepSpeed refuse the file/);
  });

  it('flags duplicates in nested JSON and JSONC mappings', () => {
    const json = findings(RULE, '{"train_batch_size": 8,\n "optimizer": {"type": "Adam", "type": "AdamW"}}', 'json');
    expect(positions(json)).toEqual(['2:32']);
    expect(json[0].message).toBe('Key `type` is already set on line 2.');
    expect(json[0].path).toBe('/optimizer/type');
    expect(positions(findings(RULE, '{\n  // c\n  "lr": 1,\n  "lr": 2,\n}', 'jsonc'))).toEqual(['4:3']);
  });

  it('leaves comments written as repeated JSON keys (DeepMD-kit\'s `_comment`) alone, except in DeepSpeed files, which refuse them', () => {
    const deepmd = '{\n  "_comment": " model parameters",\n  "model": {"type_map": ["O", "H"], "_comment": " that\'s all"},\n  "learning_rate": {"type": "exp", "start_lr": 0.001},\n  "_comment": " that\'s all",\n  "training": {"numb_steps": 1000000, "batch_size": "auto"}\n}\n';
    expect(findings(RULE, deepmd, 'json')).toEqual([]);
    expect(positions(findings(RULE, '{"//": "a", "lr": 1, "//": "b", "lr": 2}', 'json'))).toEqual(['1:33']);
    expect(positions(findings(RULE, '{"comment": "a", "lr": 1, "comment": "b"}', 'json'))).toEqual(['1:27']);
    // A bare `comment` repeated with prose each time is a comment line (AMPL's test configs); a one-word value may be a setting.
    expect(findings(RULE, '{"comment": "Model parameters", "lr": 1, "comment": "Training settings below"}', 'json')).toEqual([]);
    expect(positions(findings(RULE, '{"comment": "Model parameters", "lr": 1, "comment": "short"}', 'json'))).toEqual(['1:42']);
    expect(positions(findings(RULE, 'comment: Model parameters\nlr: 1\ncomment: Training settings\n'))).toEqual(['3:1']);
    // A comment named for the key below it, repeated by copy and paste (AnimalPoseForecasting's reader drops `^_comment` keys).
    expect(findings(RULE, '{"_comment_savedir": "where to save output", "savedir": "m", "_comment_savedir": "how often to save", "save_epoch": 5}', 'json')).toEqual([]);
    expect(positions(findings(RULE, '{"comment_savedir": "a", "savedir": "m", "comment_savedir": "b"}', 'json'))).toEqual(['1:42']);
    expect(positions(findings(RULE, '{"train_micro_batch_size_per_gpu": 4, "zero_optimization": {"stage": 2}, "_comment": "a", "_comment": "b"}', 'json'))).toHaveLength(1);
    expect(positions(findings(RULE, '_comment: a\nlr: 1\n_comment: b\n'))).toEqual(['3:1']);
  });

  it('reports every repetition against the first occurrence', () => {
    expect(findings(RULE, 'a:\n  b: 1\n  b: 2\n  b: 3\n').map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '3:3 Key `b` is already set on line 2.',
      '4:3 Key `b` is already set on line 2.',
    ]);
  });

  it('leaves TOML duplicates to the parser, which rejects them with a position', () => {
    const d = findings(RULE, 'lr = 1\nlr = 2\n', 'toml');
    expect(d.map((x) => `${x.ruleId} ${x.line}:${x.column}`)).toEqual(['parse-error 2:1']);
  });

  it('does not count merge keys, aliases or separate documents as duplicates', () => {
    expect(findings(RULE, 'base: &b {lr: 1, wd: 0}\nx: *b\ny:\n  <<: *b\n  lr: 2\n')).toEqual([]);
    expect(findings(RULE, 'a: 1\n---\na: 2\n')).toEqual([]);
    expect(findings(RULE, 'a: {x: 1}\nb: {x: 1}\n')).toEqual([]);
  });

  it('leaves a key repeated only to host anchors alone (BasicSR-style `define: &name value`), but not a repeated setting', () => {
    const hosts = 'name: topiq\ndefine: &img_size_oneside 384\ndefine: &img_size [*img_size_oneside, *img_size_oneside]\ndefine: &bs 16\ndatasets:\n  train:\n    batch_size_per_gpu: *bs\n    img_size: *img_size\n';
    expect(findings(RULE, hosts)).toEqual([]);
    // One of the two values is plain: the repeated key is a setting, and one value is lost.
    expect(positions(findings(RULE, 'lr: &lr 0.1\nlr: 0.2\nsched:\n  base: *lr\n'))).toEqual(['2:1']);
  });
});
