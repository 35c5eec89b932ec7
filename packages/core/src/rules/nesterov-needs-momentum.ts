import { defineRule } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { bool, childOf, className, classOf, num, siblingOf } from '../rule-kit/field-index.js';

/**
 * Nesterov momentum looks ahead along the momentum direction, so it needs one: torch.optim.SGD
 * raises "Nesterov momentum requires a momentum and zero dampening" when `nesterov=True` comes
 * with `momentum <= 0` or `dampening != 0`. `momentum` defaults to 0, so a torch SGD that sets only
 * `nesterov: true` fails. detectron2 passes `SOLVER.NESTEROV` and `SOLVER.MOMENTUM` (default 0.9)
 * to the same constructor.
 */
export default defineRule({
  id: 'nesterov-needs-momentum',
  severity: 'error',
  category: 'consistency',
  description: 'Require a positive momentum and zero dampening for Nesterov SGD',
  presets: ['recommended', 'strict'],
  references: [
    { title: 'PyTorch torch/optim/sgd.py: "Nesterov momentum requires a momentum and zero dampening"', url: 'https://github.com/pytorch/pytorch/blob/main/torch/optim/sgd.py' },
    { title: 'torch.optim.SGD', url: 'https://pytorch.org/docs/stable/generated/torch.optim.SGD.html' },
  ],
  check(ctx) {
    for (const nesterov of ctx.fields) {
      if (nesterov.normalized !== 'nesterov' || bool(nesterov) !== true) continue;
      const momentum = siblingOf(ctx.fields, nesterov, 'momentum');
      const dampening = siblingOf(ctx.fields, nesterov, 'dampening');
      const cls = className(classOf(ctx.fields, nesterov.container));
      const detectron = ctx.hasFramework('detectron2') && nesterov.parent?.normalized === 'solver';
      // torch SGD (class named, or an optimizer block that names sgd); detectron2 defaults momentum to 0.9.
      const torchSgd = (cls === 'sgd' || (cls === undefined && sgdBlock(ctx.fields, nesterov))) && holdsOnlySgdArguments(ctx.fields, nesterov);
      const m = num(momentum);
      const d = num(dampening);
      let problem: { at: Field; message: string; why: string } | undefined;
      if (momentum && m !== undefined && m <= 0) {
        problem = { at: momentum, message: `Nesterov momentum needs a positive momentum, but momentum is ${formatNumber(m)}.`, why: `${fieldName(momentum)} is ${formatNumber(m)}` };
      } else if (!momentum && torchSgd && !detectron && !ctx.partial) {
        problem = { at: nesterov, message: 'Nesterov momentum needs a positive momentum, but momentum is not set (default 0).', why: '`momentum` is not set and torch SGD defaults it to 0' };
      } else if (dampening && d !== undefined && d !== 0 && (torchSgd || m !== undefined)) {
        problem = { at: dampening, message: `Nesterov momentum needs zero dampening, but dampening is ${formatNumber(d)}.`, why: `${fieldName(dampening)} is ${formatNumber(d)}` };
      }
      if (!problem) continue;
      ctx.report({
        field: problem.at,
        on: problem.at === nesterov ? 'key' : 'value',
        message: problem.message,
        explanation:
          `${fieldName(nesterov)} is true and ${problem.why}. Nesterov's update evaluates the gradient ahead along the momentum buffer, so it is only defined with momentum > 0 and no dampening; torch.optim.SGD raises "Nesterov momentum requires a momentum and zero dampening" when the optimizer is built. ` +
          'Set `momentum` (0.9 is usual) and leave `dampening` at 0, or remove `nesterov`.',
      });
    }
  },
});

/**
 * An optimizer block that names SGD (NeMo `optim: {name: sgd}`, Ludwig `optimizer: {type: sgd}`):
 * both build torch.optim.SGD from the block's settings, with momentum defaulting to 0.
 */
function sgdBlock(fields: readonly Field[], nesterov: Field): boolean {
  const parent = nesterov.parent;
  if (!parent || parent.concept !== 'optimizer') return false;
  const name = childOf(fields, parent, 'name', 'type', 'optimizer', 'optim');
  const v = name && name.value.kind === 'scalar' && typeof name.value.value === 'string' ? name.value.value.toLowerCase() : undefined;
  return v !== undefined && /(?:^|\.)sgd$/.test(v);
}

/**
 * Whether every setting beside `nesterov` is one SGD takes (or names the class): the block is SGD's arguments.
 * A block with settings SGD does not take (fast-autoaugment's `decay`, `clip`, `ema`) is read key by key by the
 * program, which supplies its own defaults (there `optimizer.get('momentum', 0.9)`), so a missing momentum proves nothing.
 */
function holdsOnlySgdArguments(fields: readonly Field[], nesterov: Field): boolean {
  const parent = nesterov.parent;
  return fields.every((f) => f.parent !== parent || f.value.kind !== 'scalar' || SGD_BLOCK_KEYS.has(f.normalized));
}

/** torch.optim.SGD's arguments, the keys that name or instantiate the class (Hydra's `_partial_`), and gradient clipping set beside them. */
const SGD_BLOCK_KEYS = new Set(['lr', 'learning_rate', 'momentum', 'dampening', 'weight_decay', 'nesterov', 'maximize', 'foreach', 'differentiable', 'fused',
  'name', 'type', 'optimizer', 'optim', '_target_', '_partial_', '_recursive_', '_convert_', 'class_path', 'clip_grad', 'grad_clip', 'clipnorm', 'clip_global_norm']);
