import { defineRule } from '../rule-kit/types.js';
import { usesAxolotl } from '../rule-kit/axolotl.js';
import type { Field } from '../classify/classify.js';
import { HF_TRAINER_LIKE, fieldName } from '../rule-kit/helpers.js';
import { fieldIn, isSet, str } from '../rule-kit/field-index.js';
import { hfArgumentsScopes, type HfArgumentsScope } from '../rule-kit/hf-arguments-block.js';
import { optimizerFamily, type OptimizerFamily } from '../model/optimizer-family.js';

/** Families whose HF/axolotl constructors take no betas or epsilon. */
const NO_BETAS: ReadonlySet<OptimizerFamily> = new Set(['sgd', 'adagrad', 'rmsprop', 'adafactor', 'muon', 'adadelta', 'lbfgs']);

/**
 * `adam_beta1`, `adam_beta2` and `adam_epsilon` are passed only to Adam-style optimizers; with
 * `optim: sgd`, `adafactor` or `muon` they are silently unused (axolotl warns "adamw
 * hyperparameters found, but no adamw optimizer set"). Lion and AdEMAMix take the betas, so they
 * are not flagged.
 */
export default defineRule({
  id: 'adamw-hparams-without-adamw',
  severity: 'warn',
  category: 'consistency',
  description: 'Flag Adam betas and epsilon set for an optimizer that ignores them',
  presets: ['strict'],
  frameworks: HF_TRAINER_LIKE,
  references: [
    { title: 'axolotl schemas/validation.py check_adamw_optimizer_params', url: 'https://github.com/axolotl-ai-cloud/axolotl/blob/main/src/axolotl/utils/schemas/validation.py' },
    { title: 'transformers Trainer.get_optimizer_cls_and_kwargs (which optimizers receive adam_beta1/2 and adam_epsilon)', url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/trainer.py' },
  ],
  check(ctx) {
    for (const scope of hfArgumentsScopes(ctx)) checkScope(scope);

    // The top of an HF file, or a nested block a program hands to `TrainingArguments` whole; axolotl's names only at the top.
    function checkScope({ map, nested }: HfArgumentsScope): void {
      const axolotl = !nested && usesAxolotl(ctx);
      // A nested block's `optimizer` may be the program's own setting beside TrainingArguments' fields: only `optim` there.
      const optim = nested ? fieldIn(ctx.fields, map, 'optim') : fieldIn(ctx.fields, map, axolotl ? 'optimizer' : 'optim', 'optim', 'optimizer');
      const name = str(optim);
      if (!optim || !name) return;
      const family = optimizerFamily(name);
      if (!NO_BETAS.has(family) || /adam|lion|ademamix/.test(name)) return;
      const set = ['adam_beta1', 'adam_beta2', 'adam_epsilon'].map((n) => fieldIn(ctx.fields, map, n)).filter((f): f is Field => isSet(f));
      if (set.length === 0) return;
      const names = set.map((f) => fieldName(f)).join(', ');
      ctx.report({
        field: set[0]!,
        on: 'key',
        message: `${set.map((f) => f.name).join(', ')} ${set.length === 1 ? 'has' : 'have'} no effect with the \`${name}\` optimizer.`,
        explanation: `${names} ${set.length === 1 ? 'is' : 'are'} passed only to Adam-style optimizers, and ${fieldName(optim)} is \`${name}\`, which takes no betas or epsilon, so the values are silently ignored${axolotl ? ' (axolotl logs "adamw hyperparameters found, but no adamw optimizer set")' : ''}. Remove them, or switch to an AdamW optimizer if you meant to tune them.`,
      });
    }
  },
});
