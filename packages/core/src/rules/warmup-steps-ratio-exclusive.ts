import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber, usesHfTrainer } from '../rule-kit/helpers.js';

/**
 * `warmup_steps` and `warmup_ratio` together: axolotl refuses the config ("mutually exclusive"),
 * NeMo's warmup schedulers assert, HF Trainer silently lets the steps win and ignores the ratio.
 */
export default defineRule({
  id: 'warmup-steps-ratio-exclusive',
  severity: 'warn',
  category: 'consistency',
  description: 'Flag warmup given both as steps and as a ratio',
  presets: ['recommended', 'strict'],
  references: [
    { title: 'axolotl schemas/validation.py check_warmup: "warmup_steps and warmup_ratio are mutually exclusive"', url: 'https://github.com/axolotl-ai-cloud/axolotl/blob/main/src/axolotl/utils/schemas/validation.py' },
    { title: 'transformers TrainingArguments: warmup_steps overrides any effect of warmup_ratio', url: 'https://huggingface.co/docs/transformers/main_classes/trainer#transformers.TrainingArguments.warmup_steps' },
  ],
  check(ctx) {
    for (const run of ctx.runs) {
      const steps = run.schedule.warmupSteps;
      const ratio = run.schedule.warmupRatio;
      if (!steps?.value || !ratio || ratio.value === undefined || steps.value.amount <= 0 || ratio.value <= 0) continue;
      if (steps.field.container !== ratio.field.container) continue;
      const consequence = ctx.hasFramework('axolotl')
        ? 'axolotl rejects the config because the two are mutually exclusive. '
        : ctx.hasFramework('nemo')
          ? 'NeMo\'s warmup schedulers refuse the combination ("Either use particular number of step or ratio"). '
          : usesHfTrainer(ctx)
            ? 'HF Trainer uses the steps and silently ignores the ratio, so the file says two different things. '
            : 'Trainers either refuse this (axolotl, NeMo) or silently let one of them win (HF Trainer uses the steps), so the file says two different things. ';
      ctx.report({
        field: ratio.field,
        on: 'key',
        message: `Warmup is set both as ${formatNumber(steps.value.amount)} steps and as ratio ${formatNumber(ratio.value)}.`,
        explanation:
          `${fieldName(steps.field)} and ${fieldName(ratio.field)} both set the warmup length. ` +
          consequence +
          'Keep one of them.',
      });
    }
  },
});
