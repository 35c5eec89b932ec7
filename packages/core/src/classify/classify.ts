/**
 * Tags every mapping entry of a document with a kind (hyperparameter, learned parameter, other),
 * a concept where one fits, and the evidence for that decision.
 */
import type { ConfigDocument, ConfigNode, MapEntry, MapNode, PathSegment, ScalarNode } from '../document/types.js';
import type { FrameworkId } from '../model/frameworks.js';
import { CONCEPTS, conceptById, type ConceptDef, type FieldKind } from './concepts.js';
import { disambiguate, type FieldContext } from './disambiguate.js';
import { normalizeKey } from './normalize.js';
import { isNumericShape, valueShape, type ValueShape } from './shape.js';

export interface Field {
  readonly path: readonly PathSegment[];
  readonly pointer: string;
  /** The key as written. */
  readonly name: string;
  /** The key normalised for look-ups (`learningRate` → `learning_rate`). */
  readonly normalized: string;
  readonly key: ScalarNode;
  readonly value: ConfigNode;
  readonly entry: MapEntry;
  /** The mapping this entry belongs to. */
  readonly container: MapNode;
  /** The field whose value is `container`, if any (undefined at the root and for list items' parents). */
  readonly parent?: Field;
  readonly documentIndex: number;
  readonly shape: ValueShape;
  readonly kind: FieldKind;
  readonly concept?: string;
  readonly evidence: readonly string[];
}

const EXACT = new Map<string, ConceptDef>();
for (const c of CONCEPTS) for (const n of c.names) if (!EXACT.has(n)) EXACT.set(n, c);

/** Keys inside an optimizer/scheduler/loss block that name its class. */
const CLASS_KEYS = new Set(['type', 'name', '_target_', 'class_path', 'class_name', 'policy', 'cls', 'class', 'optimizer_type', 'scheduler_type']);

export interface ClassifyOptions {
  readonly frameworks?: readonly FrameworkId[];
}

export function classifyDocument(doc: ConfigDocument, options: ClassifyOptions = {}): Field[] {
  const fields: Field[] = [];
  const frameworks = new Set(options.frameworks ?? []);
  const walk = (node: ConfigNode, parent: Field | undefined, ancestors: readonly string[], documentIndex: number, inheritedClass?: string): void => {
    if (node.kind === 'seq') {
      for (const item of node.items) walk(item, parent, ancestors, documentIndex);
      return;
    }
    if (node.kind !== 'map') return;
    const siblings = new Set<string>();
    for (const e of node.entries) siblings.add(normalizeKey(String(e.key.value)));
    const classMarker = classOf(node) ?? inheritedClass;
    for (const entry of node.entries) {
      const field = classifyEntry(entry, node, parent, ancestors, siblings, classMarker, frameworks, documentIndex);
      fields.push(field);
      if (entry.value.kind === 'map' || entry.value.kind === 'seq') {
        walk(entry.value, field, [...ancestors, field.normalized], documentIndex, argumentsOf(field.normalized, siblings) ? classMarker : undefined);
      }
    }
  };
  for (const d of doc.documents) if (d.root) walk(d.root, undefined, [], d.index);
  return fields;
}

function classifyEntry(
  entry: MapEntry,
  container: MapNode,
  parent: Field | undefined,
  ancestors: readonly string[],
  siblings: ReadonlySet<string>,
  classMarker: string | undefined,
  frameworks: ReadonlySet<FrameworkId>,
  documentIndex: number,
): Field {
  const name = String(entry.key.value);
  const normalized = normalizeKey(name);
  const shape = valueShape(entry.value);
  const ctx: FieldContext = { name: normalized, shape, value: entry.value, ancestors, siblings, classMarker, frameworks, parentConcept: parent?.concept };
  const base = {
    path: entry.value.path,
    pointer: entry.value.pointer,
    name,
    normalized,
    key: entry.key,
    value: entry.value,
    entry,
    container,
    ...(parent ? { parent } : {}),
    documentIndex,
    shape,
  };
  const decision = decide(ctx);
  return { ...base, ...decision };
}

function decide(ctx: FieldContext): { kind: FieldKind; concept?: string; evidence: string[] } {
  const evidence: string[] = [];
  const special = disambiguate(ctx);
  if (special) return special;

  // A class key inside an optimizer/scheduler/loss block names that block's choice.
  if (CLASS_KEYS.has(ctx.name) && ctx.parentConcept && ['optimizer', 'lr-schedule', 'loss', 'activation'].includes(ctx.parentConcept)) {
    return { kind: 'hyperparameter', concept: ctx.parentConcept, evidence: [`\`${ctx.name}\` names the class of its \`${ctx.ancestors[ctx.ancestors.length - 1]}\` block`] };
  }

  let concept = EXACT.get(ctx.name);
  let how = concept ? `name \`${ctx.name}\` is a known ${concept.label} name` : '';
  if (!concept && ctx.name.includes('.')) {
    // Dotted keys: state-dict names (`fc.weight`) first, then the last segment (Ludwig hyperopt `trainer.learning_rate`).
    concept = byPattern(ctx.name);
    if (concept) how = `name \`${ctx.name}\` matches the ${concept.label} pattern`;
    else {
      const last = ctx.name.slice(ctx.name.lastIndexOf('.') + 1);
      concept = EXACT.get(last);
      if (concept) how = `last segment \`${last}\` is a known ${concept.label} name`;
    }
  }
  if (!concept) {
    concept = byPattern(ctx.name);
    if (concept) how = `name \`${ctx.name}\` matches the ${concept.label} pattern`;
  }
  if (!concept) return { kind: 'other', evidence: [`no concept matches \`${ctx.name}\``] };
  evidence.push(how);

  if (concept.kind === 'learned-parameter') {
    if (!isNumericShape(ctx.shape) && ctx.shape !== 'map' && ctx.shape !== 'list') {
      return { kind: 'other', evidence: [...evidence, `but the value is ${describeShape(ctx.shape)}, not learned values`] };
    }
    evidence.push(`value is ${describeShape(ctx.shape)}`);
    return { kind: 'learned-parameter', concept: concept.id, evidence };
  }
  evidence.push(`value is ${describeShape(ctx.shape)}`);
  return { kind: concept.kind, concept: concept.id, evidence };
}

const PATTERNED = CONCEPTS.filter((c) => c.patterns && c.patterns.length > 0);

function byPattern(name: string): ConceptDef | undefined {
  for (const c of PATTERNED) for (const re of c.patterns ?? []) if (re.test(name)) return c;
  return undefined;
}

/**
 * Keras serialises a layer as `{class_name: Dropout, config: {rate: ...}}` and jsonargparse an object
 * as `{class_path: ..., init_args: {...}}`: the arguments mapping instantiates its sibling's class.
 */
function argumentsOf(name: string, siblings: ReadonlySet<string>): boolean {
  return (name === 'config' && siblings.has('class_name')) || (name === 'init_args' && siblings.has('class_path'));
}

/** The class a mapping instantiates: `_target_`, `class_path`, `type`, `name` or `class_name`. */
function classOf(map: MapNode): string | undefined {
  for (const e of map.entries) {
    const k = String(e.key.value);
    if ((k === '_target_' || k === 'class_path' || k === 'type' || k === 'class_name' || k === 'name') && e.value.kind === 'scalar' && typeof e.value.value === 'string') {
      return e.value.value.toLowerCase();
    }
  }
  return undefined;
}

export function describeShape(shape: ValueShape): string {
  switch (shape) {
    case 'number':
      return 'a number';
    case 'numeric-string':
      return 'a number written as a string';
    case 'string':
      return 'a string';
    case 'boolean':
      return 'a boolean';
    case 'null':
      return 'empty';
    case 'placeholder':
      return 'a placeholder';
    case 'map':
      return 'a mapping';
    case 'list':
      return 'a list';
    case 'numeric-list':
      return 'a list of numbers';
    case 'numeric-matrix':
      return 'a matrix of numbers';
    case 'opaque':
      return 'an expression';
  }
}

export { conceptById };
