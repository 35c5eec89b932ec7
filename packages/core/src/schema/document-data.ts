/**
 * A document root as the plain data a JSON Schema validator checks, plus the way back from a
 * validator's JSON pointer to the key or value in the text.
 *
 * The data is what the file's loader hands the training script, with two deliberate exceptions,
 * because dedicated rules already report them and a schema error on top would say the same thing
 * twice, less precisely:
 * - a plain YAML scalar that PyYAML reads as a string although it spells a number (`1e-4`,
 *   `yaml-sci-notation-string`) is validated as the number it means;
 * - placeholders (`auto`, `???`, `${...}`, `!ref`, search spaces, runtime expressions, and the paths
 *   jsonargparse reads a group of settings from) are values nobody knows yet, or that live in another
 *   file; their pointers are collected so errors at or under them are dropped.
 */
import type { ConfigNode, MapEntry } from '../document/types.js';
import type { LoaderProfile } from '../loader/profiles.js';
import { specialKind } from '../loader/special-values.js';
import { isPyYamlNumericString } from '../loader/yaml-scalars.js';

export interface DocumentData {
  readonly data: unknown;
  /** Pointers of placeholder values. */
  readonly placeholders: ReadonlySet<string>;
  /** Every node by pointer (the root is `""`). */
  readonly nodes: ReadonlyMap<string, ConfigNode>;
  /** Every mapping entry by the pointer of its value. */
  readonly entries: ReadonlyMap<string, MapEntry>;
}

export function documentData(root: ConfigNode, loader: LoaderProfile, format: string): DocumentData {
  const placeholders = new Set<string>();
  const nodes = new Map<string, ConfigNode>();
  const entries = new Map<string, MapEntry>();
  const sciAsNumber = format === 'yaml' && loader.sciNotationNeedsDot;
  const nestedFiles = loader.id === 'jsonargparse';

  const convert = (node: ConfigNode): unknown => {
    nodes.set(node.pointer, node);
    if (specialKind(node) || (nestedFiles && isConfigFilePath(node))) placeholders.add(node.pointer);
    switch (node.kind) {
      case 'opaque':
        return null;
      case 'seq':
        return node.items.map(convert);
      case 'map': {
        const out: Record<string, unknown> = {};
        for (const entry of node.entries) {
          entries.set(entry.value.pointer, entry);
          // defineProperty: a key named `__proto__` is data, not the object's prototype.
          Object.defineProperty(out, String(entry.key.value), { value: convert(entry.value), enumerable: true, writable: true, configurable: true });
        }
        return out;
      }
      case 'scalar': {
        const v = node.value;
        if (typeof v === 'bigint') return Number(v);
        if (sciAsNumber && typeof v === 'string' && node.style === 'plain' && !node.tag && isPyYamlNumericString(node.raw.trim())) return Number(node.raw.trim().replace(/_/g, ''));
        return v;
      }
    }
  };
  return { data: convert(root), placeholders, nodes, entries };
}

/**
 * jsonargparse reads a path where a group of settings is expected as the file holding that group (COMET's
 * `trainer: ../trainer.yaml`, LightningCLI's `--trainer trainer.yaml`): its contents are not in this file.
 */
function isConfigFilePath(node: ConfigNode): boolean {
  return node.kind === 'scalar' && node.pointer !== '' && typeof node.value === 'string' && /\.(?:ya?ml|json)$/i.test(node.value.trim());
}

/** Whether `pointer` is a placeholder or lies inside one. */
export function underPlaceholder(pointer: string, placeholders: ReadonlySet<string>): boolean {
  if (placeholders.size === 0) return false;
  let p = pointer;
  for (;;) {
    if (placeholders.has(p)) return true;
    if (p === '') return false;
    p = p.slice(0, p.lastIndexOf('/'));
  }
}

/** The pointer of `key` inside the object at `pointer`. */
export function childPointer(pointer: string, key: string | number): string {
  return pointer + '/' + String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}
