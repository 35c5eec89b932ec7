import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { isLudwigScheduler, schedulerClassOf } from '../rule-kit/schedulers.js';
import { numberValue } from '../loader/special-values.js';

/**
 * CosineAnnealingWarmRestarts needs a positive integer first period `T_0` and an integer period
 * multiplier `T_mult` of at least 1 (PyTorch: "Expected positive integer T_0", "Expected integer
 * T_mult >= 1"); Ludwig's cosine decay declares `t_0` and `t_mult` positive integers.
 */
export default defineRule({
  id: 'warm-restarts-args',
  severity: 'error',
  category: 'range',
  description: 'Require CosineAnnealingWarmRestarts `T_0` to be a positive integer and `T_mult` an integer of at least 1',
  presets: ['recommended', 'strict'],
  references: [
    { title: 'torch.optim.lr_scheduler.CosineAnnealingWarmRestarts', url: 'https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.CosineAnnealingWarmRestarts.html' },
    { title: 'Ludwig LRSchedulerConfig: t_0 and t_mult PositiveInteger', url: 'https://github.com/ludwig-ai/ludwig/blob/master/ludwig/schema/lr_scheduler.py' },
  ],
  check(ctx) {
    for (const field of ctx.fields) {
      if (field.normalized !== 't_0' && field.normalized !== 't_mult') continue;
      const torch = schedulerClassOf(field) === 'cosineannealingwarmrestarts';
      const ludwig = ctx.hasFramework('ludwig') && isLudwigScheduler(field);
      if (!torch && !ludwig) continue;
      const value = numberValue(field.value);
      if (value === undefined || (value >= 1 && Number.isInteger(value))) continue;
      const first = field.normalized === 't_0';
      ctx.report({
        field,
        message: first ? `Warm-restart period T_0 ${formatNumber(value)} must be a positive integer.` : `Warm-restart multiplier T_mult ${formatNumber(value)} must be an integer of at least 1.`,
        explanation: first
          ? `${fieldName(field)} is the number of steps (or epochs) before the first restart, so it must be a positive whole number; ${torch ? 'PyTorch raises "Expected positive integer T_0"' : "Ludwig's schema refuses it"}.`
          : `${fieldName(field)} multiplies the period after each restart, so it must be a whole number of at least 1 (1 keeps every period equal); ${torch ? 'PyTorch raises "Expected integer T_mult >= 1"' : "Ludwig's schema refuses it"}.`,
      });
    }
  },
});
