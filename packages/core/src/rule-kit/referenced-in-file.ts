/**
 * Whether a config hands one of its own values on to another key: a value the code never reads by its own name may
 * still reach training through the key that copies it. Used by unread-key.
 */
import type { Field } from '../classify/classify.js';

/** OmegaConf's interpolations: `${training.lr}`, `${..lr}`, `${oc.select:training.lr,0.1}`. */
const INTERPOLATION = /\$\{([^{}]*)\}/g;

interface References {
  /** Absolute key paths, dot-joined and lower-cased (`training.lr`). */
  readonly absolute: readonly string[];
  /** The last key of each relative path (`${..lr}` → `lr`), lower-cased. */
  readonly relative: ReadonlySet<string>;
}

const REFERENCES = new WeakMap<readonly Field[], References>();

/**
 * The value is anchored (`lr: &lr 1e-3`, copied wherever `*lr` stands) or another value of the file interpolates its
 * key (`max_lr: ${training.lr}`): the code that reads the copy reads this value.
 */
export function referencedInFile(field: Field, fields: readonly Field[]): boolean {
  if (field.value.anchor !== undefined) return true;
  const references = referencesOf(fields);
  const name = field.name.toLowerCase();
  if (references.relative.has(name)) return true;
  const path = field.path.map((segment) => String(segment).toLowerCase()).join('.');
  // A file that a framework mounts under a package (Hydra's `train/default.yaml` under `train`) is named from the
  // top of the composed tree: `${train.lr}` there reads the file's `lr`.
  return references.absolute.some((ref) => ref === path || ref.endsWith(`.${path}`));
}

function referencesOf(fields: readonly Field[]): References {
  let found = REFERENCES.get(fields);
  if (found !== undefined) return found;
  const absolute: string[] = [];
  const relative = new Set<string>();
  for (const field of fields) {
    const value = field.value;
    if (value.kind !== 'scalar' || typeof value.value !== 'string' || !value.value.includes('${')) continue;
    for (const match of value.value.matchAll(INTERPOLATION)) {
      // A resolver's argument (`oc.select:training.lr,0.1`, `oc.env:HOME`) names the key after the colon.
      const inner = match[1]!.includes(':') ? match[1]!.slice(match[1]!.indexOf(':') + 1) : match[1]!;
      const ref = inner.split(',')[0]!.trim().toLowerCase();
      if (ref.startsWith('.')) relative.add(ref.slice(ref.lastIndexOf('.') + 1));
      else if (ref !== '') absolute.push(ref);
    }
  }
  found = { absolute, relative };
  REFERENCES.set(fields, found);
  return found;
}
