import { defineRule } from '../rule-kit/types.js';
import { fieldName } from '../rule-kit/helpers.js';
import { bool } from '../rule-kit/field-index.js';
import { deepspeedConfigs, dsField, enabled, zeroStage } from '../rule-kit/deepspeed.js';

/**
 * `fp16.fp16_master_weights_and_grads` keeps master weights and gradients in fp16, which only the
 * ZeRO stage 2 optimizer implements; DeepSpeed's config check asserts "Fp16_master_weights_and_grads
 * is only supported with ZeRO Stage 2 for now." for any other stage. It is read only when fp16 is on.
 */
export default defineRule({
  id: 'ds-fp16-master-weights-stage2',
  severity: 'error',
  category: 'consistency',
  description: 'Require ZeRO stage 2 for DeepSpeed `fp16_master_weights_and_grads`',
  presets: ['recommended', 'strict'],
  frameworks: ['deepspeed'],
  references: [
    { title: 'DeepSpeed runtime/config.py _do_error_check', url: 'https://github.com/microsoft/DeepSpeed/blob/master/deepspeed/runtime/config.py' },
  ],
  check(ctx) {
    for (const ds of deepspeedConfigs(ctx)) {
      if (enabled(ds, 'fp16').on !== true) continue;
      const flag = dsField(ds, 'fp16', 'fp16_master_weights_and_grads');
      if (!flag || bool(flag) !== true) continue;
      const { stage, field: stageField } = zeroStage(ds);
      if (stage === undefined || stage === 2) continue;
      ctx.report({
        field: flag,
        on: 'key',
        message: `fp16_master_weights_and_grads needs ZeRO stage 2, but the stage is ${stage}.`,
        explanation:
          `${fieldName(flag)} keeps the master weights and gradients in fp16, which only DeepSpeed's ZeRO stage 2 optimizer implements, and ${stageField ? `${fieldName(stageField)} is ${stage}` : 'ZeRO is off'}; DeepSpeed asserts "Fp16_master_weights_and_grads is only supported with ZeRO Stage 2 for now." ` +
          'Set `zero_optimization.stage` to 2, or remove the flag to keep fp32 master weights.',
      });
    }
  },
});
