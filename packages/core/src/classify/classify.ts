/**
 * Tags every mapping entry of a document with a kind (hyperparameter, learned parameter, other),
 * a concept where one fits, and the evidence for that decision.
 */
import type { ConfigDocument, ConfigNode, MapEntry, MapNode, PathSegment, ScalarNode } from '../document/types.js';
import type { FrameworkId } from '../model/frameworks.js';
import { CONCEPTS, conceptById, type ConceptDef, type FieldKind } from './concepts.js';
import { adjust, fallback, byTag } from './context-rules.js';
import { disambiguate, type Decision, type FieldContext } from './disambiguate.js';
import { normalizeKey } from './normalize.js';
import { adoptReferences } from './ref-adoption.js';
import { isNumericShape, valueShape, type ValueShape } from './shape.js';
import { own } from '../util/own.js';

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
const CLASS_KEYS = new Set(['type', 'name', '_target_', 'class_path', 'class_name', 'policy', 'cls', 'class', 'optimizer_type', 'opt_type', 'optim_type', 'scheduler_type', 'algo', 'algorithm']);
/** Blocks whose class key names the block's choice (`optimizer.type`, Ludwig `adapter.type`). */
const CLASS_BLOCKS = ['optimizer', 'lr-schedule', 'loss', 'activation', 'adapter'];
/** Keys that hold a class's constructor arguments (Keras `config`, LightningCLI `init_args`). */
const ARGUMENT_KEYS = new Set(['config', 'init_args', 'params', 'kwargs', 'args']);

export interface ClassifyOptions {
  readonly frameworks?: readonly FrameworkId[];
  /**
   * Warmup-named keys the project's scripts use as the step where they divide the learning rate (RotatE's
   * `warm_up_steps`), each with the code that does: a decay setting there, not a warmup.
   */
  readonly warmupDecayPoints?: Readonly<Record<string, string>>;
}

export function classifyDocument(doc: ConfigDocument, options: ClassifyOptions = {}): Field[] {
  const fields: Field[] = [];
  const frameworks = new Set(options.frameworks ?? []);
  const walk = (node: ConfigNode, parent: Field | undefined, ancestors: readonly string[], ancestorConcepts: readonly (string | undefined)[], documentIndex: number): void => {
    if (node.kind === 'seq') {
      for (const item of node.items) walk(item, parent, ancestors, ancestorConcepts, documentIndex);
      return;
    }
    if (node.kind !== 'map') return;
    const names = node.entries.map((e) => normalizeKey(String(e.key.value)));
    // `{class_name: Dropout, config: {rate: 0.5}}`: the arguments' class is named one level up.
    const classMarker = classOf(node) ?? (parent && ARGUMENT_KEYS.has(parent.normalized) ? classOf(parent.container) : undefined);
    // One context object per mapping, updated for each entry: the decision functions read it and keep nothing.
    const ctx: MutableContext = {
      name: '',
      shape: 'null',
      value: node,
      ancestors,
      ancestorConcepts,
      siblings: names,
      container: node,
      classMarker,
      frameworks,
      parentConcept: parent?.concept,
      topLevel: parent === undefined && ancestors.length === 0,
    };
    node.entries.forEach((entry, i) => {
      const normalized = names[i];
      const shape = valueShape(entry.value);
      ctx.name = normalized;
      ctx.shape = shape;
      ctx.value = entry.value;
      const decision = asDecayPoint(decide(ctx), String(entry.key.value), options.warmupDecayPoints);
      const field: Field = {
        path: entry.value.path,
        pointer: entry.value.pointer,
        name: String(entry.key.value),
        normalized,
        key: entry.key,
        value: entry.value,
        entry,
        container: node,
        parent,
        documentIndex,
        shape,
        kind: decision.kind,
        concept: decision.concept,
        evidence: decision.evidence,
      };
      fields.push(field);
      if (entry.value.kind === 'map' || entry.value.kind === 'seq') walk(entry.value, field, [...ancestors, normalized], [...ancestorConcepts, field.concept], documentIndex);
    });
  };
  for (const d of doc.documents) if (d.root) walk(d.root, undefined, [], [], d.index);
  return adoptReferences(doc, fields);
}

/** A warmup the scripts use as a decay point is a decay setting. */
function asDecayPoint(decision: Decision, name: string, points: ClassifyOptions['warmupDecayPoints']): Decision {
  const code = own(points, name);
  if (code === undefined || decision.concept !== 'warmup') return decision;
  return { kind: 'hyperparameter', concept: 'lr-decay', evidence: [`the project's scripts divide the rate once the step reaches \`${name}\`: ${code}`] };
}

type MutableContext = { -readonly [K in keyof FieldContext]: FieldContext[K] };

function decide(ctx: FieldContext): Decision {
  const named = disambiguate(ctx) ?? byTag(ctx) ?? classKey(ctx) ?? vocabulary(ctx);
  return adjust(ctx, named ?? fallback(ctx) ?? { kind: 'other', evidence: [`no concept matches \`${ctx.name}\``] });
}

/** A class key inside an optimizer/scheduler/loss block names that block's choice. */
function classKey(ctx: FieldContext): Decision | undefined {
  if (!CLASS_KEYS.has(ctx.name) || !ctx.parentConcept || !CLASS_BLOCKS.includes(ctx.parentConcept)) return undefined;
  return { kind: 'hyperparameter', concept: ctx.parentConcept, evidence: [`\`${ctx.name}\` names the class of its \`${ctx.ancestors[ctx.ancestors.length - 1]}\` block`] };
}

/** The concept vocabulary: exact names, then dotted names, then name patterns. */
function vocabulary(ctx: FieldContext): Decision | undefined {
  const match = vocabularyMatch(ctx.name);
  if (!match) return undefined;
  const { concept, how } = match;
  if (concept.kind === 'learned-parameter') {
    if (!isNumericShape(ctx.shape) && ctx.shape !== 'map' && ctx.shape !== 'list') {
      return { kind: 'other', evidence: [how, `but the value is ${describeShape(ctx.shape)}, not learned values`] };
    }
    const built = ctx.value.kind === 'map' ? instantiatedClass(ctx.value) : undefined;
    if (built !== undefined) return { kind: 'other', evidence: [how, `but the mapping builds \`${built}\`, a module to construct, not learned values`] };
    const setting = perParameterSetting(ctx) ?? singleCoefficient(ctx);
    if (setting !== undefined) return { kind: 'hyperparameter', evidence: [how, setting] };
    return { kind: 'learned-parameter', concept: concept.id, evidence: [how, SHAPE_EVIDENCE[ctx.shape]] };
  }
  return { kind: concept.kind, concept: concept.id, evidence: [how, SHAPE_EVIDENCE[ctx.shape]] };
}

/** `module.block0.3.weight`, `fc.bias`: a layer's parameter by its state-dict name, which holds a tensor. */
const LAYER_PARAMETER = /\.(?:weight|bias)$/;

/**
 * A layer parameter's name whose value is one number, or a mapping of plain settings, names the parameter a setting is
 * for: Prune_Pytorch_DDP's `prune_ratio: {module.block0.3.weight: 0.2, ...}` (the share of that weight to prune), mmcv's
 * `custom_keys: {backbone.conv1.weight: {lr_mult: 0.1}}`. The parameter itself is a tensor: a list of numbers.
 */
function perParameterSetting(ctx: FieldContext): string | undefined {
  if (!LAYER_PARAMETER.test(ctx.name)) return undefined;
  if (ctx.shape === 'number' || ctx.shape === 'numeric-string') return 'but a single number there is a setting for that parameter (a prune ratio, a rate multiplier), not the parameter, which is a tensor';
  if (ctx.value.kind === 'map' && ctx.value.entries.every((e) => e.value.kind === 'scalar')) return 'but a mapping of plain settings there (`lr_mult`, `decay_mult`) is for that parameter, not its values';
  return undefined;
}

/** Plain names that a model's dump uses for its fitted vectors (`coef: [[0.23, -1.22]]`) and a config for one weight. */
const PLAIN_COEFFICIENT_NAMES = new Set(['coef', 'coefficients', 'intercept']);

/**
 * One number under a plain coefficient name is a setting: a loss term's weight (`loss: {coefficients: 0.5}`), a fixed
 * offset. A fitted model's coefficients and intercepts are vectors (`coef: [[...]]`, `intercept: [-0.88]`), and
 * scikit-learn's fitted attributes keep their trailing underscore (`intercept_: 0.88`), which stays learned.
 */
function singleCoefficient(ctx: FieldContext): string | undefined {
  if (!PLAIN_COEFFICIENT_NAMES.has(ctx.name) || (ctx.shape !== 'number' && ctx.shape !== 'numeric-string')) return undefined;
  return 'but a single number under that name is a setting (a loss term\'s weight, a fixed offset), not fitted values, which are vectors';
}

interface VocabularyMatch {
  readonly concept: ConceptDef;
  /** The first line of the evidence: which name or pattern matched. */
  readonly how: string;
}

/**
 * The vocabulary's answer depends on the name alone, and a run sees the same few hundred names in
 * thousands of files, so each name is looked up (up to ~100 pattern tests for an unknown one) once.
 */
const MATCHES = new Map<string, VocabularyMatch | null>();

/** The hyperparameter concept a key name has by the vocabulary alone (for text that does not parse). */
export function hyperparameterConceptOfName(name: string): string | undefined {
  const concept = vocabularyMatch(normalizeKey(name))?.concept;
  return concept?.kind === 'hyperparameter' ? concept.id : undefined;
}

function vocabularyMatch(name: string): VocabularyMatch | undefined {
  const hit = MATCHES.get(name);
  if (hit !== undefined) return hit ?? undefined;
  const match = lookUp(name);
  if (MATCHES.size > 50_000) MATCHES.clear();
  MATCHES.set(name, match ?? null);
  return match;
}

function lookUp(name: string): VocabularyMatch | undefined {
  const exact = EXACT.get(name);
  if (exact) return { concept: exact, how: `name \`${name}\` is a known ${exact.label} name` };
  if (name.includes('.')) {
    // Dotted keys: state-dict names (`fc.weight`) first, then the last segment (Ludwig hyperopt `trainer.learning_rate`).
    const whole = byPattern(name);
    if (whole) return { concept: whole, how: `name \`${name}\` matches the ${whole.label} pattern` };
    const segments = name.split('.');
    let last = segments[segments.length - 1];
    // `trainer.optimizer.type` is the optimizer's class: read the block's name instead.
    if (CLASS_KEYS.has(last) && segments.length > 1) last = segments[segments.length - 2];
    const segment = EXACT.get(last) ?? byPattern(last);
    return segment ? { concept: segment, how: `segment \`${last}\` is a known ${segment.label} name` } : undefined;
  }
  const patterned = byPattern(name);
  return patterned ? { concept: patterned, how: `name \`${name}\` matches the ${patterned.label} pattern` } : undefined;
}

const PATTERNED = CONCEPTS.filter((c) => c.patterns && c.patterns.length > 0);

function byPattern(name: string): ConceptDef | undefined {
  for (const c of PATTERNED) for (const re of c.patterns ?? []) if (re.test(name)) return c;
  return undefined;
}

/** The class a mapping instantiates: `_target_`, `class_path`, `type`, `name`, `class_name`, or a HyperPyYAML `!new:`/`!name:` tag. */
function classOf(map: MapNode): string | undefined {
  return namedClass(map, CLASS_ENTRY_KEYS, /^!(?:new|name):(.+)$/)?.toLowerCase();
}

/**
 * The class a mapping is an instance spec of, by the keys that say nothing else: Hydra's `_target_`, jsonargparse's
 * `class_path`, a HyperPyYAML `!new:` tag. GRID's `embed_tokens: {_target_: torch.nn.Embedding, embedding_dim: ...}` is
 * an embedding layer to build, not the embedding's weights.
 */
function instantiatedClass(map: MapNode): string | undefined {
  return namedClass(map, INSTANCE_SPEC_KEYS, /^!new:(.+)$/);
}

const CLASS_ENTRY_KEYS: ReadonlySet<string> = new Set(['_target_', 'class_path', 'type', 'class_name', 'name']);
const INSTANCE_SPEC_KEYS: ReadonlySet<string> = new Set(['_target_', 'class_path']);

/** The first string value under one of `keys`, else the class a tag matching `tag` names; as written. */
function namedClass(map: MapNode, keys: ReadonlySet<string>, tag: RegExp): string | undefined {
  for (const e of map.entries) {
    if (keys.has(String(e.key.value)) && e.value.kind === 'scalar' && typeof e.value.value === 'string') return e.value.value;
  }
  const tagged = map.tag ? tag.exec(map.tag) : null;
  return tagged ? tagged[1] : undefined;
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

/** `value is a number`, … : the second line of a vocabulary decision's evidence, one string per shape. */
const SHAPE_EVIDENCE = Object.fromEntries(
  (['number', 'numeric-string', 'string', 'boolean', 'null', 'placeholder', 'map', 'list', 'numeric-list', 'numeric-matrix', 'opaque'] as const).map((shape) => [shape, `value is ${describeShape(shape)}`]),
) as Record<ValueShape, string>;

export { conceptById };
