/**
 * Hydra config groups, seen from the folder layout. A group option (`conf/optimizer/adam.yaml`) often
 * holds nothing that says Hydra (`lr: 1e-4`, `momentum: 0.9`), yet OmegaConf reads it, not PyYAML,
 * because a primary config above it (`conf/config.yaml`) names its folder in a defaults list
 * (`- optimizer: adam`). Core has no file system: front-ends read the files above a config and ask
 * here which groups they compose.
 */
import { parseConfig } from '../parse/index.js';
import type { FrameworkId } from './frameworks.js';

/** A framework that composes the file from a config elsewhere, and why that is known. */
export interface ComposedBy {
  readonly framework: FrameworkId;
  /** Says where the file is named, for `mlconfig classify` and explanations (`config group \`optimizer\` of conf/config.yaml`). */
  readonly evidence: string;
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
  if (!DEFAULTS_LIST.test(text)) return [];
  const parsed = parseConfig(text, { format: 'yaml' });
  const root = parsed.document?.documents[0]?.root;
  if (root?.kind !== 'map') return [];
  const defaults = root.entries.find((e) => e.key.value === 'defaults')?.value;
  if (defaults?.kind !== 'seq') return [];
  const groups = new Set<string>();
  for (const item of defaults.items) {
    if (item.kind === 'map') {
      for (const e of item.entries) addGroup(groups, groupPath(String(e.key.value)));
    } else if (item.kind === 'scalar' && typeof item.value === 'string') {
      const path = groupPath(item.value);
      const slash = path.lastIndexOf('/');
      if (slash > 0) addGroup(groups, path.slice(0, slash));
    }
  }
  return [...groups];
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
