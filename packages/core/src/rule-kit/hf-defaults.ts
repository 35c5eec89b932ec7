/**
 * HF TrainingArguments defaults (transformers `training_args.py`), for rules that must know what
 * an unset key means. Only a plain HF Trainer file gets them: TRL's configs override several
 * (SFTConfig `learning_rate` 2e-5, `logging_steps` 10, `bf16` on), and axolotl and LLaMA-Factory
 * fill in their own before building TrainingArguments, so there an unset key stays unknown.
 */
import type { RuleContext } from './types.js';

export const HF_DEFAULTS = {
  per_device_train_batch_size: 8,
  gradient_accumulation_steps: 1,
  learning_rate: 5e-5,
  weight_decay: 0,
  adam_beta1: 0.9,
  adam_beta2: 0.999,
  adam_epsilon: 1e-8,
  max_grad_norm: 1,
  save_steps: 500,
  logging_steps: 500,
  warmup_steps: 0,
  fp16: false,
  bf16: false,
  fp16_full_eval: false,
  bf16_full_eval: false,
} as const;

export type HfDefaultKey = keyof typeof HF_DEFAULTS;

/** Whether unset keys take HF TrainingArguments' defaults in this file. */
export function hfDefaultsApply(ctx: RuleContext<object>): boolean {
  return ctx.hasFramework('hf-trainer') && !ctx.hasFramework('trl') && !ctx.hasFramework('axolotl') && !ctx.hasFramework('llama-factory') && !ctx.partial;
}
