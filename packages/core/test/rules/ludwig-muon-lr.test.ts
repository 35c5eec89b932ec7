import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const LUDWIG = 'input_features:\n  - name: x\n    type: number\noutput_features:\n  - name: y\n    type: binary\n';

describe('ludwig-muon-lr', () => {
  it('notes Muon at an explicit Adam-sized learning rate, on the learning rate', () => {
    const d = findings('ludwig-muon-lr', `${LUDWIG}trainer:\n  learning_rate: 0.001\n  optimizer:\n    type: muon\n`);
    expect(positions(d)).toEqual(['8:18']);
    expect(d[0].message).toBe('Muon runs at learning rate 0.001, an Adam-sized value.');
  });

  it('notes Muon at Ludwig\'s default learning rate, on the optimizer type', () => {
    const d = findings('ludwig-muon-lr', `${LUDWIG}trainer:\n  epochs: 30\n  optimizer:\n    type: muon\n    lr: 0.001\n`);
    expect(positions(d)).toEqual(['10:11']);
    expect(d[0].message).toBe("Muon runs at Ludwig's default learning rate 0.001, an Adam-sized value.");
  });

  it('accepts Muon at its usual rate, auto, other optimizers and a lower threshold option', () => {
    expect(findings('ludwig-muon-lr', `${LUDWIG}trainer:\n  learning_rate: 0.02\n  optimizer:\n    type: muon\n`)).toEqual([]);
    expect(findings('ludwig-muon-lr', `${LUDWIG}trainer:\n  learning_rate: auto\n  optimizer:\n    type: muon\n`)).toEqual([]);
    expect(findings('ludwig-muon-lr', `${LUDWIG}trainer:\n  learning_rate: 0.001\n  optimizer:\n    type: adam\n`)).toEqual([]);
    expect(findings('ludwig-muon-lr', `${LUDWIG}trainer:\n  learning_rate: 0.002\n  optimizer:\n    type: muon\n`, 'yaml', { options: { minLearningRate: 0.001 } })).toEqual([]);
  });
});
