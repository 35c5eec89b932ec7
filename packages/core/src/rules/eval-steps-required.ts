import { defineRule } from '../rule-kit/types.js';
import { HF_TRAINER_LIKE, fieldName, usesHfTrainer } from '../rule-kit/helpers.js';
import { num, str, topField } from '../rule-kit/field-index.js';

/**
 * HF TrainingArguments: a "steps" strategy needs a step count. `eval_strategy: steps` falls back to
 * `logging_steps` when `eval_steps` is unset or 0, so it fails only when both are 0; the default
 * `logging_strategy: steps` fails with `logging_steps: 0`.
 */
export default defineRule({
  id: 'eval-steps-required',
  severity: 'error',
  category: 'consistency',
  description: 'Require a non-zero step count for HF "steps" evaluation and logging strategies',
  presets: ['recommended', 'strict'],
  frameworks: HF_TRAINER_LIKE,
  references: [
    { title: 'transformers TrainingArguments.__post_init__: "evaluation strategy steps requires either non-zero --eval_steps or --logging_steps"', url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/training_args.py' },
  ],
  check(ctx) {
    if (!usesHfTrainer(ctx)) return;
    const logging = topField(ctx.fields, 'logging_steps');
    const loggingZero = logging !== undefined && num(logging) === 0;
    if (!loggingZero) return;
    const evalStrategy = topField(ctx.fields, 'eval_strategy', 'evaluation_strategy');
    const evalSteps = topField(ctx.fields, 'eval_steps');
    if (str(evalStrategy) === 'steps' && (!evalSteps || num(evalSteps) === 0)) {
      ctx.report({
        field: evalSteps ?? evalStrategy!,
        message: 'eval_strategy "steps" needs a non-zero `eval_steps` or `logging_steps`.',
        explanation:
          `${fieldName(evalStrategy!)} is "steps", ${evalSteps ? `${fieldName(evalSteps)} is 0` : '`eval_steps` is not set'}, and ${fieldName(logging)} is 0, so the Trainer has no interval to evaluate at and raises a ValueError at start-up. ` +
          'Set `eval_steps` to the number of optimizer steps between evaluations (for example 100).',
      });
    }
    const loggingStrategy = topField(ctx.fields, 'logging_strategy');
    if ((str(loggingStrategy) ?? 'steps') === 'steps' && !(loggingStrategy === undefined && ctx.partial)) {
      ctx.report({
        field: logging,
        message: 'logging_steps 0 is not allowed with the "steps" logging strategy.',
        explanation:
          `${fieldName(logging)} is 0 and ${loggingStrategy ? `${fieldName(loggingStrategy)} is "steps"` : '`logging_strategy` defaults to "steps"'}, so the Trainer raises "logging strategy steps requires non-zero --logging_steps". ` +
          'Set `logging_steps` to a positive number of steps, or `logging_strategy: "no"` to turn logging off.',
      });
    }
  },
});
