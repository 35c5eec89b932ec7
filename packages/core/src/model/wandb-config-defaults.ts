/**
 * W&B's config files (`config-defaults.yaml`, which `wandb.init()` reads by itself, or a file given as
 * `wandb.init(config="run.yaml")`): each top-level setting is wrapped as `{desc: ..., value: ...}`, and
 * `wandb.sdk.lib.config_util.dict_from_config_file` keeps only `value` (after `yaml.safe_load` and dropping
 * `wandb_version`). The run sees `learning_rate: 1e-4`, not `learning_rate: {value: 1e-4}`, so the rules must too.
 */
import type { ConfigDocument, ConfigNode, MapEntry, PathSegment } from '../document/types.js';
import { childPath, toPointer } from '../document/pointer.js';

/** The keys W&B's wrapper may hold: the value, and a description that W&B drops (`desc`; some projects write `description`). */
const WRAPPER_KEYS: ReadonlySet<string> = new Set(['value', 'desc', 'description']);
/** What W&B pops or writes itself beside the settings. */
const BOOKKEEPING: ReadonlySet<string> = new Set(['wandb_version', '_wandb']);
const DEFAULTS_FILE = /(?:^|[/\\])config-defaults\.ya?ml$/i;

/**
 * A YAML document that W&B reads as a config file: every setting wrapped with a `value`, and either the file name W&B
 * looks for, a `wandb_version` key, or at least two such settings (one could be anything's `{value: ...}`).
 */
export function isWandbConfigFile(document: ConfigDocument): boolean {
  if (document.format !== 'yaml' || document.documents.length !== 1) return false;
  const root = document.documents[0]!.root;
  if (root?.kind !== 'map') return false;
  const settings = root.entries.filter((e) => !BOOKKEEPING.has(String(e.key.value)));
  if (settings.length === 0 || !settings.every(isWrapped)) return false;
  return DEFAULTS_FILE.test(document.filePath ?? '') || root.entries.some((e) => e.key.value === 'wandb_version') || settings.length >= 2;
}

/** The document as the run sees it: each setting's wrapper replaced by its `value`, at the setting's own path. */
export function unwrapWandbValues(document: ConfigDocument): ConfigDocument {
  const first = document.documents[0]!;
  const root = first.root;
  if (root?.kind !== 'map') return document;
  const entries = root.entries.map((entry): MapEntry => {
    if (BOOKKEEPING.has(String(entry.key.value)) || entry.value.kind !== 'map') return entry;
    const value = entry.value.entries.find((e) => e.key.value === 'value')!.value;
    return { ...entry, value: rebased(value, entry.value.path) };
  });
  return { ...document, documents: [{ ...first, root: { ...root, entries } }, ...document.documents.slice(1)] };
}

function isWrapped(entry: MapEntry): boolean {
  const value = entry.value;
  return value.kind === 'map' && value.entries.some((e) => e.key.value === 'value') && value.entries.every((e) => WRAPPER_KEYS.has(String(e.key.value)));
}

/** A copy of `node` and everything under it, placed at `path`. */
function rebased(node: ConfigNode, path: readonly PathSegment[]): ConfigNode {
  const at = { path, pointer: toPointer(path) };
  switch (node.kind) {
    case 'map':
      return {
        ...node,
        ...at,
        entries: node.entries.map((e) => {
          // A key and its value share one path (see parse/yaml.ts).
          const keyPath = childPath(path, e.key.path[e.key.path.length - 1] ?? String(e.key.value));
          return { ...e, key: { ...e.key, path: keyPath, pointer: toPointer(keyPath) }, value: rebased(e.value, keyPath) };
        }),
      };
    case 'seq':
      return { ...node, ...at, items: node.items.map((item, i) => rebased(item, childPath(path, i))) };
    default:
      return { ...node, ...at };
  }
}
