/**
 * Validation errors → findings on the exact key or value at fault, with a readable message:
 * - an unknown key (`additionalProperties`, `unevaluatedProperties`, `propertyNames`) lands on the
 *   key, with "did you mean" and a rename suggestion when a known key is close;
 * - a missing required key lands on the key of the mapping that lacks it (the first key of the
 *   document for the root);
 * - `dependentRequired` lands on the key that needs the other one;
 * - everything else (type, enum, const, ranges, patterns, …) lands on the value.
 */
import type { ConfigNode, MapEntry, Range } from '../document/types.js';
import { toDotted } from '../document/pointer.js';
import type { Fix } from '../rule-kit/types.js';
import { ALTERNATIVES, collapseAlternatives, type AlternativesParams } from './alternatives.js';
import { closestName } from './did-you-mean.js';
import { childPointer, underPlaceholder, type DocumentData } from './document-data.js';
import { pointerSegments } from '../document/pointer.js';
import type { SchemaError, SchemaValidator } from './types.js';

export interface SchemaFinding {
  readonly range: Range;
  readonly pointer: string;
  readonly message: string;
  readonly explanation: string;
  readonly suggestion?: Fix;
}

export interface FindingOptions {
  /** Report unknown keys only when a known key is a likely correction (`typos`), or always (`all`). */
  readonly unknownKeys: 'none' | 'typos' | 'all';
  /** Report `minimum`/`maximum`/`multipleOf`; off for built-in schemas, whose ranges dedicated rules check. */
  readonly ranges: boolean;
  /** Report missing required keys; off for fragments of composed configs. */
  readonly required: boolean;
  /** Pointers whose out-of-list values (enum, const) a dedicated rule reports instead. */
  readonly valuesCheckedByRules?: ReadonlySet<string>;
}

const RANGE_KEYWORDS = new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']);
const UNKNOWN_KEY = new Set(['additionalProperties', 'unevaluatedProperties']);
/** A value outside a fixed list: `enum`, `const`, or alternatives that are such lists. */
const LIST_KEYWORDS = new Set(['enum', 'const', ALTERNATIVES]);

export function schemaFindings(errors: readonly SchemaError[], doc: DocumentData, validator: SchemaValidator, options: FindingOptions): SchemaFinding[] {
  const out: SchemaFinding[] = [];
  for (const e of collapseAlternatives(errors)) {
    if (underPlaceholder(e.instancePath, doc.placeholders)) continue;
    if (!options.ranges && RANGE_KEYWORDS.has(e.keyword)) continue;
    if (options.valuesCheckedByRules?.has(e.instancePath) && LIST_KEYWORDS.has(e.keyword)) continue;
    const finding = describe(e, doc, validator, options);
    if (finding) out.push(finding);
  }
  return out;
}

/**
 * 0 or 1 where a boolean is expected: Python takes them as False and True, and the loaders that check
 * types (pydantic's lax mode, HF's `string_to_bool`, marshmallow) accept them (LMFlow's `"tf32": 1`).
 */
function zeroOrOne(node: ConfigNode | undefined): boolean {
  return node?.kind === 'scalar' && (node.value === 0 || node.value === 1);
}

/**
 * The string "true" where a boolean is expected (fpcsong/mha2gqa's DeepSpeed `"fp16": {"enabled": "true"}`): Python takes
 * any non-empty string as true and pydantic's lax mode, jsonargparse and marshmallow convert it, so every program reads
 * it as meant. The string "false" is reported: it is true too where nothing converts it.
 */
function trueString(node: ConfigNode | undefined): boolean {
  return node?.kind === 'scalar' && typeof node.value === 'string' && /^true$/i.test(node.value.trim());
}

/** The string "false" (or "no", "off"), which Python takes as true. */
function falseString(node: ConfigNode | undefined): boolean {
  return node?.kind === 'scalar' && typeof node.value === 'string' && /^(?:false|no|off)$/i.test(node.value.trim());
}

/** Why a quoted "false" is dangerous, for the explanation (its caller ends the sentence). */
function falseStringNote(actual: string): string {
  return ` Python takes any non-empty string as true, so a program that does not convert ${actual} turns the setting on`;
}

function integerString(node: ConfigNode | undefined): boolean {
  return node?.kind === 'scalar' && typeof node.value === 'string' && /^-?[0-9]+$/.test(node.value);
}

/** The JSON types a `type` error, or merged alternatives, asked for. */
function expectedTypes(e: SchemaError): readonly string[] {
  if (e.keyword === 'type') return String(e.params.type).split(',');
  if (e.keyword === ALTERNATIVES) return (e.params as unknown as AlternativesParams).types;
  return [];
}

const expectsNumber = (e: SchemaError): boolean => expectedTypes(e).some((t) => t === 'integer' || t === 'number');
const expectsBoolean = (e: SchemaError): boolean => expectedTypes(e).includes('boolean');

function describe(e: SchemaError, doc: DocumentData, v: SchemaValidator, options: FindingOptions): SchemaFinding | undefined {
  const where = schemaWords(v);
  if (UNKNOWN_KEY.has(e.keyword) || (e.params.propertyName !== undefined && e.keyword !== 'propertyNames')) {
    const key = String(e.params.additionalProperty ?? e.params.unevaluatedProperty ?? e.params.propertyName);
    return unknownKey(e, key, doc, v, options);
  }
  if (e.keyword === 'propertyNames') return undefined; // its inner error (with `propertyName`) is reported
  if (e.keyword === 'required') {
    if (!options.required) return undefined;
    const missing = String(e.params.missingProperty);
    const at = keyOrFirstKey(e.instancePath, doc);
    const owner = e.instancePath === '' ? 'The config' : code(dotted(e.instancePath, doc));
    const description = propertyDescription(e.parentSchema, missing);
    return {
      ...at,
      message: `${owner} is missing the required key ${code(missing)}.`,
      explanation: `${where} requires ${code(missing)} here${description ? ` (${quoteDescription(description)})` : ''}${v.builtin ? ', and the framework refuses to start without it' : ''}. Add the key. If this file is merged with others before training, the rule stays quiet once the file is recognisably a fragment (a Hydra defaults list, \`_BASE_\`, \`# @package\`); otherwise suppress this line.`,
    };
  }
  if (e.keyword === 'dependentRequired' || e.keyword === 'dependencies') {
    const property = String(e.params.property);
    const missing = String(e.params.missingProperty);
    const entry = doc.entries.get(childPointer(e.instancePath, property));
    const range = entry ? entry.key.range : valueRange(e.instancePath, doc);
    return {
      range,
      pointer: childPointer(e.instancePath, property),
      message: `${code(property)} requires ${code(missing)} to be set as well.`,
      explanation: `${where} only accepts ${code(property)} together with ${code(missing)}. Add ${code(missing)} next to it, or remove ${code(property)}.`,
    };
  }

  const node = doc.nodes.get(e.instancePath);
  const name = e.instancePath === '' ? 'The config' : code(dotted(e.instancePath, doc));
  const description = schemaDescription(e.parentSchema);
  const about = description ? ` The schema describes it as: ${quoteDescription(description)}` : '';
  const range = valueRange(e.instancePath, doc);
  const actual = node ? describeValue(node) : 'this value';
  const base = { range, pointer: e.instancePath };
  if ((zeroOrOne(node) || trueString(node)) && expectsBoolean(e)) return undefined;
  // DeepSpeed validates `zero_optimization` with a pydantic model, which converts an integer written as a string.
  if (v.builtin && /(?:^|\/)zero_optimization\//.test(e.instancePath) && integerString(node) && expectsNumber(e)) return undefined;
  switch (e.keyword) {
    case 'type': {
      const expected = String(e.params.type).split(',').map(typeWords);
      if (falseString(node) && expectsBoolean(e)) {
        return {
          ...base,
          message: `${name} must be ${orList(expected)}, not ${actual}.`,
          explanation: `${where} expects ${orList(expected)} here.${falseStringNote(actual)} (older DeepSpeed and HF's \`dataclass(**json)\` do).${about} Write \`false\` without quotes.`,
        };
      }
      return {
        ...base,
        message: `${name} must be ${orList(expected)}, not ${actual}.`,
        explanation: `${where} expects ${orList(expected)} here, so the framework rejects or misreads ${actual}.${about} Write the value as ${orList(expected)}${node?.kind === 'scalar' && typeof node.value === 'string' && /^\s*[-+.\d]/.test(node.value) ? ' (without quotes)' : ''}.`,
      };
    }
    case 'enum':
    case 'const':
    case ALTERNATIVES: {
      const p = e.keyword === ALTERNATIVES ? (e.params as unknown as AlternativesParams) : { types: [], values: e.keyword === 'enum' ? ((e.params.allowedValues as unknown[]) ?? []) : [e.params.allowedValue] };
      // "or empty (null)" is noise unless the value is empty: every optional field accepts null.
      const types = node?.kind === 'scalar' && node.value === null ? p.types : p.types.filter((t) => t !== 'null');
      const allowed = [...types.map(typeWords), ...p.values.map(valueWords)];
      const guess = node?.kind === 'scalar' && typeof node.value === 'string' ? closestName(node.value, p.values.filter((x): x is string => typeof x === 'string')) : undefined;
      const quotedFalse = falseString(node) && types.includes('boolean');
      const short = allowed.length <= 6 ? orList(allowed) : `one of the ${allowed.length} values listed in the explanation`;
      const message = `${name} must be ${allowed.length > 1 && allowed.length <= 6 && types.length === 0 ? 'one of ' : ''}${short}, not ${actual}${guess ? ` (did you mean ${valueWords(guess)}?)` : ''}.`;
      return {
        ...base,
        message,
        explanation: `${where} accepts ${orList(allowed)} here.${quotedFalse ? `${falseStringNote(actual)}.` : ''}${about} ${guess ? `${valueWords(guess)} is the closest accepted value.` : quotedFalse ? 'Write `false` without quotes.' : 'Use one of the accepted values.'}`,
        ...(guess && node?.kind === 'scalar' ? { suggestion: replaceScalar(node, guess) } : {}),
      };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const words = { '>=': 'at least', '>': 'greater than', '<=': 'at most', '<': 'less than' }[String(e.params.comparison)] ?? String(e.params.comparison);
      return { ...base, message: `${name} must be ${words} ${String(e.params.limit)}, not ${actual}.`, explanation: `${where} limits this value to ${words} ${String(e.params.limit)}.${about} Change the value to lie in that range.` };
    }
    case 'multipleOf':
      return { ...base, message: `${name} must be a multiple of ${String(e.params.multipleOf)}, not ${actual}.`, explanation: `${where} requires a multiple of ${String(e.params.multipleOf)} here.${about}` };
    case 'minItems':
    case 'maxItems':
    case 'minLength':
    case 'maxLength':
    case 'minProperties':
    case 'maxProperties': {
      const limit = Number(e.params.limit);
      const least = e.keyword.startsWith('min');
      const unit = e.keyword.endsWith('Items') ? 'item' : e.keyword.endsWith('Length') ? 'character' : 'key';
      const count = node ? countOf(node) : undefined;
      const words = `${least ? 'at least' : 'at most'} ${limit} ${unit}${limit === 1 ? '' : 's'}`;
      return { ...base, message: `${name} must have ${words}${count !== undefined ? `, not ${count}` : ''}.`, explanation: `${where} requires ${words} here.${about} Change the value to fit.` };
    }
    case 'uniqueItems':
      return { ...base, message: `${name} must not repeat items (items ${String(e.params.j)} and ${String(e.params.i)} are equal).`, explanation: `${where} requires the items of this list to be unique.${about} Remove the duplicate.` };
    case 'format':
      return { ...base, message: `${name} must be a valid ${String(e.params.format)}, not ${actual}.`, explanation: `${where} expects the format \`${String(e.params.format)}\` here.${about}` };
    case 'pattern':
      return { ...base, message: `${name} must match the pattern \`${String(e.params.pattern)}\`, not ${actual}.`, explanation: `${where} restricts this value to the regular expression \`${String(e.params.pattern)}\`.${about}` };
    case 'false schema':
      if (doc.entries.has(e.instancePath)) {
        const entry = doc.entries.get(e.instancePath)!;
        return { range: entry.key.range, pointer: e.instancePath, message: `${name} is not allowed here.`, explanation: `${where} forbids this key at this place. Remove it or move it where the schema expects it.` };
      }
      return { ...base, message: `${name} is not allowed here.`, explanation: `${where} forbids a value at this place. Remove it.` };
    default: {
      const text = (e.message ?? 'does not match the schema').replace(/[.\s]*$/, '');
      return { ...base, message: `${name} ${text}.`, explanation: `${where} reports that this value ${text} (keyword \`${e.keyword}\`).${about} Change the value so that it matches the schema.` };
    }
  }
}

function unknownKey(e: SchemaError, key: string, doc: DocumentData, v: SchemaValidator, options: FindingOptions): SchemaFinding | undefined {
  if (options.unknownKeys === 'none') return undefined;
  const pointer = childPointer(e.instancePath, key);
  const entry = doc.entries.get(pointer);
  const known = knownProperties(e.parentSchema);
  const guess = closestName(key, known);
  if (!guess && options.unknownKeys === 'typos') return undefined;
  const container = e.instancePath === '' ? '' : ` in ${code(dotted(e.instancePath, doc))}`;
  const where = schemaWords(v);
  const description = guess ? propertyDescription(e.parentSchema, guess) : undefined;
  const range = entry ? entry.key.range : valueRange(e.instancePath, doc);
  return {
    range,
    pointer,
    message: `Unknown key ${code(key)}${container}${guess ? ` (did you mean ${code(guess)}?)` : ''}.`,
    explanation:
      `${where} does not define ${code(key)} here, ${v.builtin ? 'so the framework either refuses the config or silently ignores the setting and trains with its default.' : 'so the config breaks the contract the schema sets.'}` +
      (guess ? ` ${code(guess)} is a known key one or two edits away${description ? `: ${quoteDescription(description)}` : '.'}` : known.length > 0 ? ` Known keys here: ${known.slice(0, 12).map(code).join(', ')}${known.length > 12 ? ', …' : ''}.` : '') +
      (v.builtin ? ' If your framework version accepts this key, the built-in schema is behind it: suppress this line or map your own schema in the `schemas` setting.' : ' Remove the key or fix its spelling.'),
    ...(guess && entry ? { suggestion: renameKey(entry, guess) } : {}),
  };
}

/** The key of the mapping at `pointer` (or the document's first key for the root), for "missing" findings. */
function keyOrFirstKey(pointer: string, doc: DocumentData): { range: Range; pointer: string } {
  const entry = doc.entries.get(pointer);
  if (entry) return { range: entry.key.range, pointer };
  const node = doc.nodes.get(pointer);
  if (node?.kind === 'map' && node.entries.length > 0) return { range: node.entries[0].key.range, pointer };
  return { range: node ? [node.range[0], node.range[0]] : [0, 0], pointer };
}

/** The value's range; an empty value (`lr:`) has no text, so its key stands in. */
function valueRange(pointer: string, doc: DocumentData): Range {
  const node = doc.nodes.get(pointer);
  if (node && node.range[1] > node.range[0]) return node.range;
  const entry = doc.entries.get(pointer);
  if (entry) return entry.key.range;
  return node ? node.range : [0, 0];
}

function dotted(pointer: string, doc: DocumentData): string {
  const node = doc.nodes.get(pointer);
  return toDotted(node ? node.path : pointerSegments(pointer));
}

function knownProperties(schema: unknown): string[] {
  if (!isObject(schema)) return [];
  const props = schema.properties;
  return isObject(props) ? Object.keys(props) : [];
}

function propertyDescription(schema: unknown, key: string): string | undefined {
  if (!isObject(schema) || !isObject(schema.properties)) return undefined;
  return schemaDescription(schema.properties[key]);
}

function schemaDescription(schema: unknown): string | undefined {
  if (!isObject(schema) || typeof schema.description !== 'string') return undefined;
  const d = schema.description.trim();
  return d === '' ? undefined : d;
}

function quoteDescription(d: string): string {
  const oneLine = d.replace(/\s+/g, ' ');
  const short = oneLine.length > 300 ? oneLine.slice(0, 297).replace(/\s+\S*$/, '') + '…' : oneLine;
  return `“${short.replace(/[.\s]*$/, '')}.”`;
}

function schemaWords(v: SchemaValidator): string {
  return v.builtin ? `The built-in ${v.name} schema (${v.source})` : `The schema ${v.name} (${v.source})`;
}

function describeValue(node: ConfigNode): string {
  if (node.kind === 'map') return 'a mapping';
  if (node.kind === 'seq') return 'a list';
  if (node.kind === 'opaque') return 'an expression';
  const v = node.value;
  if (v === null) return 'an empty value';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  const s = String(v);
  return `the string ${JSON.stringify(s.length > 40 ? s.slice(0, 37) + '…' : s)}`;
}

/** Items of a list, characters of a string or keys of a mapping, for min/max messages. */
function countOf(node: ConfigNode): number | undefined {
  if (node.kind === 'seq') return node.items.length;
  if (node.kind === 'map') return node.entries.length;
  if (node.kind === 'scalar' && typeof node.value === 'string') return node.value.length;
  return undefined;
}

function typeWords(type: string): string {
  switch (type) {
    case 'number':
      return 'a number';
    case 'integer':
      return 'an integer';
    case 'string':
      return 'a string';
    case 'boolean':
      return 'a boolean';
    case 'object':
      return 'a mapping';
    case 'array':
      return 'a list';
    case 'null':
      return 'empty (null)';
    default:
      return type;
  }
}

function valueWords(v: unknown): string {
  return JSON.stringify(v) ?? String(v);
}

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? 'nothing';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function code(s: string): string {
  return '`' + s + '`';
}

function renameKey(entry: MapEntry, name: string): Fix {
  return { description: `Rename the key to ${name}`, edits: [{ range: entry.key.range, text: requote(entry.key.raw, name) }] };
}

function replaceScalar(node: ConfigNode & { kind: 'scalar' }, value: string): Fix {
  return { description: `Replace with ${JSON.stringify(value)}`, edits: [{ range: node.range, text: requote(node.raw, value) }] };
}

/** Writes `text` with the same quoting as `raw`. */
function requote(raw: string, text: string): string {
  if (raw.startsWith('"')) return JSON.stringify(text);
  if (raw.startsWith("'")) return `'${text.replace(/'/g, "''")}'`;
  return text;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
