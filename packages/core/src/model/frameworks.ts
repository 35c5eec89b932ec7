/**
 * Framework detection by key fingerprints (RULES-CATALOG.md section D), and what each framework
 * implies for the rest of the pipeline: which YAML loader reads the file, and whether the file is
 * usually a fragment composed with others (Hydra defaults, `_BASE_`), where a missing setting
 * proves nothing. The profiles themselves are in framework-profiles.ts.
 */
import type { KeyIndex } from './key-index.js';
import type { ComposedBy } from './hydra-groups.js';
import { FRAMEWORKS, type DetectedFramework, type FrameworkId, type FrameworkProfile, type Signal } from './framework-profiles.js';

export { FRAMEWORKS, type DetectedFramework, type FrameworkId, type FrameworkProfile };

/** Frameworks that hand `lr_scheduler_type`, warmup and strategies to HF Transformers' Trainer. */
export const HF_TRAINER_LIKE: readonly FrameworkId[] = ['hf-trainer', 'trl', 'axolotl', 'llama-factory'];

const BY_ID = new Map(FRAMEWORKS.map((f) => [f.id, f]));

export function frameworkById(id: string): FrameworkProfile | undefined {
  return BY_ID.get(id as FrameworkId);
}

export const FRAMEWORK_IDS = FRAMEWORKS.map((f) => f.id);

/**
 * What the folder layout proves counts as much as a file full of the framework's own constructs: a
 * file that a Hydra primary config composes is read by OmegaConf whatever its keys look like.
 */
const COMPOSED_BY_WEIGHT = 5;

/**
 * Frameworks whose fingerprints reach their threshold, best first; `forced` ones always included,
 * and the one that composes the file (`composedBy`, found by a front-end from the folder layout) counted in.
 */
export function detectFrameworks(index: KeyIndex, forced: readonly string[] = [], composedBy?: ComposedBy): DetectedFramework[] {
  const out: DetectedFramework[] = [];
  let lowerCaseView: KeyIndex | undefined;
  const keyHits = keySignalHits(index);
  for (let at = 0; at < FRAMEWORKS.length; at++) {
    const f = FRAMEWORKS[at]!;
    if (forced.includes(f.id)) {
      out.push({ id: f.id, name: f.name, score: Infinity, evidence: ['set in settings'], forced: true });
      continue;
    }
    // A TOML file with axolotl's names (qlora-pipe-lite's `lora_rank`, `load_in_4bit`) is another program's.
    if (f.formats && !f.formats.includes(index.format)) continue;
    const composes = composedBy?.framework === f.id;
    let score = composes ? COMPOSED_BY_WEIGHT : 0;
    const evidence: string[] = composes ? [composedBy.evidence] : [];
    const seen = f.lowerCaseNames && index.inexactTopLevelNames.size > 0 ? (lowerCaseView ??= withoutInexactTopLevel(index)) : index;
    const hits = keyHits[at] ?? [];
    for (const position of OTHER_SIGNALS[at]!) if (f.signals[position]!.test(seen)) hits.push(position);
    // The profile's order, so the evidence reads as the profile lists it.
    if (hits.length > 1) hits.sort((a, b) => a - b);
    for (const position of hits) {
      const s = f.signals[position]!;
      score += s.weight;
      evidence.push(s.evidence);
    }
    if (score >= f.threshold) out.push({ id: f.id, name: f.name, score, evidence });
  }
  out.sort((a, b) => b.score - a.score);
  return composerFirst(inReadingOrder(withoutExcluded(out), index), composedBy);
}

/** A signal that one key name sets off: its framework's and its own position. */
interface KeySignal {
  readonly framework: number;
  readonly position: number;
}

/**
 * The signals that test for one key name, by that name, in each of the index's sets. A file has tens of keys and the
 * profiles a thousand such signals: looking the file's keys up costs far less than asking every signal in turn.
 */
const KEY_SIGNALS: { readonly [K in NonNullable<Signal['key']>['in']]: Map<string, KeySignal[]> } = { topLevel: new Map(), paths: new Map(), names: new Map() };
/** Each framework's other signals (values, tags, comments, file names), asked in turn. */
const OTHER_SIGNALS: readonly (readonly number[])[] = FRAMEWORKS.map((f, framework) => {
  const others: number[] = [];
  f.signals.forEach((s, position) => {
    if (s.key === undefined) others.push(position);
    else {
      const byName = KEY_SIGNALS[s.key.in];
      const list = byName.get(s.key.name) ?? [];
      list.push({ framework, position });
      byName.set(s.key.name, list);
    }
  });
  return others;
});

/** The positions of the key signals the file's keys set off, by framework. */
function keySignalHits(index: KeyIndex): (number[] | undefined)[] {
  const hits: (number[] | undefined)[] = new Array(FRAMEWORKS.length);
  for (const name of index.topLevel) {
    const signals = KEY_SIGNALS.topLevel.get(name);
    if (signals === undefined) continue;
    // A reader that matches lower-case names exactly does not see an UPPER_CASE or `--flag` top-level key (see withoutInexactTopLevel).
    const inexact = index.inexactTopLevelNames.has(name);
    for (const s of signals) if (!(inexact && FRAMEWORKS[s.framework]!.lowerCaseNames)) (hits[s.framework] ??= []).push(s.position);
  }
  for (const [names, byName] of [[index.paths, KEY_SIGNALS.paths], [index.names, KEY_SIGNALS.names]] as const) {
    for (const name of names) {
      const signals = byName.get(name);
      if (signals !== undefined) for (const s of signals) (hits[s.framework] ??= []).push(s.position);
    }
  }
  return hits;
}

/** The index as a reader that matches lower-case names exactly sees it: no UPPER_CASE or `--flag` top-level key is one of its names. */
function withoutInexactTopLevel(index: KeyIndex): KeyIndex {
  const topLevel = new Set<string>();
  for (const name of index.topLevel) if (!index.inexactTopLevelNames.has(name)) topLevel.add(name);
  return { ...index, topLevel };
}

/**
 * The framework the folder layout shows composing the file reads it, whatever else its keys fingerprint: FlagScale's
 * Megatron-LM settings in a Hydra config group are loaded by OmegaConf and only then written out as Megatron's flags.
 * It goes first after any framework forced in settings.
 */
function composerFirst(found: DetectedFramework[], composedBy: ComposedBy | undefined): DetectedFramework[] {
  const at = composedBy ? found.findIndex((f) => f.id === composedBy.framework) : -1;
  if (at <= 0) return found;
  const composer = found[at];
  const rest = found.filter((f) => f !== composer);
  const forced = rest.filter((f) => f.forced === true).length;
  rest.splice(forced, 0, composer);
  return rest;
}

/** Drops frameworks that a detected one says do not read the file (settings that force one keep it). */
function withoutExcluded(found: DetectedFramework[]): DetectedFramework[] {
  const excluded = new Set<FrameworkId>();
  for (const f of found) {
    const profile = BY_ID.get(f.id);
    if (profile?.excludes && f.score >= (profile.excludesFrom ?? profile.threshold)) for (const id of profile.excludes) excluded.add(id);
  }
  return excluded.size === 0 ? found : found.filter((f) => f.forced === true || !excluded.has(f.id));
}

/**
 * Moves each framework that a detected one reads before (its profile's `readsBefore`) to just after it,
 * keeping their order; frameworks forced in settings stay where they are.
 */
function inReadingOrder(found: DetectedFramework[], index: KeyIndex): DetectedFramework[] {
  let ordered = found;
  for (const reader of found) {
    const before = BY_ID.get(reader.id)?.readsBefore;
    if (!before || before.unlessKeys?.some((k) => index.names.has(k))) continue;
    const at = ordered.indexOf(reader);
    const moved = ordered.slice(0, at).filter((f) => !f.forced && (before.frameworks === 'all' || before.frameworks.includes(f.id)));
    if (moved.length === 0) continue;
    const rest = ordered.filter((f) => !moved.includes(f));
    rest.splice(rest.indexOf(reader) + 1, 0, ...moved);
    ordered = rest;
  }
  return ordered;
}

/**
 * Whether a document is likely a partial config whose missing settings come from other files
 * (detectron2 `_BASE_`, Hydra `defaults:` lists and `# @package` fragments, mmengine `_base_`, a YAML file named
 * under an include key).
 * Rules that reason about a missing setting stay quiet on such files.
 */
export function isPartialConfig(index: KeyIndex): boolean {
  for (const key of ['_base_', 'base_config', 'inherit_from', '__base__']) {
    if (index.topLevel.has(key)) return true;
  }
  if (includesAnotherYaml(index)) return true;
  if (index.topLevelKinds.get('defaults') === 'seq' && !index.defaultsEntries.every(configuresOnlyHydra)) return true;
  if (index.comments.some((c) => /@package/.test(c))) return true;
  return isOptimizerFragment(index);
}

/**
 * Top-level keys that a program's own loader follows to another YAML file whose settings this one extends (torchprune's
 * `file: "training/imagenet/common.yaml"`, which holds the schedule and the epochs; `include:`, `extends:`).
 */
const INCLUDE_KEYS = ['file', 'include', 'includes', '_include_', '__include__', 'extends', 'base', 'bases', 'inherit', 'inherits', 'import', 'imports', 'base_yaml', 'base_cfg'];
/** Only a YAML file's name: `file: train.json` or `include: [cifar10]` may be data or a dataset, not a config. */
const YAML_FILE_NAME = /^[^\s{}]+\.ya?ml$/;

function includesAnotherYaml(index: KeyIndex): boolean {
  for (const key of INCLUDE_KEYS) {
    const value = index.topLevel.has(key) ? index.values.get(key) : undefined;
    if (value !== undefined && YAML_FILE_NAME.test(value.trim())) return true;
  }
  return false;
}

/** Keys an optimizer's own file holds (a Hydra `optim/sgd.yaml` group option, an optimizer override TOML). */
const OPTIMIZER_FRAGMENT_KEYS = new Set(['lr', 'learning_rate', 'momentum', 'weight_decay', 'nesterov', 'dampening', 'betas', 'eps', 'epsilon', 'method',
  'type', 'name', '_target_', '_partial_', 'amsgrad', 'lars', 'trust_coefficient']);
/** The key that names the optimizer such a file configures. */
const OPTIMIZER_FRAGMENT_CLASS_KEYS = ['type', 'name', 'method', '_target_'];

/**
 * A file that holds nothing but an optimizer's settings is one option of a composed config (pytorchvideo's
 * `conf/module/optim/sgd_ssl.yaml`, diloco-swarm's `configs/optimizer/nesterov.toml`): its schedule, run
 * length and defaults live elsewhere.
 */
function isOptimizerFragment(index: KeyIndex): boolean {
  if (index.topLevel.size < 3 || index.topLevel.size > 8) return false;
  if (!index.topLevel.has('lr') && !index.topLevel.has('learning_rate')) return false;
  if (!OPTIMIZER_FRAGMENT_CLASS_KEYS.some((k) => index.topLevel.has(k))) return false;
  for (const k of index.topLevel) if (!OPTIMIZER_FRAGMENT_KEYS.has(k)) return false;
  return true;
}

/**
 * `- _self_` and `- override hydra/sweeper: nevergrad` change how Hydra runs, not the training
 * values: a file whose defaults list holds only those still carries its whole run.
 */
function configuresOnlyHydra(entry: string): boolean {
  return entry === '_self_' || /^(?:override\s+)?\/?hydra\//.test(entry.trim());
}
