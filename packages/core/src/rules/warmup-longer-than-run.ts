import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { DURATION_UNITS, type Duration } from '../loader/special-values.js';
import { ratioOverridden, warmupIgnored } from '../rule-kit/warmup.js';

/**
 * Warmup that lasts as long as training or longer: the learning rate never reaches its peak
 * (DeepSpeed warns when `total_num_steps` < `warmup_num_steps`; LitGPT, OLMo, torchtitan and HF
 * simply run the whole job inside warmup).
 */
export default defineRule({
  id: 'warmup-longer-than-run',
  severity: 'warn',
  category: 'consistency',
  description: 'Flag warmup that lasts as long as training or longer',
  presets: ['recommended', 'strict'],
  references: [
    { title: 'DeepSpeed lr_schedules.py: total_num_steps is less than warmup_num_steps', url: 'https://github.com/microsoft/DeepSpeed/blob/master/deepspeed/runtime/lr_schedules.py' },
    { title: 'Google Research tuning playbook: "How to apply learning rate warmup"', url: 'https://github.com/google-research/tuning_playbook#how-to-apply-learning-rate-warmup' },
  ],
  check(ctx) {
    for (const run of ctx.runs) {
      // HF's `constant` schedule never reads the warmup: constant-schedule-ignores-warmup says so.
      if (warmupIgnored(ctx, run)) continue;
      const { warmupSteps, warmupRatio, totalSteps } = run.schedule;
      // Above 1 the ratio is out of range, warmup-ratio-range's error; exactly 1 is legal and fills the run.
      if (warmupRatio?.value === 1 && !ratioOverridden(ctx, run)) {
        ctx.report({
          field: warmupRatio.field,
          message: `Warmup ratio ${formatNumber(warmupRatio.value)} makes warmup last the whole run.`,
          explanation:
            `${fieldName(warmupRatio.field)} is the fraction of training spent warming up; at ${formatNumber(warmupRatio.value)} the learning rate is still rising when training ends, so the configured peak is never used. ` +
            'Use a small fraction such as 0.03–0.1.',
        });
      }
      const warm = warmupSteps?.value;
      if (!warmupSteps || !warm || warm.amount <= 0) continue;
      if (warm.unit === undefined && warm.amount < 1) continue; // HF ≥ 5: warmup_steps below 1 is a ratio
      if (warm.unit === 'dur') {
        if (warm.amount >= 1) {
          ctx.report({
            field: warmupSteps.field,
            message: `Warmup of ${formatNumber(warm.amount)}dur covers the whole run.`,
            explanation: `${fieldName(warmupSteps.field)} is measured as a fraction of the run (\`dur\`); 1dur or more means the learning rate is still warming up when training stops. Use a fraction such as 0.02dur–0.1dur.`,
          });
        }
        continue;
      }
      const candidates = [totalSteps, run.duration.maxSteps].filter((t) => t?.value !== undefined && t.value.amount > 0);
      for (const total of candidates) {
        if (!total?.value || !sameUnit(warm, total.value)) continue;
        if (warm.amount < total.value.amount) continue;
        ctx.report({
          field: warmupSteps.field,
          message: `Warmup lasts ${describe(warm)} but ${total === totalSteps ? 'the schedule ends' : 'training stops'} after ${describe(total.value)}.`,
          explanation:
            `${fieldName(warmupSteps.field)} is ${describe(warm)} and ${fieldName(total.field)} is ${describe(total.value)}, so the learning rate is still rising when ${total === totalSteps ? 'the schedule ends' : 'training ends'} and never reaches its configured peak. ` +
            'Shorten the warmup (a few percent of the run is usual) or train for longer.',
        });
        break;
      }
    }
  },
});

function sameUnit(a: Duration, b: Duration): boolean {
  const norm = (u: Duration['unit']): string => (u === undefined || u === 'ba' || u === 'it' ? 'steps' : u === 'T' ? 'tok' : u);
  return norm(a.unit) === norm(b.unit);
}

function describe(d: Duration): string {
  const unit = d.unit === undefined || d.unit === 'ba' || d.unit === 'it' ? 'steps' : DURATION_UNITS[d.unit];
  return `${formatNumber(d.amount)} ${d.amount === 1 && unit === 'steps' ? 'step' : unit}`;
}
