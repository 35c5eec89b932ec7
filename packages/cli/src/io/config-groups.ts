/**
 * Finds the Hydra primary config that composes a YAML file, from the folders above it: a file in
 * `conf/optimizer/` is a group option when a YAML file in `conf/` (or a folder or two higher) names
 * the group `optimizer` in its defaults list. Such a file often says nothing of Hydra itself, yet
 * OmegaConf reads it (so `lr: 1e-4` is a float) and it is only one part of a run.
 *
 * The walk stays inside the project (the settings folder, or the working directory) when the file is
 * in it, and goes at most three folders up. Each folder's YAML files are read once per run.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { hydraComposedGroups, type ComposedBy } from '@mlconfig/core';
import { toPosix } from '../discovery/find-files.js';
import { readConfig } from './read-config.js';

/** `conf/model/encoder/resnet.yaml` is found from `conf/`; deeper nesting is rare. */
const MAX_LEVELS = 3;
const YAML_FILE = /\.ya?ml$/i;
/** A primary config is a page of YAML; a bigger YAML file beside it (data, a dump) is not read for this. */
const PRIMARY_CONFIG_MAX_SIZE = 1024 * 1024;

export class ConfigGroupLayout {
  private readonly groupsIn = new Map<string, FolderGroups>();

  /**
   * @param roots folders the walk does not climb above when the file is inside one of them (the settings folder, the working directory)
   * @param onRead told every folder looked at, so a cached result is dropped when the groups named there change
   */
  constructor(
    private readonly roots: readonly string[],
    private readonly maxFileSize?: number,
    private readonly onRead?: (folder: string) => void,
  ) {}

  /** The Hydra config that composes the YAML file at `absolutePath`, if one of the folders above names its folder as a group. */
  composerOf(absolutePath: string, displayBase: string): ComposedBy | undefined {
    if (!YAML_FILE.test(absolutePath)) return undefined;
    const folder = dirname(absolutePath);
    // The outermost project folder that holds the file: the walk may climb to it, not above.
    const root = this.roots.filter((r) => isInside(folder, r)).sort((a, b) => a.length - b.length)[0];
    let above = folder;
    for (let level = 0; level < MAX_LEVELS; level++) {
      if (root !== undefined && above === root) return undefined;
      const parent = dirname(above);
      if (parent === above) return undefined;
      above = parent;
      const group = toPosix(relative(above, folder));
      for (const [name, groups] of this.groups(above)) {
        const path = join(above, name);
        if (path === absolutePath || !groups.includes(group)) continue;
        return { framework: 'hydra', evidence: `config group \`${group}\` in the defaults list of ${toPosix(relative(displayBase, path)) || basename(path)}` };
      }
    }
    return undefined;
  }

  // `onRead` hears of every use, not only the first: each file's cache entry needs its own list.
  private groups(folder: string): FolderGroups {
    this.onRead?.(folder);
    let groups = this.groupsIn.get(folder);
    if (groups === undefined) {
      groups = readFolderGroups(folder, this.maxFileSize);
      this.groupsIn.set(folder, groups);
    }
    return groups;
  }
}

/** YAML file name → the config groups its defaults list names, for the YAML files directly in a folder. */
type FolderGroups = ReadonlyMap<string, readonly string[]>;

function readFolderGroups(folder: string, maxFileSize?: number): FolderGroups {
  const groups = new Map<string, readonly string[]>();
  let names: string[];
  try {
    names = readdirSync(folder, { withFileTypes: true })
      .filter((e) => e.isFile() && YAML_FILE.test(e.name))
      .map((e) => e.name)
      .sort();
  } catch {
    return groups;
  }
  for (const name of names) {
    const read = readConfig(join(folder, name), Math.min(maxFileSize ?? PRIMARY_CONFIG_MAX_SIZE, PRIMARY_CONFIG_MAX_SIZE));
    groups.set(name, read.text === undefined ? [] : hydraComposedGroups(read.text));
  }
  return groups;
}

/**
 * What a cached result that looked at a folder depends on: the groups that its YAML files name. A
 * new, removed or edited primary config changes it; any other change to the folder does not.
 */
export function configGroupsFingerprint(folder: string, maxFileSize?: number): string {
  const parts: string[] = [];
  for (const [name, groups] of readFolderGroups(folder, maxFileSize)) if (groups.length > 0) parts.push(`${name}: ${groups.join(' ')}`);
  return `config groups\n${parts.join('\n')}`;
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
