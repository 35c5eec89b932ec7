import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { hyperparameterConceptOfName, type Field } from '../classify/classify.js';
import { numberValue } from '../loader/special-values.js';
import { referencedKey } from '../model/references.js';
import type { ConfigNode } from '../document/types.js';
import type { RuleContext } from '../rule-kit/types.js';
import { schedulerClassOf } from '../rule-kit/schedulers.js';

/** `${model.optimizer.weight_decay}`, `${..wd}`: an OmegaConf interpolation of one key and nothing else (no resolver). */
const WHOLE_INTERPOLATION = /^\$\{\s*(\.*[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)\s*\}$/;
/**
 * A weight decay at or above this, handed to a scheduler, is a decay factor under the wrong name (SpeechBrain's
 * `weight_decay: 0.9999`); `weight-decay-too-high` reports that key.
 */
const FACTOR_LIKE = 0.5;

/**
 * A learning-rate decay setting that takes its value from a weight decay: CoVR's step schedule writes
 * `decay_rate: ${model.optimizer.weight_decay}`, so choosing it multiplies the rate by 0.05 every epoch (BLIP, which it
 * follows, keeps a decay rate of its own). Found through OmegaConf interpolations and HyperPyYAML's `!ref`.
 */
export default defineRule({
  id: 'decay-factor-from-weight-decay',
  severity: 'warn',
  category: 'consistency',
  description: "Flag a learning-rate decay setting that takes its value from the optimizer's weight decay",
  presets: ['recommended', 'strict'],
  references: [
    { title: 'torch.optim.lr_scheduler.StepLR: gamma, the factor of learning rate decay', url: 'https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.StepLR.html' },
    { title: 'OmegaConf variable interpolation', url: 'https://omegaconf.readthedocs.io/en/latest/usage.html#variable-interpolation' },
  ],
  check(ctx) {
    for (const field of ctx.fields) {
      if (field.concept !== 'lr-decay' || field.kind !== 'hyperparameter') continue;
      const source = referencedPath(field.value);
      if (source === undefined || hyperparameterConceptOfName(lastSegment(source)) !== 'weight-decay') continue;
      // A cosine schedule has no factor to multiply by: CoVR's `CosineSchedule` takes the same `decay_rate` and never uses it.
      if (/cos/i.test(schedulerClassOf(field) ?? '')) continue;
      const value = valueAt(ctx, field, source);
      if (value !== undefined && value >= FACTOR_LIKE) continue;
      const shown = value === undefined ? '' : ` (${formatNumber(value)})`;
      ctx.report({
        field,
        message: `${fieldName(field)} takes its value from the weight decay \`${source}\`.`,
        explanation:
          `${fieldName(field)} sets how the scheduler lowers the learning rate, but it is written as \`${source}\`, the optimizer's weight decay${shown}. ` +
          `A weight decay is a small number (1e-4 to 0.1); as a decay factor it cuts the learning rate to ${value === undefined ? 'a few percent' : `${formatNumber(value * 100)}%`} of its value at every decay step, so training stalls after the first. ` +
          'Give the schedule a decay setting of its own (0.9 to 0.99 per epoch for a step or exponential decay).',
      });
    }
  },
});

/** The key path a value refers to: `model.optimizer.weight_decay` for `${model.optimizer.weight_decay}` or `!ref <model.optimizer.weight_decay>`. */
function referencedPath(node: ConfigNode): string | undefined {
  const ref = referencedKey(node);
  if (ref !== undefined) return ref;
  if (node.kind !== 'scalar' || typeof node.value !== 'string' || node.tag) return undefined;
  return WHOLE_INTERPOLATION.exec(node.value.trim())?.[1];
}

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}

/** The number at the path in the same document (from the top; a relative `..wd` is not followed), when there is one. */
function valueAt(ctx: RuleContext<object>, field: Field, path: string): number | undefined {
  if (path.startsWith('.')) return undefined;
  const parts = path.split('.');
  const target = ctx.fields.find((g) => g.documentIndex === field.documentIndex && g.path.length === parts.length && g.path.every((p, i) => String(p) === parts[i]));
  return target === undefined ? undefined : numberValue(target.value);
}
