import { defineRule } from '../rule-kit/types.js';
import { usesAxolotl } from '../rule-kit/axolotl.js';
import type { Field } from '../classify/classify.js';
import { fieldName } from '../rule-kit/helpers.js';
import { isSet, num, str, topField } from '../rule-kit/field-index.js';

/**
 * axolotl's `check_evals` / `check_saves` refuse cadence settings that contradict each other: a
 * step count with a non-"steps" strategy, a step count together with a per-epoch count, and
 * evaluation settings with `val_set_size: 0` and no test datasets. (HF alone would silently ignore
 * the step count; axolotl makes it an error.) Like axolotl, "set" means truthy.
 */
export default defineRule({
  id: 'eval-steps-vs-strategy',
  severity: 'error',
  category: 'consistency',
  description: 'Flag axolotl eval and save cadence settings that contradict each other',
  presets: ['recommended', 'strict'],
  frameworks: ['axolotl'],
  references: [
    { title: 'axolotl schemas/validation.py check_evals and check_saves', url: 'https://github.com/axolotl-ai-cloud/axolotl/blob/main/src/axolotl/utils/schemas/validation.py' },
  ],
  check(ctx) {
    if (!usesAxolotl(ctx)) return;
    const top = (...names: string[]): Field | undefined => topField(ctx.fields, ...names);
    for (const kind of ['eval', 'save'] as const) {
      const strategy = top(`${kind}_strategy`, ...(kind === 'eval' ? ['evaluation_strategy'] : []));
      const steps = top(`${kind}_steps`);
      const perEpoch = top(`${kind}s_per_epoch`);
      const noun = kind === 'eval' ? 'evaluation' : 'checkpoint';
      const s = str(strategy);
      if (isSet(strategy) && isSet(steps) && s !== undefined && s !== 'steps') {
        ctx.report({
          field: steps!,
          on: 'key',
          message: `${kind}_steps is set but ${kind}_strategy is "${s}", not "steps".`,
          explanation: `${fieldName(steps!)} only applies to the "steps" strategy and ${fieldName(strategy!)} is "${s}"; axolotl rejects the config ("${kind}_strategy and ${kind}_steps mismatch"). Set \`${kind}_strategy: steps\`, or remove \`${kind}_steps\`.`,
        });
      }
      if (isSet(steps) && isSet(perEpoch)) {
        ctx.report({
          field: perEpoch!,
          on: 'key',
          message: `${kind}_steps and ${kind}s_per_epoch are mutually exclusive.`,
          explanation: `${fieldName(steps!)} and ${fieldName(perEpoch!)} both set the ${noun} interval, and axolotl refuses the config. Keep one of them: \`${kind}s_per_epoch\` adapts to the dataset size, \`${kind}_steps\` is a fixed step count.`,
        });
      }
      if (kind === 'eval' && isSet(perEpoch) && isSet(strategy) && s !== undefined && s !== 'steps') {
        ctx.report({
          field: strategy!,
          message: `evals_per_epoch needs eval_strategy "steps" or unset, not "${s}".`,
          explanation: `${fieldName(perEpoch!)} is turned into a step interval, so axolotl requires ${fieldName(strategy!)} to be empty or "steps" and rejects "${s}". Remove \`eval_strategy\` or set it to "steps".`,
        });
      }
    }
    const valSetSize = top('val_set_size');
    const evalSteps = top('eval_steps');
    const evalStrategy = top('eval_strategy', 'evaluation_strategy');
    if (valSetSize && num(valSetSize) === 0 && (isSet(evalSteps) || isSet(evalStrategy)) && !isSet(top('test_datasets')) && str(evalStrategy) !== 'no') {
      const cause = isSet(evalSteps) ? evalSteps! : evalStrategy!;
      ctx.report({
        field: cause,
        on: 'key',
        message: `${cause.name} is set but val_set_size is 0, so there is nothing to evaluate.`,
        explanation: `${fieldName(valSetSize)} is 0 and no \`test_datasets\` are given, so no evaluation split exists; axolotl rejects ${fieldName(cause)} ("eval_steps and eval_strategy are not supported with val_set_size == 0"). Set \`val_set_size\` (for example 0.05), add \`test_datasets\`, or remove the evaluation settings.`,
      });
    }
  },
});
