import type { Field } from '../classify/classify.js';

/**
 * The section a program reads a key through: the key's parent, or, for a key at the top of a file that a framework
 * mounts elsewhere (Hydra's `train/default.yaml` under `train`), the last part of that path. `enclosing` holds its
 * name and those of the sections around it, innermost first, as written.
 */
export interface ReadSection {
  readonly name: string;
  readonly enclosing: readonly string[];
}

export function readSection(field: Field, packagePath: string | undefined): ReadSection | undefined {
  const enclosing: string[] = [];
  for (let at = field.parent; at !== undefined; at = at.parent) enclosing.push(at.name);
  if (packagePath !== undefined) enclosing.push(...packagePath.split('.').reverse());
  return enclosing.length === 0 ? undefined : { name: enclosing[0]!, enclosing };
}
