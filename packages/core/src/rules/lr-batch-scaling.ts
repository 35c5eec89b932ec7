import { defineRule, type RuleContext } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { bool, childOf, fieldAt, num, str, topField } from '../rule-kit/field-index.js';

/**
 * The linear scaling rule (Goyal et al. 2017): when the batch grows k-fold, multiply the learning
 * rate by k (with warmup). Several frameworks write down the batch a learning rate was tuned for,
 * and what happens when the actual batch differs is easy to miss:
 * - mmengine `auto_scale_lr: {base_batch_size}` rescales the LR only with `enable: true`;
 * - detectron2 `SOLVER.REFERENCE_WORLD_SIZE` makes `auto_scale_workers` multiply `BASE_LR` and
 *   `IMS_PER_BATCH` (and divide the schedule) by world size / reference;
 * - Ludwig's `learning_rate_scaling` (default `linear`) multiplies `trainer.learning_rate` by the
 *   number of distributed workers.
 * The batch actually used depends on the number of GPUs, which comes from the `worldSize` setting
 * (or Ludwig's `backend.trainer.num_workers`).
 */
export default defineRule({
  id: 'lr-batch-scaling',
  severity: 'info',
  category: 'advice',
  description: 'Explain how the learning rate follows (or fails to follow) a batch size that differs from its reference',
  presets: ['strict'],
  frameworks: ['detectron2', 'ludwig'],
  references: [
    { title: 'Goyal et al. 2017, Accurate, Large Minibatch SGD (linear scaling rule)', url: 'https://arxiv.org/abs/1706.02677' },
    { title: 'Google Research tuning playbook: "Changing the batch size requires re-tuning most hyperparameters"', url: 'https://github.com/google-research/tuning_playbook#changing-the-batch-size-requires-re-tuning-most-hyperparameters' },
    { title: 'detectron2 DefaultTrainer.auto_scale_workers (SOLVER.REFERENCE_WORLD_SIZE)', url: 'https://detectron2.readthedocs.io/en/latest/modules/engine.html#detectron2.engine.defaults.DefaultTrainer.auto_scale_workers' },
    { title: 'Ludwig trainer: learning_rate_scaling', url: 'https://ludwig.ai/latest/configuration/trainer/' },
    { title: 'mmengine: automatically scaling the learning rate (auto_scale_lr)', url: 'https://mmengine.readthedocs.io/en/latest/common_usage/speed_up_training.html' },
  ],
  check(ctx) {
    mmengine(ctx);
    if (ctx.hasFramework('detectron2')) detectron2(ctx);
    if (ctx.hasFramework('ludwig')) ludwig(ctx);
  },
});

type Ctx = RuleContext<object>;

function mmengine(ctx: Ctx): void {
  const auto = topField(ctx.fields, 'auto_scale_lr');
  const base = childOf(ctx.fields, auto, 'base_batch_size');
  const b = num(base);
  const perGpu = num(fieldAt(ctx.fields, topField(ctx.fields, 'train_dataloader')?.value, ['batch_size']));
  if (!base || b === undefined || perGpu === undefined || ctx.worldSize === undefined || bool(childOf(ctx.fields, auto, 'enable')) === true) return;
  const actual = perGpu * ctx.worldSize;
  if (actual === b) return;
  ctx.report({
    field: base,
    message: `The learning rate was tuned for a total batch of ${formatNumber(b)}, but this run uses ${formatNumber(actual)} and auto_scale_lr is off.`,
    explanation:
      `${fieldName(base)} records the batch the learning rate was tuned for; \`train_dataloader.batch_size\` ${formatNumber(perGpu)} × ${formatNumber(ctx.worldSize)} GPUs gives ${formatNumber(actual)}. mmengine rescales the learning rate by ${formatNumber(actual)}/${formatNumber(b)} only with \`auto_scale_lr.enable: true\`; as written, the optimizer uses the unscaled rate. ` +
      'Enable `auto_scale_lr` (the linear scaling rule), or scale the learning rate yourself and re-check the warmup.',
  });
}

function detectron2(ctx: Ctx): void {
  const solver = topField(ctx.fields, 'solver');
  const ref = childOf(ctx.fields, solver, 'reference_world_size');
  const r = num(ref);
  if (!ref || r === undefined || r <= 0 || ctx.worldSize === undefined || ctx.worldSize === r) return;
  const scale = ctx.worldSize / r;
  const lr = childOf(ctx.fields, solver, 'base_lr');
  const ims = childOf(ctx.fields, solver, 'ims_per_batch');
  const lrText = num(lr) !== undefined ? ` \`BASE_LR\` ${formatNumber(num(lr)!)} becomes ${formatNumber(num(lr)! * scale)}` : ' `BASE_LR` is multiplied by the same factor';
  const imsText = num(ims) !== undefined ? `, \`IMS_PER_BATCH\` ${formatNumber(num(ims)!)} becomes ${formatNumber(num(ims)! * scale)}` : '';
  ctx.report({
    field: ref,
    message: `detectron2 will rescale the solver by ${formatNumber(scale)} because ${formatNumber(ctx.worldSize)} GPUs differ from REFERENCE_WORLD_SIZE ${formatNumber(r)}.`,
    explanation:
      `${fieldName(ref)} is the number of GPUs the solver was tuned for; with ${formatNumber(ctx.worldSize)} GPUs, \`DefaultTrainer.auto_scale_workers\` applies the linear scaling rule:${lrText}${imsText}, and \`MAX_ITER\`, \`STEPS\` and \`WARMUP_ITERS\` are divided by ${formatNumber(scale)}. ` +
      'That is usually right; if you tuned the solver for this GPU count yourself, set `REFERENCE_WORLD_SIZE: 0` to turn the rescaling off.',
  });
}

function ludwig(ctx: Ctx): void {
  const trainer = topField(ctx.fields, 'trainer');
  const lr = childOf(ctx.fields, trainer, 'learning_rate');
  const value = num(lr);
  if (!lr || value === undefined) return;
  const scalingField = childOf(ctx.fields, trainer, 'learning_rate_scaling');
  const scaling = scalingField ? str(scalingField) : 'linear';
  if (!scaling || scaling === 'constant') return;
  const backend = topField(ctx.fields, 'backend');
  const workersField: Field | undefined = fieldAt(ctx.fields, backend?.value, ['trainer', 'num_workers']);
  const workers = num(workersField) ?? (backend && str(childOf(ctx.fields, backend, 'type')) !== 'local' ? ctx.worldSize : undefined);
  if (!workers || workers <= 1) return;
  const factor = scaling === 'sqrt' ? Math.sqrt(workers) : workers;
  ctx.report({
    field: lr,
    message: `Ludwig will scale learning rate ${formatNumber(value)} by ${formatNumber(Math.round(factor * 1000) / 1000)} for ${formatNumber(workers)} workers.`,
    explanation:
      `${scalingField ? `${fieldName(scalingField)} is "${scaling}"` : '`learning_rate_scaling` defaults to "linear"'} and ${workersField ? `${fieldName(workersField)} is ${formatNumber(workers)}` : `the run uses ${formatNumber(workers)} workers`}, so Ludwig trains with ${fieldName(lr)} × ${scaling === 'sqrt' ? `√${formatNumber(workers)}` : formatNumber(workers)} = ${formatNumber(value * factor)}, matching the ${formatNumber(workers)}× larger effective batch. ` +
      'If the learning rate was already tuned for this many workers, set `learning_rate_scaling: constant`.',
  });
}
