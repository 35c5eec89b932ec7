/**
 * One pass over a document that records what framework detection and classification ask about:
 * which key names occur, at which paths, with which string values, and which tags.
 */
import type { ConfigDocument, ConfigNode, MapNode, PathSegment } from '../document/types.js';
import { normalizeKey } from '../classify/normalize.js';

export interface KeyIndex {
  /** Every normalised key name in the document. */
  readonly names: ReadonlySet<string>;
  /** Normalised names of the first document's root mapping. */
  readonly topLevel: ReadonlySet<string>;
  /** Node kind of each top-level value (`defaults` is a list in Hydra, a mapping in Ludwig). */
  readonly topLevelKinds: ReadonlyMap<string, ConfigNode['kind']>;
  /** Normalised dotted paths without sequence indices (`model.optim.sched.name`). */
  readonly paths: ReadonlySet<string>;
  /** Lower-cased string values by normalised dotted path (first occurrence). */
  readonly values: ReadonlyMap<string, string>;
  /** Tags as written, e.g. `!new:torch.optim.Adam`. */
  readonly tags: ReadonlySet<string>;
  /** Whether any string value holds a `${...}` interpolation. */
  readonly hasInterpolation: boolean;
  /** Comment texts (for pragmas such as `# @package _global_`). */
  readonly comments: readonly string[];
  /** Entries of a root `defaults:` list (Hydra): scalar items and the keys of mapping items, as written. */
  readonly defaultsEntries: readonly string[];
  /** Every key is written in UPPER_CASE and there are at least four (yacs `CfgNode` files: `SOLVER: {BASE_LR: ...}`). */
  readonly upperCaseKeys: boolean;
  /** Every top-level key is UPPER_CASE and at least three hold mappings (yacs namespaces with lower-case settings: `TRAIN: {lr_pow: 0.9}`). */
  readonly upperCaseNamespaces: boolean;
  /** Every top-level key is UPPER_CASE and there are at least four (PureJaxRL-style `"TOTAL_TIMESTEPS": 1e7`). */
  readonly upperCaseTopLevel: boolean;
  /**
   * Normalised names of the top-level keys written only in a form that a reader matching names exactly does not match:
   * UPPER_CASE (`NUM_TRAIN_EPOCHS` is `num_train_epochs` in `topLevel`) or as a command-line flag (SimpleTuner's
   * `--num_train_epochs`, which its launcher hands to argparse).
   */
  readonly inexactTopLevelNames: ReadonlySet<string>;
  readonly format: ConfigDocument['format'];
  readonly filePath?: string;
}

const UPPER_CASE_KEY = /^_*[A-Z][A-Z0-9_]*$/;
const FLAG_KEY = /^-{1,2}[A-Za-z]/;

export function buildKeyIndex(doc: ConfigDocument): KeyIndex {
  const names = new Set<string>();
  const topLevel = new Set<string>();
  const topLevelKinds = new Map<string, ConfigNode['kind']>();
  const inexactTopLevelNames = new Set<string>();
  const writtenOtherwise = new Set<string>();
  const paths = new Set<string>();
  const values = new Map<string, string>();
  const tags = new Set<string>();
  let hasInterpolation = false;
  const defaultsEntries: string[] = [];
  let keyCount = 0;
  let upperCaseKeys = true;
  let namespaces = 0;
  let upperCaseNamespaces = true;
  let topLevelCount = 0;

  const visit = (node: ConfigNode, dotted: string): void => {
    if (node.tag) tags.add(node.tag);
    if (node.kind === 'map') {
      for (const e of node.entries) {
        keyCount++;
        if (upperCaseKeys && !UPPER_CASE_KEY.test(String(e.key.value))) upperCaseKeys = false;
        const name = normalizeKey(String(e.key.value));
        names.add(name);
        const p = dotted ? dotted + '.' + name : name;
        paths.add(p);
        visit(e.value, p);
      }
    } else if (node.kind === 'seq') {
      for (const item of node.items) visit(item, dotted);
    } else if (node.kind === 'scalar' && typeof node.value === 'string') {
      if (!values.has(dotted)) values.set(dotted, node.value.toLowerCase());
      if (!hasInterpolation && node.value.includes('${')) hasInterpolation = true;
    }
  };
  for (const d of doc.documents) {
    if (!d.root) continue;
    if (d.index === 0 && d.root.kind === 'map') {
      for (const e of d.root.entries) {
        const name = normalizeKey(String(e.key.value));
        topLevel.add(name);
        topLevelKinds.set(name, e.value.kind);
        topLevelCount++;
        const written = String(e.key.value);
        if (!UPPER_CASE_KEY.test(written)) upperCaseNamespaces = false;
        else if (e.value.kind === 'map') namespaces++;
        if (UPPER_CASE_KEY.test(written) || FLAG_KEY.test(written)) inexactTopLevelNames.add(name);
        else writtenOtherwise.add(name);
        if (name === 'defaults' && e.value.kind === 'seq') {
          for (const item of e.value.items) {
            if (item.kind === 'scalar') defaultsEntries.push(String(item.value));
            else if (item.kind === 'map') for (const m of item.entries) defaultsEntries.push(String(m.key.value));
          }
        }
      }
    }
    visit(d.root, '');
  }
  for (const name of writtenOtherwise) inexactTopLevelNames.delete(name);
  return {
    names,
    topLevel,
    topLevelKinds,
    paths,
    values,
    tags,
    hasInterpolation,
    comments: doc.comments.map((c) => c.text),
    defaultsEntries,
    upperCaseKeys: upperCaseKeys && keyCount >= 4,
    upperCaseNamespaces: upperCaseNamespaces && namespaces >= 3,
    upperCaseTopLevel: upperCaseNamespaces && topLevelCount >= 4,
    inexactTopLevelNames,
    format: doc.format,
    ...(doc.filePath !== undefined ? { filePath: doc.filePath } : {}),
  };
}

/** Entries of a mapping by normalised name. */
export function entryByName(map: MapNode, name: string): MapNode['entries'][number] | undefined {
  for (const e of map.entries) if (normalizeKey(String(e.key.value)) === name) return e;
  return undefined;
}

export function pathKey(path: readonly PathSegment[]): string {
  return path.filter((s) => typeof s === 'string').map((s) => normalizeKey(s as string)).join('.');
}
