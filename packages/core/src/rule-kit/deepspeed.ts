/**
 * DeepSpeed configs as rules meet them: a whole DeepSpeed JSON, or a config embedded in another file
 * (HF/axolotl `deepspeed: {...}`, Lightning's DeepSpeedStrategy `config: {...}`), recognised by keys
 * only DeepSpeed uses. `deepspeedConfigs` and its readers serve the cross-field rules (they read the
 * settings DeepSpeed's own checks look at: `runtime/config.py`, `runtime/engine.py`,
 * `runtime/zero/config.py`); `deepspeedRoots` serves rules that walk every field under a config.
 */
import type { Field } from '../classify/classify.js';
import { normalizeKey } from '../classify/normalize.js';
import { isUnder } from '../document/pointer.js';
import type { MapNode, PathSegment } from '../document/types.js';
import type { RuleContext } from './types.js';
import { bool, childOf, fieldAt, num, rootMap, str, topField } from './field-index.js';
import { fieldName, HF_TRAINER_LIKE } from './helpers.js';
import { RecentMemo } from '../util/recent-memo.js';
import { isHfArgumentsBlock } from './hf-arguments-block.js';

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
  // A nested block a program hands to `TrainingArguments` whole may carry its own inline config.
  for (const f of ctx.fields) {
    if (f.normalized === 'deepspeed' && f.parent && f.value.kind === 'map' && isHfArgumentsBlock(ctx, f.container)) out.push({ root: f.value, fields: ctx.fields, holder: f });
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

export interface DeepSpeedRoot {
  readonly map: MapNode;
  readonly path: readonly PathSegment[];
  /** The field holding the embedded config, or undefined for a whole-file config. */
  readonly holder?: Field;
}

const DS_MARKERS = new Set(['zero_optimization', 'train_micro_batch_size_per_gpu', 'zero_allow_untested_optimizer', 'steps_per_print', 'wall_clock_breakdown']);

const isDsMap = (map: MapNode): boolean => map.entries.some((e) => DS_MARKERS.has(normalizeKey(String(e.key.value))));

/** Several rules ask per file; the field list (one per analysis) keys the answer. */
const ROOTS = new RecentMemo<readonly Field[], readonly DeepSpeedRoot[]>();

export function deepspeedRoots(ctx: RuleContext<object>): readonly DeepSpeedRoot[] {
  return ROOTS.getOrMake(ctx.fields, () => findDeepspeedRoots(ctx));
}

function findDeepspeedRoots(ctx: RuleContext<object>): DeepSpeedRoot[] {
  const roots: DeepSpeedRoot[] = [];
  // DeepSpeed reads JSON (or a dict a program builds). A TOML file counts as a whole DeepSpeed config
  // only when detection says so: one with a few of its names (diffusion-pipe's `steps_per_print`)
  // belongs to a program that builds its own DeepSpeed config, and optimizer, from some of them.
  const wholeFile = ctx.hasFramework('deepspeed') || ctx.doc.format !== 'toml';
  for (const d of ctx.doc.documents) {
    if (d.root?.kind === 'map' && (ctx.hasFramework('deepspeed') || (wholeFile && isDsMap(d.root)))) roots.push({ map: d.root, path: [] });
  }
  // Only a mapping with a DeepSpeed-only key is an embedded config; most documents have none.
  if (![...DS_MARKERS].some((m) => ctx.index.names.has(m))) return roots;
  // Accelerate's `deepspeed_config` is read by `accelerate launch`, which keeps only its own keys (unknown-key says so).
  const accelerate = ctx.hasFramework('accelerate');
  for (const f of ctx.fields) {
    if (accelerate && f.path.length === 1 && f.normalized === 'deepspeed_config') continue;
    if (f.value.kind === 'map' && f.path.length > 0 && isDsMap(f.value) && !roots.some((r) => r.map === f.value)) roots.push({ map: f.value, path: f.path, holder: f });
  }
  return roots;
}

/** The DeepSpeed root a field belongs to (the innermost), if any. */
export function deepspeedRootOf(field: Field, roots: readonly DeepSpeedRoot[]): DeepSpeedRoot | undefined {
  let best: DeepSpeedRoot | undefined;
  for (const r of roots) if (isUnder(field.path, r.path) && field.path.length > r.path.length && (!best || r.path.length > best.path.length)) best = r;
  return best;
}

/** Normalised dotted path of a field inside its DeepSpeed config: `optimizer.params.lr`. */
export function dsPath(field: Field, root: DeepSpeedRoot): string {
  return field.path.slice(root.path.length).filter((s): s is string => typeof s === 'string').map(normalizeKey).join('.');
}

/**
 * The `deepspeed_config` block of an Accelerate launcher config (`accelerate config` always writes `distributed_type`
 * and `compute_environment` beside it; a program of its own may have a `deepspeed_config` block too).
 */
export function accelerateDeepSpeedBlock(ctx: RuleContext<object>): Field | undefined {
  if (!topField(ctx.fields, 'distributed_type', 'compute_environment')) return undefined;
  return topField(ctx.fields, 'deepspeed_config');
}

/** An Accelerate config's ZeRO stage: the one its `deepspeed_config` block writes (`zero_stage`), or the one of the DeepSpeed JSON its `deepspeed_config_file` names. */
export function accelerateZeroStage(ctx: RuleContext<object>, block: Field): { stage: number | undefined; where: string } | undefined {
  const inline = childOf(ctx.fields, block, 'zero_stage');
  if (inline) return { stage: num(inline), where: fieldName(inline) };
  for (const rel of ctx.related ?? []) {
    const root = rootMap(rel.fields);
    if (rel.kind !== 'deepspeed' || !root || rel.reference.parent !== block) continue;
    return { stage: zeroStage({ root, fields: rel.fields }).stage, where: `the ZeRO stage of \`${rel.filePath}\`` };
  }
  return undefined;
}
