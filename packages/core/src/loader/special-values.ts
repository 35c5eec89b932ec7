/**
 * Values that are not values yet: placeholders a launcher fills in, interpolations, references,
 * search spaces and durations with units. Rules must treat them as unknown, never as literals
 * (`"auto"` is not a string learning rate, `???` is not a typo).
 */
import type { ConfigNode, ScalarNode } from '../document/types.js';

export type SpecialKind =
  /** DeepSpeed/HF/Ludwig `"auto"`: filled in from the trainer at launch. */
  | 'auto'
  /** OmegaConf `???`: mandatory value still missing. */
  | 'missing'
  /** OmegaConf/Hydra `${...}` interpolation. */
  | 'interpolation'
  /** HyperPyYAML `!ref <name>`, `!PLACEHOLDER`, `!name:`/`!new:` object tags. */
  | 'reference'
  /** Sweeper search spaces written as strings: `interval(0, 1)`, `choice(32, 64)`. */
  | 'search-space'
  /** A runtime expression (JS/TS), or an alias that could not be expanded. */
  | 'expression'
  /**
   * A Jinja expression (`{{ lr }}`, `"{{ bs }}"`) that a template engine fills in before the program reads the file
   * (forgather's configs, Ansible-style launch templates). Unquoted, YAML reads `{{ lr }}` as a mapping of one entry whose
   * key is `{ lr }` and whose value is empty.
   */
  | 'template';

/** `{{ … }}` anywhere in a string: a Jinja expression, which no program reads as a value of its own. */
const JINJA_EXPRESSION = /\{\{[^{}\n]*\}\}/;
/** The key YAML makes of the inner braces of an unquoted `{{ lr }}`. */
const JINJA_INNER_KEY = /^\{[^{}\n]*\}$/;

/** `{{ lr }}` written without quotes: a flow mapping of one entry, its key the inner `{ lr }` and its value empty. */
function isUnquotedJinja(node: Extract<ConfigNode, { kind: 'map' }>): boolean {
  if (node.entries.length !== 1) return false;
  const { key, value } = node.entries[0]!;
  return typeof key.value === 'string' && JINJA_INNER_KEY.test(key.value) && value.kind === 'scalar' && value.value === null && value.raw === '';
}

const SEARCH_SPACE = /^\s*(?:int\(\s*)?(?:interval|choice|range|tag|glob|log_interval|loguniform|uniform|randint|qloguniform|quniform)\s*\(/;

/** The kind of placeholder a node holds, or undefined for an ordinary value. */
export function specialKind(node: ConfigNode | undefined): SpecialKind | undefined {
  if (!node) return undefined;
  if (node.kind === 'opaque') return 'expression';
  if (node.tag && /^!(?:ref|PLACEHOLDER|name:|new:|apply:|copy|include)/.test(node.tag)) return 'reference';
  if (node.kind === 'map') return isUnquotedJinja(node) ? 'template' : undefined;
  if (node.kind !== 'scalar' || typeof node.value !== 'string') return undefined;
  const v = node.value;
  if (JINJA_EXPRESSION.test(v)) return 'template';
  if (v === 'auto' || v === 'Auto' || v === 'AUTO') return 'auto';
  if (v === '???') return 'missing';
  if (v.includes('${')) return 'interpolation';
  if (SEARCH_SPACE.test(v)) return 'search-space';
  return undefined;
}

export const DURATION_UNITS = {
  ba: 'batches',
  ep: 'epochs',
  dur: 'fraction of the run',
  sp: 'samples',
  tok: 'tokens',
  T: 'tokens',
  it: 'iterations',
} as const;
export type DurationUnit = keyof typeof DURATION_UNITS;

export interface Duration {
  readonly amount: number;
  /** `undefined` for a bare number (steps in most trainers). */
  readonly unit?: DurationUnit;
}

const DURATION = /^\s*([0-9][0-9_]*(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?)\s*(ba|ep|dur|sp|tok|T|it)\s*$/;

/** Reads Composer/OLMo-style durations (`100ba`, `1ep`, `0.02dur`, `2e12T`) and plain numbers. */
export function durationValue(node: ConfigNode | undefined): Duration | undefined {
  if (!node || node.kind !== 'scalar') return undefined;
  if (typeof node.value === 'number') return Number.isFinite(node.value) ? { amount: node.value } : undefined;
  if (typeof node.value !== 'string') return undefined;
  const m = DURATION.exec(node.value);
  if (m) return { amount: Number(m[1].replace(/_/g, '')), unit: m[2] as DurationUnit };
  const n = numericString(node.value);
  return n === undefined ? undefined : { amount: n };
}

const NUMERIC = /^\s*[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)?\s*$/;

function numericString(v: string): number | undefined {
  if (!NUMERIC.test(v)) return undefined;
  const n = Number(v.replace(/_/g, '').trim());
  return Number.isFinite(n) ? n : undefined;
}

/**
 * The number a person meant: a numeric value, or a string that spells a number (`"1e-4"`, which
 * PyYAML loads as a string — a separate rule reports that). Placeholders and non-numbers give undefined.
 */
export function numberValue(node: ConfigNode | undefined): number | undefined {
  if (!node || node.kind !== 'scalar') return undefined;
  const v = node.value;
  if (typeof v === 'number') return Number.isNaN(v) ? undefined : v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string') return numericString(v);
  return undefined;
}

/** true/false as meant: booleans, and the strings "true"/"false" some CLIs write. */
export function booleanValue(node: ConfigNode | undefined): boolean | undefined {
  if (!node || node.kind !== 'scalar') return undefined;
  const v = node.value;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const l = v.toLowerCase();
    if (l === 'true') return true;
    if (l === 'false') return false;
  }
  return undefined;
}

/** A string value, lower-cased for comparisons; undefined for non-strings and placeholders. */
export function stringValue(node: ConfigNode | undefined): string | undefined {
  if (!node || node.kind !== 'scalar' || typeof node.value !== 'string') return undefined;
  if (specialKind(node)) return undefined;
  return node.value;
}

export function isScalar(node: ConfigNode | undefined): node is ScalarNode {
  return node?.kind === 'scalar';
}
