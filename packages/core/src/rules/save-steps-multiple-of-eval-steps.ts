import { defineRule } from '../rule-kit/types.js';
import { usesAxolotl } from '../rule-kit/axolotl.js';
import type { Field } from '../classify/classify.js';
import { HF_TRAINER_LIKE, fieldName, formatNumber } from '../rule-kit/helpers.js';
import { bool, fieldIn, isSet, num, str } from '../rule-kit/field-index.js';
import { hfArgumentsScopes, type HfArgumentsScope } from '../rule-kit/hf-arguments-block.js';
import { HF_DEFAULTS, hfDefaultsApply } from '../rule-kit/hf-defaults.js';

/**
 * The best checkpoint can only be reloaded if a checkpoint is saved at every evaluation: HF
 * TrainingArguments refuses `load_best_model_at_end` with step strategies unless `save_steps` is a
 * round multiple of `eval_steps` (and never when one is a ratio and the other a step count); axolotl
 * refuses `early_stopping_patience` on the same grounds.
 */
export default defineRule({
  id: 'save-steps-multiple-of-eval-steps',
  severity: 'error',
  category: 'consistency',
  description: 'Require `save_steps` to be a multiple of `eval_steps` when the best checkpoint is reloaded or training stops early',
  presets: ['recommended', 'strict'],
  frameworks: HF_TRAINER_LIKE,
  references: [
    { title: 'transformers TrainingArguments._validate_args: "--load_best_model_at_end requires the saving steps to be a round multiple of the evaluation steps"', url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/training_args.py' },
    { title: 'axolotl schemas/validation.py check_early_stopping', url: 'https://github.com/axolotl-ai-cloud/axolotl/blob/main/src/axolotl/utils/schemas/validation.py' },
  ],
  check(ctx) {
    for (const scope of hfArgumentsScopes(ctx)) checkScope(scope);

    function checkScope({ map, nested }: HfArgumentsScope): void {
      const top = (...names: string[]): Field | undefined => fieldIn(ctx.fields, map, ...names);
      // axolotl's cadence settings and HF's defaults for unset keys belong to a whole file; a nested block may be handed on
      // key by key, so there only what is written counts.
      const axolotl = !nested && usesAxolotl(ctx);
      const saveField = top('save_steps');
      const evalField = top('eval_steps');
      const loadBest = top('load_best_model_at_end');
      const patience = axolotl ? top('early_stopping_patience') : undefined;

      let trigger: Field | undefined;
      let why = '';
      if (bool(loadBest) === true) {
        const evalStrategy = str(top('eval_strategy', 'evaluation_strategy')) ?? (axolotl && (isSet(evalField) || isSet(top('evals_per_epoch'))) ? 'steps' : axolotl ? undefined : 'no');
        const saveStrategy = str(top('save_strategy')) ?? (axolotl ? (isSet(saveField) || isSet(top('saves_per_epoch')) ? 'steps' : undefined) : 'steps');
        // Different strategies are load-best-needs-matching-strategies' finding; `best` saves on its own schedule.
        if (evalStrategy === 'steps' && saveStrategy === 'steps') {
          trigger = loadBest;
          why = `${fieldName(loadBest!)} is true, so the Trainer reloads the best evaluated checkpoint at the end and refuses to start unless a checkpoint is saved at every evaluation`;
        }
      }
      if (!trigger && patience && isSet(patience)) {
        trigger = patience;
        why = `${fieldName(patience)} is set, and axolotl refuses early stopping unless a checkpoint is saved at every evaluation`;
      }
      if (!trigger) return;
      // axolotl derives the step counts from `evals_per_epoch` / `saves_per_epoch` at run time.
      if (axolotl && (isSet(top('evals_per_epoch')) || isSet(top('saves_per_epoch')))) return;
      if (ctx.partial) return;

      // A placeholder (`${...}`) is unknown; a missing value takes HF's default where it applies.
      const defaults = !nested && hfDefaultsApply(ctx);
      const loggingField = top('logging_steps');
      const logging = loggingField ? num(loggingField) : defaults ? HF_DEFAULTS.logging_steps : undefined;
      const save = saveField ? num(saveField) : defaults || (!nested && ctx.hasFramework('trl')) ? HF_DEFAULTS.save_steps : undefined;
      const evalWritten = num(evalField);
      const evalFallsBack = !evalField || evalWritten === 0;
      const evalSteps = !evalFallsBack ? evalWritten : !axolotl ? logging : undefined;
      if (trigger === patience && (!isSet(saveField) || !isSet(evalField))) {
        const missing = [isSet(saveField) ? '' : '`save_steps`', isSet(evalField) ? '' : '`eval_steps`'].filter(Boolean).join(' and ');
        ctx.report({
          field: patience!,
          on: 'key',
          message: `early_stopping_patience needs ${missing} to be set.`,
          explanation: `${why}, which it can only check when both \`save_steps\` and \`eval_steps\` are set. Set \`eval_steps\` and a \`save_steps\` that it divides evenly (for example eval_steps: 100, save_steps: 200).`,
        });
        return;
      }
      if (save === undefined || evalSteps === undefined || save <= 0 || evalSteps <= 0) return;

      const saveText = saveField ? `${fieldName(saveField)} is ${formatNumber(save)}` : `\`save_steps\` defaults to ${formatNumber(save)}`;
      const evalText = !evalFallsBack ? `${fieldName(evalField!)} is ${formatNumber(evalSteps)}` : `\`eval_steps\` falls back to \`logging_steps\` (${formatNumber(evalSteps)})`;
      const at = saveField ?? evalField ?? trigger;
      if ((save < 1) !== (evalSteps < 1)) {
        ctx.report({
          field: at,
          on: at === trigger ? 'key' : 'value',
          message: `Save steps ${formatNumber(save)} and eval steps ${formatNumber(evalSteps)} mix a ratio of the run with a step count.`,
          explanation: `${why}. ${saveText} and ${evalText}: a value below 1 is a fraction of the total steps, so whether one divides the other is not known before training, and HF raises a ValueError. Write both as step counts or both as ratios.`,
        });
        return;
      }
      // HF compares ratios after scaling by 1e6 to avoid floating-point remainders.
      const scaled = (x: number): number => Math.round(x * 1_000_000);
      if (scaled(save) % scaled(evalSteps) === 0) return;
      const fix = Math.max(1, Math.round(save / evalSteps)) * evalSteps;
      ctx.report({
        field: at,
        on: at === trigger ? 'key' : 'value',
        message: `Save steps ${formatNumber(save)} are not a multiple of eval steps ${formatNumber(evalSteps)}.`,
        explanation: `${why}. ${saveText} and ${evalText}, so some evaluations have no checkpoint to reload and training does not start. Make \`save_steps\` a multiple of \`eval_steps\`, for example ${formatNumber(fix)}.`,
      });
    }
  },
});
