import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { fieldsNamed, siblingBoolean } from '../rule-kit/select.js';
import { isKerasOptimizerConfig } from '../rule-kit/keras.js';
import { numberValue } from '../loader/special-values.js';

const DECAYS = ['ema_momentum', 'ema_decay', 'ema_rate'];

/**
 * An exponential moving average keeps `decay * average + (1 - decay) * new`, so the decay must lie
 * in [0, 1]; Keras optimizers with `use_ema` refuse anything else ("`ema_momentum` must be in the
 * range [0, 1]") and need `ema_overwrite_frequency` to be an integer of at least 1 or None.
 */
export default defineRule({
  id: 'ema-momentum-range',
  severity: 'error',
  category: 'range',
  description: 'Require weight-EMA decay/momentum in [0, 1] and Keras `ema_overwrite_frequency` to be a positive integer',
  presets: ['recommended', 'strict'],
  references: [{ title: 'keras BaseOptimizer: "`ema_momentum` must be in the range [0, 1]"', url: 'https://github.com/keras-team/keras/blob/master/keras/src/optimizers/base_optimizer.py' }],
  check(ctx) {
    for (const field of fieldsNamed(ctx, DECAYS)) {
      const value = numberValue(field.value);
      if (value === undefined || (value >= 0 && value <= 1)) continue;
      // A Keras optimizer only checks the momentum when `use_ema` is on; elsewhere the average itself diverges.
      if (isKerasOptimizerConfig(field) && siblingBoolean(field, 'use_ema') !== true) continue;
      ctx.report({
        field,
        message: `EMA decay ${formatNumber(value)} is outside [0, 1].`,
        explanation:
          `${fieldName(field)} weights the running average against each new value (average = decay × average + (1 − decay) × weights), so it must lie between 0 and 1; outside that range the average diverges or flips sign, and Keras refuses it. ` +
          'Typical values are 0.99 to 0.9999.',
      });
    }
    for (const field of fieldsNamed(ctx, ['ema_overwrite_frequency'])) {
      if (!isKerasOptimizerConfig(field) || siblingBoolean(field, 'use_ema') !== true) continue;
      const value = numberValue(field.value);
      if (value === undefined || value === 0 || (value >= 1 && Number.isInteger(value))) continue;
      ctx.report({
        field,
        message: `Keras ema_overwrite_frequency ${formatNumber(value)} must be an integer of at least 1.`,
        explanation: `${fieldName(field)} is how many steps pass between copying the EMA weights into the model, so Keras refuses anything but a whole number of at least 1 or null ("\`ema_overwrite_frequency\` must be an integer >= 1 or None").`,
      });
    }
  },
});
