import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { farAboveUsual, federatedSgd, lrIsComparable, lrReference } from '../rule-kit/lr-advice.js';
import { numberValue, specialKind } from '../loader/special-values.js';
import type { TrainingRun } from '../model/training-run.js';
import type { FrameworkId } from '../model/frameworks.js';

interface Options {
  /** Adam-family threshold for transformer / LLM training frameworks. */
  readonly adamThreshold: number;
  /** Adam-family threshold elsewhere (tabular and small networks train fine at 1e-2 without warmup). */
  readonly adamThresholdOther: number;
  readonly sgdThresholdPer256: number;
}

/** Frameworks that train transformers, where early instability without warmup is the common case. */
const TRANSFORMER_FRAMEWORKS: readonly FrameworkId[] = ['hf-trainer', 'trl', 'axolotl', 'llama-factory', 'nemo', 'llm-foundry', 'deepspeed', 'ai-toolkit', 'speechbrain', 'peft', 'torchtitan', 'litgpt', 'olmo', 'megatron', 'levanter', 'torchtune'];

/** Frameworks that warm up by default when the file says nothing (detectron2 1000 iters, LitGPT 100 steps, torchtitan 200, OLMo, Ultralytics 3 epochs). */
const DEFAULT_WARMUP: readonly FrameworkId[] = ['detectron2', 'litgpt', 'torchtitan', 'olmo', 'ultralytics'];

/**
 * A high peak learning rate reached on the very first step: the tuning playbook's first fix for
 * early instability is warmup, and Goyal et al. pair large learning rates with a 5-epoch gradual
 * warmup. Reported when the rate is high for its optimizer (Adam-family 3e-3 in transformer/LLM
 * frameworks, as lr-without-schedule; 3e-2 elsewhere, where small networks train fine at 1e-2;
 * SGD above 0.1 per 256 examples, the rate Goyal et al. train without warmup) and no warmup is configured or implied by the framework or schedule.
 */
export default defineRule<Options>({
  id: 'high-lr-without-warmup',
  severity: 'info',
  category: 'advice',
  description: 'Suggest warmup for a high learning rate that starts at full strength',
  presets: ['strict'],
  options: {
    schema: {
      type: 'object',
      properties: {
        adamThreshold: { type: 'number', exclusiveMinimum: 0, description: 'Adam-family learning rate at or above which warmup is suggested in transformer/LLM frameworks (HF, TRL, axolotl, NeMo, LLM Foundry, DeepSpeed, …).' },
        adamThresholdOther: { type: 'number', exclusiveMinimum: 0, description: 'Adam-family learning rate at or above which warmup is suggested elsewhere.' },
        sgdThresholdPer256: { type: 'number', exclusiveMinimum: 0, description: 'SGD learning rate per 256 examples of global batch above which warmup is suggested (the reference rate itself trains without warmup).' },
      },
      additionalProperties: false,
    },
    defaults: { adamThreshold: 3e-3, adamThresholdOther: 3e-2, sgdThresholdPer256: 0.1 },
  },
  references: [
    { title: 'Google Research tuning playbook: "How to apply learning rate warmup"', url: 'https://github.com/google-research/tuning_playbook#how-to-apply-learning-rate-warmup' },
    { title: 'Goyal et al. 2017, Accurate, Large Minibatch SGD (gradual warmup)', url: 'https://arxiv.org/abs/1706.02677' },
  ],
  check(ctx) {
    if (ctx.partial) return;
    const warmsUpByDefault = DEFAULT_WARMUP.some((id) => ctx.hasFramework(id));
    const adamThreshold = TRANSFORMER_FRAMEWORKS.some((id) => ctx.hasFramework(id)) ? ctx.options.adamThreshold : ctx.options.adamThresholdOther;
    for (const run of ctx.runs) {
      // The framework's default warmup runs unless the file turns it off (torchtitan's `warmup_steps = 0`).
      if (warmsUpByDefault && !setsWarmupToZero(run)) continue;
      const lr = run.optimizer.lr;
      if (!lr || lr.value === undefined || lr.node.kind !== 'scalar' || !lrIsComparable(run)) continue;
      if (farAboveUsual(run, ctx.worldSize)) continue; // lr-too-high-for-optimizer's finding: lower the rate first
      if (run.schedule.shape === 'cyclic' || /warm/i.test(run.schedule.type?.value ?? '')) continue; // one-cycle and *_with_warmup schedules ramp up themselves
      const ref = lrReference(run, adamThreshold, ctx.options.sgdThresholdPer256, ctx.worldSize);
      if (!ref || lr.value < ref.threshold || hasWarmup(run)) continue;
      // Goyal et al. train SGD at the reference rate (0.1 per 256 examples) without warmup; warmup is for rates scaled above it.
      if (run.optimizer.family === 'sgd' && lr.value <= ref.threshold) continue;
      // Federated clients and servers step SGD at a constant rate from the first round, by FedAvg's design (FLUTE's `lr: 1.0`).
      if (federatedSgd(run)) continue;
      ctx.report({
        field: lr.field,
        message: `Learning rate ${formatNumber(lr.value)} is high for ${ref.optimizer} and is applied from the first step without warmup.`,
        explanation:
          `${fieldName(lr.field)} is ${formatNumber(lr.value)}, at or above ${formatNumber(ref.threshold)} (${ref.basis}), and no warmup is configured. In the first steps the gradients and (for Adam) the second-moment estimates are far from their later values, so a full-size step can throw the model into a bad region it never leaves. ` +
          'Add a short linear warmup (a few hundred steps, or 1–5% of the run; `warmup_steps`/`warmup_ratio` in HF Trainer, a warmup block elsewhere), or lower the learning rate.',
      });
    }
  },
});

/** Whether the run writes a warmup of zero (`warmup_steps: 0`), which turns off a framework's default warmup. */
function setsWarmupToZero(run: TrainingRun): boolean {
  return run.fields.some((f) => f.concept === 'warmup' && f.kind === 'hyperparameter' && f.value.kind === 'scalar' && !specialKind(f.value) && numberValue(f.value) === 0);
}

/** Whether any warmup setting of the run is non-zero or unknown (a placeholder may well be non-zero). */
function hasWarmup(run: TrainingRun): boolean {
  for (const f of run.fields) {
    if (f.concept !== 'warmup' || f.kind !== 'hyperparameter') continue;
    if (f.value.kind !== 'scalar') return true;
    if (specialKind(f.value)) return true;
    const v = f.value.value;
    if (typeof v === 'string') {
      const n = numberValue(f.value);
      if (n === undefined) {
        // Durations (`100ba`, `0.02dur`) and method names (`linear`) count as warmup unless they spell zero.
        if (!/^\s*0+(?:\.0*)?[a-z]*\s*$/i.test(v)) return true;
        continue;
      }
      if (n > 0) return true;
      continue;
    }
    if (typeof v === 'number' && v > 0) return true;
    if (v === true) return true;
  }
  return false;
}
