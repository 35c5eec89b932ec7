import { defineRule, type RuleContext } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { numberValue } from '../loader/special-values.js';
import { nearestRate } from '../rule-kit/nearest-rate.js';

/**
 * Absolute floors of a decaying schedule: torch's `eta_min`, nanoGPT's and timm's `min_lr`, HF's polynomial `lr_end`,
 * detectron2's `BASE_LR_END`. Ratios (`min_lr_ratio`, `cosine_min_lr_ratio`, `alpha_f`, Ultralytics' `lrf`) are not
 * rates, and a parameter group's own end rate (`position_lr_final`) belongs to that group's start rate.
 */
const FLOORS = new Set(['min_lr', 'eta_min', 'lr_min', 'min_learning_rate', 'lr_end', 'final_lr', 'final_learning_rate', 'base_lr_end', 'warmup_min_lr', 'cycle_min_lr']);
/** Floors of DeepSpeed's WarmupLR and OneCycle, whose peak is their own `warmup_max_lr` or `cycle_max_lr`, never the optimizer's rate. */
const PAIRED_FLOORS = new Set(['warmup_min_lr', 'cycle_min_lr']);
/** A learning rate that the program scales by the batch before use (MAE's `blr`, latent diffusion's `base_learning_rate`). */
const SCALED_RATES = new Set(['blr', 'base_learning_rate']);
/** A learning-rate range test's bounds (`lr_finder: {min_lr: 1e-7, end_lr: 10}`) are not a schedule's floor. */
const RANGE_TEST = /find|range_?test|lr_?test/i;

/**
 * A schedule decays from the learning rate toward its floor. A floor above the rate turns the decay around: torch's
 * CosineAnnealingLR anneals to `eta_min` whichever is larger, so the rate climbs all run (DRLX's DDPO config: AdamW at
 * 1e-5 with `eta_min: 1.412e-4`); HF's polynomial schedule raises ValueError ("lr_end (...) must be smaller than initial
 * lr"); ReduceLROnPlateau never lowers the rate; fairseq stops training at once when the rate is below `--min-lr`.
 */
export default defineRule({
  id: 'min-lr-above-lr',
  severity: 'warn',
  category: 'consistency',
  description: "Flag a schedule's minimum learning rate set above the learning rate it decays from",
  presets: ['recommended', 'strict'],
  references: [
    { title: 'torch.optim.lr_scheduler.CosineAnnealingLR (anneals from the initial lr to eta_min)', url: 'https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.CosineAnnealingLR.html' },
    { title: 'transformers get_polynomial_decay_schedule_with_warmup: "lr_end must be smaller than initial lr"', url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/optimization.py' },
    { title: 'karpathy/nanoGPT train.py: min_lr "should be ~= learning_rate/10 per Chinchilla"', url: 'https://github.com/karpathy/nanoGPT/blob/master/train.py' },
  ],
  check(ctx) {
    const reported = new Set<Field>();
    for (const run of ctx.runs) {
      for (const floor of run.fields) {
        if (!FLOORS.has(floor.normalized) || !isFloorSetting(floor) || reported.has(floor)) continue;
        const value = numberValue(floor.value);
        const peak = nearestRate(ctx.fields, floor, besideWarmupStart) ?? (PAIRED_FLOORS.has(floor.normalized) ? undefined : run.optimizer.lr?.field);
        const top = peak?.value.kind === 'scalar' ? numberValue(peak.value) : undefined;
        if (!peak || value === undefined || top === undefined || !(top > 0) || value <= top || SCALED_RATES.has(peak.normalized)) continue;
        reported.add(floor);
        report(ctx, floor, value, peak, top);
      }
    }
  },
});

/**
 * Where a warmup starts (hf_ehr's `scheduler: {num_warmup_steps, initial_lr: 1e-6, final_lr: 1e-5}`, which climbs to the
 * optimizer's rate and decays to `final_lr`): beside a warmup it is no peak. Without one it may be (Keras's
 * `initial_learning_rate` is where a decay starts).
 */
const WARMUP_START = /^(?:warmup_)?(?:initial|init|start|starting|begin)_(?:lr|learning_rate)$/;

function besideWarmupStart(rate: Field, beside: readonly Field[]): boolean {
  return WARMUP_START.test(rate.normalized) && beside.some((g) => g.concept === 'warmup');
}

function isFloorSetting(f: Field): boolean {
  return f.kind === 'hyperparameter' && f.value.kind === 'scalar' && !f.path.some((segment) => typeof segment === 'string' && RANGE_TEST.test(segment));
}

function report(ctx: RuleContext<object>, floor: Field, value: number, peak: Field, peakValue: number): void {
  const peakLabel = /max/.test(peak.normalized) ? 'the maximum' : 'the learning rate';
  ctx.report({
    field: floor,
    message: `The minimum learning rate ${formatNumber(value)} is above ${peakLabel} ${formatNumber(peakValue)}.`,
    explanation:
      `${fieldName(floor)} is ${formatNumber(value)}, ${formatNumber(value / peakValue)} times ${fieldName(peak)} (${formatNumber(peakValue)}). ` +
      'A schedule decays from the learning rate toward its minimum, so with the minimum above it a cosine schedule (torch\'s CosineAnnealingLR anneals to `eta_min` whichever is larger) raises the rate over the run instead, HF\'s polynomial schedule refuses to start ("lr_end must be smaller than initial lr"), ReduceLROnPlateau never lowers it, and fairseq stops training at once. ' +
      'The minimum is usually a small fraction of the learning rate (nanoGPT: about a tenth) or 0; lower it, or check whether the two values were swapped.',
  });
}
