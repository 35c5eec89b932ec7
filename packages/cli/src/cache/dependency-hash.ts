/**
 * Hashes what a cached result depended on besides the file itself: a referenced file's content (a
 * DeepSpeed JSON named by `deepspeed:`), for a folder above a YAML file, the Hydra config groups
 * its YAML files name (a primary config added there changes how a group option below is read), for a folder the
 * script walk asked, what its scripts say (`@hydra.main` calls, YAML readers, `float()` keys …), for a folder whose
 * YAML files were too many to read as siblings, that they still are, for a config folder a group option's search went
 * beyond, whether it still holds no YAML and which folders stand beside it, and for a project's top, the subfolders the
 * script walk looked into. Anything missing or unreadable hashes as `-`, so creating it later drops the cached result too.
 */
import { readFileSync } from 'node:fs';
import { configGroupsFingerprint, scriptsFingerprint, searchPathFingerprint, subfoldersFingerprint, yamlCountFingerprint } from '@mlconfig/core/node';
import { hashContent } from './lint-cache.js';

const ABSENT = '-';

/**
 * One run's dependency hashes. Many files share the folders above them, so each dependency is hashed
 * once per run. A hash taken before `--fix` rewrote a file is older than the file, which can only make
 * the next run lint the dependent file again, never trust it wrongly.
 */
export class DependencyHashes {
  private readonly known = new Map<string, string>();

  constructor(private readonly maxFileSize?: number) {}

  of(path: string): string {
    let hash = this.known.get(path);
    if (hash === undefined) {
      hash = this.hashOf(path);
      this.known.set(path, hash);
    }
    return hash;
  }

  private hashOf(path: string): string {
    // The subfolders a walk below the project's top looked into (`<folder>/*`): their names, not their content.
    const subfolders = subfoldersFingerprint(path);
    if (subfolders !== undefined) return hashContent(subfolders);
    // What a folder's scripts say (`<folder>/*.py`), whether it holds more YAML files than siblings are read for
    // (`<folder>/*.yaml`), and what a search for a config folder beside it saw (`<folder>/(search path)`): each asked
    // apart from the Hydra groups of the folder's YAML files, which only the folder's own name stands for.
    const marked = scriptsFingerprint(path) ?? yamlCountFingerprint(path) ?? searchPathFingerprint(path);
    if (marked !== undefined) return hashContent(marked);
    try {
      return hashContent(readFileSync(path));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EISDIR') return ABSENT;
    }
    return hashContent(configGroupsFingerprint(path, this.maxFileSize));
  }
}
