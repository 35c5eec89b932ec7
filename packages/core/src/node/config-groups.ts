/**
 * Finds the Hydra primary config that composes a YAML file, from its own folder and the folders above it:
 * `conf/train.yaml` is composed when `conf/config.yaml` lists `- train` in its defaults list, and a file in
 * `conf/optimizer/` is a group option when a YAML file in `conf/` (or a folder or two higher) names the
 * group `optimizer` there. Such a file often says nothing of Hydra itself, yet
 * OmegaConf reads it (so `lr: 1e-4` is a float) and it is only one part of a run. The project's scripts are asked
 * too (project-scripts.ts): a script's `@hydra.main(config_name=...)` loads its config whole, and its config folder
 * holds files Hydra reads.
 *
 * The walk stays inside the project (the settings folder, or the working directory) when the file is
 * in it, and goes at most three folders up. Each folder's YAML files are read once per layout (one
 * `mlconfig check` run), or, with `revalidateAfterMs`, again when one of them changed (a long-lived ESLint in
 * an editor).
 *
 * This, the script walk and the reader of referenced files (related-reader.ts) are the parts of core that read
 * files: every front-end that lints a file on disk (the CLI, the MCP server, the ESLint plugin) asks the same question
 * of the same folders, so it lives here, behind the `@mlconfig/core/node` entry, and the rest of core stays free of
 * the file system.
 */
import { basename, dirname, join, relative, sep } from 'node:path';
import type { Dirent } from 'node:fs';
import { hydraDefaults, type ComposedBy, type HydraDefaults, type LayoutLoader, type ScriptsYamlRead } from '../model/hydra-groups.js';
import type { ScriptFacts } from '../model/training-run.js';
import { omegaconfMarker } from '../model/omegaconf-markers.js';
import { FolderMemo, entriesOf } from './folder-memo.js';
import { ProjectScripts, projectScriptsFingerprint } from './project-scripts.js';
import { isInside } from './inside.js';
import { readSmallText } from './read-text.js';
import { shownPath, toPosix } from './posix-path.js';

/** `conf/model/encoder/resnet.yaml` is found from `conf/`; deeper nesting is rare. */
const MAX_LEVELS = 3;
const YAML_FILE = /\.ya?ml$/i;
/**
 * A file's own folder is read for a primary config beside it only when it holds at most this many YAML files: a
 * Hydra config folder holds a few, and a folder of hundreds (generated runs, a sweep's outputs) would be read whole
 * once more for every run.
 */
const MAX_SIBLINGS = 64;
/** How many folders beside a group's own config folder are looked at for a primary config that selects it. */
const MAX_SEARCH_PATH_SIBLINGS = 16;
/** A primary config is a page of YAML; a bigger YAML file beside it (data, a dump) is not read for this. */
const PRIMARY_CONFIG_MAX_SIZE = 1024 * 1024;

/** The analysis options a file's place in the project gives (see `ConfigGroupLayout.analyzeOptionsOf`). */
export interface LayoutAnalyzeOptions {
  readonly composedBy?: ComposedBy;
  readonly layoutLoader?: LayoutLoader;
  readonly floatKeys?: readonly string[];
  /** The project's scripts read a config with PyYAML (`pyyamlIn`), and import these config libraries (see `ScriptsYamlRead`). */
  readonly scriptsReadYaml?: ScriptsYamlRead;
  /** What the project's scripts show about the run, for a config in any format (`ProjectScripts.factsOf`). */
  readonly scripts?: ScriptFacts;
}

export interface ConfigGroupLayoutOptions {
  /** Primary configs larger than this are not read (the settings' `maxFileSize`; never more than 1 MiB). */
  readonly maxFileSize?: number;
  /** Told every folder looked at, so a cached result is dropped when the groups named there change. */
  readonly onRead?: (folder: string) => void;
  /**
   * Check a folder's YAML files (names, sizes, modification times) again when this many milliseconds have passed
   * since the last check, and read them again when they changed. Unset: read each folder once.
   */
  readonly revalidateAfterMs?: number;
}

export class ConfigGroupLayout {
  private readonly groupsIn: FolderMemo<FolderGroups>;
  /** How many YAML files each folder holds, checked again as the groups are (an editor's ESLint sees a folder shrink). */
  private readonly yamlCounts: FolderMemo<number>;
  private readonly scripts: ProjectScripts;
  /** The first folders inside a folder (not hidden), for the search-path lookup; checked again as the groups are. */
  private readonly subfolders: FolderMemo<readonly string[]>;

  /** @param roots folders the walk does not climb above when the file is inside one of them (the settings folder, the working directory) */
  constructor(
    private readonly roots: readonly string[],
    private readonly options: ConfigGroupLayoutOptions = {},
  ) {
    this.groupsIn = new FolderMemo((folder) => readFolderGroups(folder, options.maxFileSize), (e) => e.isFile() && YAML_FILE.test(e.name), options.revalidateAfterMs);
    this.yamlCounts = new FolderMemo((folder) => yamlFilesIn(folder).length, (e) => e.isFile() && YAML_FILE.test(e.name), options.revalidateAfterMs);
    this.subfolders = new FolderMemo(
      searchPathSiblings,
      isVisibleFolder,
      options.revalidateAfterMs,
    );
    this.scripts = new ProjectScripts(roots, options);
  }

  /**
   * The Hydra config that composes the YAML file at `absolutePath`: a script's `@hydra.main` that loads it as a
   * primary config, a primary config beside it that names it in its defaults list (`- train` is `train.yaml`), one
   * in a folder above that names its folder as a group, or a script's config folder that holds it.
   */
  composerOf(absolutePath: string, displayBase: string): ComposedBy | undefined {
    if (!YAML_FILE.test(absolutePath)) return undefined;
    const app = this.scripts.appOf(absolutePath, displayBase);
    // The config a script names is loaded whole; any other file a defaults list composes is one part of a run.
    if (app?.rank === 0) return app.by;
    return this.composerInDefaults(absolutePath, displayBase) ?? app?.by;
  }

  /**
   * What the project's layout says of the YAML file at `absolutePath`, as analysis options: the Hydra config that
   * composes it (`composerOf`); failing that, the loader the project's scripts read YAML with when they read it one
   * way only (`OmegaConf.load`; simple_parsing's typed dataclasses), or else, when no script reads YAML another way,
   * OmegaConf if a YAML file beside it holds what only OmegaConf reads (`siblingLoaderOf`); and the config keys the
   * scripts pass through
   * `float()` (`eps=float(params['eps'])`), which are numbers to the program whatever the loader makes of them. For a
   * config in any format: a learning-rate schedule the scripts build whatever the config says, and whether their Adam
   * ever gets a weight decay.
   */
  analyzeOptionsOf(absolutePath: string, displayBase: string): LayoutAnalyzeOptions {
    const facts = this.scripts.factsOf(absolutePath, displayBase);
    const fromScripts = Object.keys(facts).length > 0 ? { scripts: facts } : {};
    if (!YAML_FILE.test(absolutePath)) return fromScripts;
    const composedBy = this.composerOf(absolutePath, displayBase);
    const scripts = this.scripts.yamlReadingOf(absolutePath, displayBase);
    // fiery and ST-P3 merge their UPPER_CASE files into fvcore's `CfgNode` (yacs decodes `3e-4` with `literal_eval`).
    const yacs: LayoutLoader | undefined =
      scripts.yacsIn !== undefined ? { id: 'yacs', evidence: `merged into a yacs \`CfgNode\` in ${scripts.yacsIn}`, ...(scripts.yacsAnyCase ? {} : { upperCaseOnly: true as const }), ...(scripts.yacsKeys.length > 0 ? { knownKeys: scripts.yacsKeys } : {}) } : undefined;
    const layoutLoader = composedBy !== undefined ? undefined : scripts.loader ?? yacs ?? (scripts.readsOtherwise ? undefined : this.siblingLoaderOf(absolutePath, displayBase));
    const floatKeys = scripts.floatKeys;
    const scriptsReadYaml: ScriptsYamlRead | undefined = scripts.pyyamlIn !== undefined ? { pyyamlIn: scripts.pyyamlIn, imports: scripts.imports } : undefined;
    return {
      ...(composedBy ? { composedBy } : {}),
      ...(layoutLoader ? { layoutLoader } : {}),
      ...(floatKeys.length > 0 ? { floatKeys } : {}),
      ...(scriptsReadYaml ? { scriptsReadYaml } : {}),
      ...fromScripts,
    };
  }

  /**
   * OmegaConf, when a YAML file in the same folder holds a construct only OmegaConf reads (a resolver interpolation,
   * `???`; see omegaconf-markers.ts): configs kept side by side are read, and often merged, by the same program.
   */
  private siblingLoaderOf(absolutePath: string, displayBase: string): LayoutLoader | undefined {
    const folder = dirname(absolutePath);
    for (const [name, found] of this.siblings(folder)) {
      const path = join(folder, name);
      if (path === absolutePath || found.omegaconfMarker === undefined) continue;
      return { id: 'omegaconf', evidence: `\`${found.omegaconfMarker}\` in ${shownPath(path, displayBase)} beside it, which only OmegaConf reads` };
    }
    return undefined;
  }

  private composerInDefaults(absolutePath: string, displayBase: string): ComposedBy | undefined {
    const folder = dirname(absolutePath);
    const stem = basename(absolutePath).replace(YAML_FILE, '');
    for (const [name, named] of this.siblings(folder)) {
      const path = join(folder, name);
      if (path === absolutePath || !named.configs.includes(stem)) continue;
      return { framework: 'hydra', evidence: `config \`${stem}\` in the defaults list of ${shownPath(path, displayBase)}` };
    }
    // The outermost project folder that holds the file: the walk may climb to it, not above.
    const root = this.roots.filter((r) => isInside(folder, r)).sort((a, b) => a.length - b.length)[0];
    let above = folder;
    for (let level = 0; level < MAX_LEVELS; level++) {
      if (root !== undefined && above === root) return undefined;
      const parent = dirname(above);
      if (parent === above) return undefined;
      above = parent;
      const group = toPosix(relative(above, folder));
      const primaries = this.groups(above);
      for (const [name, named] of primaries) {
        const path = join(above, name);
        // An option may sit in a subfolder of its group: `method=classification/clip_finetune` (fusion_bench) selects
        // `method/classification/clip_finetune.yaml` of the group `method` that the defaults list names.
        const namedGroup = path === absolutePath ? undefined : named.groups.find((g) => group === g || group.startsWith(`${g}/`));
        if (namedGroup === undefined) continue;
        return { framework: 'hydra', evidence: `config group \`${namedGroup}\` in the defaults list of ${shownPath(path, displayBase)}`, group: namedGroup };
      }
      // A folder below a Hydra primary config that its defaults list does not name is a group all the same: lossyless's
      // `config/optimizer/AdamW_lr3e-4_w1e-5.yaml`, selected with `optimizer=AdamW_lr3e-4_w1e-5`.
      for (const [name, named] of primaries) {
        if (named.hydraEntry === undefined) continue;
        return { framework: 'hydra', evidence: `config group \`${group}\` below ${shownPath(join(above, name), displayBase)}, a Hydra primary config (\`${named.hydraEntry}\` in its defaults list)`, group };
      }
    }
    return this.composerInSiblingSearchPath(absolutePath, displayBase, root);
  }

  /**
   * A group kept in a config folder of its own beside the primary configs' (ReBeL's `conf/common/optimizer/adam.yaml`,
   * selected by `- optimizer: adam` in `conf/c02_selfplay/liars_sp.yaml`, whose loader puts `conf/common` on Hydra's
   * search path, as `hydra.searchpath` does). Only a defaults list that names this very option counts, so a folder that
   * merely shares a group's name is not taken.
   */
  private composerInSiblingSearchPath(absolutePath: string, displayBase: string, root: string | undefined): ComposedBy | undefined {
    const groupFolder = dirname(absolutePath);
    const searchFolder = dirname(groupFolder);
    const parent = dirname(searchFolder);
    // Only inside the project: the folders beside one outside it (a temp or home folder) are anybody's, and change all the time.
    if (parent === searchFolder || root === undefined || !isInside(parent, root)) return undefined;
    // The answer holds while the search folder holds no YAML and its parent the same subfolders: a cached result says so.
    this.options.onRead?.(searchPathOf(searchFolder));
    // A folder put on the search path holds groups, not configs of its own (`conf/common/` holds only `optimizer/`, …).
    if (this.yamlCounts.get(searchFolder) > 0) return undefined;
    const option = `${basename(groupFolder)}/${basename(absolutePath).replace(YAML_FILE, '')}`;
    for (const name of this.subfolders.get(parent)) {
      const folder = join(parent, name);
      if (folder === searchFolder) continue;
      for (const [name, named] of this.siblings(folder)) {
        if (!named.options?.includes(option)) continue;
        return { framework: 'hydra', evidence: `option \`${option.replace("/", ": ")}\` in the defaults list of ${shownPath(join(folder, name), displayBase)}, in a config folder beside its own`, group: basename(groupFolder) };
      }
    }
    return undefined;
  }

  private siblings(folder: string): FolderGroups {
    if (this.yamlCounts.get(folder) <= MAX_SIBLINGS) return this.groups(folder);
    // Nothing of the folder was read, but the answer holds only while it has this many YAML files.
    this.options.onRead?.(yamlCountOf(folder));
    return NO_GROUPS;
  }

  // `onRead` hears of every use, not only the first: each file's cache entry needs its own list.
  private groups(folder: string): FolderGroups {
    this.options.onRead?.(folder);
    return this.groupsIn.get(folder);
  }
}

/** What a YAML file says of its folder: the groups and configs its defaults list names, and a construct only OmegaConf reads. */
interface FolderYaml extends HydraDefaults {
  readonly omegaconfMarker?: string;
}

/** YAML file name → what it says, for the YAML files directly in a folder. */
type FolderGroups = ReadonlyMap<string, FolderYaml>;

function readFolderGroups(folder: string, maxFileSize?: number): FolderGroups {
  const groups = new Map<string, FolderYaml>();
  const limit = Math.min(maxFileSize ?? PRIMARY_CONFIG_MAX_SIZE, PRIMARY_CONFIG_MAX_SIZE);
  for (const name of yamlFilesIn(folder)) {
    const text = readSmallText(join(folder, name), limit);
    const marker = text === undefined ? undefined : omegaconfMarker(text);
    groups.set(name, text === undefined ? NONE : { ...hydraDefaults(text), ...(marker !== undefined ? { omegaconfMarker: marker } : {}) });
  }
  return groups;
}

const NONE: HydraDefaults = { groups: [], configs: [] };
const NO_GROUPS: FolderGroups = new Map();

function isVisibleFolder(entry: Dirent): boolean {
  return entry.isDirectory() && !entry.name.startsWith('.');
}

function yamlFilesIn(folder: string): string[] {
  return entriesOf(folder)
    .filter((e) => e.isFile() && YAML_FILE.test(e.name))
    .map((e) => e.name);
}

/**
 * What a cached result that looked at a folder depends on: the groups that its YAML files name, whether they hold what
 * only OmegaConf reads, and what its scripts say (`@hydra.main` calls, YAML readers, `float()` keys). A new, removed or
 * edited primary config or entry point changes it; any other change to the folder does not.
 */
export function configGroupsFingerprint(folder: string, maxFileSize?: number): string {
  const parts: string[] = [];
  for (const [name, named] of readFolderGroups(folder, maxFileSize)) {
    if (named.groups.length > 0 || named.configs.length > 0 || named.hydraEntry !== undefined || named.omegaconfMarker !== undefined) {
      parts.push(`${name}: ${named.groups.join(' ')} | ${named.configs.join(' ')} | ${(named.options ?? []).join(' ')}${named.hydraEntry !== undefined ? ` | Hydra (${named.hydraEntry})` : ''}${named.omegaconfMarker !== undefined ? ' | OmegaConf' : ''}`);
    }
  }
  return `config groups\n${parts.join('\n')}\n${yamlCountFingerprint(yamlCountOf(folder))}\n${projectScriptsFingerprint(folder)}`;
}

const YAML_COUNT = `${sep}*.yaml`;

/** The name `onRead` hears for "how many YAML files this folder holds", past which its siblings are not read. */
function yamlCountOf(folder: string): string {
  return folder + YAML_COUNT;
}

const SEARCH_PATH = `${sep}(search path)`;

/**
 * The name `onRead` hears for "what the search for a config folder beside this one saw": whether the folder holds YAML
 * files of its own, and the folders beside it that were looked into. A new config folder beside it, whose defaults list
 * names an option of its groups, changes how that option is read.
 */
function searchPathOf(searchFolder: string): string {
  return searchFolder + SEARCH_PATH;
}

/** The folders beside a search-path folder that are looked into, in the order the folder lists them. */
function searchPathSiblings(parent: string): string[] {
  return entriesOf(parent).filter(isVisibleFolder).slice(0, MAX_SEARCH_PATH_SIBLINGS).map((e) => e.name);
}

/** For `searchPathOf(folder)`: whether the folder holds YAML files, and the folders beside it that the search reads. */
export function searchPathFingerprint(marker: string): string | undefined {
  if (!marker.endsWith(SEARCH_PATH)) return undefined;
  const searchFolder = marker.slice(0, -SEARCH_PATH.length);
  return `search path\nholds YAML: ${yamlFilesIn(searchFolder).length > 0 ? 'yes' : 'no'}\nbeside it: ${searchPathSiblings(dirname(searchFolder)).join(' ')}`;
}

/** For `yamlCountOf(folder)`: whether the folder holds more YAML files than a file's siblings are read for. */
export function yamlCountFingerprint(marker: string): string | undefined {
  if (!marker.endsWith(YAML_COUNT)) return undefined;
  return `more than ${MAX_SIBLINGS} YAML files: ${yamlFilesIn(marker.slice(0, -YAML_COUNT.length)).length > MAX_SIBLINGS ? 'yes' : 'no'}`;
}
