import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { num } from '../rule-kit/field-index.js';
import { deepspeedConfigs, dsField, zeroStage } from '../rule-kit/deepspeed.js';

/**
 * `zero_optimization.offload_optimizer.ratio` below 1 offloads only part of the optimizer state
 * (ZeRO-Offload++), which only stage 3 implements; DeepSpeed's ZeRO config validator asserts
 * "Partial offloading only supported for ZeRO Stage 3."
 */
export default defineRule({
  id: 'ds-partial-offload-stage3',
  severity: 'error',
  category: 'consistency',
  description: 'Require ZeRO stage 3 for partial optimizer offload (`offload_optimizer.ratio` below 1)',
  presets: ['recommended', 'strict'],
  frameworks: ['deepspeed'],
  references: [
    { title: 'DeepSpeed runtime/zero/config.py offload_ratio_check', url: 'https://github.com/microsoft/DeepSpeed/blob/master/deepspeed/runtime/zero/config.py' },
    { title: 'DeepSpeed configuration JSON: offload_optimizer', url: 'https://www.deepspeed.ai/docs/config-json/#optimizer-offloading' },
  ],
  check(ctx) {
    for (const ds of deepspeedConfigs(ctx)) {
      const ratio = dsField(ds, 'zero_optimization', 'offload_optimizer', 'ratio');
      const r = num(ratio);
      if (!ratio || r === undefined || r >= 1) continue;
      const { stage, field: stageField } = zeroStage(ds);
      if (stage === undefined || stage === 3) continue;
      ctx.report({
        field: ratio,
        message: `Partial optimizer offload (ratio ${formatNumber(r)}) needs ZeRO stage 3, but the stage is ${stage}.`,
        explanation:
          `${fieldName(ratio)} below 1 offloads only part of the optimizer state to the CPU, which only ZeRO stage 3 implements, and ${stageField ? `${fieldName(stageField)} is ${stage}` : 'no stage is set (0)'}; DeepSpeed asserts "Partial offloading only supported for ZeRO Stage 3." ` +
          'Set the stage to 3, or remove `ratio` (offload everything) on this stage.',
      });
    }
  },
});
