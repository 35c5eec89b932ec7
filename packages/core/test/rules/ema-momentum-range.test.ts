import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

describe('ema-momentum-range', () => {
  it('flags a Keras ema_momentum above 1 when use_ema is on', () => {
    const text = '{"compile_config": {"optimizer": {"class_name": "AdamW", "config": {"learning_rate": 0.001, "use_ema": true, "ema_momentum": 1.5}}}}';
    const d = findings('ema-momentum-range', text, 'json');
    expect(d.map((x) => x.message)).toEqual(['EMA decay 1.5 is outside [0, 1].']);
    expect(d[0].column).toBe(text.indexOf('1.5') + 1);
  });

  it('flags a negative ema_decay in a YAML training config', () => {
    expect(positions(findings('ema-momentum-range', 'train:\n  ema_config:\n    use_ema: true\n    ema_decay: -0.99\n'))).toEqual(['4:16']);
  });

  it('flags a Keras ema_overwrite_frequency below 1', () => {
    const d = findings('ema-momentum-range', 'optimizer:\n  class_name: SGD\n  config:\n    learning_rate: 0.1\n    use_ema: true\n    ema_overwrite_frequency: 0.5\n');
    expect(d.map((x) => x.message)).toEqual(['Keras ema_overwrite_frequency 0.5 must be an integer of at least 1.']);
  });

  it('ignores Keras EMA settings while use_ema is off, and valid decays', () => {
    expect(findings('ema-momentum-range', '{"compile_config": {"optimizer": {"class_name": "Adam", "config": {"use_ema": false, "ema_momentum": 1.5}}}}', 'json')).toEqual([]);
    expect(findings('ema-momentum-range', 'ema_decay: 0.9999\n')).toEqual([]);
  });
});
