import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import type { FrameworkId } from '../model/frameworks.js';
import { isHfArgumentsBlock } from '../rule-kit/hf-arguments-block.js';

/** Frameworks where a positive step count replaces the epoch count instead of capping it. */
const STEPS_OVERRIDE: readonly FrameworkId[] = ['hf-trainer', 'trl', 'axolotl', 'llama-factory', 'ludwig'];

/**
 * The keys those frameworks read as the step count (`max_train_steps`: the HF and diffusers example scripts). Another
 * step-like key beside an HF file's settings is the program's own (MyComposedRetrieval's `num_iterations: 3`, rounds of
 * its iterative training; TRL GRPO's `num_iterations`, updates per batch) and replaces nothing.
 */
const STEP_COUNT_KEYS: ReadonlySet<string> = new Set(['max_steps', 'train_steps', 'max_train_steps']);

/**
 * HF Trainer (and axolotl, TRL, LLaMA-Factory on top of it) and Ludwig train for `max_steps` /
 * `train_steps` when it is positive and silently ignore the epoch count. (Lightning stops at
 * whichever comes first, so it is not flagged there.)
 */
export default defineRule({
  id: 'epochs-and-max-steps',
  severity: 'info',
  category: 'framework',
  description: 'Flag epochs that are ignored because a step count is also set',
  presets: ['strict'],
  frameworks: STEPS_OVERRIDE,
  references: [
    { title: 'transformers TrainingArguments.max_steps: "overrides num_train_epochs"', url: 'https://huggingface.co/docs/transformers/main_classes/trainer#transformers.TrainingArguments.max_steps' },
    { title: 'Ludwig trainer: train_steps overrides epochs', url: 'https://ludwig.ai/latest/configuration/trainer/' },
  ],
  check(ctx) {
    const stepsOverride = STEPS_OVERRIDE.some((id) => ctx.hasFramework(id));
    for (const run of ctx.runs) {
      const epochs = run.duration.epochs;
      const steps = run.duration.maxSteps;
      if (!epochs || epochs.value === undefined || epochs.value <= 0 || !steps?.value || steps.value.unit !== undefined || steps.value.amount <= 0) continue;
      if (!STEP_COUNT_KEYS.has(steps.field.normalized)) continue;
      // Elsewhere, both in one nested block a program hands to HF's `TrainingArguments` whole (`training_args:`).
      if (!stepsOverride && !(epochs.field.container === steps.field.container && isHfArgumentsBlock(ctx, steps.field.container))) continue;
      ctx.report({
        field: epochs.field,
        message: `${formatNumber(epochs.value)} ${epochs.value === 1 ? 'epoch is' : 'epochs are'} ignored because a step count of ${formatNumber(steps.value.amount)} is also set.`,
        explanation:
          `${fieldName(steps.field)} is ${formatNumber(steps.value.amount)}, and a positive step count replaces the epoch count: training stops after ${formatNumber(steps.value.amount)} ${steps.value.amount === 1 ? 'step' : 'steps'} whatever ${fieldName(epochs.field)} says. ` +
          'Remove one of them (set the step count to -1 to train by epochs), so the file says how long training really is. This is fine in a short smoke-test config.',
      });
    }
  },
});
