/**
 * Finding DeepSpeed configs: a whole DeepSpeed JSON, or a DeepSpeed config embedded in another file
 * (HF/axolotl `deepspeed: {...}`, Lightning's DeepSpeedStrategy `config: {...}`), recognised by
 * keys only DeepSpeed uses.
 */
import type { Field } from '../classify/classify.js';
import { normalizeKey } from '../classify/normalize.js';
import { isUnder } from '../document/pointer.js';
import type { MapNode, PathSegment } from '../document/types.js';
import type { RuleContext } from './types.js';

export interface DeepSpeedRoot {
  readonly map: MapNode;
  readonly path: readonly PathSegment[];
  /** The field holding the embedded config, or undefined for a whole-file config. */
  readonly holder?: Field;
}

const DS_MARKERS = new Set(['zero_optimization', 'train_micro_batch_size_per_gpu', 'zero_allow_untested_optimizer', 'steps_per_print', 'wall_clock_breakdown']);

const isDsMap = (map: MapNode): boolean => map.entries.some((e) => DS_MARKERS.has(normalizeKey(String(e.key.value))));

export function deepspeedRoots(ctx: RuleContext<object>): DeepSpeedRoot[] {
  const roots: DeepSpeedRoot[] = [];
  for (const d of ctx.doc.documents) {
    if (d.root?.kind === 'map' && (ctx.hasFramework('deepspeed') || isDsMap(d.root))) roots.push({ map: d.root, path: [] });
  }
  for (const f of ctx.fields) {
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
