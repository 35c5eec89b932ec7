import { defineRule } from '../rule-kit/types.js';
import { HF_TRAINER_LIKE, fieldName, usesHfTrainer } from '../rule-kit/helpers.js';
import { isHfArgumentsBlock } from '../rule-kit/hf-arguments-block.js';

const HF_SCHEDULE_KEYS: ReadonlySet<string> = new Set(['lr_scheduler_type', 'lr_scheduler']);

/**
 * HF Transformers' `get_scheduler` returns the plain constant schedule for `constant` before it
 * reads `num_warmup_steps`, so warmup configured next to it silently does nothing
 * (axolotl, TRL and LLaMA-Factory pass the name straight through).
 */
export default defineRule({
  id: 'constant-schedule-ignores-warmup',
  severity: 'warn',
  category: 'framework',
  description: 'Flag warmup next to an HF `constant` schedule, which ignores it',
  presets: ['recommended', 'strict'],
  frameworks: HF_TRAINER_LIKE,
  hasSuggestions: true,
  references: [
    { title: 'transformers optimization.py get_scheduler (CONSTANT returns before warmup is read)', url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/optimization.py' },
    { title: 'kohya-ss/sd-scripts train_util.py: "does not require num_warmup_steps"', url: 'https://github.com/kohya-ss/sd-scripts/blob/main/library/train_util.py' },
  ],
  check(ctx) {
    const hfFile = usesHfTrainer(ctx);
    for (const run of ctx.runs) {
      const type = run.schedule.type;
      if (!type || type.value?.toLowerCase() !== 'constant' || type.node.kind !== 'scalar') continue;
      // Elsewhere, in a nested block a program hands to `TrainingArguments` whole (`training_args:`).
      if (!hfFile && !isHfArgumentsBlock(ctx, type.field.container)) continue;
      // HF's own key (`lr_scheduler_type`; axolotl and kohya's `lr_scheduler`): a `scheduler` key among HF-named settings
      // is the script's own choice, which it may map to `get_constant_schedule_with_warmup` (ProtMamba).
      if (!HF_SCHEDULE_KEYS.has(type.field.normalized)) continue;
      const warm = run.schedule.warmupSteps?.value?.amount ?? 0;
      const ratio = run.schedule.warmupRatio?.value ?? 0;
      if (warm <= 0 && ratio <= 0) continue;
      const warmupField = warm > 0 ? run.schedule.warmupSteps!.field : run.schedule.warmupRatio!.field;
      const raw = type.node.raw;
      const replacement = raw.replace(/constant/i, (m) => (m === m.toUpperCase() ? 'CONSTANT_WITH_WARMUP' : 'constant_with_warmup'));
      ctx.report({
        field: type.field,
        message: 'The `constant` schedule ignores the configured warmup.',
        explanation:
          `${fieldName(type.field)} is \`constant\`, and HF Transformers' \`get_scheduler\` builds the plain constant schedule without reading the warmup, so ${fieldName(warmupField)} silently does nothing: training starts at the full learning rate. ` +
          'Use `constant_with_warmup` to warm up and then hold the rate, or remove the warmup setting if you meant no warmup.',
        suggestions: [{ description: 'Use `constant_with_warmup`', edits: [{ range: type.node.range, text: replacement }] }],
      });
    }
  },
});
