import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import type { Duration } from '../loader/special-values.js';
import { ratioOverridden, warmupAddedToRun, warmupIgnored } from '../rule-kit/warmup.js';

interface Options {
  /** Warmup fractions above this are reported. */
  readonly maxFraction: number;
  /** Runs shorter than this many steps are smoke tests: their schedule does not matter. */
  readonly minTotalSteps: number;
}

/**
 * The tuning playbook's guidance: the largest useful warmup is about 10% of training, and more
 * than 5% may call for more steps overall. A warmup longer than that spends a large share of the
 * run below the peak learning rate. Warmup that lasts the whole run is warmup-longer-than-run's
 * finding; this one covers the fractions in between.
 */
export default defineRule<Options>({
  id: 'warmup-too-long',
  severity: 'info',
  category: 'advice',
  description: 'Suggest a shorter warmup when it takes more than a tenth of training',
  presets: ['strict'],
  options: {
    schema: {
      type: 'object',
      properties: {
        maxFraction: { type: 'number', exclusiveMinimum: 0, maximum: 1, description: 'Warmup longer than this fraction of training is reported.' },
        minTotalSteps: { type: 'integer', minimum: 0, description: 'Runs shorter than this many steps (smoke tests) are not reported.' },
      },
      additionalProperties: false,
    },
    defaults: { maxFraction: 0.1, minTotalSteps: 50 },
  },
  references: [
    { title: 'Google Research tuning playbook: "How to apply learning rate warmup"', url: 'https://github.com/google-research/tuning_playbook#how-to-apply-learning-rate-warmup' },
  ],
  check(ctx) {
    const max = ctx.options.maxFraction;
    for (const run of ctx.runs) {
      if (warmupIgnored(ctx, run)) continue;
      const { warmupSteps, warmupRatio, totalSteps } = run.schedule;
      const tell = (at: NonNullable<typeof warmupRatio>['field'], fraction: number, how: string): void => {
        ctx.report({
          field: at,
          message: `Warmup takes ${percent(fraction)} of training, more than the usual ${percent(max)} at most.`,
          explanation:
            `${how}. The tuning playbook finds warmup useful up to about 10% of the run; beyond that, the run spends a large share of its steps below the peak learning rate, which mostly costs training time. ` +
            'Shorten the warmup (1–5% is common), or train for more steps if the long warmup is needed for stability.',
        });
      };
      if (warmupRatio?.value !== undefined && warmupRatio.value > max && warmupRatio.value < 1 && !ratioOverridden(ctx, run)) {
        tell(warmupRatio.field, warmupRatio.value, `${fieldName(warmupRatio.field)} is ${formatNumber(warmupRatio.value)}`);
        continue;
      }
      const warm = warmupSteps?.value;
      if (!warmupSteps || !warm || warm.amount <= 0) continue;
      if (warm.unit === undefined && warm.amount < 1) {
        // HF ≥ 5: a float warmup_steps below 1 is a ratio.
        if (warm.amount > max) tell(warmupSteps.field, warm.amount, `${fieldName(warmupSteps.field)} is ${formatNumber(warm.amount)}, a fraction of the run`);
        continue;
      }
      if (warm.unit === 'dur') {
        if (warm.amount > max && warm.amount < 1) tell(warmupSteps.field, warm.amount, `${fieldName(warmupSteps.field)} is ${formatNumber(warm.amount)}dur, a fraction of the run`);
        continue;
      }
      // Only schedule lengths meant to span the run; an exponential or cooldown `decay_steps` is a period.
      const horizon = totalSteps && HORIZONS.has(totalSteps.field.normalized) ? totalSteps : undefined;
      const total = [run.duration.maxSteps, horizon].find((t) => t?.value !== undefined && t.value.amount > 0 && sameUnit(warm, t.value));
      if (!total?.value) continue;
      // A smoke test (torchtitan's 10-step debug_model.toml, a 10-step axolotl example) only checks that
      // training runs; how its few steps split into warmup and decay changes nothing.
      if (isSteps(total.value) && total.value.amount < ctx.options.minTotalSteps) continue;
      // The scripts add the warmup to the run's length (`max_steps + warmup_steps`): it is a share of the sum.
      const added = warmupAddedToRun(ctx, warmupSteps.field);
      const fraction = warm.amount / (total.value.amount + (added ? warm.amount : 0));
      if (fraction > max && fraction < 1) {
        tell(warmupSteps.field, fraction, `${fieldName(warmupSteps.field)} is ${formatNumber(warm.amount)} and ${fieldName(total.field)} is ${formatNumber(total.value.amount)}`);
      }
    }
  },
});

const HORIZONS = new Set(['lr_decay_iters', 'total_num_steps', 't_max']);

function percent(x: number): string {
  return `${formatNumber(Math.round(x * 1000) / 10)}%`;
}

function isSteps(d: Duration): boolean {
  return d.unit === undefined || d.unit === 'ba' || d.unit === 'it';
}

function sameUnit(a: Duration, b: Duration): boolean {
  const norm = (u: Duration['unit']): string => (u === undefined || u === 'ba' || u === 'it' ? 'steps' : u === 'T' ? 'tok' : u);
  return norm(a.unit) === norm(b.unit);
}
