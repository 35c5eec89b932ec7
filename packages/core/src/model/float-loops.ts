/**
 * Loops in which a script converts the values of its config with `float()` (or `literal_eval`, `eval`), so that PyYAML's
 * `"1e-5"` is a number to the program:
 * - over every entry of the file or of one of its mappings: `for k, v in cfg.items(): cfg[k] = float(v)` (EasyEdit,
 *   NCFM's flattened file, ifmorph's `constraint_weights`);
 * - over the entries whose key is in a list of names: Emotion2VecBert's loader writes
 *   `float_params = ["learning_rate", "weight_decay", ...]` and, looping over the file's entries,
 *   `elif key in float_params and value is not None: value = float(value)`.
 */
import { ALL_MAPPING_KEYS, ALL_TOP_LEVEL_KEYS, everyValueOf } from '../loader/apply-loader.js';
import { blockLinesBelow } from './python-call.js';

/**
 * `for key, value in config.items():` … `config[key] = float(value)` (or `literal_eval(value)`, `eval(value)`, which read
 * `"1e-4"` as a float too).
 */
const FLOAT_EVERY_VALUE = /\bfor\s+(\w+)\s*,\s*(\w+)\s+in\s+(\w+)\s*\.\s*items\s*\(\s*\)\s*:[^]{0,400}?\b\3\s*\[\s*\1\s*\]\s*=\s*(?:float|eval|(?:ast\s*\.\s*)?literal_eval)\s*\(\s*\2\s*\)/;
const FLATTEN_CALL = /^(?:[A-Za-z_]\w*\s*\.\s*)*\w*flatten\w*\s*\(/;
/** An expression that ends in an entry taken by a written name: `cfg["loss"]["weights"]`, `loss_config.get("weights", None)`. */
const NAMED_ENTRY = /(?:\[\s*(['"])(\w+)\1\s*\]|\.\s*get\s*\(\s*(['"])(\w+)\3\s*(?:,[^()\n]*)?\))\s*(?:#.*)?$/;

/**
 * What a `for k, v in d.items(): d[k] = float(v)` loop converts, by what `d` was last set to before it: every value at
 * any depth when `d` flattens the file (`ALL_MAPPING_KEYS`; NCFM's `flat_config = self.flatten_dict(config)`), every
 * value of one mapping when `d` is the config's entry under a name (`everyValueOf(name)`; ifmorph's
 * `constraint_weights = loss_config.get("constraint_weights")`), and every top-level value otherwise
 * (`ALL_TOP_LEVEL_KEYS`). Undefined when the script has no such loop.
 */
export function everyValueLoop(code: string): string | undefined {
  const loop = FLOAT_EVERY_VALUE.exec(code);
  if (!loop) return undefined;
  // The loop's function calls itself on each value (llm_tinystories' `fix_scientific_notation(v)` for a nested dict): it
  // converts the values at every depth.
  if (callsItselfOnValue(code, loop.index, loop[2]!)) return ALL_MAPPING_KEYS;
  let source: string | undefined;
  for (const m of code.slice(0, loop.index).matchAll(new RegExp(`^[ \\t]*${loop[3]}[ \\t]*=(?!=)[ \\t]*([^\\n]+)`, 'gm'))) source = m[1];
  if (source === undefined) return ALL_TOP_LEVEL_KEYS;
  if (FLATTEN_CALL.test(source)) return ALL_MAPPING_KEYS;
  const entry = NAMED_ENTRY.exec(source);
  return entry ? everyValueOf(entry[2] ?? entry[4]!) : ALL_TOP_LEVEL_KEYS;
}

/** Whether the function around the loop at `at` calls itself on the loop's value (`walk(v)`) within the loop. */
function callsItselfOnValue(code: string, at: number, value: string): boolean {
  let name: string | undefined;
  let indent = 0;
  for (const m of code.slice(0, at).matchAll(DEF_LINE)) [name, indent] = [m[2], m[1]!.length];
  if (name === undefined) return false;
  const lineEnd = code.indexOf('\n', at);
  const loopIndent = /^[ \t]*/.exec(code.slice(code.lastIndexOf('\n', at - 1) + 1))![0].length;
  if (lineEnd < 0 || loopIndent <= indent) return false;
  return new RegExp(String.raw`\b${name}\s*\(\s*${value}\s*[,)]`).test(bodyBelow(code, lineEnd, loopIndent));
}

/**
 * A function that walks the whole config and decodes each value again: code-transformer's `_convert_values`, which a
 * reader applies to `yaml.load(...)`, calls itself on each value of a mapping (`val[key] = _convert_values(inner_val)`)
 * and, on a string, a helper that runs `ast.literal_eval` on it, so `learning_rate: 8e-5` reaches the program a float.
 */
const DEF_LINE = /^([ \t]*)def[ \t]+([A-Za-z_]\w*)[ \t]*\([^\n]*:[ \t]*$/gm;
const DECODES = /\b(?:(?:ast\s*\.\s*)?literal_eval|float)\s*\(/;
/** How many lines of a function's body are read: a decoder is short. */
const BODY_LINES = 60;

/** The first `BODY_LINES` non-blank lines of a function's body. */
function bodyBelow(code: string, lineEnd: number, indent: number): string {
  const lines: string[] = [];
  for (const line of blockLinesBelow(code, lineEnd, indent)) if (lines.push(line) === BODY_LINES) break;
  return lines.join('\n');
}

/**
 * Whether the script defines a function that decodes every value of the config, at any depth: it calls itself on each
 * value of a mapping it is given (`for key, v in val.items(): val[key] = f(v)`) and decodes strings with `literal_eval`
 * or `float`, in its own body or in a function of the script that it calls.
 */
export function decodesEveryValue(code: string): boolean {
  if (!code.includes('.items()') || !DECODES.test(code)) return false;
  const bodies = new Map<string, string>();
  for (const m of code.matchAll(DEF_LINE)) bodies.set(m[2]!, bodyBelow(code, m.index + m[0].length, m[1]!.length));
  for (const [name, body] of bodies) {
    const recursion = new RegExp(String.raw`\bfor\s+(\w+)\s*,\s*(\w+)\s+in\s+(\w+)\s*\.\s*items\s*\(\s*\)\s*:[^]{0,200}?\b\3\s*\[\s*\1\s*\]\s*=\s*${name}\s*\(\s*\2\s*\)`);
    if (!recursion.test(body)) continue;
    if (DECODES.test(body)) return true;
    // One level of helpers: `return _convert_value(val)`, defined in the same script.
    for (const call of body.matchAll(/\b([A-Za-z_]\w*)\s*\(/g)) {
      const helper = bodies.get(call[1]!);
      if (call[1] !== name && helper !== undefined && DECODES.test(helper)) return true;
    }
  }
  return false;
}

/** `{k: float(v) for k, v in optimizer_args.items()}` (scalegmn's `setup_optimization`), or from `cfg["optimizer_args"]`. */
const FLOAT_COMPREHENSION = /\{\s*(\w+)\s*:\s*(?:float|eval|(?:ast\s*\.\s*)?literal_eval)\s*\(\s*(\w+)\s*\)\s*for\s+\1\s*,\s*\2\s+in\s+([A-Za-z_]\w*(?:\s*\[\s*(['"])\w+\4\s*\]|\s*\.\s*[A-Za-z_]\w*){0,4}?)\s*\.\s*items\s*\(\s*\)\s*\}/g;

/**
 * What `{k: float(v) for k, v in d.items()}` converts: every value of the mapping under the name `d` reads (its last
 * key, `optimizer_args` for `cfg["optimizer_args"]`), or under the name `d` itself where it is a parameter or local named
 * after the config's key (scalegmn calls `setup_optimization(params, **conf["optimization"])`, whose parameter
 * `optimizer_args` receives the file's `optimization.optimizer_args`).
 */
export function everyValueComprehensions(code: string): string[] {
  if (!code.includes('.items()') && !code.includes('items (')) return [];
  const keys: string[] = [];
  for (const m of code.matchAll(FLOAT_COMPREHENSION)) {
    const source = m[3]!.replace(/\s+/g, '');
    const entry = /(?:\[(['"])(\w+)\1\]|\.(\w+))$/.exec(source);
    keys.push(everyValueOf(entry ? entry[2] ?? entry[3]! : source));
  }
  return keys;
}

/**
 * `if key in <list>…:` (or `elif`) whose branch, before any other `elif`/`else`, assigns `float(<name>)` (to a name, an
 * attribute or an entry: `cfg[k] = float(v)`). Bounded, so a long script is scanned once.
 */
const FLOAT_IF_LISTED = /\b(?:el)?if\s+[A-Za-z_]\w*\s+in\s+([A-Za-z_]\w*)\b[^\n:]{0,120}:(?:(?!\belif\b|\belse\b)[^]){0,300}?[A-Za-z_][\w.]*(?:\[[^\]\n]{0,80}\])?\s*=\s*float\s*\(\s*[A-Za-z_]\w*\s*\)/g;
/**
 * `for <key> in <list>:` whose body, within a few lines, assigns `float(<mapping>[<key>])` or `float(<mapping>.get(<key>…))`
 * (git-starcoder's trainer: `for key in float_keys:` … `self.train_cfg[key] = float(self.train_cfg[key])`). Bounded, and
 * stopped at the next `for` or `def`, so a long script is scanned once.
 */
const FLOAT_FOR_LISTED = /\bfor\s+([A-Za-z_]\w*)\s+in\s+([A-Za-z_]\w*)\s*:(?:(?!\bfor\b|\bdef\b)[^]){0,300}?=\s*float\s*\(\s*[A-Za-z_][\w.]*\s*(?:\[\s*\1\s*\]|\.\s*get\s*\(\s*\1\b[^)\n]{0,60}\))\s*\)/g;
/** A written string, whose text is a key name. */
const NAME_LITERAL = /(['"])([A-Za-z_][\w-]*)\1/g;
/** How many lists of names are looked up in one script: a loader has one or two. */
const MAX_LISTS = 16;
/** How far a list of names may run: a list longer than this is data, not the loader's names. */
const MAX_LIST_LENGTH = 4000;

/**
 * The names listed in the lists a script tests a key against, or loops over, before converting its value with `float()`.
 */
export function listedFloatKeys(code: string): string[] {
  if (!code.includes('float') || !code.includes(' in ')) return [];
  const keys = new Set<string>();
  const seen = new Set<string>();
  const tested = [...code.matchAll(FLOAT_IF_LISTED)].map((m) => m[1]!);
  const looped = code.includes('for ') ? [...code.matchAll(FLOAT_FOR_LISTED)].map((m) => m[2]!) : [];
  for (const list of [...tested, ...looped]) {
    // Each list's assignment is looked up over the whole script: a script of thousands of such lists is not a loader.
    if (seen.has(list) || seen.size >= MAX_LISTS) continue;
    seen.add(list);
    for (const name of namesAssigned(code, list)) keys.add(name);
  }
  return [...keys];
}

/** The string literals of `<list> = [...]` (or a tuple or set), the last such assignment in the script. */
function namesAssigned(code: string, list: string): string[] {
  let opened: number | undefined;
  for (const m of code.matchAll(new RegExp(`^[ \\t]*${list}[ \\t]*(?::[^=\\n]*)?=[ \\t]*[[({]`, 'gm'))) opened = m.index + m[0].length;
  if (opened === undefined) return [];
  const close = closingBracket(code, opened);
  if (close === undefined) return [];
  return [...code.slice(opened, close).matchAll(NAME_LITERAL)].map((n) => n[2]!);
}

/** The index of the bracket that closes the one just before `start`, or undefined past `MAX_LIST_LENGTH`. */
function closingBracket(code: string, start: number): number | undefined {
  let depth = 1;
  const end = Math.min(code.length, start + MAX_LIST_LENGTH);
  for (let i = start; i < end; i++) {
    const c = code[i];
    if (c === '[' || c === '(' || c === '{') depth++;
    else if (c === ']' || c === ')' || c === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return undefined;
}
