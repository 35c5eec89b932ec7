import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { fieldsNamed } from '../rule-kit/select.js';
import { numberValue } from '../loader/special-values.js';
import { isSentinel } from '../model/sentinels.js';
import { own } from '../util/own.js';

const RATIOS = ['warmup_ratio', 'warmup_fraction', 'lr_warmup_fraction', 'warmup_proportion', 'wsd_warmup_fraction', 'lr_warmup_ratio'];
const STEPS = ['warmup_steps', 'num_warmup_steps', 'warmup_iters', 'warmup_num_steps', 'lr_warmup_steps', 'lr_warmup_iters', 'warmup_iter', 'warmup_updates', 'num_warmup_iters'];

/**
 * A warmup ratio is a fraction of the run: transformers v4 refuses one outside [0, 1] ("warmup_ratio
 * must lie in range [0,1]"); a negative warmup step count is refused by transformers v5 and makes no
 * sense anywhere.
 */
export default defineRule({
  id: 'warmup-ratio-range',
  severity: 'error',
  category: 'range',
  description: 'Require warmup ratios to lie in [0, 1] and warmup step counts to be non-negative',
  presets: ['recommended', 'strict'],
  references: [
    { title: 'transformers v4 TrainingArguments: "warmup_ratio must lie in range [0,1]"', url: 'https://github.com/huggingface/transformers/blob/v4.46.0/src/transformers/training_args.py' },
    { title: 'transformers v5 TrainingArguments._validate_args: warmup_steps < 0 is refused', url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/training_args.py' },
    { title: 'Ludwig LRSchedulerConfig: warmup_fraction NonNegativeFloat, wsd_warmup_fraction in [0, 1]', url: 'https://github.com/ludwig-ai/ludwig/blob/master/ludwig/schema/lr_scheduler.py' },
  ],
  check(ctx) {
    for (const field of fieldsNamed(ctx, RATIOS)) {
      const value = numberValue(field.value);
      if (value === undefined || (value >= 0 && value <= 1)) continue;
      // A program that compares the setting with 1 reads a value above 1 as a step count (EnriCo's `warmup_ratio: 1000`).
      if (value > 1 && own(ctx.scripts.ratioOrCount, field.name) !== undefined) continue;
      ctx.report({
        field,
        message: `Warmup ratio ${formatNumber(value)} is outside [0, 1].`,
        explanation:
          `${fieldName(field)} is the fraction of all training steps spent warming up, so it must lie between 0 and 1; transformers refuses anything else ("warmup_ratio must lie in range [0,1]"). ` +
          (value > 1 && value <= 100 ? `If ${formatNumber(value)} was meant as a percentage, write ${formatNumber(value / 100)}; if it was meant as a step count, use a warmup-steps setting instead. ` : '') +
          'Typical values are 0.01 to 0.1.',
      });
    }
    const ids = ctx.frameworks.map((f) => f.id);
    for (const field of fieldsNamed(ctx, STEPS)) {
      const value = numberValue(field.value);
      if (value === undefined || value >= 0 || isSentinel(field, value, ids, ctx.scripts)) continue;
      ctx.report({
        field,
        message: `Warmup of ${formatNumber(value)} steps is negative.`,
        explanation: `${fieldName(field)} is a number of training steps, which cannot be negative; transformers refuses it ("warmup_steps must be an integer or a float"). Use 0 for no warmup.`,
      });
    }
  },
});
