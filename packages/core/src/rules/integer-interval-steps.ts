import { defineRule } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { HF_TRAINER_LIKE, fieldName, formatNumber } from '../rule-kit/helpers.js';
import { readByHfTrainer } from '../rule-kit/hf-arguments-block.js';
import { entryOf } from '../rule-kit/select.js';
import { numberValue, stringValue } from '../loader/special-values.js';
import { own } from '../util/own.js';

/**
 * Step counts that must be whole numbers:
 * - HF Trainer: `logging_steps`, `eval_steps` and `save_steps` above 1 must be integers when their
 *   strategy is `steps` ("--save_steps must be an integer if bigger than 1"); below 1 they are ratios.
 * - axolotl: `warmup_steps` and `logging_steps` are `int` fields, so pydantic refuses 0.1 ("Input
 *   should be a valid integer, got a number with a fractional part"). transformers ≥ 5 reads a
 *   `warmup_steps` below 1 as a ratio, but axolotl's schema rejects the config before that.
 */
export default defineRule({
  id: 'integer-interval-steps',
  severity: 'error',
  category: 'range',
  description: 'Require step counts that frameworks parse as integers (HF `*_steps` above 1, axolotl `warmup_steps`) to be whole numbers',
  presets: ['recommended', 'strict'],
  frameworks: HF_TRAINER_LIKE,
  references: [
    { title: 'transformers TrainingArguments._validate_args: "--logging_steps must be an integer if bigger than 1"', url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/training_args.py' },
    { title: 'axolotl schemas/config.py: warmup_steps: int | None, logging_steps: int | None', url: 'https://github.com/axolotl-ai-cloud/axolotl/blob/main/src/axolotl/utils/schemas/config.py' },
  ],
  check(ctx) {
    const axolotlFile = ctx.hasFramework('axolotl');
    for (const field of ctx.fields) {
      // The top of an HF file, or a nested block a program hands to `TrainingArguments` whole.
      if (!readByHfTrainer(ctx, field)) continue;
      const value = numberValue(field.value);
      if (value === undefined || Number.isInteger(value)) continue;
      const axolotl = axolotlFile && field.path.length === 1;
      if (axolotl && (field.normalized === 'warmup_steps' || field.normalized === 'logging_steps')) {
        const ratio = field.normalized === 'warmup_steps' && value > 0 && value < 1;
        // A warmup_steps below 1 is a ratio to transformers >= 5 and axolotl versions with a float field
        // accept it; whether this install refuses it depends on the version, so hf-warmup-steps-float
        // reports it as advice instead (CORPUS-NOTES §8).
        if (ratio) continue;
        ctx.report({
          field,
          message: `axolotl requires \`${field.normalized}\` to be an integer, but it is ${formatNumber(value)}.`,
          explanation:
            `${fieldName(field)} is declared \`int\` in axolotl's config schema, so pydantic rejects ${formatNumber(value)} ("Input should be a valid integer, got a number with a fractional part") and training does not start. ` +
            `Use a whole number, e.g. ${Math.max(1, Math.round(value))}.`,
        });
        continue;
      }
      const strategy = own(STRATEGY, field.normalized);
      if (!strategy || value <= 1 || !strategyIsSteps(field, strategy, axolotl)) continue;
      ctx.report({
        field,
        message: `\`${field.normalized}\` ${formatNumber(value)} must be an integer when it is above 1.`,
        explanation:
          `${fieldName(field)} is read as a number of steps when it is 1 or more and as a fraction of the run when it is below 1; HF Trainer refuses a fractional value above 1 ("--${field.normalized} must be an integer if bigger than 1"). ` +
          `Use a whole number of steps (e.g. ${Math.round(value)}), or a value below 1 for a fraction of the run.`,
      });
    }
  },
});

const STRATEGY: Readonly<Record<string, { key: string; fallback?: string; default: string }>> = {
  logging_steps: { key: 'logging_strategy', default: 'steps' },
  save_steps: { key: 'save_strategy', default: 'steps' },
  eval_steps: { key: 'eval_strategy', fallback: 'evaluation_strategy', default: 'no' },
};

/** HF validates the integer only when the matching strategy is `steps`; axolotl infers `steps` from a set `*_steps`. */
function strategyIsSteps(field: Field, s: { key: string; fallback?: string; default: string }, axolotl: boolean): boolean {
  const node = entryOf(field.container, s.key)?.value ?? (s.fallback ? entryOf(field.container, s.fallback)?.value : undefined);
  const written = stringValue(node);
  if (written !== undefined) return written.toLowerCase() === 'steps';
  if (node && node.kind === 'scalar' && node.value !== null) return false; // a placeholder or a boolean: unknown, stay quiet
  return axolotl || s.default === 'steps';
}
