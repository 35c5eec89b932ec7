import { defineRule } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { HF_TRAINER_LIKE, fieldName } from '../rule-kit/helpers.js';
import { fieldIn, num, str } from '../rule-kit/field-index.js';
import { hfArgumentsScopes, type HfArgumentsScope } from '../rule-kit/hf-arguments-block.js';

/**
 * HF TrainingArguments: a "steps" strategy needs a step count. `eval_strategy: steps` falls back to
 * `logging_steps` when `eval_steps` is unset or 0, so it fails only when both are 0; the default
 * `logging_strategy: steps` fails with `logging_steps: 0`. Checked at the top of an HF file and in each nested block a
 * program hands to `TrainingArguments` whole.
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
    for (const scope of hfArgumentsScopes(ctx)) checkScope(scope);

    function checkScope({ map, nested }: HfArgumentsScope): void {
      const field = (...names: string[]): Field | undefined => fieldIn(ctx.fields, map, ...names);
      const logging = field('logging_steps');
      const loggingZero = logging !== undefined && num(logging) === 0;
      if (!loggingZero) return;
      const evalStrategy = field('eval_strategy', 'evaluation_strategy');
      const evalSteps = field('eval_steps');
      if (str(evalStrategy) === 'steps' && (!evalSteps || num(evalSteps) === 0)) {
        ctx.report({
          field: evalSteps ?? evalStrategy!,
          message: 'eval_strategy "steps" needs a non-zero `eval_steps` or `logging_steps`.',
          explanation:
            `${fieldName(evalStrategy!)} is "steps", ${evalSteps ? `${fieldName(evalSteps)} is 0` : '`eval_steps` is not set'}, and ${fieldName(logging)} is 0, so the Trainer has no interval to evaluate at and raises a ValueError at start-up. ` +
            'Set `eval_steps` to the number of optimizer steps between evaluations (for example 100).',
        });
      }
      // HF's default "steps" holds where the file is TrainingArguments as written; a nested block may be handed on key by
      // key, with the strategy set by the script, so there only a written strategy counts.
      const loggingStrategy = field('logging_strategy');
      if (loggingStrategy === undefined && (ctx.partial || nested)) return;
      if ((str(loggingStrategy) ?? 'steps') === 'steps') {
        ctx.report({
          field: logging,
          message: 'logging_steps 0 is not allowed with the "steps" logging strategy.',
          explanation:
            `${fieldName(logging)} is 0 and ${loggingStrategy ? `${fieldName(loggingStrategy)} is "steps"` : '`logging_strategy` defaults to "steps"'}, so the Trainer raises "logging strategy steps requires non-zero --logging_steps". ` +
            'Set `logging_steps` to a positive number of steps, or `logging_strategy: "no"` to turn logging off.',
        });
      }
    }
  },
});
