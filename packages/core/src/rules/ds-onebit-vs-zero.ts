import { defineRule } from '../rule-kit/types.js';
import { fieldName } from '../rule-kit/helpers.js';
import { deepspeedConfigs, optimizerType, zeroStage } from '../rule-kit/deepspeed.js';

const NAMES: Readonly<Record<string, string>> = { onebitadam: '1-bit Adam', zerooneadam: '0/1 Adam', onebitlamb: '1-bit LAMB' };
/** DeepSpeed's own spelling in its assertion messages. */
const DS_NAMES: Readonly<Record<string, string>> = { onebitadam: '1bit-Adam', zerooneadam: '0/1 Adam', onebitlamb: '1bit-Lamb' };

/**
 * DeepSpeed's communication-compressed optimizers (1-bit Adam, 0/1 Adam, 1-bit LAMB) do their own
 * compressed all-reduce and cannot run on ZeRO-partitioned state: the engine asserts "1bit-Adam is
 * not compatible with ZeRO" (and likewise for the others) when it builds them.
 */
export default defineRule({
  id: 'ds-onebit-vs-zero',
  severity: 'error',
  category: 'consistency',
  description: 'Flag DeepSpeed 1-bit optimizers combined with ZeRO',
  presets: ['recommended', 'strict'],
  frameworks: ['deepspeed'],
  references: [
    { title: 'DeepSpeed runtime/engine.py _configure_basic_optimizer: "1bit-Adam is not compatible with ZeRO"', url: 'https://github.com/microsoft/DeepSpeed/blob/master/deepspeed/runtime/engine.py' },
    { title: 'DeepSpeed 1-bit Adam tutorial', url: 'https://www.deepspeed.ai/tutorials/onebit-adam/' },
  ],
  check(ctx) {
    for (const ds of deepspeedConfigs(ctx)) {
      const { type, field } = optimizerType(ds);
      if (!type || !field || !Object.hasOwn(NAMES, type)) continue;
      const { stage, field: stageField } = zeroStage(ds);
      if (!stage || stage <= 0) continue;
      ctx.report({
        field,
        message: `${NAMES[type]} cannot be used with ZeRO stage ${stage}.`,
        explanation:
          `${fieldName(field)} selects ${NAMES[type]}, which compresses gradients in its own all-reduce and needs the full optimizer state on every GPU, but ${stageField ? fieldName(stageField) : '`zero_optimization`'} enables ZeRO, which partitions that state. DeepSpeed asserts "${DS_NAMES[type]} is not compatible with ZeRO" at start-up. ` +
          'Set `zero_optimization.stage` to 0 to keep the 1-bit optimizer, or use Adam/AdamW with ZeRO.',
      });
    }
  },
});
