/**
 * Plain-scalar resolution as the Python YAML loaders do it, from the scalar's source text.
 *
 * The `yaml` package's own YAML 1.1 schema accepts `1e-3` as a float, so it cannot tell us what
 * PyYAML does; these are PyYAML's `Resolver` regular expressions (and OmegaConf's extra float
 * resolver), re-expressed in JavaScript.
 */
import type { ScalarValue } from '../document/types.js';
import type { LoaderProfile } from './profiles.js';

/** The boolean spellings of YAML 1.2's core schema, which YAML 1.1 (PyYAML) shares. */
export const BOOL_12 = /^(?:true|True|TRUE|false|False|FALSE)$/;
/** The words only YAML 1.1 (PyYAML's resolver, exactly these spellings; `y`/`n` are strings) reads as booleans. */
export const BOOL_11_WORDS = /^(?:yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$/;
/** Both, in one pattern: the resolver tests every plain scalar against it. */
const BOOL_11 = new RegExp(`${BOOL_12.source}|${BOOL_11_WORDS.source}`);
const TRUE_WORDS = new Set(['yes', 'true', 'on']);
const NULL = /^(?:~|null|Null|NULL|)$/;
const INT_11 = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const FLOAT_PYYAML = /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** OmegaConf's and jsonargparse's added resolver: exponent sign optional, no dot needed. */
const FLOAT_OMEGACONF = /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** YAML 1.2 core schema. */
const INT_12 = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT_12 = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** The value a loader gives a plain (unquoted, untagged) YAML scalar. */
export function resolvePlainScalar(text: string, loader: LoaderProfile): ScalarValue {
  if (NULL.test(text)) return null;
  if (loader.yaml11Booleans) {
    if (BOOL_11.test(text)) return TRUE_WORDS.has(text.toLowerCase());
    if (INT_11.test(text)) return parseInt11(text);
    const floatRe = loader.sciNotationNeedsDot ? FLOAT_PYYAML : FLOAT_OMEGACONF;
    if (floatRe.test(text)) return parseFloat11(text);
    return text;
  }
  if (BOOL_12.test(text)) return text.toLowerCase() === 'true';
  if (INT_12.test(text)) {
    if (text.startsWith('0o')) return parseInt(text.slice(2), 8);
    if (text.startsWith('0x')) return parseInt(text.slice(2), 16);
    return exactInteger(Number(text), text.replace(/^\+/, ''));
  }
  if (FLOAT_12.test(text)) return parseFloat11(text);
  return text;
}

/** Whether PyYAML would read this plain scalar as a string although it looks like a number. */
export function isPyYamlNumericString(text: string): boolean {
  return !FLOAT_PYYAML.test(text) && !INT_11.test(text) && FLOAT_OMEGACONF.test(text);
}

/** Python ints are exact; keep decimal integers beyond 2^53 as bigint instead of rounding them. */
function exactInteger(n: number, digits: string): number | bigint {
  return Number.isSafeInteger(n) || !/^-?[0-9]+$/.test(digits) ? n : BigInt(digits);
}

function parseInt11(text: string): number | bigint {
  let t = text.replace(/_/g, '');
  let sign = 1;
  if (t[0] === '-' || t[0] === '+') {
    if (t[0] === '-') sign = -1;
    t = t.slice(1);
  }
  if (t === '0') return 0;
  if (t.startsWith('0b')) return sign * parseInt(t.slice(2), 2);
  if (t.startsWith('0x')) return sign * parseInt(t.slice(2), 16);
  if (t.startsWith('0')) return sign * parseInt(t, 8);
  if (t.includes(':')) return sign * sexagesimal(t);
  return exactInteger(sign * Number(t), (sign < 0 ? '-' : '') + t);
}

function parseFloat11(text: string): number {
  let t = text.replace(/_/g, '').toLowerCase();
  let sign = 1;
  if (t[0] === '-' || t[0] === '+') {
    if (t[0] === '-') sign = -1;
    t = t.slice(1);
  }
  if (t === '.inf') return sign * Infinity;
  if (t === '.nan') return NaN;
  if (t.includes(':')) return sign * sexagesimal(t);
  return sign * Number(t);
}

function sexagesimal(t: string): number {
  let value = 0;
  for (const part of t.split(':')) value = value * 60 + Number(part);
  return value;
}
