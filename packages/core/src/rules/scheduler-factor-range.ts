import { defineRule } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { fieldsNamed } from '../rule-kit/select.js';
import { isLudwigScheduler, schedulerClassOf } from '../rule-kit/schedulers.js';
import { describeInterval, inInterval, type Interval } from '../rule-kit/interval.js';
import { numberValue } from '../loader/special-values.js';
import type { RuleContext } from '../rule-kit/types.js';
import { own } from '../util/own.js';

interface Check {
  readonly interval: Interval;
  readonly source: string;
  readonly why: string;
}

const LUDWIG_FRACTIONS: Readonly<Record<string, string>> = {
  decay_rate: 'the factor the learning rate is multiplied by at each decay step',
  reduce_on_plateau_rate: 'the factor the learning rate is multiplied by on a plateau',
  eta_min: 'the minimum learning rate of cosine annealing',
  pct_start: 'the fraction of the one-cycle schedule spent increasing the learning rate',
  wsd_warmup_fraction: 'a fraction of training',
  wsd_stable_fraction: 'a fraction of training',
  wsd_decay_fraction: 'a fraction of training',
};

/**
 * Multiplicative factors of learning-rate schedulers: PyTorch's ReduceLROnPlateau refuses
 * `factor >= 1` ("Factor should be < 1.0."), LinearLR wants `start_factor` in (0, 1] and
 * `end_factor` in [0, 1]; Ludwig's scheduler schema bounds `decay_rate`, `reduce_on_plateau_rate`,
 * `eta_min`, `pct_start` and the WSD fractions to [0, 1].
 */
export default defineRule({
  id: 'scheduler-factor-range',
  severity: 'error',
  category: 'range',
  description: 'Require learning-rate scheduler factors and fractions to lie in the range the scheduler accepts',
  presets: ['recommended', 'strict'],
  references: [
    { title: 'torch.optim.lr_scheduler.ReduceLROnPlateau: "Factor should be < 1.0."', url: 'https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.ReduceLROnPlateau.html' },
    { title: 'torch.optim.lr_scheduler.LinearLR: start_factor in (0, 1], end_factor in [0, 1]', url: 'https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.LinearLR.html' },
    { title: 'Ludwig LRSchedulerConfig (FloatRange min=0 max=1)', url: 'https://github.com/ludwig-ai/ludwig/blob/master/ludwig/schema/lr_scheduler.py' },
  ],
  check(ctx) {
    for (const field of fieldsNamed(ctx, ['factor', 'start_factor', 'end_factor', ...Object.keys(LUDWIG_FRACTIONS)])) {
      const check = checkFor(ctx, field);
      if (!check) continue;
      const value = numberValue(field.value);
      if (value === undefined || inInterval(value, check.interval)) continue;
      ctx.report({
        field,
        message:
          check.interval.min === undefined
            ? `Scheduler \`${field.normalized}\` ${formatNumber(value)} must be ${check.interval.maxOpen ? 'below' : 'at most'} ${check.interval.max}.`
            : `Scheduler \`${field.normalized}\` ${formatNumber(value)} is outside ${describeInterval(check.interval)}.`,
        explanation: `${fieldName(field)} is ${check.why}, so ${check.source} only accepts a value ${check.interval.min === undefined ? `${check.interval.maxOpen ? 'below' : 'up to'} ${check.interval.max} ("Factor should be < 1.0.")` : `in ${describeInterval(check.interval)}`}; ${formatNumber(value)} is refused when the scheduler is built.`,
      });
    }
  },
});

function checkFor(ctx: RuleContext<object>, field: Field): Check | undefined {
  const cls = schedulerClassOf(field);
  if (field.normalized === 'factor' && (cls === 'reducelronplateau' || /plateau/.test(field.parent?.normalized ?? ''))) {
    const keras = ctx.hasFramework('keras') || /keras/i.test(cls ?? '');
    return { interval: { max: 1, maxOpen: true }, source: keras ? "Keras's ReduceLROnPlateau" : "PyTorch's ReduceLROnPlateau", why: 'the factor the learning rate is multiplied by on a plateau' };
  }
  if (cls === 'linearlr' && field.normalized === 'start_factor') {
    return { interval: { min: 0, minOpen: true, max: 1 }, source: "PyTorch's LinearLR", why: 'the multiplier of the learning rate at the first step' };
  }
  if (cls === 'linearlr' && field.normalized === 'end_factor') {
    return { interval: { min: 0, max: 1 }, source: "PyTorch's LinearLR", why: 'the multiplier of the learning rate at the end of the ramp' };
  }
  const ludwigFraction = own(LUDWIG_FRACTIONS, field.normalized);
  if (ctx.hasFramework('ludwig') && isLudwigScheduler(field) && ludwigFraction) {
    return { interval: { min: 0, max: 1 }, source: "Ludwig's learning-rate scheduler schema", why: ludwigFraction };
  }
  return undefined;
}
