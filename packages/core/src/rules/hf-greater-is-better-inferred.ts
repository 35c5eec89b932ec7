import { defineRule } from '../rule-kit/types.js';
import { HF_TRAINER_LIKE, fieldName } from '../rule-kit/helpers.js';
import { readByHfTrainer } from '../rule-kit/hf-arguments-block.js';
import { entryOf } from '../rule-kit/select.js';
import { stringValue } from '../loader/special-values.js';
import type { Fix } from '../rule-kit/types.js';

/** Metrics where lower is better although their name does not end in "loss". */
const LOWER_IS_BETTER = /(?:^|_)(?:wer|cer|ter|per|der|eer|perplexity|ppl|mse|rmse|mae|mape|error|err|rmsle|smape|nll|bpc|bpd|fid|distance|dist)$/i;

/**
 * HF Trainer infers `greater_is_better` from the metric's name: anything not ending in "loss" is
 * maximised. For error-like metrics (WER, CER, perplexity, MSE, ...) that keeps the *worst*
 * checkpoint and stops early on improvements.
 */
export default defineRule({
  id: 'hf-greater-is-better-inferred',
  severity: 'warn',
  category: 'framework',
  description: 'Flag an error-like `metric_for_best_model` (WER, perplexity, MSE) without `greater_is_better: false`',
  presets: ['recommended', 'strict'],
  hasSuggestions: true,
  frameworks: HF_TRAINER_LIKE,
  references: [{ title: 'transformers TrainingArguments: greater_is_better defaults to not metric_for_best_model.endswith("loss")', url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/training_args.py' }],
  check(ctx) {
    for (const field of ctx.fields) {
      // The top of an HF file, or a nested block a program hands to `TrainingArguments` whole.
      if (field.normalized !== 'metric_for_best_model' || !readByHfTrainer(ctx, field)) continue;
      const metric = stringValue(field.value);
      if (!metric || metric.endsWith('loss') || !LOWER_IS_BETTER.test(metric)) continue;
      if (entryOf(field.container, 'greater_is_better')) continue;
      const suggestions: Fix[] = [];
      const indent = field.key.range[0] - ctx.doc.text.lastIndexOf('\n', field.key.range[0] - 1) - 1;
      if (ctx.doc.format === 'yaml' && field.key.style === 'plain') {
        const lineEnd = ctx.doc.text.indexOf('\n', field.value.range[1]);
        const at = lineEnd < 0 ? ctx.doc.text.length : lineEnd;
        suggestions.push({ description: 'Add `greater_is_better: false`', edits: [{ range: [at, at], text: `\n${' '.repeat(Math.max(0, indent))}greater_is_better: false` }] });
      }
      ctx.report({
        field,
        message: `HF Trainer will treat a higher "${metric}" as better because the name does not end in "loss".`,
        explanation:
          `${fieldName(field)} is "${metric}", where lower is better, but without \`greater_is_better\` HF Trainer sets it to \`not metric.endswith("loss")\`, i.e. true. ` +
          '`load_best_model_at_end` then restores the worst checkpoint, `save_total_limit` keeps the wrong ones and early stopping treats improvements as regressions. Add `greater_is_better: false`.',
        ...(suggestions.length > 0 ? { suggestions } : {}),
      });
    }
  },
});
