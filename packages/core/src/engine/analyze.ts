/**
 * parse → detect frameworks → choose the loader → classify → model: everything rules read.
 */
import { hydraPackage } from '../model/hydra-package.js';
import type { ConfigDocument, ConfigFormat, ParseProblem } from '../document/types.js';
import { LineIndex } from '../document/line-index.js';
import { parseConfig } from '../parse/index.js';
import { buildKeyIndex, type KeyIndex } from '../model/key-index.js';
import { normalizeKey } from '../classify/normalize.js';
import { AXOLOTL_KEYS } from '../frameworks-data/axolotl.js';
import { LITGPT_KEYS } from '../frameworks-data/litgpt.js';
import { LLAMA_FACTORY_KEYS } from '../frameworks-data/llama-factory.js';
import { HF_TRAINING_ARGS } from '../frameworks-data/hf-training-args.js';
import { HYDRA_DEFAULTS_EVIDENCE } from '../model/framework-profiles.js';
import { detectFrameworks, frameworkById, isPartialConfig, type DetectedFramework, type FrameworkId } from '../model/frameworks.js';
import { LOADERS, defaultLoaderFor, type LoaderId, type LoaderProfile } from '../loader/profiles.js';
import { applySweepCommandLine } from '../loader/sweep-values.js';
import { isWandbSweep } from '../model/wandb-sweep.js';
import { isWandbConfigFile, unwrapWandbValues } from '../model/wandb-config-defaults.js';
import { applyLoader } from '../loader/apply-loader.js';
import { classifyDocument, type Field } from '../classify/classify.js';
import { buildTrainingRuns, type ScriptFacts, type TrainingRun } from '../model/training-run.js';
import type { ComposedBy, LayoutLoader, ScriptsYamlRead } from '../model/hydra-groups.js';

const NO_SCRIPT_FACTS: ScriptFacts = {};

export interface Analysis {
  readonly document: ConfigDocument;
  readonly lines: LineIndex;
  readonly index: KeyIndex;
  readonly frameworks: readonly DetectedFramework[];
  readonly loader: LoaderProfile;
  /** True when nothing (settings, a detected framework) named the loader and the format's default was taken. */
  readonly loaderAssumed: boolean;
  /** Why the loader was taken from the project's layout rather than from the file (`OmegaConf.load` in src/train.py). */
  readonly loaderEvidence?: string;
  readonly fields: readonly Field[];
  readonly runs: readonly TrainingRun[];
  readonly partial: boolean;
  /** Where the composing framework puts the file's keys (`train` for Hydra's `train/default.yaml`; see hydra-package.ts), when not at the top. */
  readonly packagePath?: string;
  /** What the project's scripts and dependency files show, as the front-end found it (`AnalyzeOptions.scripts`); empty when it looked for nothing. */
  readonly scripts: ScriptFacts;
}

export interface AnalyzeOptions {
  readonly format: ConfigFormat;
  readonly filePath?: string;
  /** Framework profiles to apply whatever the fingerprints say. */
  readonly frameworks?: readonly string[];
  /** The loader that reads the file, when settings know it better than detection. */
  readonly loader?: LoaderId;
  /**
   * The framework that composes this file from a config elsewhere, as the folder layout shows it (a
   * Hydra group option under a primary config's defaults list). The file is then one part of a run, unless
   * the framework loads it as a primary config (a script's `@hydra.main(config_name=...)`).
   */
  readonly composedBy?: ComposedBy;
  /**
   * Keys the project's own scripts pass through `float()` (`eps=float(params['eps'])`), found by a front-end: read as
   * numbers whatever the loader makes of them, as a framework's `floatKeys` are.
   */
  readonly floatKeys?: readonly string[];
  /** The loader the project's scripts show, for a file whose keys name no framework that decides (see `LayoutLoader`). */
  readonly layoutLoader?: LayoutLoader;
  /**
   * How the project's scripts read YAML, found by a front-end: a file whose keys name a program that reads YAML with a
   * library the scripts never import, while they read configs with PyYAML, is read with PyYAML (see `ScriptsYamlRead`).
   */
  readonly scriptsReadYaml?: ScriptsYamlRead;
  /**
   * What the project's scripts show about the run that the file cannot, found by a front-end: a schedule they always
   * build (OpenOOD's `LambdaLR(…)`), Adam never given a weight decay (CLMR), an RAdam that is not torch's (see `ScriptFacts`).
   */
  readonly scripts?: ScriptFacts;
}

export type AnalyzeResult = { readonly analysis: Analysis; readonly problems: readonly [] } | { readonly analysis?: undefined; readonly problems: readonly ParseProblem[]; readonly text: string };

export function analyze(text: string, options: AnalyzeOptions): AnalyzeResult {
  const parsed = parseConfig(text, options);
  if (parsed.document) return { analysis: analyzeDocument(parsed.document, options), problems: [] };
  const lenient = analyzeLenientJson(text, options, parsed.problems);
  if (lenient) return { analysis: lenient, problems: [] };
  return { problems: parsed.problems, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}

/**
 * Plain JSON that is not strict JSON. Python's `json.load` rejects comments and trailing commas, so they
 * stay a parse error, unless the file belongs to a program that reads more: Coqui TTS's
 * `read_json_with_comments` and tiny-cuda-nn strip comments (a trailing comma is still an error there),
 * Amphion reads JSON5, a project whose scripts import commentjson or json5 reads comments and trailing commas, and one
 * whose scripts strip `//` comments with `re.sub` before `json.loads` reads line comments.
 * Detection needs a document, hence the lenient second parse; it happens only for files that failed.
 */
function analyzeLenientJson(text: string, options: AnalyzeOptions, problems: readonly ParseProblem[]): Analysis | undefined {
  if (options.format !== 'json') return undefined;
  const parsed = parseConfig(text, { ...options, format: 'jsonc' });
  if (!parsed.document) return undefined;
  const onlyComments = problems.every((p) => p.code === 'InvalidCommentToken');
  const analysis = analyzeDocument({ ...parsed.document, format: 'json' }, options);
  const reads = analysis.frameworks.some((f) => {
    const dialect = frameworkById(f.id)?.jsonDialect;
    return dialect === 'json5' || (dialect === 'comments' && onlyComments);
  });
  if (reads) return analysis;
  // The project's own scripts read JSON with commentjson or json5 (diligent-man's Video_Anomaly_Detection).
  const byScripts = options.scripts?.lenientJson;
  if (byScripts !== undefined) return { ...analysis, loaderEvidence: byScripts };
  // Or read the file with `OmegaConf.load`, as YAML (avocodo): a trailing comma is forgiven, and nothing else.
  const asYaml = options.scripts?.jsonReadAsYaml;
  if (asYaml !== undefined && problems.every((p) => isTrailingComma(text, p))) return { ...analysis, loaderEvidence: asYaml };
  // Or strip `//` line comments with a regular expression (Edresson's Wav2Vec-Wrapper): nothing else is forgiven.
  const stripped = options.scripts?.jsonLineComments;
  const lineCommentsOnly = onlyComments && problems.every((p) => text.startsWith('//', p.range[0]));
  return stripped !== undefined && lineCommentsOnly ? { ...analysis, loaderEvidence: stripped } : undefined;
}

/** A missing name or value where an object or list closes right after a comma: `{"a": 1,}`, `[1, 2,]`. */
function isTrailingComma(text: string, problem: ParseProblem): boolean {
  if (problem.code !== 'PropertyNameExpected' && problem.code !== 'ValueExpected') return false;
  const at = problem.range[0];
  if (text[at] !== '}' && text[at] !== ']') return false;
  let k = at - 1;
  while (k >= 0 && /\s/.test(text[k]!)) k--;
  return text[k] === ',';
}

/** Analyses a document built elsewhere (the ESLint plugin builds one from ESLint's AST). */
export function analyzeDocument(written: ConfigDocument, options: Omit<AnalyzeOptions, 'format'> = {}): Analysis {
  // A W&B config file wraps each setting as `{desc, value}`: the run sees the values.
  const document = isWandbConfigFile(written) ? unwrapWandbValues(written) : written;
  const index = buildKeyIndex(document);
  const frameworks = withoutBorrowedCliNames(withoutBorrowedHfNames(detectFrameworks(index, options.frameworks ?? [], options.composedBy), index, options), index, options);
  const byScripts = options.loader === undefined && document.format === 'yaml' ? borrowedNamesLoader(frameworks, options.scriptsReadYaml, options.layoutLoader) : undefined;
  const fromFile = options.loader ?? (byScripts ? undefined : loaderFor(document, frameworks));
  const layout = options.layoutLoader?.upperCaseOnly && !(index.upperCaseKeys || index.upperCaseTopLevel || keysKnownTo(index, options.layoutLoader)) ? undefined : options.layoutLoader;
  // A sweep the `wandb` CLI reads; one a script creates with `wandb.sweep(cfg)` is read by the project's reader. Either
  // way, `wandb agent` passes the values to a `program` on its command line.
  const anySweep = document.format === 'yaml' && isWandbSweep(index);
  const sweep = anySweep && options.scripts?.sweepFromScript === undefined;
  const fromLayout = byScripts ?? (fromFile === undefined && document.format === 'yaml' && !sweep ? layout : undefined);
  const chosen = fromFile ?? fromLayout?.id;
  const loader = LOADERS[chosen ?? defaultLoaderFor(document.format)];
  applyLoader(document, loader, floatKeysOf(frameworks, options.floatKeys));
  if (anySweep) applySweepCommandLine(document, loader, options.scripts);
  const decayPoints = options.scripts?.warmupDecayPoints;
  const fields = classifyDocument(document, { frameworks: frameworks.map((f) => f.id), ...(decayPoints ? { warmupDecayPoints: decayPoints } : {}) });
  const partial = (options.composedBy !== undefined && options.composedBy.primary !== true) || isPartialConfig(index);
  const scripts = scriptFactsFor(frameworks, options.scripts);
  const runs = buildTrainingRuns(document, fields, frameworks, partial, scripts);
  const loaderEvidence = fromLayout?.evidence;
  const packagePath = options.composedBy?.framework === 'hydra' && options.composedBy.primary !== true ? hydraPackage(document.text, options.composedBy.group) : undefined;
  return { document, lines: new LineIndex(document.text), index, frameworks, loader, loaderAssumed: chosen === undefined && !sweep, ...(loaderEvidence ? { loaderEvidence } : {}), fields, runs, partial, ...(packagePath !== undefined ? { packagePath } : {}), scripts };
}

/**
 * The script facts that hold for this file. A setting the project's code reads only in a commented-out line is unread
 * only where that code is the file's reader: a framework (HF Trainer, Lightning's CLI, axolotl) reads its keys itself.
 */
function scriptFactsFor(frameworks: readonly DetectedFramework[], scripts: ScriptFacts | undefined): ScriptFacts {
  if (scripts === undefined) return NO_SCRIPT_FACTS;
  if (scripts.unreadSettings === undefined || frameworks.length === 0) return scripts;
  const kept: { -readonly [K in keyof ScriptFacts]: ScriptFacts[K] } = { ...scripts };
  delete kept.unreadSettings;
  return kept;
}

/** Every top-level key of the file is one the loader's defaults define (yacs refuses any other). */
function keysKnownTo(index: KeyIndex, layout: LayoutLoader): boolean {
  if (layout.knownKeys === undefined || index.topLevel.size === 0) return false;
  // The index holds normalised names (`TRAINING` → `training`); the defaults' keys are as the script writes them.
  const known = new Set(layout.knownKeys.map(normalizeKey));
  for (const k of index.topLevel.keys()) if (!known.has(k)) return false;
  return true;
}

/** Keys that a detected framework or the project's scripts convert with `float()` whatever the loader made of them. */
function floatKeysOf(frameworks: readonly DetectedFramework[], fromScripts: readonly string[] = []): ReadonlySet<string> {
  const keys = new Set<string>(fromScripts);
  for (const f of frameworks) for (const k of frameworkById(f.id)?.floatKeys ?? []) keys.add(k);
  return keys;
}

/**
 * HF Trainer's key names in a file that a program of its own reads (the DSTC9 baseline's `params.json`, merged into
 * its argparse namespace and read as `args.per_gpu_train_batch_size`, `args.fp16`): when the project's scripts build
 * no HF Trainer, name none of its argument classes, and read at least three of the file's top-level keys as
 * `args.<name>`, the file is that program's, and HF's deprecations and types do not apply. A framework the settings
 * name stays.
 */
function withoutBorrowedHfNames(frameworks: DetectedFramework[], index: KeyIndex, options: Omit<AnalyzeOptions, 'format'>): DetectedFramework[] {
  const own = options.scripts?.ownArguments;
  if (!own || options.frameworks?.includes('hf-trainer') || !frameworks.some((f) => f.id === 'hf-trainer')) return frameworks;
  const names = new Set(own.names.map(normalizeKey));
  let read = 0;
  for (const k of index.topLevel) if (names.has(k)) read++;
  return read >= OWN_ARGUMENTS_READ ? frameworks.filter((f) => f.id !== 'hf-trainer') : frameworks;
}

/**
 * The key names of a framework run from its own command line (axolotl, LitGPT, LLaMA-Factory), in a file a program of its
 * own reads: att2's `sft.yaml`
 * sets axolotl's `base_model`, `lora_r` and `output_dir` beside `lr`, `use_qlora` and `dataset_jsonl`, and its
 * `train/sft.py` reads them as `cfg["lr"]`; litgpt_project's `run_train.py` reads LitGPT's `train:` and `data:` beside
 * its own `optimization:` and `checkpointing:` with `train_cfg.get(...)`. When the project's scripts read at least three
 * of the file's top-level keys, two of them keys the framework does not define (it would drop or refuse them), the file
 * is theirs. A framework the settings name stays.
 */
const CLI_FRAMEWORK_KEYS: readonly (readonly [FrameworkId, ReadonlySet<string>])[] = [
  ['axolotl', AXOLOTL_KEYS],
  ['litgpt', LITGPT_KEYS],
  // LLaMA-Factory's arguments are its own dataclasses' fields and HF's TrainingArguments.
  ['llama-factory', new Set([...LLAMA_FACTORY_KEYS, ...HF_TRAINING_ARGS])],
];

function withoutBorrowedCliNames(frameworks: DetectedFramework[], index: KeyIndex, options: Omit<AnalyzeOptions, 'format'>): DetectedFramework[] {
  const reads = options.scripts?.settingsReads;
  if (!reads) return frameworks;
  let kept = frameworks;
  for (const [id, known] of CLI_FRAMEWORK_KEYS) {
    if (options.frameworks?.includes(id) || !kept.some((f) => f.id === id)) continue;
    let read = 0;
    let foreign = 0;
    for (const k of index.topLevel) {
      if (!Object.hasOwn(reads, k)) continue;
      read++;
      if (!known.has(k)) foreign++;
    }
    if (read >= OWN_ARGUMENTS_READ && foreign >= FOREIGN_KEYS_READ) kept = kept.filter((f) => f.id !== id);
  }
  return kept;
}

/** How many keys the framework does not define a program of its own must read from the file for it to be its. */
const FOREIGN_KEYS_READ = 2;

/** How many of a file's top-level keys a program of its own must read as `args.<name>` for the file to be its. */
const OWN_ARGUMENTS_READ = 3;

const HYDRA_LIBRARIES: readonly string[] = ['hydra', 'omegaconf'];

/**
 * Hydra was told only by a `defaults:` list, the weakest of its signs. snn-transparent-grasping's `cnn.yaml` starts
 * `defaults: [base]` and its trainer merges `base.yaml` under it with `yaml.safe_load`. A file with `_target_`, an
 * interpolation or a `hydra:` block (Orchestr.AI's NequIP templates, which NequIP composes outside the repository)
 * stays OmegaConf's, whatever the project's own scripts read with.
 */
function hydraByDefaultsListOnly(frameworks: readonly DetectedFramework[]): boolean {
  const hydra = frameworks.find((f) => f.id === 'hydra');
  return hydra !== undefined && !hydra.forced && hydra.evidence.every((e) => HYDRA_DEFAULTS_EVIDENCE.has(e));
}

/**
 * PyYAML, when the framework that would decide the loader reads its YAML with a library (`readsWith`) that none of the
 * project's scripts imports while they read configs with PyYAML: donut_distill borrows Donut's key names, but its
 * `config/loader.py` reads them with `yaml.safe_load`, not `sconf`.
 */
function borrowedNamesLoader(frameworks: readonly DetectedFramework[], scripts: ScriptsYamlRead | undefined, layout: LayoutLoader | undefined): LayoutLoader | undefined {
  if (!scripts) return undefined;
  const deciding = frameworks.map((f) => frameworkById(f.id)).find((p) => p?.yamlLoader !== undefined);
  const libraries = deciding?.readsWith ?? (deciding?.id === 'hydra' && hydraByDefaultsListOnly(frameworks) ? HYDRA_LIBRARIES : undefined);
  if (!deciding || !libraries || libraries.some((l) => scripts.imports.includes(l))) return undefined;
  // PyYAML as the scripts set it up: HAKE-Action-Torch adds a float resolver to the loader it reads its yacs-style file with.
  if (layout?.id === 'pyyaml-sci') return layout;
  const merge = libraries.includes('yacs') ? ' nor merge a file into a `CfgNode` or decode its values with `literal_eval`' : '';
  return { id: 'pyyaml', evidence: `PyYAML in ${scripts.pyyamlIn}: the project's scripts never import ${libraries.map((l) => `\`${l}\``).join(' or ')}${merge}, which ${deciding.name} reads its configs with` };
}

/** The loader a detected framework (or DeepSpeed's JSON) implies, or undefined when only the format's default is left. */
function loaderFor(document: ConfigDocument, frameworks: readonly DetectedFramework[]): LoaderId | undefined {
  const format = document.format;
  if (format !== 'yaml') return defaultLoaderFor(format);
  // DeepSpeed reads its config with `json.load` whatever the file is called (CogVideo's `zero2.yaml` is JSON).
  if (frameworks.some((f) => f.id === 'deepspeed') && document.text.trimStart().startsWith('{')) return 'json';
  for (const f of frameworks) {
    const loader = frameworkById(f.id)?.yamlLoader;
    if (loader) return loader;
  }
  return undefined;
}
