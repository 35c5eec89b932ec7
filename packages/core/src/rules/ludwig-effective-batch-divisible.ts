import { defineRule } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { childOf, num, topField } from '../rule-kit/field-index.js';

/**
 * Ludwig's ECD trainer splits `effective_batch_size` into `batch_size × gradient_accumulation_steps
 * × workers`, so it refuses an effective batch smaller than, or not divisible by, either factor, and
 * a `max_batch_size` below it (`ECDTrainerConfig.__post_init__`). `auto` values are resolved at run
 * time and skipped.
 */
export default defineRule({
  id: 'ludwig-effective-batch-divisible',
  severity: 'error',
  category: 'consistency',
  description: 'Require Ludwig `effective_batch_size` to split evenly into batch size and accumulation steps',
  presets: ['recommended', 'strict'],
  frameworks: ['ludwig'],
  references: [
    { title: 'Ludwig schema/trainer.py ECDTrainerConfig.__post_init__', url: 'https://github.com/ludwig-ai/ludwig/blob/master/ludwig/schema/trainer.py' },
  ],
  check(ctx) {
    if (!ctx.hasFramework('ludwig')) return;
    const trainer = topField(ctx.fields, 'trainer');
    const effective = childOf(ctx.fields, trainer, 'effective_batch_size');
    const e = num(effective);
    if (!effective || e === undefined || e <= 0) return;
    const check = (f: Field | undefined, what: string): boolean => {
      const v = num(f);
      if (!f || v === undefined || v <= 0) return false;
      if (e < v) {
        ctx.report({
          field: effective,
          message: `effective_batch_size ${formatNumber(e)} is smaller than ${what} ${formatNumber(v)}.`,
          explanation: `${fieldName(effective)} is the number of examples per weight update, ${what} × the other factors, so it cannot be smaller than ${fieldName(f)} (${formatNumber(v)}); Ludwig rejects the config. Raise \`effective_batch_size\` or lower ${fieldName(f)}.`,
        });
        return true;
      }
      if (e % v !== 0) {
        const near = Math.max(v, Math.round(e / v) * v);
        ctx.report({
          field: effective,
          message: `effective_batch_size ${formatNumber(e)} is not divisible by ${what} ${formatNumber(v)}.`,
          explanation: `Ludwig computes the remaining factor as \`effective_batch_size\` / ${fieldName(f)}, which must be a whole number, so it rejects ${formatNumber(e)} / ${formatNumber(v)}. Use an effective batch size that is a multiple of ${formatNumber(v)}, for example ${formatNumber(near)}.`,
        });
        return true;
      }
      return false;
    };
    if (!check(childOf(ctx.fields, trainer, 'batch_size'), 'batch_size')) check(childOf(ctx.fields, trainer, 'gradient_accumulation_steps'), 'gradient_accumulation_steps');
    const max = childOf(ctx.fields, trainer, 'max_batch_size');
    const mx = num(max);
    if (max && mx !== undefined && mx < e) {
      ctx.report({
        field: max,
        message: `max_batch_size ${formatNumber(mx)} is smaller than effective_batch_size ${formatNumber(e)}.`,
        explanation: `${fieldName(max)} caps the batch sizes Ludwig may use and must be at least ${fieldName(effective)}; Ludwig rejects the config otherwise. Raise \`max_batch_size\` to at least ${formatNumber(e)}.`,
      });
    }
  },
});
