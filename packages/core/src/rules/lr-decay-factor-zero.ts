import { defineRule } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { fieldName } from '../rule-kit/helpers.js';
import { siblingOf } from '../rule-kit/field-index.js';
import { numberValue } from '../loader/special-values.js';
import { LR_DECAY_FACTOR_NAMES } from '../model/decay-factor-names.js';
import { normalizeKey } from '../classify/normalize.js';
import { readsNoDecayFactor } from '../model/schedule-shape.js';
import { schedulesAnotherQuantity } from '../classify/other-quantity-schedule.js';

/**
 * `gamma` and `factor` name other things too (a discount, a focal-loss exponent, an upsampling factor); they are the
 * schedule's factor inside a scheduler block, or beside a scheduler's other settings.
 */
const SHARED_NAMES: ReadonlySet<string> = new Set(['gamma', 'factor']);
/** Settings only a step or plateau scheduler has (early stopping's `patience` is not one of them). */
const SCHEDULER_SIBLINGS = ['step_size', 'milestones', 'lr_milestones', 'lr_steps', 'lr_scheduler', 'scheduler', 'lr_policy'];

/** Keys that name the schedule a block builds (`scheduler: {name: cosine}`, detectron2's `SOLVER.LR_SCHEDULER_NAME`). */
const SCHEDULE_NAME_KEYS = /^(?:name|type|_target_|class_path|policy|lr_policy|sched|scheduler|scheduler_name|scheduler_type|lr_scheduler|lr_scheduler_name|lr_scheduler_type|lr_schedule|schedule|decay_type|lr_decay_type|lr_decay_style)$/;

/**
 * A schedule named beside the factor that has no multiplicative factor (detectron2's `LR_SCHEDULER_NAME: WarmupCosineLR`
 * beside the default `GAMMA`, `scheduler: {name: cosine, gamma: 0}`): the factor is never read. A `LambdaLR` may read
 * it in its function, so it is not one of them.
 */
function besideFactorlessSchedule(field: Field): boolean {
  for (const e of field.container.entries) {
    if (e.value.kind !== 'scalar' || typeof e.value.value !== 'string' || !SCHEDULE_NAME_KEYS.test(normalizeKey(String(e.key.value)))) continue;
    if (readsNoDecayFactor(e.value.value)) return true;
  }
  return false;
}

/**
 * A multiplicative learning-rate decay factor of 0. StepLR, MultiStepLR and ExponentialLR multiply the rate by
 * `gamma` at each decay, ReduceLROnPlateau by `factor` (down to `min_lr`, 0 by default), detectron2 by `SOLVER.GAMMA`:
 * from the first decay on the rate is 0 and the rest of the run trains nothing. PyTorch accepts the value, so the run
 * starts and wastes its remaining epochs silently (PyTorch-VAE's `vq_vae.yaml`: `scheduler_gamma: 0.0`).
 */
export default defineRule({
  id: 'lr-decay-factor-zero',
  severity: 'warn',
  category: 'range',
  description: 'Flag a learning-rate decay factor of 0, which sets the rate to 0 at the first decay',
  presets: ['recommended', 'strict'],
  references: [
    { title: 'torch.optim.lr_scheduler.StepLR / ExponentialLR: "Decays the learning rate of each parameter group by gamma"', url: 'https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.ExponentialLR.html' },
    { title: 'torch.optim.lr_scheduler.ReduceLROnPlateau: new_lr = lr * factor, floored at min_lr', url: 'https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.ReduceLROnPlateau.html' },
  ],
  check(ctx) {
    for (const field of ctx.fields) {
      if (field.value.kind !== 'scalar' || numberValue(field.value) !== 0) continue;
      if (!LR_DECAY_FACTOR_NAMES.has(field.normalized) && !(SHARED_NAMES.has(field.normalized) && inScheduler(ctx.fields, field))) continue;
      if (besideFactorlessSchedule(field)) continue;
      // ReduceLROnPlateau floors the rate at `min_lr`: with a positive floor the rate drops there, not to 0.
      const floor = siblingOf(ctx.fields, field, 'min_lr', 'eta_min', 'min_learning_rate');
      if (floor && (numberValue(floor.value) ?? 0) > 0) continue;
      ctx.report({
        field,
        on: 'value',
        message: 'A learning-rate decay factor of 0 sets the rate to 0 at the first decay.',
        explanation:
          `${fieldName(field)} is 0. The scheduler multiplies the learning rate by it at each decay (StepLR, MultiStepLR and ExponentialLR by \`gamma\`, ReduceLROnPlateau by \`factor\`), ` +
          'so from the first decay on the rate is 0 and the rest of the run updates nothing, without an error. ' +
          'Use the factor you mean (0.1 for a tenfold step, 0.9–0.99 per epoch for exponential decay), or remove the scheduler if the rate should stay constant.',
      });
    }
  },
});

function inScheduler(fields: readonly Field[], field: Field): boolean {
  // A `temperature_scheduler: {gamma: 0.0, step_size: 10}` decays something else.
  for (let a = field.parent; a !== undefined; a = a.parent) if (schedulesAnotherQuantity(a.normalized)) return false;
  for (let a = field.parent; a !== undefined; a = a.parent) if (a.concept === 'lr-schedule') return true;
  if (siblingOf(fields, field, ...SCHEDULER_SIBLINGS) !== undefined) return true;
  // detectron2's `SOLVER: {GAMMA, STEPS: (60000, 80000)}`: the iterations the rate is multiplied at.
  const steps = siblingOf(fields, field, 'steps');
  return steps !== undefined && (steps.value.kind === 'seq' || (steps.value.kind === 'scalar' && /^\s*[[(]/.test(String(steps.value.value))));
}
