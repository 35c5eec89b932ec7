/**
 * Sentinel numbers: values that mean "off", "no limit" or "work it out" rather than a quantity
 * (RULES-CATALOG §E.2). Range rules ask here first so `max_steps: -1` (HF: train by epochs),
 * `max_epochs: -1` (Lightning: no limit), `early_stop: -1` (Ludwig: disabled), `max_depth: -1`
 * (LightGBM: no limit) or `batch: -1` (Ultralytics: AutoBatch) are never reported as out of range.
 * `"auto"`, `???` and `${...}` are placeholders, handled by `specialKind`, not here.
 */
import type { Field } from '../classify/classify.js';
import { HF_TRAINER_LIKE, type FrameworkId } from './frameworks.js';
import type { ScriptFacts } from './training-run.js';
import { testCovers } from './sentinel-tests.js';
import { own } from '../util/own.js';

interface SentinelRule {
  readonly names: readonly string[];
  readonly test: (value: number) => boolean;
  /** Frameworks where the sentinel holds; empty: wherever the key appears. */
  readonly frameworks?: readonly FrameworkId[];
  /** Frameworks that refuse the value, where it is no sentinel. */
  readonly notFrameworks?: readonly FrameworkId[];
  readonly meaning: string;
}

/** Programs whose arguments go to HF TrainingArguments, which takes a negative warmup or accumulation as a number. */
const HF_ARGUMENTS: readonly FrameworkId[] = [...HF_TRAINER_LIKE, 'trl-online', 'autotrain'];

const SENTINELS: readonly SentinelRule[] = [
  { names: ['max_steps', 'max_iters', 'max_epochs', 'max_time'], test: (v) => v === -1, meaning: 'no step limit (train by epochs or until stopped)' },
  { names: ['early_stop', 'early_stopping_round', 'early_stopping_rounds', 'early_stopping_patience'], test: (v) => v <= 0, meaning: 'early stopping disabled' },
  { names: ['max_depth'], test: (v) => v <= 0, frameworks: ['lightgbm', 'xgboost', 'ludwig'], meaning: 'no depth limit' },
  { names: ['max_leaves'], test: (v) => v === 0, frameworks: ['xgboost'], meaning: 'no leaf limit' },
  { names: ['bagging_freq', 'subsample_freq'], test: (v) => v === 0, meaning: 'bagging disabled' },
  { names: ['num_threads', 'nthread', 'n_jobs', 'num_workers'], test: (v) => v === 0 || v === -1, meaning: 'default thread count' },
  { names: ['batch'], test: (v) => v === -1, frameworks: ['ultralytics'], meaning: 'AutoBatch' },
  { names: ['eval_batch_size'], test: (v) => v === 0, frameworks: ['ludwig'], meaning: 'same as the training batch size' },
  { names: ['warmup_steps', 'max_grad_norm', 'gradient_clipping'], test: (v) => v === 0, meaning: 'disabled' },
  { names: ['lr_warmup_steps'], test: (v) => v < 0, frameworks: ['verl'], meaning: 'the warmup is set by `lr_warmup_steps_ratio`' },
  // BasicSR and the restoration models built on it (`warmup_iter: -1  # no warm up`; its `update_learning_rate`
  // warms up only while `current_iter < warmup_iter`), VQFR's quantizer `warmup_iters: -1`. Step-named warmups
  // stay checked: transformers v5 refuses a negative `warmup_steps`, DeepSpeed's WarmupLR turns -1 into 2 steps.
  { names: ['warmup_iter', 'warmup_iters'], test: (v) => v === -1, notFrameworks: HF_ARGUMENTS, meaning: 'no warmup' },
  // Multiple Physics Pretraining's `learning_rate: -1  # -1 means use DAdapt`: a rate no optimizer takes, written to
  // hand the choice to the program (D-Adaptation, a learning-rate finder). Programs that pass the rate to torch
  // (HF Trainer and its kin, Lightning's own `lr` arguments, DeepSpeed) refuse it, so there it stays an error.
  // PointBeV's OneCycleLR option writes `max_lr: -1` beside `total_steps: -1`, both filled in by its model's code.
  { names: ['lr', 'learning_rate', 'base_lr', 'max_lr', 'peak_lr'], test: (v) => v === -1, notFrameworks: [...HF_ARGUMENTS, 'deepspeed', 'accelerate', 'lightning', 'litgpt', 'torchtitan', 'torchtune'],
    meaning: 'the program chooses the rate itself' },
  { names: ['val_batch_size'], test: (v) => v === -1, meaning: 'the whole validation set in one batch (verl, EasyR1)' },
  // An evaluation batch of -1 is the program's own choice: deepali's `eval_batch_size: -1` (it uses the training batch
  // unless `eval_batch_size > 0`), the whole set elsewhere. Ludwig's schema and HF's arguments refuse it.
  { names: ['eval_batch_size', 'test_batch_size', 'valid_batch_size', 'validation_batch_size'], test: (v) => v === -1, notFrameworks: [...HF_ARGUMENTS, 'ludwig'],
    meaning: 'the program chooses the evaluation batch (the training batch size or the whole set)' },
  // matchmaker and other research trainers accumulate only when `gradient_accumulation_steps > 0`. HF Trainer
  // multiplies by it, DeepSpeed asserts it is positive and Lightning refuses it, so there it stays an error.
  { names: ['gradient_accumulation_steps'], test: (v) => v === -1, notFrameworks: [...HF_ARGUMENTS, 'deepspeed', 'accelerate', 'lightning'],
    meaning: 'gradient accumulation off' },
];

/**
 * What a sentinel value means for this field, or undefined when the value is an ordinary number. The project's scripts,
 * where a front-end read them, may test the setting for the value and replace it (`if args.batch_size == -1:`).
 */
export function sentinelMeaning(field: Field, value: number, frameworks: readonly FrameworkId[], scripts?: ScriptFacts): string | undefined {
  const tested = own(scripts?.sentinelTests, field.name)?.find((t) => testCovers(t, value));
  if (tested !== undefined) return `the program's own switch: it tests for the value and uses another (${tested.evidence})`;
  for (const s of SENTINELS) {
    if (!s.names.includes(field.normalized) || !s.test(value)) continue;
    if (s.frameworks && !s.frameworks.some((f) => frameworks.includes(f))) continue;
    if (s.notFrameworks && s.notFrameworks.some((f) => frameworks.includes(f))) continue;
    return s.meaning;
  }
  return undefined;
}

export function isSentinel(field: Field, value: number, frameworks: readonly FrameworkId[], scripts?: ScriptFacts): boolean {
  return sentinelMeaning(field, value, frameworks, scripts) !== undefined;
}
