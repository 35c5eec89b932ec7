import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber, numericFields, usesHfTrainer } from '../rule-kit/helpers.js';
import { numberValue } from '../loader/special-values.js';
import { isSentinel } from '../model/sentinels.js';
import type { Field } from '../classify/classify.js';

/**
 * Programs that fail on an accumulation of 0: DeepSpeed's `_batch_assertion`; HF Trainer (and the trainers built
 * on it) divides the dataloader's length by it; Accelerate and torchtune take the step modulo it; Lightning,
 * LitGPT and Ludwig declare it a positive integer.
 */
const REJECTS_ZERO_ACCUMULATION: ReadonlySet<string> = new Set(['deepspeed', 'hf-trainer', 'trl', 'trl-online', 'axolotl', 'llama-factory', 'autotrain',
  'accelerate', 'torchtune', 'lightning', 'litgpt', 'nemo', 'ludwig']);

/**
 * Programs that take a batch size of -1 as a count and refuse it (DeepSpeed's assertion, HF's and Lightning's loaders,
 * the typed schemas of Ludwig, LitGPT and torchtune, Keras's `fit`). Elsewhere -1 is written on purpose, and the
 * program reads it as a switch: pykan's `fit(batch=-1)` trains on the whole set, sib-pinn and maro take every sample,
 * a launcher or the code fills a blank (partial-equivariance's Hydra defaults, Recipe-Generation's "Overwritten in the
 * code"). Nobody types -1 for a count by accident; a plain DataLoader would refuse it at the first line that builds it.
 */
const REFUSES_BATCH_OF_MINUS_ONE: ReadonlySet<string> = new Set([...REJECTS_ZERO_ACCUMULATION, 'keras']);

/** Keys that name or enable a block's feature; null, false or `none` there switches the whole block off. */
const SWITCH_KEYS: ReadonlySet<string> = new Set(['_name_', 'name', 'type', 'method', 'enabled', 'enable', 'use', 'active']);
const OFF = /^(?:none|null|off|false|disabled?)$/i;

/**
 * Settings that fill each batch up to a budget rather than a count (ProtPreTrain's `batch_sampling: true` with
 * `max_num_nodes: 2500` beside `batch_size: -1`; `max_tokens` in sequence trainers): the sampler sizes the batches, and
 * a batch size of -1 or 0 beside them is a placeholder, not a count.
 */
const BATCH_BUDGET = /^(?:max_(?:num_)?(?:nodes|atoms|edges|tokens|frames|residues)(?:_per_batch)?|batch_sampling|dynamic_batch(?:ing)?|batch_by_(?:size|tokens|length))$/;

function batchesByBudget(field: Field): boolean {
  return field.container.entries.some((e) => {
    if (!BATCH_BUDGET.test(String(e.key.value).toLowerCase()) || e.value.kind !== 'scalar') return false;
    const v = e.value.value;
    return v === true || (typeof v === 'number' && v > 0);
  });
}

/**
 * A batch drawn from an experience store of reinforcement learning (maro's `experience_manager.rollout: {capacity: 1000,
 * batch_size: -1}`): its sampler returns every stored experience for -1, so the value is a sentinel there.
 */
const EXPERIENCE_STORE = /^(?:experience|experiences|experience_manager|experience_store|replay|replay_buffer|replay_memory|memory|buffer|rollout_buffer)$/;
const STORE_SIZE = /^(?:capacity|buffer_size|memory_size|replay_size|replay_buffer_size|max_size)$/;

function drawsFromExperienceStore(field: Field): boolean {
  return field.container.entries.some((e) => STORE_SIZE.test(String(e.key.value).toLowerCase())) ||
    field.path.some((segment) => typeof segment === 'string' && EXPERIENCE_STORE.test(segment.toLowerCase()));
}

/**
 * A block of blanks a launcher fills in: beside the batch size, a learning rate of 0 and a run length of 0 or -1
 * (partial-equivariance's Hydra defaults `train: {batch_size: -1, epochs: -1, lr: 0.0, ...}`, every value set by its
 * `scripts/*.sh` on the command line). No run trains at rate 0 for no epochs, so the batch size there is a blank too.
 */
const BLANK_RATE = /^(?:lr|learning_rate|base_lr)$/;
const BLANK_LENGTH = /^(?:n_|num_|max_|train_)?(?:epochs?|iters|iterations|steps)$/;

function isBlankTemplate(field: Field): boolean {
  const number = (key: RegExp, blank: (v: number) => boolean): boolean => field.container.entries.some((e) => {
    if (!key.test(String(e.key.value).toLowerCase()) || e.value.kind !== 'scalar') return false;
    const v = e.value.value;
    return typeof v === 'number' && blank(v);
  });
  return number(BLANK_RATE, (v) => v === 0) && number(BLANK_LENGTH, (v) => v === 0 || v === -1);
}

/**
 * A per-device batch size beside the total: programs in the lineage of HF's old example scripts work the total out
 * (`args.train_batch_size = args.per_gpu_train_batch_size * max(1, args.n_gpu)`), so a total of -1 or 0 there is a
 * blank the code fills (Recipe-Generation-Project's `train_batch_size: -1  # Overwritten in the code`). DeepSpeed checks
 * the total it is given, and HF's own argument parser reads the file itself, so their files keep the finding.
 */
const PER_DEVICE_BATCH = /^(?:per_(?:gpu|device)_\w*batch_size|\w*batch_size_per_(?:gpu|device)|micro_batch_size|train_micro_batch_size_per_gpu)$/;

function derivedFromPerDevice(field: Field): boolean {
  if (field.concept === 'micro-batch-size' || PER_DEVICE_BATCH.test(field.normalized)) return false;
  return field.container.entries.some((e) => {
    if (!PER_DEVICE_BATCH.test(String(e.key.value).toLowerCase()) || e.value.kind !== 'scalar') return false;
    const v = e.value.value;
    return typeof v === 'number' && v >= 1;
  });
}

function isSwitchedOff(field: Field): boolean {
  return field.container.entries.some((e) => {
    if (!SWITCH_KEYS.has(String(e.key.value)) || e.value.kind !== 'scalar') return false;
    const v = e.value.value;
    return v === null || v === false || (typeof v === 'string' && OFF.test(v.trim()));
  });
}

/**
 * Batch sizes and accumulation steps count examples and steps: DeepSpeed asserts they are above 0,
 * PyTorch's DataLoader refuses a batch size that is not a positive integer, Ludwig and LitGPT
 * declare them positive integers. Placeholders (`auto`) and documented sentinels (Ultralytics
 * `batch: -1` for AutoBatch, Ludwig `eval_batch_size: 0`) are not numbers and are skipped.
 */
export default defineRule({
  id: 'batch-size-positive',
  severity: 'error',
  category: 'range',
  description: 'Require batch sizes and gradient-accumulation steps to be positive whole numbers',
  presets: ['recommended', 'strict'],
  references: [
    { title: 'DeepSpeed config _batch_assertion: "has to be greater than 0"', url: 'https://github.com/microsoft/DeepSpeed/blob/master/deepspeed/runtime/config.py' },
    { title: 'torch.utils.data.BatchSampler: "batch_size should be a positive integer value"', url: 'https://github.com/pytorch/pytorch/blob/main/torch/utils/data/sampler.py' },
    { title: 'Ludwig ECDTrainerConfig: batch_size PositiveInteger or "auto"', url: 'https://github.com/ludwig-ai/ludwig/blob/master/ludwig/schema/trainer.py' },
  ],
  check(ctx) {
    const ids = ctx.frameworks.map((f) => f.id);
    for (const field of numericFields(ctx, ['batch-size', 'micro-batch-size', 'global-batch-size', 'eval-batch-size', 'gradient-accumulation'])) {
      const value = numberValue(field.value);
      if (value === undefined || isSentinel(field, value, ids, ctx.scripts)) continue;
      const accumulation = field.concept === 'gradient-accumulation';
      // An accumulation of 0 is refused only by the programs that divide by it or assert on it; elsewhere it
      // often means "off": Swin Transformer's `TRAIN.ACCUMULATION_STEPS` defaults to 0 and its lineage (SimMIM,
      // GroupViT) accumulates only `if accumulation_steps > 1`, and Keras optimizers read 0 as off
      // (grad-accum-keras-min-2 checks those).
      if (accumulation && value === 0 && !ids.some((id) => REJECTS_ZERO_ACCUMULATION.has(id))) continue;
      // A block switched off beside it builds no loader: liquid-S4's `replay: {_name_: null, batch_size: 0}`.
      if (value === 0 && field.path.length > 1 && isSwitchedOff(field)) continue;
      if (!accumulation && value === -1 && !ids.some((id) => REFUSES_BATCH_OF_MINUS_ONE.has(id))) continue;
      if (!accumulation && (value === -1 || value === 0) && batchesByBudget(field)) continue;
      if (!accumulation && value === -1 && drawsFromExperienceStore(field)) continue;
      if ((value === -1 || value === 0) && isBlankTemplate(field)) continue;
      if (!accumulation && (value === -1 || value === 0) && !ctx.hasFramework('deepspeed') && !usesHfTrainer(ctx) && derivedFromPerDevice(field)) continue;
      const what = accumulation ? 'Gradient accumulation' : 'Batch size';
      if (value <= 0) {
        ctx.report({
          field,
          message: `${what} ${formatNumber(value)} must be positive.`,
          explanation:
            `${fieldName(field)} is ${formatNumber(value)}. ${accumulation ? 'It counts micro-batches per optimizer step' : 'It counts the examples in a batch'}, so it must be at least 1: ` +
            'DeepSpeed asserts it is greater than 0 and PyTorch\'s DataLoader refuses a non-positive batch size. Use a positive whole number' +
            (ctx.hasFramework('ludwig') ? ', or `auto` to let Ludwig tune it.' : '.'),
        });
      } else if (!Number.isInteger(value)) {
        ctx.report({
          field,
          message: `${what} ${formatNumber(value)} is not a whole number.`,
          explanation: `${fieldName(field)} is ${formatNumber(value)}, but it counts ${accumulation ? 'micro-batches' : 'examples'} and must be an integer; PyTorch's DataLoader and the frameworks' schemas refuse a fractional value. Round it to ${Math.max(1, Math.round(value))}.`,
        });
      }
    }
  },
});
