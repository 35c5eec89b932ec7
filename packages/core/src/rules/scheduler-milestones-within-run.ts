import { defineRule, type RuleContext } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import type { ConfigNode } from '../document/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { childOf, className, fieldAt, num, str, topField } from '../rule-kit/field-index.js';
import { numberValue } from '../loader/special-values.js';

/**
 * Step-decay milestones past the end of training never fire. detectron2's `build_lr_scheduler`
 * drops `SOLVER.STEPS` larger than `SOLVER.MAX_ITER` with a warning ("These values will be
 * ignored"), and maskrcnn-benchmark's `WarmupMultiStepLR` (FCOS) never reaches them; a LightningCLI
 * MultiStepLR, stepped once per epoch, never reaches a milestone at or beyond `trainer.max_epochs`. Either way the
 * decay the file describes does not happen.
 */
export default defineRule({
  id: 'scheduler-milestones-within-run',
  severity: 'warn',
  category: 'consistency',
  description: 'Flag learning-rate decay milestones that lie beyond the end of training',
  presets: ['recommended', 'strict'],
  frameworks: ['detectron2', 'lightning'],
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
      if (steps && maxIter && max !== undefined && max > 0) {
        const beyond = milestones(steps.value).filter((m) => m > max);
        if (beyond.length > 0) report(ctx, steps, maxIter, beyond, max, 'iterations', 'detectron2 drops them with the warning "SOLVER.STEPS contains values larger than SOLVER.MAX_ITER. These values will be ignored.", and the maskrcnn-benchmark lineage (FCOS, GLIP), which shares these keys, never reaches them.');
      }
    }
    if (ctx.hasFramework('lightning')) {
      const sched = topField(ctx.fields, 'lr_scheduler');
      const cls = className(str(childOf(ctx.fields, sched, 'class_path')));
      if (cls !== 'multisteplr') return;
      const ms = fieldAt(ctx.fields, sched?.value, ['init_args', 'milestones']);
      const maxEpochs = fieldAt(ctx.fields, topField(ctx.fields, 'trainer')?.value, ['max_epochs']);
      const max = num(maxEpochs);
      if (!ms || !maxEpochs || max === undefined || max <= 0) return;
      const beyond = milestones(ms.value).filter((m) => m >= max);
      if (beyond.length > 0) report(ctx, ms, maxEpochs, beyond, max, 'epochs', 'LightningCLI steps the scheduler once per epoch, so these milestones are never reached.');
    }
  },
});

/** Milestones as a list, or as detectron2's tuple string `"(60000, 80000)"`. */
function milestones(node: ConfigNode): number[] {
  if (node.kind === 'seq') return node.items.map((n) => numberValue(n)).filter((n): n is number => n !== undefined);
  if (node.kind === 'scalar' && typeof node.value === 'string') return (node.value.match(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi) ?? []).map(Number);
  const single = numberValue(node);
  return single === undefined ? [] : [single];
}

function report(ctx: RuleContext<object>, steps: Field, max: Field, beyond: number[], maxValue: number, unit: string, how: string): void {
  ctx.report({
    field: steps,
    message: `Decay milestone${beyond.length > 1 ? 's' : ''} ${beyond.map(formatNumber).join(', ')} ${beyond.length > 1 ? 'lie' : 'lies'} beyond the end of training at ${formatNumber(maxValue)} ${unit}.`,
    explanation:
      `${fieldName(steps)} lists where the learning rate drops, but ${fieldName(max)} ends training at ${formatNumber(maxValue)} ${unit}; ${how} The learning rate stays higher than the file describes for the rest of the run. ` +
      `Scale the milestones to the run (for example to about 2/3 and 8/9 of ${formatNumber(maxValue)}), or train longer.`,
  });
}
