import { builtByLightningTrainer, isLightningTrainerArg } from '../rule-kit/lightning.js';
import { defineRule, type RuleContext } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { booleanValue, numberValue } from '../loader/special-values.js';
import type { Field } from '../classify/classify.js';

/**
 * A file whose own name or folder says it is for debugging (lightning-hydra-template's `configs/debug/overfit.yaml`,
 * `mode/debug.yaml`, a CI smoke test): there the flags are the point. Only the last three parts of the path count, so
 * a checkout under `~/dev/` or `/tmp/test/` is not taken for one.
 */
const DEBUG_PATH = /(?:^|[\\/_.-])(?:debug\w*|overfit\w*|sanity\w*|smoke\w*|tests?|unittests?|ci|dev|fdr|dry_?run|quick\w*|tiny|toy)(?:[\\/_.-]|$)/i;

/**
 * Lightning's debugging flags. `fast_dev_run: true` (or n) runs one batch (n) of training, validation and testing, with
 * loggers and checkpointing off, and stops; `overfit_batches: n` trains and validates on the same n batches (or that
 * fraction of the data) every epoch, with shuffling off. Left in a training config, either makes a run that looks
 * normal and learns nothing useful (Solarflow's SwinLSTM config: 200 epochs of `overfit_batches: 1`).
 */
export default defineRule({
  id: 'lightning-debug-flag',
  severity: 'warn',
  category: 'framework',
  description: "Flag Lightning's debugging flags (`fast_dev_run`, `overfit_batches`) left on in a training config",
  presets: ['recommended', 'strict'],
  frameworks: ['lightning'],
  references: [
    { title: 'Lightning Trainer API: fast_dev_run and overfit_batches', url: 'https://lightning.ai/docs/pytorch/stable/common/trainer.html' },
    { title: 'Lightning debugging: "fast_dev_run ... disables tuner, checkpoint callbacks, early stopping callbacks, loggers"', url: 'https://lightning.ai/docs/pytorch/stable/debug/debugging_basic.html' },
  ],
  check(ctx) {
    if (debugFile(ctx.doc.filePath)) return;
    const lightning = ctx.hasFramework('lightning') || ctx.hasFramework('nemo');
    for (const field of ctx.fields) {
      if (field.normalized !== 'fast_dev_run' && field.normalized !== 'overfit_batches') continue;
      if (!((lightning && isLightningTrainerArg(field)) || builtByLightningTrainer(field))) continue;
      if (field.normalized === 'fast_dev_run') reportFastDevRun(ctx, field);
      else reportOverfit(ctx, field);
    }
  },
});

function debugFile(path: string | undefined): boolean {
  return path !== undefined && DEBUG_PATH.test(path.split(/[\\/]/).slice(-3).join('/'));
}

function reportFastDevRun(ctx: RuleContext<object>, field: Field): void {
  const on = booleanValue(field.value);
  const batches = on === undefined ? numberValue(field.value) : undefined;
  if (on !== true && !(batches !== undefined && Number.isInteger(batches) && batches > 0)) return;
  const count = on === true || batches === 1 ? 'one batch' : `${formatNumber(batches!)} batches`;
  ctx.report({
    field,
    message: `\`fast_dev_run\` is on: the run stops after ${count} and saves nothing.`,
    explanation:
      `${fieldName(field)} is ${on === true ? 'true' : formatNumber(batches!)}. Lightning's \`fast_dev_run\` is a smoke test: it runs ${count} of training, validation and testing, turns off the loggers, checkpointing, early stopping and the tuner, and ends, whatever \`max_epochs\` or \`max_steps\` say. ` +
      'In a config meant for training it makes the run finish at once with no checkpoint. Set it to `false` here and turn it on from the command line (`trainer.fast_dev_run=true`) or in a debug config when you want the check.',
  });
}

function reportOverfit(ctx: RuleContext<object>, field: Field): void {
  const amount = numberValue(field.value);
  if (amount === undefined || !(amount > 0)) return;
  const what = Number.isInteger(amount) && amount >= 1 ? amount === 1 ? 'the same single batch' : `the same ${formatNumber(amount)} batches` : `the same ${formatNumber(amount * 100)}% of the training data`;
  ctx.report({
    field,
    message: `\`overfit_batches\` is ${formatNumber(amount)}: every epoch trains and validates on ${what}.`,
    explanation:
      `${fieldName(field)} is ${formatNumber(amount)}. Lightning's \`overfit_batches\` is a debugging aid: it overrides \`limit_train_batches\` and \`limit_val_batches\`, turns shuffling off and fits ${what} epoch after epoch, to show that the model can drive the loss to zero. ` +
      'In a config meant for training the run looks normal but never sees the rest of the data, and its validation scores come from batches it trained on. Set it to 0 here and use it from the command line (`trainer.overfit_batches=1`) or in a debug config.',
  });
}
