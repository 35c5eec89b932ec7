import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'keras-single-clip-mode';

describe(RULE, () => {
  it('flags two clipping modes in a Keras optimizer config, on the second', () => {
    const text = '{"compile_config": {"optimizer": {"module": "keras.optimizers", "class_name": "AdamW", "config": {"learning_rate": 0.001, "clipnorm": 1.0, "global_clipnorm": 1.0, "clipvalue": null}}}}';
    const d = findings(RULE, text, 'json');
    expect(positions(d)).toEqual([`1:${text.indexOf('"global_clipnorm"') + 1}`]);
    expect(d[0]!.message).toBe('Keras optimizers take only one of clipnorm, clipvalue and global_clipnorm, but clipnorm and global_clipnorm are set.');
  });

  it('stays quiet with one mode and nulls, and on Ludwig gradient_clipping', () => {
    expect(findings(RULE, '{"compile_config": {"optimizer": {"class_name": "Adam", "config": {"clipnorm": null, "global_clipnorm": 1.0, "clipvalue": null}}}}', 'json')).toEqual([]);
    expect(findings(RULE, 'input_features: []\noutput_features: []\ntrainer:\n  gradient_clipping:\n    clipglobalnorm: 0.5\n    clipnorm: 1.0\n    clipvalue: 5\n')).toEqual([]);
  });
});
