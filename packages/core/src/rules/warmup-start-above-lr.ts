import { defineRule, type RuleContext } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { numberValue } from '../loader/special-values.js';
import { nearestRate } from '../rule-kit/nearest-rate.js';

/**
 * Where a linear warmup starts, as an absolute rate: timm's `warmup_lr` (`warmup_lr_init`), Swin's `WARMUP_LR`, LAVIS's
 * `warmup_lr`, fairseq's `warmup_init_lr`, Megatron's `lr_warmup_init`, MXNet's `warmup_begin_lr`. Names with a prefix
 * (`embedding_warmup_lr`, `topology_warmup_lr`) are the constant rate of a separate phase, and Ultralytics'
 * `warmup_bias_lr` falls to the rate on purpose (the biases start high); neither is here.
 */
const WARMUP_STARTS = new Set(['warmup_lr', 'warmup_init_lr', 'warmup_start_lr', 'warmup_lr_init', 'lr_warmup_init', 'warmup_begin_lr', 'warmup_initial_lr']);
/**
 * Where a warmup starts as a multiple of the learning rate: detectron2's and maskrcnn-benchmark's `SOLVER.WARMUP_FACTOR`
 * (fvcore's `WarmupParamScheduler`, default 1/1000), which many yacs and YAML projects copy as `warmup_factor`. Above 1
 * the warmup starts above the rate. (Prefixed names such as OLMo's `grad_clip_warmup_factor` scale something else.)
 */
const WARMUP_START_FACTORS = new Set(['warmup_factor', 'warmup_start_factor']);
/**
 * A warmup's length beside its start (`warmup_epochs`, `warmup_steps`, `warmup_updates`, `WARMUP_ITERS`, `warmup_ratio`,
 * timm's `warmup_t`), by name: inside a `_target_:` block the classifier reads them as the class's arguments.
 */
const WARMUP_LENGTH = /warm_?up_?(?:steps?|iters?|iterations|updates|epochs?|ratio|fraction|proportion|length|duration|t)$|^(?:t|n|num)_warmup(?:_steps|_iters|_epochs)?$/;
/** A learning rate that the program scales by the batch before use (MAE's `blr`, latent diffusion's `base_learning_rate`); the start is not. */
const SCALED_RATES = new Set(['blr', 'base_learning_rate']);
/** Rates beside a warmup's start that are not its peak: the schedule's floor and end, or another warmup setting. */
const NOT_A_PEAK = /min|final|end|warmup|bias/;

/**
 * A warmup raises the rate from its start to the learning rate over the first steps. A start above the rate turns it
 * round: the first steps, with the weights furthest from fitting, run above the peak, and the "warmup" lowers the rate.
 * timm's, Swin's, LAVIS's and fairseq's schedulers interpolate between the two whichever is larger and say nothing
 * (an ALBEF-style CLIP fine-tune: `warmup_lr: 1e-5` beside `lr: 1e-6`, ten times its peak for the first epoch).
 */
export default defineRule({
  id: 'warmup-start-above-lr',
  severity: 'warn',
  category: 'consistency',
  description: "Flag a warmup whose starting learning rate is above the learning rate it warms up to",
  presets: ['recommended', 'strict'],
  references: [
    { title: 'timm scheduler: the rate rises linearly from warmup_lr_init to the base rate over warmup_t', url: 'https://github.com/huggingface/pytorch-image-models/blob/main/timm/scheduler/scheduler.py' },
    { title: 'fairseq inverse_sqrt: "warmup the learning rate linearly from --warmup-init-lr to --lr"', url: 'https://github.com/facebookresearch/fairseq/blob/main/fairseq/optim/lr_scheduler/inverse_square_root_schedule.py' },
    { title: 'Goyal et al. 2017, Accurate, Large Minibatch SGD: gradual warmup from a small rate to the target rate', url: 'https://arxiv.org/abs/1706.02677' },
  ],
  check(ctx) {
    const reported = new Set<Field>();
    for (const run of ctx.runs) {
      for (const start of run.fields) {
        if (!WARMUP_STARTS.has(start.normalized) || start.kind !== 'hyperparameter' || reported.has(start) || !warmsUp(ctx.fields, start)) continue;
        const value = numberValue(start.value);
        const peak = nearestRate(ctx.fields, start, notAPeak) ?? (ratesBeside(ctx.fields, start).length === 0 ? run.optimizer.lr?.field : undefined);
        const top = peak && peak !== start ? numberValue(peak.value) : undefined;
        if (!peak || value === undefined || top === undefined || !(top > 0) || value <= top || SCALED_RATES.has(peak.normalized)) continue;
        reported.add(start);
        report(ctx, start, value, peak, top);
      }
    }
    for (const factor of ctx.fields) {
      // A learning rate beside the factor or its block says it scales a rate (a replay warmup's factor scales a batch).
      if (!WARMUP_START_FACTORS.has(factor.normalized) || factor.kind !== 'hyperparameter' || !warmsUp(ctx.fields, factor) || !nearestRate(ctx.fields, factor, notAPeak)) continue;
      const value = numberValue(factor.value);
      if (value === undefined || !(value > 1)) continue;
      reportFactor(ctx, factor, value);
    }
  },
});

/** A warmup of some length is written beside the start; one of length 0 never runs, and without one the start may mean something else. */
function warmsUp(fields: readonly Field[], start: Field): boolean {
  const lengths = fields.filter((g) => g.container === start.container && g !== start && !WARMUP_STARTS.has(g.normalized) && !WARMUP_START_FACTORS.has(g.normalized) && WARMUP_LENGTH.test(g.normalized));
  return lengths.some((g) => (numberValue(g.value) ?? 0) > 0);
}

function notAPeak(rate: Field): boolean {
  return NOT_A_PEAK.test(rate.normalized);
}

/**
 * The rates beside the start that could be its peak. With several and none chosen (a feedback loop's `warmup_lr` beside
 * `kan_lr` and `adapter_lr`), which one it warms up to is not known, and the run's rate is not asked either.
 */
function ratesBeside(fields: readonly Field[], start: Field): Field[] {
  return fields.filter((g) => g.container === start.container && g !== start && g.concept === 'learning-rate' && g.kind === 'hyperparameter' && !notAPeak(g));
}

function report(ctx: RuleContext<object>, start: Field, value: number, peak: Field, peakValue: number): void {
  ctx.report({
    field: start,
    message: `The warmup starts at ${formatNumber(value)}, above the learning rate ${formatNumber(peakValue)} it warms up to.`,
    explanation:
      `${fieldName(start)} is ${formatNumber(value)}, ${formatNumber(value / peakValue)} times ${fieldName(peak)} (${formatNumber(peakValue)}). ` +
      "A warmup raises the rate from where it starts to the learning rate over the first steps (timm's `warmup_lr`, Swin's `WARMUP_LR`, fairseq's `--warmup-init-lr`), because early updates, with the weights furthest from fitting, are the ones a high rate throws off. " +
      'Started above the learning rate, the warmup runs the first steps above the peak and lowers the rate instead; the schedulers interpolate between the two values either way and say nothing. ' +
      'Start the warmup well below the learning rate (timm and DeiT: 1e-6; fairseq: 1e-7) or at 0, or check whether the two values were swapped.',
  });
}

function reportFactor(ctx: RuleContext<object>, factor: Field, value: number): void {
  ctx.report({
    field: factor,
    message: `The warmup starts at ${formatNumber(value)} times the learning rate, above the rate it warms up to.`,
    explanation:
      `${fieldName(factor)} is the multiple of the learning rate the warmup starts from (detectron2's and maskrcnn-benchmark's \`SOLVER.WARMUP_FACTOR\`, default 1/1000): the rate goes linearly from \`${formatNumber(value)} × lr\` to \`lr\` over the warmup. ` +
      'At more than 1 the first steps, with the weights furthest from fitting, run above the learning rate and the "warmup" lowers it; the schedulers take the factor as written and say nothing. ' +
      'Write a factor below 1 (detectron2: 0.001; 1.0 means no warmup), or, if the value was meant as the number of warmup steps, move it to the warmup length (`WARMUP_ITERS`).',
  });
}
