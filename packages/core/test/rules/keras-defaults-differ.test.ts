import { describe, expect, it } from 'vitest';
import { findings } from '../helpers.js';

describe('keras-defaults-differ', () => {
  it('notes a Keras clipnorm, on the key, with a rename suggestion', () => {
    const text = '{"compile_config": {"optimizer": {"module": "keras.optimizers", "class_name": "AdamW", "config": {"learning_rate": 0.001, "clipnorm": 1.0}}}}';
    const d = findings('keras-defaults-differ', text, 'json');
    expect(d).toHaveLength(1);
    expect(d[0].column).toBe(text.indexOf('"clipnorm"') + 1);
    expect(d[0].message).toBe("Keras clips each variable's gradient to norm 1 separately, not the global norm.");
    expect(d[0].suggestions?.[0].edits[0].text).toBe('"global_clipnorm"');
  });

  it('works on YAML Keras configs', () => {
    expect(findings('keras-defaults-differ', 'compile_config:\n  optimizer:\n    class_name: SGD\n    config:\n      learning_rate: 0.01\n      clipnorm: 5\n')).toHaveLength(1);
  });

  it('stays quiet on global_clipnorm and on non-Keras clipnorm keys', () => {
    expect(findings('keras-defaults-differ', '{"compile_config": {"optimizer": {"class_name": "Adam", "config": {"global_clipnorm": 1.0}}}}', 'json')).toEqual([]);
    // Ludwig's gradient_clipping.clipnorm is not a Keras optimizer argument.
    expect(findings('keras-defaults-differ', 'input_features: []\noutput_features: []\ntrainer:\n  gradient_clipping:\n    clipnorm: 1.0\n')).toEqual([]);
  });
});
