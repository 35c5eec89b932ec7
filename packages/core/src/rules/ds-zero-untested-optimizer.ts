import { defineRule } from '../rule-kit/types.js';
import { fieldName } from '../rule-kit/helpers.js';
import { bool } from '../rule-kit/field-index.js';
import { deepspeedConfigs, dsField, optimizerType, zeroStage } from '../rule-kit/deepspeed.js';

/**
 * ZeRO partitions optimizer state, which it knows how to do for a fixed list of optimizer classes
 * (`runtime/zero/utils.py` ZERO_SUPPORTED_OPTIMIZERS: torch Adam/AdamW/Adagrad, FusedAdam,
 * DeepSpeedCPUAdam/Adagrad/Lion, FusedLion). The config names that build one of those are `Adam`,
 * `AdamW`, `Adagrad` and `Lion`; any other `optimizer.type` (LAMB, the muP optimizers, a
 * `torch.optim` class such as SGD) makes the engine assert unless `zero_allow_untested_optimizer`
 * is true. The 1-bit optimizers are refused with ZeRO outright (ds-onebit-vs-zero).
 */
const SUPPORTED = new Set(['adam', 'adamw', 'adagrad', 'lion']);
const ONEBIT = new Set(['onebitadam', 'zerooneadam', 'onebitlamb']);

export default defineRule({
  id: 'ds-zero-untested-optimizer',
  severity: 'error',
  category: 'consistency',
  description: 'Require `zero_allow_untested_optimizer` for DeepSpeed optimizers ZeRO does not support',
  presets: ['recommended', 'strict'],
  frameworks: ['deepspeed'],
  references: [
    { title: 'DeepSpeed runtime/engine.py _do_optimizer_sanity_check: "You are using an untested ZeRO Optimizer"', url: 'https://github.com/microsoft/DeepSpeed/blob/master/deepspeed/runtime/engine.py' },
    { title: 'DeepSpeed runtime/zero/utils.py ZERO_SUPPORTED_OPTIMIZERS', url: 'https://github.com/microsoft/DeepSpeed/blob/master/deepspeed/runtime/zero/utils.py' },
  ],
  check(ctx) {
    for (const ds of deepspeedConfigs(ctx)) {
      const { stage } = zeroStage(ds);
      if (!stage || stage <= 0) continue;
      const { type, field } = optimizerType(ds);
      if (!type || !field || SUPPORTED.has(type) || ONEBIT.has(type)) continue;
      const allow = dsField(ds, 'zero_allow_untested_optimizer');
      if (bool(allow) === true || (allow && bool(allow) === undefined)) continue;
      ctx.report({
        field,
        message: `ZeRO stage ${stage} does not support the ${String(field.value.kind === 'scalar' ? field.value.value : type)} optimizer unless zero_allow_untested_optimizer is true.`,
        explanation:
          `${fieldName(field)} builds an optimizer that is not on ZeRO's tested list (Adam, AdamW, Adagrad and Lion in their torch, fused and CPU versions), and ZeRO is on, so DeepSpeed asserts "You are using an untested ZeRO Optimizer" at start-up. ` +
          (allow ? `${fieldName(allow)} is false. ` : '') +
          'Add `"zero_allow_untested_optimizer": true` if you have checked that the optimizer works with partitioned state, or switch to Adam/AdamW.',
      });
    }
  },
});
