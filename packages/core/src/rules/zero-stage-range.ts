import { defineRule } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { numberValue } from '../loader/special-values.js';

/**
 * DeepSpeed's ZeRO has stages 0 (off) to 3 (`ZeroStageEnum`); any other value fails validation
 * ("Maximum supported ZeRO stage is 3"). Checked in DeepSpeed JSON (`zero_optimization.stage`),
 * Accelerate launcher configs (`deepspeed_config.zero_stage`) and other `zero_stage` settings.
 */
export default defineRule({
  id: 'zero-stage-range',
  severity: 'error',
  category: 'range',
  description: 'Require the DeepSpeed ZeRO stage to be 0, 1, 2 or 3',
  presets: ['recommended', 'strict'],
  references: [
    { title: 'DeepSpeed runtime/zero/config.py: ZeroStageEnum (0–3)', url: 'https://github.com/microsoft/DeepSpeed/blob/master/deepspeed/runtime/zero/config.py' },
    { title: 'DeepSpeed config: "Maximum supported ZeRO stage is 3"', url: 'https://github.com/microsoft/DeepSpeed/blob/master/deepspeed/runtime/config.py' },
  ],
  check(ctx) {
    for (const field of ctx.fields) {
      if (!isZeroStage(field)) continue;
      const value = numberValue(field.value);
      if (value === undefined || (Number.isInteger(value) && value >= 0 && value <= 3)) continue;
      ctx.report({
        field,
        message: `ZeRO stage ${formatNumber(value)} does not exist; use 0, 1, 2 or 3.`,
        explanation:
          `${fieldName(field)} is ${formatNumber(value)}. DeepSpeed's ZeRO partitions optimizer state (stage 1), gradients too (stage 2) or also the parameters (stage 3); stage 0 turns it off. ` +
          'Any other value fails DeepSpeed\'s config validation ("Maximum supported ZeRO stage is 3"). For the largest memory savings use 3, optionally with `offload_param`/`offload_optimizer`.',
      });
    }
  },
});

function isZeroStage(field: Field): boolean {
  if (field.normalized === 'zero_stage' || field.normalized === 'zero_optimization_stage') return true;
  return field.normalized === 'stage' && field.parent?.normalized === 'zero_optimization';
}
