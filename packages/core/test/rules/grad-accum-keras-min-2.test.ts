import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const keras = (extra: string): string => `{"compile_config": {"optimizer": {"module": "keras.optimizers", "class_name": "Adam", "config": {"learning_rate": 0.001${extra}}}}}`;

describe('grad-accum-keras-min-2', () => {
  it('flags gradient_accumulation_steps 1 in a Keras optimizer config', () => {
    const text = keras(', "gradient_accumulation_steps": 1');
    const d = findings('grad-accum-keras-min-2', text, 'json');
    expect(d).toHaveLength(1);
    expect(d[0].message).toBe('Keras gradient_accumulation_steps 1 must be an integer of at least 2.');
    expect(d[0].column).toBe(text.indexOf(': 1}') + 3);
  });

  it('flags it in YAML too', () => {
    const d = findings('grad-accum-keras-min-2', 'compile_config:\n  optimizer:\n    class_name: SGD\n    config:\n      learning_rate: 0.01\n      gradient_accumulation_steps: 1.5\n');
    expect(positions(d)).toEqual(['6:36']);
  });

  it('accepts 0, null, 2 and non-Keras gradient accumulation', () => {
    expect(findings('grad-accum-keras-min-2', keras(', "gradient_accumulation_steps": 0'), 'json')).toEqual([]);
    expect(findings('grad-accum-keras-min-2', keras(', "gradient_accumulation_steps": null'), 'json')).toEqual([]);
    expect(findings('grad-accum-keras-min-2', keras(', "gradient_accumulation_steps": 4'), 'json')).toEqual([]);
    // HF Trainer's gradient_accumulation_steps: 1 is the normal default.
    expect(findings('grad-accum-keras-min-2', 'per_device_train_batch_size: 8\ngradient_accumulation_steps: 1\n')).toEqual([]);
  });
});
