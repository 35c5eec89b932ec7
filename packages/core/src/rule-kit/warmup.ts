/**
 * Which warmup setting a run actually uses, for the rules that judge its length. HF Transformers
 * (and axolotl, TRL, LLaMA-Factory, which pass the schedule through) ignore warmup entirely for the
 * plain `constant` schedule, and let `warmup_steps` win over `warmup_ratio` when both are set.
 */
import type { RuleContext } from './types.js';
import type { TrainingRun } from '../model/training-run.js';
import type { Field } from '../classify/classify.js';
import { own } from '../util/own.js';
import { usesHfTrainer } from './helpers.js';

/** HF's `constant` schedule never reads the warmup (constant-schedule-ignores-warmup's finding). */
export function warmupIgnored(ctx: RuleContext<object>, run: TrainingRun): boolean {
  return usesHfTrainer(ctx) && run.schedule.type?.value?.toLowerCase() === 'constant';
}

/**
 * HF's `get_warmup_steps` uses `warmup_steps` when it is positive and only then falls back to
 * `warmup_ratio` (warmup-steps-ratio-exclusive reports the pair), so a length rule reads the ratio
 * only when no positive step count beside it wins.
 */
export function ratioOverridden(ctx: RuleContext<object>, run: TrainingRun): boolean {
  const steps = run.schedule.warmupSteps?.value;
  return usesHfTrainer(ctx) && steps !== undefined && steps.unit === undefined && steps.amount >= 1;
}

/** The project's scripts add this warmup to the run's length (`epochs + warmup_epochs`): it comes before the run, not within it. */
export function warmupAddedToRun(ctx: RuleContext<object>, warmup: Field): boolean {
  return own(ctx.scripts.warmupAddedToRun, warmup.name) !== undefined;
}

/**
 * ALBEF's training loop, which the vision-language code built on it copies (ViCHA, TCL, X-VLM), counts
 * `schedular.warmup_epochs` in scheduler steps of `step_size` (100) iterations within the first epoch:
 * `warmup_iterations = warmup_steps*step_size`, then `if epoch==0 and i%step_size==0 and i<=warmup_iterations:
 * scheduler.step(i//step_size)`. Its usual 20 is 2,000 iterations, not 20 epochs.
 */
export function warmupWithinFirstEpoch(ctx: RuleContext<object>, warmup: Field): boolean {
  return warmup.parent?.normalized === 'schedular' && ctx.hasFramework('albef-blip');
}
