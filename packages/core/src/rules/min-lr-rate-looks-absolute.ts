import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { hfArgumentsScopes } from '../rule-kit/hf-arguments-block.js';
import { fieldIn, isPlaceholder, str } from '../rule-kit/field-index.js';
import { numberValue } from '../loader/special-values.js';
import { renameKey } from '../rule-kit/edits.js';

/** Below this a floor written as a fraction of the peak rate is a learning rate written under the wrong name. */
const LARGEST_RATE_LIKE = 1e-3;

/**
 * HF's `min_lr_rate` is the floor of `cosine_with_min_lr` as a fraction of the peak learning rate (0.1 keeps a tenth),
 * `min_lr` the floor itself. A `min_lr_rate` of 8e-6 beside `learning_rate: 4e-5` is a learning rate written under the
 * fraction's name: the floor becomes 3.2e-10, so the schedule decays to nothing. Zero (decay to nothing on purpose) is
 * not reported.
 */
export default defineRule({
  id: 'min-lr-rate-looks-absolute',
  severity: 'warn',
  category: 'advice',
  description: 'Flag an HF `min_lr_rate` small enough to be a learning rate meant as `min_lr`',
  presets: ['recommended', 'strict'],
  hasSuggestions: true,
  references: [
    { title: 'transformers optimization.py: get_cosine_with_min_lr_schedule_with_warmup (min_lr_rate = min_lr / lr)', url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/optimization.py' },
  ],
  check(ctx) {
    for (const { map } of hfArgumentsScopes(ctx)) {
      const type = str(fieldIn(ctx.fields, map, 'lr_scheduler_type'));
      if (type !== 'cosine_with_min_lr' && type !== 'cosine_warmup_with_min_lr') continue;
      const kwargs = fieldIn(ctx.fields, map, 'lr_scheduler_kwargs');
      if (!kwargs || kwargs.value.kind !== 'map') continue;
      const rate = ctx.fields.find((f) => f.container === kwargs.value && f.name === 'min_lr_rate');
      if (!rate || isPlaceholder(rate)) continue;
      const value = numberValue(rate.value);
      if (value === undefined || value <= 0 || value >= LARGEST_RATE_LIKE) continue;
      const lrField = fieldIn(ctx.fields, map, 'learning_rate');
      const lr = lrField ? numberValue(lrField.value) : undefined;
      const floor = lr !== undefined ? ` The floor is then ${formatNumber(Number((value * lr).toPrecision(3)))}, which is no floor at all.` : '';
      ctx.report({
        field: rate,
        on: 'key',
        message: `\`min_lr_rate\` ${formatNumber(value)} is a fraction of the peak rate; it looks like a learning rate meant as \`min_lr\`.`,
        explanation:
          `${fieldName(rate)} is ${formatNumber(value)}. HF's ${type} schedule multiplies the peak learning rate${lrField ? ` (${fieldName(lrField)}, ${formatNumber(lr ?? 0)})` : ''} by \`min_lr_rate\` to get the floor the cosine decays to, ` +
          `so a rate below ${formatNumber(LARGEST_RATE_LIKE)} lets the schedule decay to almost nothing.${floor} ` +
          'If the value is the floor itself, write it as `min_lr`; if it is meant as a fraction, the usual values are 0.01 to 0.1.',
        suggestions: [{ description: 'Rename to `min_lr`', edits: [renameKey(rate.key, 'min_lr')] }],
      });
    }
  },
});
