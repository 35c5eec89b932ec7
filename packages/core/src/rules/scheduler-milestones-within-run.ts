import { defineRule, type RuleContext } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import type { ConfigNode } from '../document/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { childOf, className, fieldAt, isRunEpochs, nearestField, num, str, topField } from '../rule-kit/field-index.js';
import { numberValue } from '../loader/special-values.js';
import { baseChain, inheritedSolverSetting, inheritedSolverValue } from '../rule-kit/base-chain.js';

/**
 * Step-decay milestones past the end of training never fire. detectron2's `build_lr_scheduler`
 * drops `SOLVER.STEPS` larger than `SOLVER.MAX_ITER` with a warning ("These values will be
 * ignored"), and maskrcnn-benchmark's `WarmupMultiStepLR` (FCOS) never reaches them; a LightningCLI
 * MultiStepLR, stepped once per epoch, never reaches a milestone at or beyond `trainer.max_epochs`. In research code
 * a milestone list (`milestones`, GOOD's `mile_stones`, `lr_decay_epochs`) beside the run's epoch count is read the
 * same way when no other schedule is named. Either way the decay the file describes does not happen.
 */
export default defineRule({
  id: 'scheduler-milestones-within-run',
  severity: 'warn',
  category: 'consistency',
  description: 'Flag learning-rate decay milestones that lie beyond the end of training',
  presets: ['recommended', 'strict'],
  references: [
    { title: 'detectron2 solver/build.py: "SOLVER.STEPS contains values larger than SOLVER.MAX_ITER. These values will be ignored."', url: 'https://github.com/facebookresearch/detectron2/blob/main/detectron2/solver/build.py' },
    { title: 'torch.optim.lr_scheduler.MultiStepLR', url: 'https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.MultiStepLR.html' },
  ],
  check(ctx) {
    if (ctx.hasFramework('detectron2')) {
      const solver = topField(ctx.fields, 'solver');
      const steps = childOf(ctx.fields, solver, 'steps');
      const maxIter = childOf(ctx.fields, solver, 'max_iter');
      const max = num(maxIter);
      // Only detectron2's WarmupMultiStepLR reads STEPS; a poly or cosine schedule (Mask2Former's WarmupPolyLR, in
      // RbA's written-out config with detectron2's default STEPS) never does. maskrcnn-benchmark names none.
      const scheduler = str(childOf(ctx.fields, solver, 'lr_scheduler_name'));
      const readsSteps = scheduler === undefined || /multistep/i.test(scheduler);
      // A fork whose loop counts epochs (amp-bic's `for epoch in range(cfg.SOLVER.MAX_EPOCH)`, each over the whole
      // loader) writes `MAX_EPOCH` beside `MAX_ITER`: there MAX_ITER need not end the run, so its milestones are not known to lie beyond it.
      const countsEpochs = SOLVER_EPOCHS.some((name) => (num(childOf(ctx.fields, solver, name)) ?? 0) > 0);
      if (steps && maxIter && max !== undefined && max > 0 && readsSteps && !countsEpochs) {
        const beyond = milestones(steps.value).filter((m) => m > max);
        if (beyond.length > 0) report(ctx, steps, maxIter, beyond, max, 'iterations', 'detectron2 drops them with the warning "SOLVER.STEPS contains values larger than SOLVER.MAX_ITER. These values will be ignored.", and the maskrcnn-benchmark lineage (FCOS, GLIP), which shares these keys, never reaches them.');
      }
      if (solver && (steps === undefined) !== (maxIter === undefined) && !countsEpochs) checkInheritedSolverSteps(ctx, steps, maxIter, scheduler);
    }
    if (ctx.hasFramework('detectron2')) return;
    if (ctx.hasFramework('lightning')) {
      const sched = topField(ctx.fields, 'lr_scheduler');
      const cls = className(str(childOf(ctx.fields, sched, 'class_path')));
      if (cls !== 'multisteplr') {
        if (!sched) checkEpochMilestones(ctx);
        return;
      }
      const ms = fieldAt(ctx.fields, sched?.value, ['init_args', 'milestones']);
      const maxEpochs = fieldAt(ctx.fields, topField(ctx.fields, 'trainer')?.value, ['max_epochs']);
      const max = num(maxEpochs);
      if (!ms || !maxEpochs || max === undefined || max <= 0) return;
      const beyond = milestones(ms.value).filter((m) => m >= max);
      if (beyond.length > 0) report(ctx, ms, maxEpochs, beyond, max, 'epochs', 'LightningCLI steps the scheduler once per epoch, so these milestones are never reached.');
      return;
    }
    checkEpochMilestones(ctx);
  },
});

/**
 * A detectron2 config that sets only one of `SOLVER.STEPS` and `SOLVER.MAX_ITER` takes the other from its `_BASE_` chain
 * (or the model zoo's base, or detectron2's defaults). Shortening `MAX_ITER` for a fine-tune while the base's
 * `STEPS: (60000, 80000)` stay is the usual way to lose the decay: detectron2 drops them with a warning and the rate
 * stays at `BASE_LR`. The finding is on whichever of the two the file sets. A chain whose files could not all be read,
 * a schedule other than the multi-step one (the file's or the chain's), and a solver that counts epochs are left alone.
 */
function checkInheritedSolverSteps(ctx: RuleContext<object>, steps: Field | undefined, maxIter: Field | undefined, scheduler: string | undefined): void {
  const chain = baseChain(ctx);
  if (!chain) return;
  const inheritedScheduler = scheduler === undefined ? inheritedSolverValue(chain, 'lr_scheduler_name') : undefined;
  const name = scheduler ?? (inheritedScheduler === undefined ? undefined : textOf(inheritedScheduler.value));
  if (name === undefined || !/multistep/i.test(name)) return;
  if (SOLVER_EPOCHS.some((key) => (num(inheritedSolverSetting(chain, key)?.field) ?? 0) > 0)) return;
  if (steps) {
    const inherited = inheritedSolverValue(chain, 'max_iter');
    const max = inherited === undefined ? undefined : typeof inherited.value === 'string' ? Number(inherited.value) : numberValue(inherited.value);
    if (inherited === undefined || max === undefined || !(max > 0) || saysNoDecay(ctx, steps)) return;
    const beyond = milestones(steps.value).filter((m) => m > max);
    if (beyond.length === 0) return;
    ctx.report({
      field: steps,
      message: `Decay milestone${beyond.length > 1 ? 's' : ''} ${beyond.map(formatNumber).join(', ')} ${beyond.length > 1 ? 'lie' : 'lies'} beyond the end of training at ${formatNumber(max)} iterations, the \`MAX_ITER\` this file inherits.`,
      explanation:
        `${fieldName(steps)} lists where the learning rate drops, but this file sets no \`SOLVER.MAX_ITER\`, and the one it inherits from ${inherited.where} ends training at ${formatNumber(max)} iterations. detectron2 drops the later milestones with the warning "SOLVER.STEPS contains values larger than SOLVER.MAX_ITER. These values will be ignored.", so the rate stays higher than the file describes. ` +
        `Set \`SOLVER.MAX_ITER\` here to the run you mean, or scale the milestones to ${formatNumber(max)} iterations.`,
    });
    return;
  }
  const max = num(maxIter);
  const inherited = inheritedSolverValue(chain, 'steps');
  if (!maxIter || max === undefined || !(max > 0) || inherited === undefined) return;
  const values = typeof inherited.value === 'string' ? milestonesIn(inherited.value) : milestones(inherited.value);
  const beyond = values.filter((m) => m > max);
  if (beyond.length === 0) return;
  ctx.report({
    field: maxIter,
    message: `Training ends at ${formatNumber(max)} iterations, before the decay milestone${beyond.length > 1 ? 's' : ''} ${beyond.map(formatNumber).join(', ')} this file inherits.`,
    explanation:
      `${fieldName(maxIter)} is ${formatNumber(max)}, but this file sets no \`SOLVER.STEPS\`, and the ones it inherits from ${inherited.where} drop the rate at ${values.map(formatNumber).join(', ')}. detectron2 ignores milestones beyond \`MAX_ITER\` ("These values will be ignored."), so ${beyond.length === values.length ? 'the rate never decays' : 'the later drops never happen'}. ` +
      `Set \`SOLVER.STEPS\` here, scaled to the run (for example ${formatNumber(Math.round(max * 2 / 3))} and ${formatNumber(Math.round(max * 8 / 9))}), or \`STEPS: []\` for a constant rate on purpose.`,
  });
}

/** A number of epochs in a detectron2-style `SOLVER` block, which detectron2 itself does not have. */
const SOLVER_EPOCHS = ['max_epoch', 'max_epochs', 'epochs', 'num_epochs'];

/** Lists of the epochs at which a step decay drops the rate. */
const MILESTONE_NAMES = new Set(['milestones', 'mile_stones', 'lr_milestones', 'lr_decay_milestones', 'decay_milestones', 'scheduler_milestones', 'lr_decay_epochs', 'decay_epochs', 'lr_decay_stages', 'decay_stages']);
/** A schedule named beside the milestones that uses them: a step decay. Any other (GLT's `scheduler: cosine`) leaves them unread. */
const STEP_SCHEDULE = /^(?:multi[-_ ]?step(?:_?lr)?|step(?:_?lr)?|steps|piecewise)$/i;

/**
 * A milestone list beside the run's epoch count (in its own mapping or one enclosing it), none of it an evaluation
 * setting, with no other schedule named there: GOOD's `train: {max_epoch: 100, mile_stones: [150]}`, which its
 * `MultiStepLR` never reaches. Milestones more than twice the epoch count are taken for iterations (ExtDM's
 * `milestones: [150000]` beside `max_epochs: 1070`) and left alone; one equal to it may still fire in a loop that counts
 * epochs from 1, so only milestones beyond it are reported.
 */
function checkEpochMilestones(ctx: RuleContext<object>): void {
  for (const f of ctx.fields) {
    if (!MILESTONE_NAMES.has(f.normalized) || f.kind !== 'hyperparameter' || f.value.kind !== 'seq') continue;
    const values = milestones(f.value);
    if (values.length === 0 || values.length !== f.value.items.length || !values.every((v, i) => v > 0 && (i === 0 || v > values[i - 1]!))) continue;
    const epochs = nearestField(ctx.fields, f, isRunEpochs);
    const max = num(epochs);
    if (!epochs || max === undefined || !(max > 1)) continue;
    const schedule = nearestField(ctx.fields, f, (g) => g.concept === 'lr-schedule' && g.value.kind === 'scalar' && typeof g.value.value === 'string');
    if (schedule && !STEP_SCHEDULE.test(String(str(schedule)).trim())) continue;
    const beyond = values.filter((m) => m > max);
    if (beyond.length === 0 || Math.max(...values) > 2 * max) continue;
    report(ctx, f, epochs, beyond, max, 'epochs', 'a step decay stepped once per epoch (`MultiStepLR`, or a loop that drops the rate at these epochs) never reaches an epoch the run does not have.');
  }
}

/** Milestones as a list, or as detectron2's tuple string `"(60000, 80000)"`. */
function milestones(node: ConfigNode): number[] {
  if (node.kind === 'seq') return node.items.map((n) => numberValue(n)).filter((n): n is number => n !== undefined);
  if (node.kind === 'scalar' && typeof node.value === 'string') return milestonesIn(node.value);
  const single = numberValue(node);
  return single === undefined ? [] : [single];
}

function milestonesIn(text: string): number[] {
  return (text.match(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi) ?? []).map(Number);
}

/** A setting's text, whether written in a base or taken from detectron2's defaults. */
function textOf(value: ConfigNode | string): string | undefined {
  if (typeof value === 'string') return value;
  return value.kind === 'scalar' && typeof value.value === 'string' ? value.value : undefined;
}

/**
 * A comment at the end of the milestones' line that says they are not meant to fire: DeepSolo's fine-tuning config writes
 * `STEPS: (100000,)  # no step` beside `MAX_ITER: 10000`, a constant rate on purpose (detectron2 has no other way to turn
 * the step decay off), not milestones left unscaled.
 */
const NO_DECAY_COMMENT = /\b(?:no|without|never|disabled?|off|skip)\b[ \t_-]*(?:lr[ \t_-]*)?(?:steps?|decay(?:s|ed)?|drops?|milestones?)\b|\b(?:constant|fixed)[ \t_-]*(?:lr|learning[ \t_-]*rate)\b/i;

function saysNoDecay(ctx: RuleContext<object>, steps: Field): boolean {
  const end = steps.value.range[1];
  const lineEnd = ctx.doc.text.indexOf('\n', end);
  const limit = lineEnd < 0 ? ctx.doc.text.length : lineEnd;
  return ctx.doc.comments.some((c) => c.range[0] >= end && c.range[0] < limit && NO_DECAY_COMMENT.test(c.text));
}

function report(ctx: RuleContext<object>, steps: Field, max: Field, beyond: number[], maxValue: number, unit: string, how: string): void {
  if (saysNoDecay(ctx, steps)) return;
  ctx.report({
    field: steps,
    message: `Decay milestone${beyond.length > 1 ? 's' : ''} ${beyond.map(formatNumber).join(', ')} ${beyond.length > 1 ? 'lie' : 'lies'} beyond the end of training at ${formatNumber(maxValue)} ${unit}.`,
    explanation:
      `${fieldName(steps)} lists where the learning rate drops, but ${fieldName(max)} ends training at ${formatNumber(maxValue)} ${unit}; ${how} The learning rate stays higher than the file describes for the rest of the run. ` +
      `Scale the milestones to the run (for example to about 2/3 and 8/9 of ${formatNumber(maxValue)}), or train longer.`,
  });
}
