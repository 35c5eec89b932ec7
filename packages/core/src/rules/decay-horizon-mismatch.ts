import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { oneCycleEpochs } from '../rule-kit/schedulers.js';
import { replacedByScripts, type ScriptFacts, type TrainingRun } from '../model/training-run.js';
import type { Report } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { num, siblingOf } from '../rule-kit/field-index.js';

interface Options {
  /** Relative difference between decay horizon and run length tolerated before reporting. */
  readonly tolerance: number;
}

/** Schedule lengths that are meant to equal the run (not periods such as an exponential `decay_steps`). */
const HORIZONS = new Set(['lr_decay_iters', 'total_num_steps', 't_max']);

/**
 * A decaying schedule is shaped for a number of steps: nanoGPT's `lr_decay_iters` "should be ~=
 * max_iters", DeepSpeed's `total_num_steps`, a cosine `T_max`. When the horizon is much shorter
 * than the run the learning rate sits at its minimum (or, for torch's periodic cosine, climbs back
 * up) for the rest of training; when it is much longer the rate never decays as intended.
 */
export default defineRule<Options>({
  id: 'decay-horizon-mismatch',
  severity: 'info',
  category: 'advice',
  description: 'Suggest matching the learning-rate decay horizon to the length of the run',
  presets: ['strict'],
  options: {
    schema: {
      type: 'object',
      properties: { tolerance: { type: 'number', exclusiveMinimum: 0, description: 'Relative difference (0.25 = 25%) between horizon and run length tolerated.' } },
      additionalProperties: false,
    },
    defaults: { tolerance: 0.25 },
  },
  references: [
    { title: 'karpathy/nanoGPT train.py: lr_decay_iters "should be ~= max_iters per Chinchilla"', url: 'https://github.com/karpathy/nanoGPT/blob/master/train.py' },
    { title: 'torch.optim.lr_scheduler.CosineAnnealingLR (T_max)', url: 'https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.CosineAnnealingLR.html' },
  ],
  check(ctx) {
    for (const run of ctx.runs) {
      checkOneCycleEpochs(run, ctx.options.tolerance, ctx.report);
      checkTriStage(run, ctx.fields, ctx.scripts, ctx.options.tolerance, ctx.report);
      const horizon = run.schedule.totalSteps;
      if (!horizon?.value || !HORIZONS.has(horizon.field.normalized) || horizon.value.amount <= 0) continue;
      let length = run.duration.maxSteps?.value && run.duration.maxSteps.value.unit === horizon.value.unit && run.duration.maxSteps.value.amount > 0 ? { amount: run.duration.maxSteps.value.amount, field: run.duration.maxSteps.field, unit: 'steps' } : undefined;
      // A LightningCLI cosine stepped per epoch counts T_max in epochs.
      if (!length && horizon.field.normalized === 't_max' && ctx.hasFramework('lightning') && run.duration.epochs?.value && run.duration.epochs.value > 0) {
        length = { amount: run.duration.epochs.value, field: run.duration.epochs.field, unit: 'epochs' };
      }
      if (!length) continue;
      const ratio = horizon.value.amount / length.amount;
      if (Math.abs(ratio - 1) <= ctx.options.tolerance) continue;
      const shorter = ratio < 1;
      ctx.report({
        field: horizon.field,
        message: `The decay horizon ${formatNumber(horizon.value.amount)} is ${shorter ? 'much shorter' : 'much longer'} than the run of ${formatNumber(length.amount)} ${length.unit}.`,
        explanation:
          `${fieldName(horizon.field)} shapes the decay for ${formatNumber(horizon.value.amount)} ${length.unit}, but ${fieldName(length.field)} runs for ${formatNumber(length.amount)}. ` +
          (shorter
            ? `For the last ${formatNumber(Math.round((1 - ratio) * 100))}% of training the learning rate sits at its minimum (a torch cosine schedule even climbs back up), so those steps do little.`
            : `Training stops ${formatNumber(Math.round((1 - 1 / ratio) * 100))}% of the way before the decay ends, so the learning rate never gets as low as the schedule intends and the final model is noisier.`) +
          ' Set the horizon equal to the run length, as nanoGPT advises for `lr_decay_iters`.',
      });
    }
  },
});

/**
 * OneCycleLR's `epochs` (× `steps_per_epoch`) is the length of its one cycle, in the run's own epochs. Shorter than the
 * run, PyTorch raises ValueError ("Tried to step N times. The specified number of total steps is M") once a schedule
 * stepped every batch passes its end; longer, training stops before the rate has annealed.
 */
function checkOneCycleEpochs(run: TrainingRun, tolerance: number, report: (r: Report) => void): void {
  const cycle = oneCycleEpochs(run);
  const runEpochs = run.duration.epochs;
  if (!cycle || !runEpochs?.value || runEpochs.value <= 0 || runEpochs.field === cycle.field) return;
  const ratio = cycle.value / runEpochs.value;
  if (Math.abs(ratio - 1) <= tolerance) return;
  const shorter = ratio < 1;
  report({
    field: cycle.field,
    message: `The one-cycle schedule's ${formatNumber(cycle.value)} epochs are ${shorter ? 'far fewer' : 'far more'} than the run's ${formatNumber(runEpochs.value)}.`,
    explanation:
      `OneCycleLR shapes its single cycle over ${fieldName(cycle.field)} = ${formatNumber(cycle.value)} epochs (times \`steps_per_epoch\`), but ${fieldName(runEpochs.field)} trains for ${formatNumber(runEpochs.value)}. ` +
      (shorter
        ? `Stepped every batch, PyTorch raises ValueError ("Tried to step … times. The specified number of total steps is …") after ${formatNumber(Math.round(ratio * 100))}% of the run; stepped once per epoch, the rate sits at its final minimum for the rest.`
        : `Training stops ${formatNumber(Math.round((1 / ratio) * 100))}% of the way through the cycle, so the rate never anneals to its final minimum and the run ends at a high learning rate.`) +
      ' Give the scheduler the run\'s number of epochs.',
  });
}

/**
 * fairseq's tri-stage schedule (`lr_scheduler: {_name: tri_stage, warmup_steps, hold_steps, decay_steps}`, wav2vec 2.0
 * and AV-HuBERT fine-tuning) warms up, holds the peak, then decays over the three phases it is given, and keeps the
 * rate at `final_lr_scale` times the peak after them. Without `phase_ratio`, which fairseq turns into phases of
 * `max_update`, their sum is the schedule's horizon.
 */
const TRI_STAGE_NAME_KEYS = new Set(['_name', 'name', 'type', 'lr_scheduler', 'scheduler']);

function checkTriStage(run: TrainingRun, fields: readonly Field[], scripts: ScriptFacts, tolerance: number, report: (r: Report) => void): void {
  // fairseq names it under `_name` in its Hydra configs and as `lr_scheduler: tri_stage` beside its flat options.
  const type = run.fields.find((f) => TRI_STAGE_NAME_KEYS.has(f.normalized) && f.value.kind === 'scalar' && typeof f.value.value === 'string' && /^tri_?stage$/i.test(f.value.value));
  if (!type) return;
  const phase = (name: string): Field | undefined => siblingOf(fields, type, name);
  const ratio = phase('phase_ratio');
  if (ratio && !(ratio.value.kind === 'scalar' && ratio.value.value === null)) return;
  const phases = [phase('warmup_steps'), phase('hold_steps'), phase('decay_steps')];
  const steps = phases.map((f) => num(f));
  if (phases.some((f) => f === undefined || replacedByScripts(f, scripts) !== undefined) || steps.some((v) => v === undefined || v < 0)) return;
  const decay = phases[2]!;
  const horizon = steps.reduce((a, b) => a! + b!, 0)!;
  const length = run.duration.maxSteps;
  if (!length?.value || length.value.unit !== undefined || length.value.amount <= 0 || horizon <= 0) return;
  const ratioToRun = horizon / length.value.amount;
  if (Math.abs(ratioToRun - 1) <= tolerance) return;
  const shorter = ratioToRun < 1;
  report({
    field: decay,
    message: `The tri-stage schedule's phases add up to ${formatNumber(horizon)} steps, ${shorter ? 'much fewer' : 'much more'} than the run's ${formatNumber(length.value.amount)}.`,
    explanation:
      `fairseq's tri_stage schedule warms up for ${formatNumber(steps[0]!)} steps, holds for ${formatNumber(steps[1]!)} and decays over ${fieldName(decay)} = ${formatNumber(steps[2]!)}: ${formatNumber(horizon)} steps in all, while ${fieldName(length.field)} runs for ${formatNumber(length.value.amount)}. ` +
      (shorter
        ? `For the last ${formatNumber(Math.round((1 - ratioToRun) * 100))}% of training the rate stays at \`final_lr_scale\` times the peak, so those updates do little.`
        : `Training stops ${formatNumber(Math.round((1 / ratioToRun) * 100))}% of the way through the phases, before the decay has brought the rate down.`) +
      ' Make the phases add up to the run, or give `phase_ratio` (for example [0.1, 0.4, 0.5]) so fairseq derives them from `max_update`.',
  });
}
