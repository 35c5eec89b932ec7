import { defineRule } from '../rule-kit/types.js';
import { fieldName } from '../rule-kit/helpers.js';
import { hfArgumentsScopes } from '../rule-kit/hf-arguments-block.js';
import { fieldIn, isPlaceholder, str } from '../rule-kit/field-index.js';
import { booleanValue } from '../loader/special-values.js';

/**
 * HF's `save_strategy: best` (transformers 4.46+) saves a checkpoint whenever the evaluation metric improves, so it
 * needs `metric_for_best_model`. `TrainingArguments` fills in "loss" only for `load_best_model_at_end`; otherwise the
 * Trainer raises "`args.metric_for_best_model` must be provided when using 'best' save_strategy" when it is built.
 */
export default defineRule({
  id: 'save-best-needs-metric',
  severity: 'error',
  category: 'consistency',
  description: "Require `metric_for_best_model` with HF's `save_strategy: best`",
  presets: ['recommended', 'strict'],
  references: [
    { title: 'transformers Trainer.__init__: "metric_for_best_model must be provided when using \'best\' save_strategy"', url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/trainer.py' },
    { title: 'TrainingArguments: save_strategy "best" and metric_for_best_model', url: 'https://huggingface.co/docs/transformers/main_classes/trainer#transformers.TrainingArguments' },
  ],
  check(ctx) {
    if (ctx.partial) return;
    // A nested block is handed on by a program that may name the metric itself: only a whole HF file is judged.
    for (const { map, nested } of hfArgumentsScopes(ctx)) {
      if (nested) continue;
      const save = fieldIn(ctx.fields, map, 'save_strategy');
      if (!save || isPlaceholder(save) || str(save) !== 'best') continue;
      if (fieldIn(ctx.fields, map, 'metric_for_best_model')) continue;
      // `load_best_model_at_end: true` makes TrainingArguments fill in "loss".
      const loadBest = fieldIn(ctx.fields, map, 'load_best_model_at_end');
      if (loadBest && booleanValue(loadBest.value) !== false) continue;
      ctx.report({
        field: save,
        message: '`save_strategy: best` needs `metric_for_best_model`, which is not set.',
        explanation:
          `${fieldName(save)} is "best": the Trainer saves a checkpoint whenever the evaluation metric improves, so it must know the metric. ` +
          'With no `metric_for_best_model` (and no `load_best_model_at_end`, which would default it to "loss"), the Trainer raises ' +
          '"`args.metric_for_best_model` must be provided when using \'best\' save_strategy" when it is created. ' +
          'Set `metric_for_best_model` (`eval_loss`, or the metric `compute_metrics` returns, with `greater_is_better` to match).',
      });
    }
  },
});
