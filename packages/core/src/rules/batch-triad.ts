import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import type { ModelValue } from '../model/model-value.js';

interface Options {
  /** Number of processes (GPUs) training runs on; overrides the `worldSize` setting. */
  readonly worldSize?: number;
}

/**
 * DeepSpeed asserts `train_batch_size == train_micro_batch_size_per_gpu × gradient_accumulation_steps
 * × world_size`; LitGPT-style `global_batch_size` must likewise split into micro-batches. With the
 * world size unknown, the rule still catches triads that no number of GPUs can satisfy.
 */
export default defineRule<Options>({
  id: 'batch-triad',
  severity: 'error',
  category: 'consistency',
  description: 'Require global batch = micro batch × gradient accumulation × world size',
  presets: ['recommended', 'strict'],
  options: {
    schema: {
      type: 'object',
      properties: { worldSize: { type: 'integer', minimum: 1, description: 'Number of processes (GPUs) the run uses; enables the exact check.' } },
      additionalProperties: false,
    },
    defaults: {},
  },
  references: [
    { title: 'DeepSpeed runtime/config.py _batch_assertion', url: 'https://github.com/microsoft/DeepSpeed/blob/master/deepspeed/runtime/config.py' },
    { title: 'DeepSpeed configuration JSON: batch size', url: 'https://www.deepspeed.ai/docs/config-json/#batch-size-related-parameters' },
  ],
  check(ctx) {
    const world = ctx.options.worldSize ?? ctx.worldSize;
    for (const run of ctx.runs) {
      const { micro, accumulation } = run.batch;
      const global = run.batch.global;
      const g = known(global);
      const m = known(micro);
      const a = known(accumulation) ?? (accumulation ? undefined : 1);
      if (!global || g === undefined || m === undefined || a === undefined || m <= 0 || a <= 0 || g <= 0) continue;
      // Composer (LLM Foundry) and OLMo split each device batch into microbatches of at most
      // `device_train_microbatch_size`, the last one smaller: no product has to hold there.
      if (micro?.field.normalized === 'device_train_microbatch_size') continue;
      const perStep = m * a;
      const accText = accumulation ? `${fieldName(accumulation.field)} (${formatNumber(a)})` : 'no gradient accumulation (1)';
      // DeepSpeed asserts the product; LitGPT, Composer and the like derive the accumulation steps
      // from the global batch by integer division and silently train on another batch size.
      const consequence = ctx.hasFramework('deepspeed')
        ? 'DeepSpeed refuses to start ("train_batch_size is not equal to micro_batch_per_gpu * gradient_acc_step * world_size").'
        : 'Trainers that derive the accumulation steps from the global batch round them down and train on a different batch size than written (DeepSpeed refuses to start).';
      if (world !== undefined) {
        if (perStep * world === g) continue;
        ctx.report({
          field: global.field,
          message: `Global batch ${formatNumber(g)} is not micro batch ${formatNumber(m)} × accumulation ${formatNumber(a)} × world size ${formatNumber(world)} = ${formatNumber(perStep * world)}.`,
          explanation:
            `${fieldName(global.field)} must equal ${fieldName(micro!.field)} × ${accText} × the number of processes (${formatNumber(world)}). ${consequence} ` +
            `Set ${fieldName(global.field)} to ${formatNumber(perStep * world)}, or change the micro batch or accumulation steps, or use "auto" when launching through HF Trainer or Accelerate.`,
        });
        continue;
      }
      if (g % perStep === 0) continue;
      ctx.report({
        field: global.field,
        message: `Global batch ${formatNumber(g)} is not a multiple of micro batch ${formatNumber(m)} × accumulation ${formatNumber(a)} = ${formatNumber(perStep)}, so no number of GPUs fits it.`,
        explanation:
          `${fieldName(global.field)} must equal ${fieldName(micro!.field)} × ${accText} × the number of processes, and ${formatNumber(g)} / ${formatNumber(perStep)} is not a whole number. ` +
          `${consequence} ` +
          `Make ${fieldName(global.field)} a multiple of ${formatNumber(perStep)}, or set the \`worldSize\` setting to check the exact product.`,
      });
    }
  },
});

function known(v: ModelValue<number> | undefined): number | undefined {
  return v && v.value !== undefined && Number.isFinite(v.value) ? v.value : undefined;
}
