import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

describe('max-epochs-range', () => {
  it('flags Lightning max_epochs below -1', () => {
    const d = findings('max-epochs-range', 'trainer:\n  accelerator: gpu\n  max_epochs: -5\n  gradient_clip_val: 1.0\n');
    expect(positions(d)).toEqual(['3:15']);
    expect(d[0].message).toBe("Lightning's `max_epochs` -5 must be a non-negative integer or -1.");
  });

  it('flags a Hydra-built Lightning Trainer with a fractional max_steps', () => {
    const d = findings('max-epochs-range', 'trainer:\n  _target_: lightning.pytorch.Trainer\n  max_steps: 10.5\n  max_epochs: 3\n');
    expect(d.map((x) => x.path)).toEqual(['/trainer/max_steps']);
  });

  it('flags a Ludwig trainer with zero epochs, in JSON', () => {
    const d = findings('max-epochs-range', '{"input_features": [{"name": "x", "type": "number"}], "output_features": [{"name": "y", "type": "binary"}], "trainer": {"epochs": 0}}', 'json');
    expect(d.map((x) => x.message)).toEqual(["Ludwig's trainer `epochs` 0 must be a positive integer."]);
  });

  it('flags scikit-learn MLP max_iter 0', () => {
    const d = findings('max-epochs-range', 'hidden_layer_sizes: [64]\nsolver: adam\nmax_iter: 0\n');
    expect(d.map((x) => x.message)).toEqual(['scikit-learn `max_iter` 0 must be an integer of at least 1.']);
  });

  it('accepts -1 sentinels and other frameworks', () => {
    // NeMo and Lightning: -1 means no limit (CORPUS-NOTES: score_based_generative uses max_epochs: -1 and max_steps: -1).
    expect(findings('max-epochs-range', 'trainer:\n  devices: 1\n  accelerator: gpu\n  max_epochs: -1\n  max_steps: -1\n')).toEqual([]);
    expect(findings('max-epochs-range', 'max_steps: -1\nnum_train_epochs: 3\nper_device_train_batch_size: 8\n')).toEqual([]);
    // LogisticRegression accepts max_iter 0.
    expect(findings('max-epochs-range', 'penalty: l2\nsolver: lbfgs\nmax_iter: 0\nC: 1.0\n')).toEqual([]);
  });
});
