import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber, numericFields } from '../rule-kit/helpers.js';
import { numberValue } from '../loader/special-values.js';

/** Dropout is a probability: PyTorch, Keras, Ludwig and PEFT reject values outside [0, 1]. */
export default defineRule({
  id: 'dropout-range',
  severity: 'error',
  category: 'range',
  description: 'Require dropout probabilities to lie in [0, 1]',
  presets: ['recommended', 'strict'],
  references: [
    { title: 'torch.nn.Dropout: "dropout probability has to be between 0 and 1"', url: 'https://pytorch.org/docs/stable/generated/torch.nn.Dropout.html' },
    { title: 'keras.layers.Dropout (rate in [0, 1])', url: 'https://keras.io/api/layers/regularization_layers/dropout/' },
  ],
  check(ctx) {
    for (const field of numericFields(ctx, ['dropout'])) {
      const value = numberValue(field.value);
      if (value === undefined || (value >= 0 && value <= 1)) continue;
      ctx.report({
        field,
        message: `Dropout ${formatNumber(value)} is outside [0, 1].`,
        explanation:
          `${fieldName(field)} is a probability of dropping each unit, so it must lie between 0 and 1; PyTorch and Keras refuse to build the layer with ${formatNumber(value)}. ` +
          (value > 1 && value <= 100 ? `If ${formatNumber(value)} was meant as a percentage, write ${formatNumber(value / 100)}. ` : '') +
          'Typical values are 0 to 0.1 for transformers and up to 0.5 for small fully connected layers.',
      });
    }
  },
});
