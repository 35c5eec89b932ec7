/**
 * What counts as a high learning rate for the optimizer a run uses, for the advice rules. The
 * reference points are the frameworks' defaults and published recipes: Adam-family optimizers
 * default to 1e-3 and fine-tune at 1e-5–1e-4; SGD at 0.1 per 256 examples of batch (Goyal et al.
 * 2017, scaled linearly with the global batch). Optimizers tuned at high rates by design (L-BFGS,
 * Prodigy/D-Adaptation, LARS/LAMB, Muon, Adadelta, Adafactor) and Noam-style schedules, where `lr`
 * is a multiplier, have no such reference.
 */
import type { TrainingRun } from '../model/training-run.js';
import { SCHEDULE_EXEMPT_FAMILIES } from '../model/optimizer-family.js';
import { federatedSettings } from '../model/federated.js';
import { fieldName, formatNumber } from './helpers.js';

/** Families whose usual peak learning rate is around 1e-3 or lower. */
export const ADAM_LIKE = new Set(['adam', 'adamw', 'lion']);

export interface LrReference {
  /** Learning rates at or above this are reported. */
  readonly threshold: number;
  /** The optimizer as messages name it. */
  readonly optimizer: string;
  /** Why the threshold is what it is. */
  readonly basis: string;
  /**
   * SGD's batch when it may be one process's (a per-device batch, or a plain `batch_size`, which data-parallel
   * programs such as timm's `train.py` give each process) and the number of processes is unknown: the rate may be in
   * range on enough processes, so the explanation says how many.
   */
  readonly perProcessBatch?: { /** The batch's key, as messages name it. */ readonly key: string; readonly value: number };
}

/** Whether a run's learning rate has a meaningful "typical" value to compare with. */
export function lrIsComparable(run: TrainingRun): boolean {
  if (run.schedule.shape === 'multiplier') return false;
  if (!ratedAsTraining(run)) return false;
  if (SCHEDULE_EXEMPT_FAMILIES.has(run.optimizer.family)) return false;
  return ADAM_LIKE.has(run.optimizer.family) || run.optimizer.family === 'sgd';
}

/** PEFT's prompt-learning types, and the same methods named as a switch or a method (`prefix_tuning: true`, `method: prompt-tuning`). */
const SOFT_PROMPT_METHOD = /^(?:multitask_)?(?:soft_)?(?:prompt|prefix|p)[-_ ]?tuning(?:_?v2)?$/i;
/** Keys only prompt learning has: PEFT's virtual-token count and prompt initialisation. */
const SOFT_PROMPT_KEYS = new Set(['num_virtual_tokens', 'prompt_tuning_init', 'prompt_tuning_init_text', 'n_prompt_tokens']);

/**
 * The run trains soft prompts (prompt or prefix tuning): it updates a few embedding vectors in front of a frozen
 * model, at rates no full model is trained with (Lester et al. 2021 and its successors SPoT and ATTEMPT use 0.3), so
 * the usual ranges say nothing about its learning rate.
 */
function trainsSoftPrompts(run: TrainingRun): boolean {
  return run.fields.some((f) => {
    if (f.value.kind !== 'scalar') return false;
    if (SOFT_PROMPT_KEYS.has(f.normalized)) return true;
    const value = f.value.value;
    if (value === true) return SOFT_PROMPT_METHOD.test(f.normalized.replace(/^(?:attn|use|do)_/, ''));
    return typeof value === 'string' && SOFT_PROMPT_METHOD.test(value);
  });
}

/**
 * Whether the run's learning rate trains a model the usual way: not soft prompts (above), and not a model edit
 * (ROME/MEMIT's `v_lr`, EasyEdit's `edit_lr`: a few dozen steps on one edit's vector), whose rates no training range
 * or schedule advice fits.
 */
export function ratedAsTraining(run: TrainingRun): boolean {
  return !trainsSoftPrompts(run) && !run.frameworks.includes('model-editing');
}

/** The optimizer's name for messages: the configured name, else its family. */
export function optimizerLabel(run: TrainingRun): string {
  const name = run.optimizer.name?.value;
  if (name) return `\`${name.replace(/^.*\./, '')}\``;
  return run.optimizer.family === 'sgd' ? 'SGD' : run.optimizer.family === 'unknown' ? 'the optimizer' : run.optimizer.family === 'adamw' ? 'AdamW' : run.optimizer.family === 'adam' ? 'Adam' : run.optimizer.family;
}

/**
 * The learning rate above which a run's value is unusual: for Adam-like optimizers the absolute
 * `adamThreshold`; for SGD `sgdPer256` per 256 examples of global batch. A batch that is not global counts once per
 * process: as many as the file names (`num_gpus`, `world_size`) or the `worldSize` setting says, else one.
 */
export function lrReference(run: TrainingRun, adamThreshold: number, sgdPer256: number, worldSize?: number): LrReference | undefined {
  const family = run.optimizer.family;
  if (ADAM_LIKE.has(family)) {
    return { threshold: adamThreshold, optimizer: optimizerLabel(run), basis: `${formatNumber(adamThreshold / 1e-3)} times the Adam-family default of 1e-3` };
  }
  if (family === 'sgd') {
    const { batch, perProcess } = sgdBatch(run, worldSize);
    const scale = batch !== undefined && batch > 256 ? batch / 256 : 1;
    return {
      threshold: sgdPer256 * scale,
      optimizer: optimizerLabel(run),
      basis: `${formatNumber(sgdPer256)} per 256 examples of batch${scale > 1 ? ` (batch ${formatNumber(batch!)})` : ''}, linear scaling from Goyal et al.'s 0.1 per 256`,
      ...(perProcess ? { perProcessBatch: perProcess } : {}),
    };
  }
  return undefined;
}

/**
 * SGD's global batch as far as the file tells it and, when the number of processes is unknown, the batch that may
 * be one process's: a plain `batch_size` (timm's `train.py` gives it to each process, MoCo divides it among them) or
 * a per-device batch times its accumulation. A plain `batch_size` beside a per-device one is taken for the global.
 */
function sgdBatch(run: TrainingRun, settingsWorld: number | undefined): { batch?: number; perProcess?: { key: string; value: number } } {
  const { global, micro, size, accumulation, worldSize } = run.batch;
  if (global?.value !== undefined) return { batch: global.value };
  if (size?.value !== undefined && micro?.value !== undefined) return { batch: size.value };
  const perProcess = size?.value !== undefined ? { key: fieldName(size.field), value: size.value } : micro?.value !== undefined ? { key: accumulation?.value !== undefined ? `${fieldName(micro.field)} × ${fieldName(accumulation.field)}` : fieldName(micro.field), value: micro.value * (accumulation?.value ?? 1) } : undefined;
  if (!perProcess) return {};
  const world = worldSize?.value ?? settingsWorld;
  // Where a plain `batch_size` is the global batch, counting it once per process only raises the threshold.
  if (world !== undefined) return { batch: perProcess.value * world };
  return { batch: perProcess.value, perProcess };
}

/** How many processes of `perProcess` examples each make a global batch at which SGD's `lr` is below `sgdPer256` per 256 examples. */
export function processesForRate(lr: number, sgdPer256: number, perProcess: number): number {
  return Math.floor((lr / sgdPer256) * 256 / perProcess) + 1;
}

/**
 * SGD with gradients clipped takes steps of at most the rate times the clip: recurrent models train with
 * SGD at 1.0 and a clip of 5 (Zaremba et al. 2014, Luong et al. 2015, OpenNMT's defaults), AWD-LSTM at 30
 * with 0.25, so a rate far above 0.1 per 256 examples is not out of range there. (Warmup advice still
 * applies: clipping bounds a step, it does not settle early training.)
 */
export function clippedSgd(run: TrainingRun): boolean {
  return run.optimizer.family === 'sgd' && clipsGradients(run);
}

function clipsGradients(run: TrainingRun): boolean {
  return run.fields.some((f) => f.concept === 'gradient-clipping' && f.kind === 'hyperparameter' && f.value.kind === 'scalar' && typeof f.value.value === 'number' && f.value.value > 0);
}

/** lr-too-high-for-optimizer's default band: Adam-like at 0.05 and above, SGD at 1 per 256 examples and above. */
export const FAR_ABOVE_USUAL = { adamThreshold: 0.05, sgdThresholdPer256: 1 } as const;

/**
 * The run's learning rate is in lr-too-high-for-optimizer's default band: far above anything its
 * optimizer is trained with. The schedule and warmup advice rules leave such a rate to that rule,
 * since lowering it comes first and a schedule or warmup would not make it usable.
 */
export function farAboveUsual(run: TrainingRun, worldSize?: number): boolean {
  const lr = run.optimizer.lr?.value;
  if (lr === undefined || !lrIsComparable(run) || clippedSgd(run)) return false;
  const ref = lrReference(run, FAR_ABOVE_USUAL.adamThreshold, FAR_ABOVE_USUAL.sgdThresholdPer256, worldSize);
  return ref !== undefined && lr >= ref.threshold;
}

/**
 * Federated SGD (or an unnamed optimizer in a federated run): clients, and servers applying averaged updates, step at
 * a constant rate from the first round by FedAvg's design, so neither a schedule nor a warmup is missing.
 */
export function federatedSgd(run: TrainingRun): boolean {
  const family = run.optimizer.family;
  return (family === 'sgd' || family === 'unknown') && federatedSettings(run.fields, run.frameworks);
}
