import { defineRule } from '../rule-kit/types.js';
import { fieldName } from '../rule-kit/helpers.js';
import { deepspeedConfigs, enabled, zeroStage } from '../rule-kit/deepspeed.js';

/**
 * DeepSpeed's `amp` block wraps the model with NVIDIA Apex AMP, which ZeRO's own mixed-precision
 * optimizer replaces; the engine asserts "Amp and ZeRO are not currently compatible, please use
 * (legacy) fp16 mode which performs similar to amp opt_mode=O2".
 */
export default defineRule({
  id: 'ds-amp-vs-zero',
  severity: 'error',
  category: 'consistency',
  description: 'Flag DeepSpeed Apex `amp` combined with ZeRO',
  presets: ['recommended', 'strict'],
  frameworks: ['deepspeed'],
  references: [
    { title: 'DeepSpeed runtime/engine.py _do_optimizer_sanity_check: "Amp and ZeRO are not currently compatible"', url: 'https://github.com/microsoft/DeepSpeed/blob/master/deepspeed/runtime/engine.py' },
    { title: 'DeepSpeed configuration JSON: automatic mixed precision (AMP)', url: 'https://www.deepspeed.ai/docs/config-json/#automatic-mixed-precision-amp-training-options' },
  ],
  check(ctx) {
    for (const ds of deepspeedConfigs(ctx)) {
      const amp = enabled(ds, 'amp');
      if (amp.on !== true || !amp.field) continue;
      const { stage, field: stageField } = zeroStage(ds);
      if (!stage || stage <= 0) continue;
      ctx.report({
        field: amp.field,
        message: `Apex AMP cannot be used with ZeRO stage ${stage}.`,
        explanation:
          `${fieldName(amp.field)} turns on Apex AMP and ${stageField ? fieldName(stageField) : '`zero_optimization`'} turns on ZeRO; DeepSpeed asserts "Amp and ZeRO are not currently compatible" at start-up because ZeRO brings its own mixed-precision optimizer. ` +
          'Remove the `amp` block and use `"fp16": {"enabled": true}` (or `"bf16": {"enabled": true}`), which behaves like AMP opt level O2.',
      });
    }
  },
});
