import { defineRule } from '../rule-kit/types.js';
import { usesAxolotl } from '../rule-kit/axolotl.js';
import { HF_TRAINER_LIKE, fieldName } from '../rule-kit/helpers.js';
import { hfArgumentsScopes } from '../rule-kit/hf-arguments-block.js';
import { childOf, className, fieldAt, fieldIn, isSet, str, topField } from '../rule-kit/field-index.js';

/**
 * ReduceLROnPlateau lowers the learning rate when a metric stops improving, so something must
 * produce that metric. HF TrainingArguments refuses `reduce_lr_on_plateau` with no evaluation
 * (`eval_strategy` defaults to "no"), at the top of an HF file and in a nested block a program hands to
 * `TrainingArguments` whole (where only a written "no" counts). LightningCLI passes a `monitor` only for its own
 * `lightning.pytorch.cli.ReduceLROnPlateau`; torch's class (or Lightning's without `monitor`)
 * makes Lightning raise "must include a monitor". Hydra configs are left alone: their monitor is
 * set in `configure_optimizers`, in code.
 */
export default defineRule({
  id: 'plateau-scheduler-needs-eval',
  severity: 'error',
  category: 'consistency',
  description: 'Require an evaluation metric to drive a ReduceLROnPlateau schedule',
  presets: ['recommended', 'strict'],
  frameworks: [...HF_TRAINER_LIKE, 'lightning'],
  references: [
    { title: 'transformers TrainingArguments: "lr_scheduler_type reduce_lr_on_plateau requires an eval strategy"', url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/training_args.py' },
    { title: 'Lightning core/optimizer.py: "must include a monitor when a ReduceLROnPlateau scheduler is used"', url: 'https://github.com/Lightning-AI/pytorch-lightning/blob/master/src/lightning/pytorch/core/optimizer.py' },
    { title: 'LightningCLI: optimizers and learning rate schedulers (ReduceLROnPlateau with monitor)', url: 'https://lightning.ai/docs/pytorch/stable/cli/lightning_cli_intermediate_2.html' },
  ],
  check(ctx) {
    for (const { map, nested } of hfArgumentsScopes(ctx)) {
      const sched = fieldIn(ctx.fields, map, 'lr_scheduler_type', 'lr_scheduler');
      if (!sched || str(sched) !== 'reduce_lr_on_plateau') continue;
      const strategyField = fieldIn(ctx.fields, map, 'eval_strategy', 'evaluation_strategy');
      const strategy = str(strategyField);
      // axolotl turns evaluation on from its cadence settings, and a program handing on a nested block key by key may
      // set the strategy itself: only an explicit "no" is certain there.
      const off = strategy === 'no' || (strategy === undefined && !strategyField && !nested && !usesAxolotl(ctx) && !ctx.partial);
      if (!off) continue;
      ctx.report({
        field: strategyField ?? sched,
        message: 'reduce_lr_on_plateau needs an evaluation strategy, but evaluation is off.',
        explanation:
          `${fieldName(sched)} is \`reduce_lr_on_plateau\`, which lowers the learning rate when the evaluation metric stops improving, and ${strategyField ? `${fieldName(strategyField)} is "no"` : '`eval_strategy` is not set, so it defaults to "no"'}. ` +
          'HF TrainingArguments raises a ValueError at start-up. Set `eval_strategy: steps` (with `eval_steps`) or `eval_strategy: epoch`, and give the Trainer an eval dataset.',
      });
    }
    if (!ctx.hasFramework('lightning')) return;
    // LightningCLI: top-level `lr_scheduler` next to `trainer`, written with class_path/init_args.
    const sched = topField(ctx.fields, 'lr_scheduler');
    if (!sched || !topField(ctx.fields, 'trainer')) return;
    const classPath = childOf(ctx.fields, sched, 'class_path');
    const cls = str(classPath);
    if (!cls || className(cls) !== 'reducelronplateau') return;
    const lightningClass = /(?:^|\.)(?:lightning\.pytorch|pytorch_lightning)\.cli\./.test(cls) || !cls.includes('.');
    const monitor = fieldAt(ctx.fields, sched.value, ['init_args', 'monitor']);
    if (lightningClass && isSet(monitor)) return;
    // `monitor` beside `class_path` is not LightningCLI's own form: the program that reads this block has its
    // metric (the flood-segmentation project's own scripts; Lightning's `{scheduler, monitor}` dictionary).
    if (isSet(childOf(ctx.fields, sched, 'monitor'))) return;
    // The project's own `configure_optimizers` returns the scheduler with a monitor (matten, which reads this file with
    // PyYAML and builds the scheduler from it): this is not LightningCLI's block.
    if (ctx.scripts.schedulerMonitorInScripts !== undefined) return;
    // matten's files, kept by users without its code beside them: its CLI hands the block to the model, whose
    // `configure_optimizers` returns the scheduler with the monitor `val/score`.
    if (ctx.hasFramework('matten')) return;
    // torch's class with `init_args.monitor`: the monitor is written, but where torch's class has no such parameter.
    const monitorOnTorch = !lightningClass && isSet(monitor);
    ctx.report({
      field: classPath!,
      message: lightningClass
        ? 'ReduceLROnPlateau needs `init_args.monitor` to name the metric it watches.'
        : monitorOnTorch
          ? "torch ReduceLROnPlateau takes no `monitor`; only LightningCLI's own subclass does."
          : 'torch ReduceLROnPlateau in LightningCLI gets no monitor, so Lightning refuses it.',
      explanation:
        `${fieldName(classPath!)} is \`${classPath!.value.kind === 'scalar' ? String(classPath!.value.value) : cls}\`. A plateau schedule steps on a logged metric, and Lightning raises "must include a monitor when a ReduceLROnPlateau scheduler is used" when it has none. ` +
        (lightningClass
          ? 'Add `init_args: {monitor: val_loss}` (a metric your LightningModule logs).'
          : (monitorOnTorch ? "`init_args.monitor` is not a parameter of torch's class, so LightningCLI refuses it when it checks the arguments. " : '') +
            'LightningCLI passes a monitor only for its own subclass: use `class_path: lightning.pytorch.cli.ReduceLROnPlateau` with `init_args: {monitor: val_loss}` (a metric your LightningModule logs), or return the scheduler with a monitor from `configure_optimizers`.'),
    });
  },
});
