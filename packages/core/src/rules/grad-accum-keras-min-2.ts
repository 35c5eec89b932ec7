import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { fieldsNamed } from '../rule-kit/select.js';
import { numberValue } from '../loader/special-values.js';
import { isKerasOptimizerConfig } from '../rule-kit/keras.js';

/**
 * Keras 3 optimizers take `gradient_accumulation_steps` as None/0 (off) or an integer of at least 2;
 * `BaseOptimizer.__init__` raises "`gradient_accumulation_steps` must be an integer >= 2" for 1.
 */
export default defineRule({
  id: 'grad-accum-keras-min-2',
  severity: 'error',
  category: 'range',
  description: 'Require a Keras optimizer\'s `gradient_accumulation_steps` to be an integer of at least 2 when set',
  presets: ['recommended', 'strict'],
  frameworks: ['keras'],
  references: [{ title: 'keras BaseOptimizer: "`gradient_accumulation_steps` must be an integer >= 2"', url: 'https://github.com/keras-team/keras/blob/master/keras/src/optimizers/base_optimizer.py' }],
  check(ctx) {
    if (!ctx.hasFramework('keras')) return;
    for (const field of fieldsNamed(ctx, ['gradient_accumulation_steps'])) {
      if (!isKerasOptimizerConfig(field)) continue;
      const value = numberValue(field.value);
      if (value === undefined || value === 0 || (value >= 2 && Number.isInteger(value))) continue;
      ctx.report({
        field,
        message: `Keras gradient_accumulation_steps ${formatNumber(value)} must be an integer of at least 2.`,
        explanation:
          `${fieldName(field)} is ${formatNumber(value)}. Keras optimizers refuse any value that is set but below 2 ("\`gradient_accumulation_steps\` must be an integer >= 2"), because accumulating over one step is no accumulation at all. ` +
          'Remove it (or set it to null) to update every step, or use 2 or more.',
      });
    }
  },
});
