/**
 * Look-ups by position that cross-field rules need: a mapping's entries by name, a field's siblings
 * and children, the top-level keys of a flat TrainingArguments-style file, and the class a mapping
 * instantiates. The index is built once per field list (every rule of a run shares the list) and
 * cached on it, so a rule asking a hundred questions still walks the document once.
 */
import type { Field } from '../classify/classify.js';
import type { ConfigNode, MapNode } from '../document/types.js';
import { booleanValue, numberValue, specialKind, stringValue } from '../loader/special-values.js';
import { RecentMemo } from '../util/recent-memo.js';

type Entries = ReadonlyMap<string, Field>;

interface Index {
  readonly byContainer: Map<MapNode, Map<string, Field>>;
  readonly byValue: Map<ConfigNode, Field>;
}

const CACHE = new RecentMemo<readonly Field[], Index>();

function indexOf(fields: readonly Field[]): Index {
  return CACHE.getOrMake(fields, buildIndex);
}

function buildIndex(fields: readonly Field[]): Index {
  const index: Index = { byContainer: new Map(), byValue: new Map() };
  for (const f of fields) {
    let entries = index.byContainer.get(f.container);
    if (!entries) {
      entries = new Map();
      index.byContainer.set(f.container, entries);
    }
    // A duplicated key keeps its first field here; the parsers already keep the loader's value.
    if (!entries.has(f.normalized)) entries.set(f.normalized, f);
    if (!index.byValue.has(f.value)) index.byValue.set(f.value, f);
  }
  return index;
}

const EMPTY: Entries = new Map();

/** The fields of one mapping, by normalised key. */
export function entriesOf(fields: readonly Field[], map: ConfigNode | undefined): Entries {
  if (!map || map.kind !== 'map') return EMPTY;
  return indexOf(fields).byContainer.get(map) ?? EMPTY;
}

/** The first of `names` present in `map`. */
export function fieldIn(fields: readonly Field[], map: ConfigNode | undefined, ...names: string[]): Field | undefined {
  const entries = entriesOf(fields, map);
  for (const n of names) {
    const f = entries.get(n);
    if (f) return f;
  }
  return undefined;
}

/** A key of the mapping `parent` holds (`optimizer` → `optimizer.params`). */
export function childOf(fields: readonly Field[], parent: Field | undefined, ...names: string[]): Field | undefined {
  return parent ? fieldIn(fields, parent.value, ...names) : undefined;
}

/** A key next to `field` in the same mapping. */
export function siblingOf(fields: readonly Field[], field: Field, ...names: string[]): Field | undefined {
  return fieldIn(fields, field.container, ...names);
}

/**
 * The field that `is`, among the field's siblings, then among those of each mapping enclosing it; of several at one
 * level, the one written closest to the field (a section that merges another, W-MAE's `precip:` with `<<: *backbone`,
 * keeps a merged setting with the merged ones).
 */
export function nearestField(fields: readonly Field[], field: Field, is: (g: Field) => boolean): Field | undefined {
  const distance = (g: Field): number => Math.abs(g.key.range[0] - field.key.range[0]);
  for (let at: Field | undefined = field; at; at = at.parent) {
    const container = at.container;
    let best: Field | undefined;
    for (const g of fields) if (g.container === container && g !== field && g !== at && is(g) && (best === undefined || distance(g) < distance(best))) best = g;
    if (best) return best;
  }
  return undefined;
}

/** The run's length in epochs, as the training-run model takes it: not `min_epochs`, nor `epoch`, which is as often where a run starts or resumes. */
export function isRunEpochs(g: Field): boolean {
  return g.concept === 'epochs' && g.kind === 'hyperparameter' && g.normalized !== 'min_epochs' && g.normalized !== 'epoch';
}

/** Follows a dotted path of normalised names from a mapping (`['zero_optimization', 'stage']`). */
export function fieldAt(fields: readonly Field[], map: ConfigNode | undefined, path: readonly string[]): Field | undefined {
  let node: ConfigNode | undefined = map;
  let found: Field | undefined;
  for (const name of path) {
    found = fieldIn(fields, node, name);
    if (!found) return undefined;
    node = found.value;
  }
  return found;
}

/** The root mapping of the first document, where flat configs (HF, axolotl) keep every setting. */
export function rootMap(fields: readonly Field[]): MapNode | undefined {
  for (const f of fields) if (f.documentIndex === 0 && f.path.length === 1) return f.container;
  return undefined;
}

/** A top-level key of the first document. */
export function topField(fields: readonly Field[], ...names: string[]): Field | undefined {
  return fieldIn(fields, rootMap(fields), ...names);
}

/** The top-level keys written in the first document, in order (not those a `<<:` merge brings in). */
export function writtenTopFields(fields: readonly Field[]): Field[] {
  return fields.filter((f) => f.path.length === 1 && f.documentIndex === 0 && f.entry.origin === 'explicit');
}

// ── values, as the loader reads them; placeholders (`auto`, `???`, `${...}`) give undefined ──

export function num(field: Field | undefined): number | undefined {
  if (!field || specialKind(field.value)) return undefined;
  return numberValue(field.value);
}

export function bool(field: Field | undefined): boolean | undefined {
  if (!field || specialKind(field.value)) return undefined;
  return booleanValue(field.value);
}

/** A string value, lower-cased. */
export function str(field: Field | undefined): string | undefined {
  return field ? stringValue(field.value)?.toLowerCase() : undefined;
}

/** Whether a value is a placeholder the launcher fills in (`auto`, `???`, `${...}`, `!ref`). */
export function isPlaceholder(field: Field | undefined): boolean {
  return field !== undefined && specialKind(field.value) !== undefined;
}

/**
 * Python truthiness, which is how axolotl's and many trainers' validators test "is it set"
 * (`if data.get("save_steps")`): null, false, 0, "" and empty collections are unset. Placeholders
 * count as set: the launcher will put something there.
 */
export function isSet(field: Field | undefined): boolean {
  if (!field) return false;
  const v = field.value;
  if (specialKind(v)) return true;
  if (v.kind === 'map') return v.entries.length > 0;
  if (v.kind === 'seq') return v.items.length > 0;
  if (v.kind === 'opaque') return true;
  const x = v.value;
  return !(x === null || x === false || x === 0 || x === '' || (typeof x === 'string' && NUMERIC_ZERO.test(x)));
}

const NUMERIC_ZERO = /^\s*[-+]?0*\.?0*(?:[eE][-+]?\d+)?\s*$/;

// ── classes ──

const CLASS_KEYS = ['_target_', 'class_path', 'class_name', 'type', 'cls', 'class', 'name'];

/**
 * The class a mapping instantiates, lower-cased: `_target_: torch.optim.SGD` → `torch.optim.sgd`.
 * Arguments written one level down (LightningCLI `init_args`, Keras `config`) take the class from
 * the mapping that holds them; a HyperPyYAML tag (`!new:torch.nn.BatchNorm1d`) names it directly.
 */
export function classOf(fields: readonly Field[], map: ConfigNode | undefined): string | undefined {
  if (!map || map.kind !== 'map') return undefined;
  if (map.tag && /^!(?:new|name):/.test(map.tag)) return map.tag.replace(/^!(?:new|name):/, '').toLowerCase();
  const own = classKey(fields, map);
  if (own) return own;
  const holder = holderOf(fields, map);
  if (holder && (holder.normalized === 'init_args' || holder.normalized === 'config')) return classKey(fields, holder.container);
  return undefined;
}

function classKey(fields: readonly Field[], map: MapNode): string | undefined {
  const entries = entriesOf(fields, map);
  for (const k of CLASS_KEYS) {
    const f = entries.get(k);
    const s = f ? stringValue(f.value) : undefined;
    if (s) return s.toLowerCase();
  }
  return undefined;
}

/** The field whose value is `map`, if any. */
export function holderOf(fields: readonly Field[], node: ConfigNode): Field | undefined {
  return indexOf(fields).byValue.get(node);
}

/** The last segment of a class path: `torch.optim.lr_scheduler.OneCycleLR` → `onecyclelr`. */
export function className(cls: string | undefined): string | undefined {
  return cls?.replace(/^.*[.:]/, '').toLowerCase();
}
