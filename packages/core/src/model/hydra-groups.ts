/**
 * Hydra config groups, seen from the folder layout. A group option (`conf/optimizer/adam.yaml`) often
 * holds nothing that says Hydra (`lr: 1e-4`, `momentum: 0.9`), yet OmegaConf reads it, not PyYAML,
 * because a primary config above it (`conf/config.yaml`) names its folder in a defaults list
 * (`- optimizer: adam`). Core has no file system: front-ends read the files above a config and ask
 * here which groups they compose.
 */
import { parseConfig } from '../parse/index.js';
import type { FrameworkId } from './frameworks.js';
import type { LoaderId } from '../loader/profiles.js';

/** A framework that composes the file from a config elsewhere, and why that is known. */
export interface ComposedBy {
  readonly framework: FrameworkId;
  /** Says where the file is named, for `mlconfig classify` and explanations (`config group \`optimizer\` of conf/config.yaml`). */
  readonly evidence: string;
  /**
   * The framework loads the file as a whole run (a script's `config_name`, or a file at the top of its config
   * folder that `--config-name` selects), not as one part of another: whether settings are missing is then the
   * file's own say (a defaults list in it still makes it partial).
   */
  readonly primary?: boolean;
  /**
   * The config group the file is an option of (`train`, `model/encoder`), when the framework composes it as one: Hydra
   * puts the file's keys under that path, unless a `# @package` header at its top says otherwise.
   */
  readonly group?: string;
}

/**
 * The loader a project's scripts show reading its YAML configs when no program is known (they read YAML with
 * `OmegaConf.load`, or into simple_parsing's dataclasses, and nothing else): it reads a file whose own keys name no
 * framework that decides, without any framework counting as detected or the file as a part of a run.
 */
export interface LayoutLoader {
  readonly id: LoaderId;
  /** Names the script, for `mlconfig classify` (`OmegaConf.load` in src/train.py, …). */
  readonly evidence: string;
  /** Only for files written as yacs writes them (UPPER_CASE keys or namespaces): a project's other YAML files may be read otherwise. */
  readonly upperCaseOnly?: true;
  /** With `upperCaseOnly`: a lowercase file whose top-level keys all appear among these (the yacs defaults' keys) is read so too. */
  readonly knownKeys?: readonly string[];
}

/**
 * The project's scripts read a config with PyYAML (`pyyamlIn`, the first such script) and import these config
 * libraries (`sconf`, `yacs`, …): when the keys name a program that reads its YAML with a library the scripts never
 * import (Donut's `sconf`), the project is a program of its own that borrowed the names, and PyYAML reads the file.
 */
export interface ScriptsYamlRead {
  readonly pyyamlIn: string;
  readonly imports: readonly string[];
}

// Hydra only reads a defaults list at the top of a file.
const DEFAULTS_LIST = /^defaults\s*:/m;

/**
 * The config groups a Hydra defaults list in this YAML text composes, as folder paths relative to the
 * file's own folder: `- optimizer: adam` and `- override /model/encoder@net: big` give `optimizer` and
 * `model/encoder`; `- db/mysql` (a config by path) gives `db`. Hydra's own groups (`hydra/launcher`)
 * configure Hydra, not training, and are left out. Text without a defaults list gives none.
 */
export function hydraComposedGroups(text: string): string[] {
  return [...hydraDefaults(text).groups];
}

/** What a defaults list composes: config groups (folders, as above) and configs of the file's own folder (`- train` is `train.yaml`). */
export interface HydraDefaults {
  readonly groups: readonly string[];
  readonly configs: readonly string[];
  /** The group options the list selects by name, as `group/option` (`- optimizer: adam` gives `optimizer/adam`). */
  readonly options?: readonly string[];
  /**
   * An entry only Hydra's defaults lists hold (`hydra/job_logging: colorlog`, `override hydra/launcher: joblib`,
   * `_self_`): the file is a Hydra primary config, and every folder below its own is a config group, named in the list
   * or not (Hydra lets the command line select any: `optimizer=adamw` reads `optimizer/adamw.yaml`).
   */
  readonly hydraEntry?: string;
}

const NO_DEFAULTS: HydraDefaults = { groups: [], configs: [] };

export function hydraDefaults(text: string): HydraDefaults {
  const block = defaultsBlock(text);
  if (block === undefined) return NO_DEFAULTS;
  // Only the defaults list is parsed: front-ends ask this of every YAML file beside or above a linted one.
  const parsed = parseConfig(block, { format: 'yaml' });
  const root = parsed.document?.documents[0]?.root;
  if (root?.kind !== 'map') return NO_DEFAULTS;
  const defaults = root.entries.find((e) => e.key.value === 'defaults')?.value;
  if (defaults?.kind !== 'seq') return NO_DEFAULTS;
  const groups = new Set<string>();
  const configs = new Set<string>();
  const options = new Set<string>();
  let hydraEntry: string | undefined;
  for (const item of defaults.items) {
    if (item.kind === 'map') {
      for (const e of item.entries) {
        const group = groupPath(String(e.key.value));
        if (group === 'hydra' || group.startsWith('hydra/')) hydraEntry ??= group;
        addGroup(groups, group);
        if (groups.has(group) && e.value.kind === 'scalar' && typeof e.value.value === 'string' && /^[\w.-]+$/.test(e.value.value)) options.add(`${group}/${e.value.value}`);
      }
    } else if (item.kind === 'scalar' && typeof item.value === 'string') {
      const path = groupPath(item.value);
      if (path === '_self_') hydraEntry ??= path;
      const slash = path.lastIndexOf('/');
      if (slash > 0) addGroup(groups, path.slice(0, slash));
      // DeepKE's `- train`: `train.yaml` beside the primary config (`/train` would be the same at the config root).
      else if (slash < 0 && path !== '' && path !== '_self_' && !/[${}]/.test(path)) configs.add(path);
    }
  }
  return { groups: [...groups], configs: [...configs], ...(options.size > 0 ? { options: [...options] } : {}), ...(hydraEntry !== undefined ? { hydraEntry } : {}) };
}

/**
 * The top-level `defaults:` entry's text, when it holds a list (`defaults:` followed by `- ...` lines, or a flow
 * `[...]`); a `defaults:` mapping (a YAML anchor block such as `defaults: &base`) is not a Hydra defaults list.
 */
function defaultsBlock(text: string): string | undefined {
  const m = DEFAULTS_LIST.exec(text);
  if (!m) return undefined;
  const lines = text.slice(m.index).split(/\r?\n/);
  const rest = lines[0].slice(lines[0].indexOf(':') + 1).trim();
  if (rest.startsWith('[')) return lines[0];
  if (rest !== '' && !rest.startsWith('#')) return undefined;
  let end = 1;
  // The list's lines: indented, blank, comments, or `- item` at the key's own column (YAML allows it).
  while (end < lines.length && (/^(?:\s|-|#|$)/.test(lines[end]))) end++;
  const block = lines.slice(0, end).join('\n');
  return /^\s*-/m.test(lines.slice(1, end).join('\n')) ? block + '\n' : undefined;
}

/** `override /model/encoder@net` → `model/encoder`. */
function groupPath(entry: string): string {
  return entry
    .trim()
    .replace(/^(?:(?:override|optional)\s+)+/, '')
    .replace(/@.*$/, '')
    .replace(/^\/+/, '')
    .replace(/\/+$/, '');
}

function addGroup(groups: Set<string>, group: string): void {
  if (group === '' || group === '_self_' || group === 'hydra' || group.startsWith('hydra/')) return;
  groups.add(group);
}
