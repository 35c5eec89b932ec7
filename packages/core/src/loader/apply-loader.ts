import type { ConfigDocument, ConfigNode, ScalarNode } from '../document/types.js';
import type { LoaderProfile } from './profiles.js';
import { resolvePlainScalar } from './yaml-scalars.js';

/**
 * Re-reads every plain, untagged YAML value the way `loader` would. Keys keep the names they were
 * parsed with so paths stay stable; only values change type (`1e-4` becomes a string under PyYAML).
 */
export function applyLoader(doc: ConfigDocument, loader: LoaderProfile, floatKeys: ReadonlySet<string> = NO_KEYS): void {
  if (doc.format !== 'yaml') return;
  // yacs: a mapping's string values go through Python's literal_eval, which reads `1e-4` as a float.
  const lenient = { ...loader, sciNotationNeedsDot: false };
  const forValues = loader.decodesMappingValues ? lenient : loader;
  for (const d of doc.documents) if (d.root) visit(d.root, loader, forValues, { lenient, floatKeys }, true);
}

/** In `floatKeys`: every top-level value is converted (EasyEdit's loader tries `float()` on each top-level string). */
export const ALL_TOP_LEVEL_KEYS = '*';
/** In `floatKeys`: every mapping value at any depth is converted (NCFM flattens the file, then tries `float()` on each string). */
export const ALL_MAPPING_KEYS = '**';

/**
 * In `floatKeys`: every value at any depth, the items of lists included, reaches the program as text it converts itself
 * (ms-pred's launcher turns `weight-decay: [1e-7]` into `--weight-decay 1e-7` for argparse's `type=float`).
 */
export const ALL_VALUES = '***';

/** In `floatKeys`: every value of the mappings under this key is converted (ifmorph's loop over `constraint_weights`). */
export const everyValueOf = (key: string): string => `${key}.*`;

/** In `floatKeys`: every item of the lists under this key is converted (tmnt's `low = float(p['range'][0])`). */
export const itemsOf = (key: string): string => `${key}[]`;

const NO_KEYS: ReadonlySet<string> = new Set();

/**
 * A search-space range (`learning_rate: {lower: 1e-5, upper: 1e-1, log: true}`): the tools that read these,
 * NePS (`convert_scientific_notation`) and ConfigSpace, pass the bounds and default through `float()`.
 */
const RANGE_KEYS: ReadonlySet<string> = new Set(['lower', 'upper', 'default']);

function isSearchRange(node: ConfigNode & { kind: 'map' }): boolean {
  let lower = false;
  let upper = false;
  for (const e of node.entries) {
    if (e.key.value === 'lower') lower = true;
    else if (e.key.value === 'upper') upper = true;
  }
  return lower && upper;
}

/** Keys whose values the program passes through `float()` (rl_games's `learning_rate`), and how to read them. */
interface FloatKeys {
  readonly lenient: LoaderProfile;
  readonly floatKeys: ReadonlySet<string>;
}

function visit(node: ConfigNode, loader: LoaderProfile, forValues: LoaderProfile, floats: FloatKeys, top = false, everyValue = false): void {
  if (node.kind === 'map') {
    const range = isSearchRange(node);
    const allKeys = everyValue || (top && floats.floatKeys.has(ALL_TOP_LEVEL_KEYS)) || floats.floatKeys.has(ALL_MAPPING_KEYS) || floats.floatKeys.has(ALL_VALUES);
    for (const e of node.entries) {
      const key = String(e.key.value);
      if (e.value.kind === 'scalar') {
        const converted = allKeys || (floats.floatKeys.size > 0 && floats.floatKeys.has(key)) || (range && RANGE_KEYS.has(key));
        resolve(e.value, converted ? floats.lenient : forValues);
      } else if (e.value.kind === 'seq' && floats.floatKeys.size > 0 && floats.floatKeys.has(itemsOf(key))) {
        for (const item of e.value.items) visit(item, floats.lenient, floats.lenient, floats);
      } else visit(e.value, loader, forValues, floats, false, e.value.kind === 'map' && floats.floatKeys.size > 0 && floats.floatKeys.has(everyValueOf(key)));
    }
  } else if (node.kind === 'seq') {
    // Not decoded inside lists, unless every value reaches the program as text or the list is one whose items are.
    const items = floats.floatKeys.has(ALL_VALUES) ? floats.lenient : loader;
    for (const item of node.items) visit(item, items, items, floats);
  }
  else if (node.kind === 'scalar') resolve(node, loader);
}

export function resolve(node: ScalarNode, loader: LoaderProfile): void {
  if (node.style !== 'plain' || node.tag) return;
  node.value = resolvePlainScalar(foldPlain(node.raw), loader);
}

/** A multi-line plain scalar folds its line breaks into spaces (blank lines into newlines). */
function foldPlain(raw: string): string {
  if (!/[\r\n]/.test(raw)) return raw.trim();
  const lines = raw.split(/\r\n|\r|\n/).map((l) => l.trim());
  let out = lines[0];
  for (let i = 1; i < lines.length; i++) {
    if (lines[i] === '') out += '\n';
    else out += out.endsWith('\n') || out === '' ? lines[i] : ' ' + lines[i];
  }
  return out;
}
