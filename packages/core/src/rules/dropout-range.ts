import { defineRule, type RuleContext } from '../rule-kit/types.js';
import { fieldName, formatNumber, HF_TRAINER_LIKE, numericFields } from '../rule-kit/helpers.js';
import { booleanValue, numberValue } from '../loader/special-values.js';
import { classOfField } from '../rule-kit/select.js';
import type { Field } from '../classify/classify.js';

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
    const autoCorrected = libkgeAutoCorrect(ctx);
    for (const field of numericFields(ctx, ['dropout'])) {
      const value = numberValue(field.value);
      if (value === undefined || (value >= 0 && value <= 1)) continue;
      if (value === -1 && isOffSwitch(field, ctx.frameworks.map((f) => f.id))) continue;
      if (value < 0 && autoCorrected) continue;
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

/** Programs that hand a dropout straight to torch's or Keras' layers, which refuse -1 when the model is built. */
const HANDS_TO_LAYERS: readonly string[] = [...HF_TRAINER_LIKE, 'peft', 'ludwig', 'litgpt', 'torchtune', 'keras'];

/**
 * Research code switches a dropout off with -1 (TrafficBots' `dropout_p_history: -1`, read by code that says "turn off if
 * set to negative"): torch's Dropout refuses -1 as soon as the model is built, so a -1 kept in a published config is a
 * switch the program's own code reads. A Dropout layer's own argument and the frameworks above stay checked.
 */
function isOffSwitch(field: Field, frameworks: readonly string[]): boolean {
  if (/dropout/i.test(classOfField(field) ?? '')) return false;
  return !HANDS_TO_LAYERS.some((id) => frameworks.includes(id));
}

/**
 * LibKGE with `auto_correct` on sets a negative dropout to 0 and logs it (`lookup_embedder.py`): its Ax searches draw
 * dropout from a range below 0 to give "no dropout" weight, and the best trial's config keeps the drawn value.
 */
function libkgeAutoCorrect(ctx: RuleContext<object>): boolean {
  if (!ctx.hasFramework('libkge')) return false;
  return ctx.fields.some((f) => f.normalized === 'auto_correct' && booleanValue(f.value) === true);
}
