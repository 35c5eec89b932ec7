import { defineRule } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { HF_TRAINER_LIKE, fieldName, mappedByScript } from '../rule-kit/helpers.js';
import { booleanValue, numberValue, specialKind, stringValue } from '../loader/special-values.js';

/**
 * HF TrainingArguments refuses `load_best_model_at_end` unless evaluation and saving happen on the
 * same schedule (the best checkpoint must exist when it is evaluated): eval_strategy defaults to
 * "no" and save_strategy to "steps", so setting only `load_best_model_at_end` fails at start-up.
 */
export default defineRule({
  id: 'load-best-needs-matching-strategies',
  severity: 'error',
  category: 'consistency',
  description: 'Require matching eval and save strategies when HF `load_best_model_at_end` is on',
  presets: ['recommended', 'strict'],
  frameworks: HF_TRAINER_LIKE,
  references: [
    { title: 'transformers TrainingArguments: "--load_best_model_at_end requires the save and eval strategy to match"', url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/training_args.py' },
    { title: 'transformers #12685', url: 'https://github.com/huggingface/transformers/issues/12685' },
  ],
  check(ctx) {
    // `load_best_model_at_end` is TrainingArguments' own name, so its mapping holds TrainingArguments
    // whether it is the whole file (HF, TRL, axolotl) or a block a script unpacks (`training:`).
    for (const loadBest of ctx.fields) {
      if (loadBest.normalized === 'load_best_model_at_end' && booleanValue(loadBest.value) === true) checkArguments(loadBest);
    }
    function checkArguments(loadBest: Field): void {
      const sibling = (names: string[]): Field | undefined => ctx.fields.find((f) => f.container === loadBest.container && names.includes(f.normalized));
      const evalField = sibling(['eval_strategy', 'evaluation_strategy']);
      const saveField = sibling(['save_strategy']);
      if ([evalField, saveField].some((f) => f && specialKind(f.value))) return; // `${...}`, `auto`: not known yet
      // A block that names neither strategy is handed on field by field as often as it is unpacked whole:
      // scripts that read `eval_steps` and `load_best_model_at_end` from their own `training:` block
      // commonly write `eval_strategy="steps"` themselves (a Whisper fine-tuner's typed config has no
      // strategy fields at all). A whole file is TrainingArguments as written, so its defaults are known.
      if (!evalField && !saveField && loadBest.path.length > 1) return;
      // Nor does a block that leaves out one strategy while another section of the file sets it: arabic-qwen's
      // `checkpointing:` (save_strategy, load_best_model_at_end) beside `training:` (evaluation_strategy), sections
      // its program joins into one set of arguments.
      const elsewhere = (names: string[]): boolean => ctx.fields.some((f) => f.container !== loadBest.container && names.includes(f.normalized));
      if (loadBest.path.length > 1 && ((!evalField && elsewhere(['eval_strategy', 'evaluation_strategy'])) || (!saveField && elsewhere(['save_strategy'])))) return;
      // So is a whole file that spells the run's basics its own way: a script maps it and sets the strategies.
      if (!evalField && !saveField && mappedByScript(ctx.fields, loadBest.container)) return;
      const axolotl = ctx.hasFramework('axolotl');
      const evalStrategy = strategy(evalField) ?? (axolotl ? axolotlDefault(sibling(['eval_steps']), sibling(['evals_per_epoch'])) : 'no');
      const saveStrategy = strategy(saveField) ?? (axolotl ? axolotlDefault(sibling(['save_steps']), sibling(['saves_per_epoch'])) ?? 'steps' : 'steps');
      if (evalStrategy === undefined || saveStrategy === undefined || saveStrategy === 'best' || evalStrategy === saveStrategy) return;
      const evalText = evalField ? `${fieldName(evalField)} is "${evalStrategy}"` : `no \`eval_strategy\` is set, so it defaults to "${evalStrategy}"`;
      const saveText = saveField ? `${fieldName(saveField)} is "${saveStrategy}"` : `\`save_strategy\` defaults to "${saveStrategy}"`;
      ctx.report({
        field: evalField ?? loadBest,
        on: evalField ? 'value' : 'key',
        message: `load_best_model_at_end needs the same eval and save strategy, but they are "${evalStrategy}" and "${saveStrategy}".`,
        explanation:
          `${fieldName(loadBest)} is true, ${evalText}, and ${saveText}. The Trainer can only reload the best checkpoint if a checkpoint is saved at every evaluation, so it raises a ValueError at start-up. ` +
          `Set \`eval_strategy\` to "${saveStrategy}" (with \`eval_steps\` dividing \`save_steps\` for "steps"), or set \`save_strategy: best\`.`,
      });
    }
  },
});

function strategy(field: Field | undefined): string | undefined {
  if (!field) return undefined;
  const s = stringValue(field.value);
  return s?.toLowerCase();
}

/** axolotl derives the strategy from its cadence settings: steps → "steps", per-epoch counts → "steps" as well. */
function axolotlDefault(steps: Field | undefined, perEpoch: Field | undefined): string | undefined {
  if ((steps && (numberValue(steps.value) ?? 0) > 0) || (perEpoch && (numberValue(perEpoch.value) ?? 0) > 0)) return 'steps';
  return undefined;
}
