/**
 * @mlconfig/types — TypeScript interfaces generated from mlconfig's JSON Schemas (`schemas/`), so a
 * training config or an `mlconfig.config.ts` written in TypeScript gets editor completion, hover
 * documentation and type errors from the same source of truth `mlconfig check` validates against.
 *
 * The files in `generated/` are written by `npm run gen:types` (`mlconfig types`); a test fails when
 * one is out of date with its schema.
 */
import type { AxolotlConfig } from './generated/axolotl.js';
import type { DeepSpeedConfig } from './generated/deepspeed.js';
import type { HfTrainingArguments } from './generated/hf-training-arguments.js';
import type { LightningConfig } from './generated/lightning.js';
import type { LitGptConfig } from './generated/litgpt.js';
import type { LudwigConfig } from './generated/ludwig.js';
import type { MlconfigSettings } from './generated/settings.js';
import type { TorchtitanJobConfig } from './generated/torchtitan.js';
import type { TrainingConfig } from './generated/training-config.js';

export type { AxolotlConfig, DeepSpeedConfig, HfTrainingArguments, LightningConfig, LitGptConfig, LudwigConfig, MlconfigSettings, TorchtitanJobConfig, TrainingConfig };

/** Every type of one schema, for the nested ones (`DeepSpeed.Auto`, `Settings.Severity`, …). */
export type * as Axolotl from './generated/axolotl.js';
export type * as DeepSpeed from './generated/deepspeed.js';
export type * as HfTrainer from './generated/hf-training-arguments.js';
export type * as Lightning from './generated/lightning.js';
export type * as LitGpt from './generated/litgpt.js';
export type * as Ludwig from './generated/ludwig.js';
export type * as Settings from './generated/settings.js';
export type * as Torchtitan from './generated/torchtitan.js';
export type * as Training from './generated/training-config.js';

/**
 * Typed mlconfig settings for `mlconfig.config.ts`:
 *
 * ```ts
 * import { defineConfig } from '@mlconfig/types';
 * export default defineConfig({ extends: 'strict', rules: { 'lr-without-schedule': 'off' } });
 * ```
 */
export function defineConfig(settings: MlconfigSettings): MlconfigSettings {
  return settings;
}

/**
 * A training config checked against a config type: the framework-neutral `TrainingConfig` by
 * default, or the one you name (`defineTrainingConfig<DeepSpeedConfig>({ ... })`). `NoInfer` makes
 * TypeScript check the object against that type instead of inferring the type from the object.
 */
export function defineTrainingConfig<T extends object = TrainingConfig>(config: NoInfer<T>): T {
  return config;
}

/** HF `TrainingArguments` (for `HfArgumentParser.parse_dict` / `TrainingArguments(**config)`). */
export function defineHfTrainingArguments(config: HfTrainingArguments): HfTrainingArguments {
  return config;
}

/** A DeepSpeed config (`deepspeed.initialize(config=...)`, `TrainingArguments(deepspeed=...)`). */
export function defineDeepSpeedConfig(config: DeepSpeedConfig): DeepSpeedConfig {
  return config;
}

/** An axolotl config, e.g. written out as YAML by a script. */
export function defineAxolotlConfig(config: AxolotlConfig): AxolotlConfig {
  return config;
}

/** A LightningCLI config (`trainer`, `model`, `data`, …). */
export function defineLightningConfig(config: LightningConfig): LightningConfig {
  return config;
}

/** A LitGPT finetune or pretrain config. */
export function defineLitGptConfig(config: LitGptConfig): LitGptConfig {
  return config;
}

/** A Ludwig model config. */
export function defineLudwigConfig(config: LudwigConfig): LudwigConfig {
  return config;
}

/** A torchtitan job config. */
export function defineTorchtitanConfig(config: TorchtitanJobConfig): TorchtitanJobConfig {
  return config;
}
