import { defineRule } from '../rule-kit/types.js';
import { HF_TRAINER_LIKE, fieldName, mappedByScript, usesHfTrainer } from '../rule-kit/helpers.js';
import { entryOf } from '../rule-kit/select.js';
import { hfArgumentsScopes } from '../rule-kit/hf-arguments-block.js';
import type { Field } from '../classify/classify.js';
import type { MapNode } from '../document/types.js';
import { booleanValue, stringValue } from '../loader/special-values.js';

/**
 * With `load_best_model_at_end: true` or `lr_scheduler_type: reduce_lr_on_plateau` and no
 * `metric_for_best_model`, HF Trainer picks the checkpoint (or reduces the LR) by evaluation loss.
 * That is often right but rarely what a task with its own metric (accuracy, F1, WER) intends. Checked at the top of
 * an HF file and in each nested block a program hands to `TrainingArguments` whole.
 */
export default defineRule({
  id: 'hf-metric-default',
  severity: 'info',
  category: 'framework',
  description: 'Note when HF Trainer silently falls back to evaluation loss to pick the best checkpoint or reduce the learning rate',
  presets: ['strict'],
  frameworks: HF_TRAINER_LIKE,
  references: [{ title: 'transformers TrainingArguments.__post_init__: metric_for_best_model defaults to "loss"', url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/training_args.py' }],
  check(ctx) {
    if (ctx.partial) return;
    const checkBlock = (map: MapNode, atTop: (f: Field) => boolean): void => {
      if (entryOf(map, 'metric_for_best_model')) return;
      const loadBest = ctx.fields.find((f) => atTop(f) && f.normalized === 'load_best_model_at_end' && booleanValue(f.value) === true);
      const plateau = ctx.fields.find((f) => atTop(f) && (f.normalized === 'lr_scheduler_type' || f.normalized === 'lr_scheduler') && stringValue(f.value) === 'reduce_lr_on_plateau');
      const field = loadBest ?? plateau;
      // A file a script maps into TrainingArguments field by field: the script picks the metric.
      if (!field || mappedByScript(ctx.fields, field.container)) return;
      const why = loadBest ? 'which checkpoint `load_best_model_at_end` restores' : 'when `reduce_lr_on_plateau` lowers the learning rate';
      ctx.report({
        field,
        on: 'key',
        message: 'metric_for_best_model is not set, so HF Trainer uses the evaluation loss.',
        explanation:
          `${fieldName(field)} needs a metric, and without \`metric_for_best_model\` HF Trainer uses \`loss\` (lower is better) to decide ${why}. ` +
          'If your task is judged by another metric (accuracy, F1, BLEU, WER), set `metric_for_best_model` to it (and `greater_is_better` to match); if loss is right, write `metric_for_best_model: loss` to make that explicit.',
      });
    };
    if (usesHfTrainer(ctx)) {
      for (const d of ctx.doc.documents) if (d.root?.kind === 'map') checkBlock(d.root, (f) => f.documentIndex === d.index && f.path.length === 1);
    }
    // A nested block a program hands to `TrainingArguments` whole gets HF's default metric too.
    for (const { map, nested } of hfArgumentsScopes(ctx)) if (nested) checkBlock(map, (f) => f.container === map);
  },
});
