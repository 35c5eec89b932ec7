import type { Field } from '../classify/classify.js';
import type { CodeVocabulary } from '../model/training-run.js';

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

/**
 * Whether the code may read a key of these sections (innermost first) without naming it: a section handed on whole,
 * gone through entry by entry, or whose keys it takes from a variable (`cfg.training[f"{stage}_lr"]`).
 */
export function readWithoutNaming(sections: readonly string[], vocabulary: CodeVocabulary): boolean {
  return sections.some((name) => vocabulary.wholeUses.has(name) || vocabulary.iterated.has(name.toLowerCase()) || vocabulary.dynamicSections.has(name.toLowerCase()));
}
