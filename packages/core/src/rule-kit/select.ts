/**
 * Finding the fields a rule is about: by key name, by sibling, by the class a mapping builds
 * (`_target_`, `class_path` + `init_args`, `type`, HyperPyYAML `!new:` tags). Shared by the range
 * and enum rules so each checks framework-specific keys the same careful way.
 */
import type { Field } from '../classify/classify.js';
import { normalizeKey } from '../classify/normalize.js';
import type { ConfigNode, MapEntry, MapNode } from '../document/types.js';
import { booleanValue, numberValue, specialKind, stringValue } from '../loader/special-values.js';
import { inSearchSpace } from './helpers.js';
import type { RuleContext } from './types.js';

/** A mapping's entry by normalised key name. */
export function entryOf(map: MapNode | undefined, name: string): MapEntry | undefined {
  if (!map) return undefined;
  for (const e of map.entries) if (normalizeKey(String(e.key.value)) === name) return e;
  return undefined;
}

/** The value of `name` in the same mapping as `field`. */
export function sibling(field: Field, name: string): ConfigNode | undefined {
  return entryOf(field.container, name)?.value;
}

export const siblingNumber = (field: Field, name: string): number | undefined => numberValue(sibling(field, name));
export const siblingBoolean = (field: Field, name: string): boolean | undefined => booleanValue(sibling(field, name));
export const siblingString = (field: Field, name: string): string | undefined => stringValue(sibling(field, name));

/** Fields whose normalised key is one of `names`, outside hyperparameter search spaces. */
export function fieldsNamed(ctx: RuleContext<object>, names: Iterable<string>): Field[] {
  const wanted = names instanceof Set ? (names as Set<string>) : new Set(names);
  return ctx.fields.filter((f) => wanted.has(f.normalized) && !inSearchSpace(f));
}

/** Normalised dotted path without list indices: `trainer.optimizer.type`. */
export function dottedPath(field: Field): string {
  return field.path.filter((s): s is string => typeof s === 'string').map(normalizeKey).join('.');
}

/** Normalised names of the field's ancestors, outermost first. */
export function ancestorNames(field: Field): string[] {
  const out: string[] = [];
  for (let p = field.parent; p; p = p.parent) out.unshift(p.normalized);
  return out;
}

const CLASS_KEYS = ['_target_', 'class_path', 'class_name', 'type', 'name', 'cls'];
const OBJECT_TAG = /^!(?:new|name):(.+)$/;

/** The class a mapping builds, as written (`torch.optim.lr_scheduler.OneCycleLR`), from its class key or tag. */
export function classOfMap(map: MapNode | undefined): string | undefined {
  if (!map) return undefined;
  const tagged = map.tag ? OBJECT_TAG.exec(map.tag) : null;
  if (tagged) return tagged[1];
  for (const key of CLASS_KEYS) {
    const e = entryOf(map, key);
    if (e && e.value.kind === 'scalar' && typeof e.value.value === 'string' && !specialKind(e.value)) return e.value.value;
  }
  return undefined;
}

/**
 * The class whose arguments `field` is: its own mapping's class, or for LightningCLI's
 * `{class_path, init_args: {...}}` the class named next to `init_args`.
 */
export function classOfField(field: Field): string | undefined {
  const own = classOfMap(field.container);
  if (own) return own;
  if (field.parent && ['init_args', 'params', 'kwargs', 'config'].includes(field.parent.normalized)) return classOfMap(field.parent.container);
  return undefined;
}

/** The last segment of a class path, lower-cased: `torch.optim.lr_scheduler.OneCycleLR` → `onecyclelr`. */
export function shortClass(name: string | undefined): string | undefined {
  if (!name) return undefined;
  return name.slice(name.lastIndexOf('.') + 1).toLowerCase();
}

/** Whether the value is a placeholder or reference rather than a literal (`auto`, `???`, `${...}`, `!ref`). */
export function isPlaceholder(node: ConfigNode | undefined): boolean {
  return specialKind(node) !== undefined;
}
