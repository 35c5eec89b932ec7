/**
 * Config keys a script converts with `float()` because their names are listed: Emotion2VecBert's loader writes
 * `float_params = ["learning_rate", "weight_decay", ...]` and, looping over the file's entries,
 * `elif key in float_params and value is not None: value = float(value)`, so PyYAML's `"1e-5"` is a number to it.
 */

/**
 * `if key in <list>…:` (or `elif`) whose branch, before any other `elif`/`else`, assigns `float(<name>)` (to a name, an
 * attribute or an entry: `cfg[k] = float(v)`). Bounded, so a long script is scanned once.
 */
const FLOAT_IF_LISTED = /\b(?:el)?if\s+[A-Za-z_]\w*\s+in\s+([A-Za-z_]\w*)\b[^\n:]{0,120}:(?:(?!\belif\b|\belse\b)[^]){0,300}?[A-Za-z_][\w.]*(?:\[[^\]\n]{0,80}\])?\s*=\s*float\s*\(\s*[A-Za-z_]\w*\s*\)/g;
/** A written string, whose text is a key name. */
const NAME_LITERAL = /(['"])([A-Za-z_][\w-]*)\1/g;
/** How far a list of names may run: a list longer than this is data, not the loader's names. */
const MAX_LIST_LENGTH = 4000;

/** The names listed in the lists a script tests a key against before converting its value with `float()`. */
export function listedFloatKeys(code: string): string[] {
  if (!code.includes('float') || !code.includes(' in ')) return [];
  const keys = new Set<string>();
  const seen = new Set<string>();
  for (const m of code.matchAll(FLOAT_IF_LISTED)) {
    const list = m[1]!;
    if (seen.has(list)) continue;
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
