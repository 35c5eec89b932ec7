import { defineRule } from '../rule-kit/types.js';
import { HF_TRAINER_LIKE, fieldName, formatNumber } from '../rule-kit/helpers.js';
import { readByHfTrainer } from '../rule-kit/hf-arguments-block.js';
import { numberValue } from '../loader/special-values.js';

/**
 * transformers ≥ 5 (PR #41326) reads a `warmup_steps` below 1 as a fraction of the run and
 * deprecates `warmup_ratio`; transformers 4 declares `warmup_steps: int` and uses 0.1 as 0.1 steps,
 * i.e. no warmup at all. The same file therefore trains differently depending on the installed
 * version. axolotl declares `warmup_steps: int` in some versions (pydantic then refuses 0.1) and
 * passes it to transformers in others, so for axolotl the finding says both.
 */
export default defineRule({
  id: 'hf-warmup-steps-float',
  severity: 'info',
  category: 'framework',
  description: 'Note that a fractional HF `warmup_steps` is a ratio only on transformers 5 and means no warmup on transformers 4',
  presets: ['strict'],
  frameworks: HF_TRAINER_LIKE,
  references: [
    { title: 'transformers PR #41326: warmup_steps in [0, 1) is a ratio; warmup_ratio deprecated', url: 'https://github.com/huggingface/transformers/pull/41326' },
    { title: 'transformers TrainingArguments.get_warmup_steps', url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/training_args.py' },
  ],
  check(ctx) {
    const axolotlFile = ctx.hasFramework('axolotl');
    for (const field of ctx.fields) {
      // The top of an HF file, or a nested block a program hands to `TrainingArguments` whole.
      if (field.normalized !== 'warmup_steps' || !readByHfTrainer(ctx, field)) continue;
      const axolotl = axolotlFile && field.path.length === 1;
      const value = numberValue(field.value);
      if (value === undefined || value <= 0 || value >= 1) continue;
      ctx.report({
        field,
        message: `warmup_steps ${formatNumber(value)} is a fraction of the run only on transformers 5 or later.`,
        explanation:
          `${fieldName(field)} is ${formatNumber(value)}. Since transformers 5 (PR #41326) a \`warmup_steps\` below 1 means that fraction of all training steps; ` +
          `transformers 4 treats it as ${formatNumber(value)} steps, so the schedule warms up for less than one step — no warmup at all. ` +
          (axolotl ? 'axolotl versions whose schema declares `warmup_steps: int` refuse the value outright ("Input should be a valid integer"). ' : '') +
          'If the run may use transformers 4' + (axolotl ? ' or such an axolotl' : '') + ', write `warmup_ratio: ' + formatNumber(value) + '` instead (deprecated but still honoured in 5), or pin transformers >= 5.',
      });
    }
  },
});
