import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { childOf, num, str, topField } from '../rule-kit/field-index.js';

/**
 * Ludwig's `one_cycle` and `wsd` schedules warm up on their own (`pct_start`,
 * `wsd_warmup_fraction`); `ludwig/modules/lr_scheduler.py` ignores `warmup_fraction` and
 * `warmup_evaluations` for them and only logs "includes its own warmup phase".
 */
export default defineRule({
  id: 'redundant-warmup',
  severity: 'warn',
  category: 'framework',
  description: 'Flag Ludwig warmup settings that the one_cycle and wsd schedules ignore',
  presets: ['recommended', 'strict'],
  frameworks: ['ludwig'],
  references: [
    { title: 'Ludwig ludwig/modules/lr_scheduler.py get_schedule_with_warmup_and_decay', url: 'https://github.com/ludwig-ai/ludwig/blob/master/ludwig/modules/lr_scheduler.py' },
    { title: 'Ludwig trainer configuration: learning_rate_scheduler', url: 'https://ludwig.ai/latest/configuration/trainer/#learning-rate-scheduler' },
  ],
  check(ctx) {
    if (!ctx.hasFramework('ludwig')) return;
    const sched = childOf(ctx.fields, topField(ctx.fields, 'trainer'), 'learning_rate_scheduler');
    const decay = childOf(ctx.fields, sched, 'decay');
    const kind = str(decay);
    if (kind !== 'one_cycle' && kind !== 'wsd') return;
    const own = kind === 'one_cycle' ? '`pct_start`' : '`wsd_warmup_fraction`';
    for (const name of ['warmup_fraction', 'warmup_evaluations']) {
      const f = childOf(ctx.fields, sched, name);
      const v = num(f);
      if (!f || v === undefined || v <= 0) continue;
      ctx.report({
        field: f,
        message: `${name} is ignored by the ${kind} schedule, which has its own warmup.`,
        explanation: `${fieldName(decay!)} is \`${kind}\`, which warms up as part of its own shape (controlled by ${own}), so Ludwig ignores ${fieldName(f)} (${formatNumber(v)}) and only logs a warning. Remove ${fieldName(f)} and set ${own} for the warmup length you want.`,
      });
    }
  },
});
