/**
 * DeepSpeed configs as rules meet them: a whole JSON file, or a dict written inline under
 * `deepspeed:` in an HF Trainer / axolotl YAML. The helpers read the settings DeepSpeed's own
 * checks look at (`runtime/config.py`, `runtime/engine.py`, `runtime/zero/config.py`).
 */
import type { Field } from '../classify/classify.js';
import type { MapNode } from '../document/types.js';
import type { RuleContext } from './types.js';
import { bool, fieldAt, num, rootMap, str, topField } from './field-index.js';
import { HF_TRAINER_LIKE } from './helpers.js';

export interface DeepSpeedConfig {
  readonly root: MapNode;
  /** The fields the config's nodes belong to (the current file's, or a related file's). */
  readonly fields: readonly Field[];
  /** The `deepspeed:` key holding an inline config, when the config is not the whole file. */
  readonly holder?: Field;
}

/** DeepSpeed configs written in the current file. */
export function deepspeedConfigs(ctx: RuleContext<object>): DeepSpeedConfig[] {
  const out: DeepSpeedConfig[] = [];
  const root = rootMap(ctx.fields);
  if (ctx.hasFramework('deepspeed') && root) out.push({ root, fields: ctx.fields });
  if (HF_TRAINER_LIKE.some((id) => ctx.hasFramework(id))) {
    const holder = topField(ctx.fields, 'deepspeed');
    if (holder && holder.value.kind === 'map') out.push({ root: holder.value, fields: ctx.fields, holder });
  }
  return out;
}

export function dsField(ds: DeepSpeedConfig, ...path: string[]): Field | undefined {
  return fieldAt(ds.fields, ds.root, path);
}

/**
 * The ZeRO stage: 0 when `zero_optimization` is absent or has no stage (DeepSpeed's default),
 * undefined when it is a placeholder.
 */
export function zeroStage(ds: DeepSpeedConfig): { stage: number | undefined; field?: Field } {
  const block = dsField(ds, 'zero_optimization');
  if (!block) return { stage: 0 };
  if (block.value.kind !== 'map') {
    // Legacy `"zero_optimization": true` means stage 1.
    const on = bool(block);
    return on === undefined ? { stage: undefined, field: block } : { stage: on ? 1 : 0, field: block };
  }
  const stage = dsField(ds, 'zero_optimization', 'stage');
  if (!stage) return { stage: 0, field: block };
  return { stage: num(stage), field: stage };
}

/** `optimizer.type`, lower-cased as DeepSpeed compares it. */
export function optimizerType(ds: DeepSpeedConfig): { type: string | undefined; field?: Field } {
  const f = dsField(ds, 'optimizer', 'type');
  return { type: str(f), ...(f ? { field: f } : {}) };
}

/** Whether `<block>.enabled` is true (`fp16`, `bf16`, `amp`). */
export function enabled(ds: DeepSpeedConfig, block: string): { on: boolean | undefined; field?: Field } {
  const f = dsField(ds, block, 'enabled');
  // A missing block, or one without `enabled` (`"fp16": {"loss_scale": 0}`), is off: DeepSpeed's default.
  if (!f) return { on: false };
  return { on: bool(f), field: f };
}
