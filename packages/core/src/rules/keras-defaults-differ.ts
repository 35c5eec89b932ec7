import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { fieldsNamed, sibling } from '../rule-kit/select.js';
import { isKerasOptimizerConfig } from '../rule-kit/keras.js';
import { numberValue } from '../loader/special-values.js';

/**
 * Keras and PyTorch spell gradient clipping alike but mean different things: Keras's `clipnorm`
 * clips each variable's gradient to that norm separately, while PyTorch's `clip_grad_norm_` (and HF
 * `max_grad_norm`, Lightning `gradient_clip_val`) clip the global norm over all gradients. A
 * threshold copied from a PyTorch recipe into `clipnorm` clips far less; `global_clipnorm` is the
 * Keras equivalent.
 */
export default defineRule({
  id: 'keras-defaults-differ',
  severity: 'info',
  category: 'framework',
  description: 'Note Keras settings that behave differently from the PyTorch setting they resemble (per-variable `clipnorm`)',
  presets: ['strict'],
  hasSuggestions: true,
  frameworks: ['keras'],
  references: [
    { title: 'keras Optimizer: clipnorm (each weight separately) vs global_clipnorm', url: 'https://keras.io/api/optimizers/' },
    { title: 'torch.nn.utils.clip_grad_norm_ (norm over all gradients together)', url: 'https://pytorch.org/docs/stable/generated/torch.nn.utils.clip_grad_norm_.html' },
  ],
  check(ctx) {
    if (!ctx.hasFramework('keras')) return;
    for (const field of fieldsNamed(ctx, ['clipnorm'])) {
      if (!isKerasOptimizerConfig(field) || numberValue(sibling(field, 'global_clipnorm')) !== undefined) continue;
      const value = numberValue(field.value);
      if (value === undefined || value <= 0) continue;
      ctx.report({
        field,
        on: 'key',
        message: `Keras clips each variable's gradient to norm ${formatNumber(value)} separately, not the global norm.`,
        explanation:
          `${fieldName(field)} is ${formatNumber(value)}. In Keras, \`clipnorm\` rescales every variable's gradient on its own, whereas PyTorch's \`clip_grad_norm_\`, HF \`max_grad_norm\` and Lightning \`gradient_clip_val\` rescale all gradients together by their global norm. ` +
          'The same number therefore clips much less in Keras and changes the direction of the update. If the value comes from a PyTorch recipe, rename the key to `global_clipnorm` (and keep only one of the two).',
        suggestions: [{ description: 'Rename to `global_clipnorm`', edits: [{ range: field.key.range, text: field.key.style === 'double-quoted' || field.key.style === 'json' ? '"global_clipnorm"' : 'global_clipnorm' }] }],
      });
    }
  },
});
