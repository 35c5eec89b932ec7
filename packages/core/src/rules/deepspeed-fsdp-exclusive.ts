import { defineRule } from '../rule-kit/types.js';
import { usesAxolotl } from '../rule-kit/axolotl.js';
import { fieldName } from '../rule-kit/helpers.js';
import { isSet, topField } from '../rule-kit/field-index.js';

/**
 * DeepSpeed and FSDP both shard the model and both wrap the training loop; axolotl refuses a
 * config that asks for both (`check_fsdp_deepspeed`).
 */
export default defineRule({
  id: 'deepspeed-fsdp-exclusive',
  severity: 'error',
  category: 'consistency',
  description: 'Flag DeepSpeed and FSDP configured together',
  presets: ['recommended', 'strict'],
  frameworks: ['axolotl'],
  references: [
    { title: 'axolotl schemas/validation.py check_fsdp_deepspeed: "deepspeed and fsdp cannot be used together"', url: 'https://github.com/axolotl-ai-cloud/axolotl/blob/main/src/axolotl/utils/schemas/validation.py' },
  ],
  check(ctx) {
    if (!usesAxolotl(ctx)) return;
    const deepspeed = topField(ctx.fields, 'deepspeed');
    const fsdp = topField(ctx.fields, 'fsdp');
    if (!isSet(deepspeed) || !isSet(fsdp)) return;
    ctx.report({
      field: fsdp!,
      on: 'key',
      message: 'deepspeed and fsdp cannot be used together.',
      explanation: `${fieldName(deepspeed!)} and ${fieldName(fsdp!)} each shard the model and wrap the training step, and axolotl refuses a config with both. Keep one: remove \`fsdp\` (and \`fsdp_config\`) to train with DeepSpeed, or remove \`deepspeed\` to train with FSDP.`,
    });
  },
});
