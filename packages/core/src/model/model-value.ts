/**
 * A value the model holds, linked to the field it came from. `value` is what the author meant
 * (`"1e-4"` counts as 1e-4); `special` says when there is no value yet (`auto`, `???`, `${...}`).
 */
import type { ConfigNode } from '../document/types.js';
import type { Field } from '../classify/classify.js';
import { booleanValue, durationValue, numberValue, specialKind, stringValue, type Duration, type SpecialKind } from '../loader/special-values.js';
import type { References } from './references.js';

export interface ModelValue<T> {
  /** The meant value, or undefined when it is a placeholder or not of the expected type. */
  readonly value: T | undefined;
  readonly field: Field;
  /** The node holding the value (after following a `!ref <name>`, the referenced node). */
  readonly node: ConfigNode;
  readonly special?: SpecialKind;
}

type Reader<T> = (node: ConfigNode) => T | undefined;

function make<T>(field: Field, refs: References, read: Reader<T>, objectTagsAreValues = false): ModelValue<T> {
  const node = refs.resolve(field.value);
  const special = objectTagsAreValues && OBJECT_TAG.test(node.tag ?? '') ? undefined : specialKind(node);
  const value = special ? undefined : read(node);
  return { value, field, node, ...(special ? { special } : {}) };
}

export const numberOf = (field: Field, refs: References): ModelValue<number> => make(field, refs, numberValue);
export const booleanOf = (field: Field, refs: References): ModelValue<boolean> => make(field, refs, booleanValue);
export const durationOf = (field: Field, refs: References): ModelValue<Duration> => make(field, refs, durationValue);
/** HyperPyYAML object tags: `!name:torch.optim.Adam` names a class, which is the value we want for a name. */
const OBJECT_TAG = /^!(?:name|new):/;

export const stringOf = (field: Field, refs: References): ModelValue<string> =>
  make(field, refs, (n) => (n.tag && OBJECT_TAG.test(n.tag) ? n.tag.replace(OBJECT_TAG, '') : stringValue(n)), true);
