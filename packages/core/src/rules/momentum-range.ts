import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber, numericFields } from '../rule-kit/helpers.js';
import { numberValue } from '../loader/special-values.js';

const RANGED = new Set(['momentum', 'sgd_momentum', 'base_momentum', 'max_momentum', 'dampening', 'rho', 'warmup_momentum', 'cycle_min_mom', 'cycle_max_mom']);

/**
 * Optimizer momentum lies in [0, 1]: PyTorch rejects negative values ("Invalid momentum value"),
 * Keras and scikit-learn also reject values above 1, and above 1 every update grows without bound.
 */
export default defineRule({
  id: 'momentum-range',
  severity: 'error',
  category: 'range',
  description: 'Require optimizer momentum (and dampening, rho) to lie in [0, 1]',
  presets: ['recommended', 'strict'],
  references: [
    { title: 'torch.optim.SGD: "Invalid momentum value"', url: 'https://github.com/pytorch/pytorch/blob/main/torch/optim/sgd.py' },
    { title: 'keras.optimizers.SGD: momentum must be a float between [0, 1]', url: 'https://keras.io/api/optimizers/sgd/' },
  ],
  check(ctx) {
    for (const field of numericFields(ctx, ['momentum'])) {
      if (!RANGED.has(field.normalized)) continue;
      const value = numberValue(field.value);
      if (value === undefined || (value >= 0 && value <= 1)) continue;
      ctx.report({
        field,
        message: `${field.normalized === 'dampening' ? 'Dampening' : field.normalized === 'rho' ? 'Rho' : 'Momentum'} ${formatNumber(value)} is outside [0, 1].`,
        explanation:
          `${fieldName(field)} is ${formatNumber(value)}. Momentum is the fraction of the previous update carried into the next one: below 0 it reverses direction (PyTorch refuses it), above 1 updates grow without bound (Keras and scikit-learn refuse it). ` +
          'Typical SGD momentum is 0.9.',
      });
    }
  },
});
