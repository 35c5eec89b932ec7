/**
 * HyperPyYAML references (`!ref <lr>`, `!ref <optim.lr>`): SpeechBrain configs keep hyperparameters
 * as top-level scalars and point at them from the objects that use them. Following a plain
 * reference lets rules see `weight_decay: !ref <weight_decay>` as the number it names. References
 * with arithmetic (`!ref <a> * <b>`) stay unresolved.
 */
import type { ConfigDocument, ConfigNode, MapNode } from '../document/types.js';

export interface References {
  resolve(node: ConfigNode): ConfigNode;
}

const SIMPLE_REF = /^<\s*([\w.-]+)\s*>$/;
/**
 * speakerlab's references (3D-Speaker): an untagged value that is exactly `<lr>` is the top-level key `lr`. The
 * pattern is its builder's `is_ref_type` (`^<[a-zA-Z]\w*>$`).
 */
export const ANGLE_REFERENCE = /^<([a-zA-Z]\w*)>$/;

/**
 * The key a plain reference names (`weight_decay` for `!ref <weight_decay>`, or for `<weight_decay>` in a file whose
 * program reads such values as references), or undefined for anything else.
 */
export function referencedKey(node: ConfigNode, angleReferences = false): string | undefined {
  if (node.kind !== 'scalar' || typeof node.value !== 'string') return undefined;
  if (node.tag === '!ref') return SIMPLE_REF.exec(node.value.trim())?.[1];
  if (angleReferences && node.tag === undefined) return ANGLE_REFERENCE.exec(node.value)?.[1];
  return undefined;
}

/** `angleReferences`: the file's program reads a value that is exactly `<name>` as the key `name` (speakerlab). */
export function referencesFor(doc: ConfigDocument, documentIndex = 0, angleReferences = false): References {
  const root = doc.documents[documentIndex]?.root;
  return {
    resolve(node: ConfigNode): ConfigNode {
      let current = node;
      for (let hops = 0; hops < 8; hops++) {
        const key = referencedKey(current, angleReferences);
        if (key === undefined || !root || root.kind !== 'map') return current;
        const target = lookup(root, key.split('.'));
        if (!target) return current;
        current = target;
      }
      return current;
    },
  };
}

function lookup(root: MapNode, parts: string[]): ConfigNode | undefined {
  let node: ConfigNode = root;
  for (const part of parts) {
    if (node.kind !== 'map') return undefined;
    const entry: MapNode['entries'][number] | undefined = node.entries.find((e) => String(e.key.value) === part);
    if (!entry) return undefined;
    node = entry.value;
  }
  return node;
}

export const NO_REFERENCES: References = { resolve: (n) => n };
