import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { bool, childOf } from '../rule-kit/field-index.js';
import { accelerateDeepSpeedBlock, accelerateZeroStage } from '../rule-kit/deepspeed.js';

/**
 * Accelerate's `deepspeed_config.zero3_init_flag` builds the model under `deepspeed.zero.Init`, which only ZeRO stage 3
 * partitions. On any other stage `DeepSpeedPlugin.__post_init__` warns "DeepSpeed Zero3 Init flag is only applicable
 * for ZeRO Stage 3. Setting it to False." and turns it off, so the file asks for something the run never does (a
 * stage-2 config copied from a stage-3 one, as LLM-RLHF-Tuning's `ds_config.yaml` with `zero_stage: 2`). The stage is
 * the file's `zero_stage`, or the one in the DeepSpeed JSON that `deepspeed_config_file` names when the front-end can
 * read it.
 */
export default defineRule({
  id: 'accelerate-zero3-init-stage',
  severity: 'warn',
  category: 'consistency',
  description: "Flag Accelerate's `zero3_init_flag` on a ZeRO stage other than 3, where Accelerate turns it off",
  presets: ['recommended', 'strict'],
  frameworks: ['accelerate'],
  references: [
    { title: 'accelerate utils/dataclasses.py DeepSpeedPlugin.__post_init__: "DeepSpeed Zero3 Init flag is only applicable for ZeRO Stage 3. Setting it to False."', url: 'https://github.com/huggingface/accelerate/blob/main/src/accelerate/utils/dataclasses.py' },
    { title: 'Accelerate DeepSpeed guide: zero3_init_flag', url: 'https://huggingface.co/docs/accelerate/usage_guides/deepspeed' },
  ],
  check(ctx) {
    const block = accelerateDeepSpeedBlock(ctx);
    const flag = childOf(ctx.fields, block, 'zero3_init_flag');
    if (!block || bool(flag) !== true) return;
    const stage = accelerateZeroStage(ctx, block);
    if (!stage || stage.stage === undefined || stage.stage === 3) return;
    ctx.report({
      field: flag,
      message: `\`zero3_init_flag\` has no effect on ZeRO stage ${formatNumber(stage.stage)}; Accelerate turns it off.`,
      explanation:
        `${fieldName(flag!)} is true and ${stage.where} is ${formatNumber(stage.stage)}. The flag builds the model under \`deepspeed.zero.Init\`, which partitions its parameters as they are created, and only ZeRO stage 3 partitions parameters: ` +
        'on any other stage Accelerate warns "DeepSpeed Zero3 Init flag is only applicable for ZeRO Stage 3. Setting it to False." and loads the model whole on every process. ' +
        'Set `zero3_init_flag: false` on this stage, or use stage 3 if the model does not fit in one GPU\'s memory.',
    });
  },
});
