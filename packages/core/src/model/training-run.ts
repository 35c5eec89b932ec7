/**
 * The training view rules reason about: per training run, the optimizer, schedule, warmup, batch,
 * duration, precision and regularisation values, each linked to its field.
 *
 * Values are picked by concept rather than by fixed paths, so a new framework's layout mostly works
 * unchanged; framework knowledge enters as defaults (what a missing scheduler means) and as the
 * few places where a name means something specific (DeepSpeed's `train_batch_size` is global).
 */
import type { CommandLineParsing } from './command-line-parsing.js';
import type { TestedSentinel } from './sentinel-tests.js';
import { isUnder, pointerSegments } from '../document/pointer.js';
import type { ConfigDocument, MapNode, PathSegment, ScalarNode } from '../document/types.js';
import type { Field } from '../classify/classify.js';
import { numberValue, type Duration } from '../loader/special-values.js';
import { normalizeKey } from '../classify/normalize.js';
import { frameworkById, type DetectedFramework, type FrameworkId } from './frameworks.js';
import { federatedSettings } from './federated.js';
import { booleanOf, durationOf, numberOf, stringOf, type ModelValue } from './model-value.js';
import { optimizerFamily, TREE_BOOSTING_KEYS, type OptimizerFamily } from './optimizer-family.js';
import { referencesFor, type References } from './references.js';
import { readsCosinePeriod, scheduleShape, type ScheduleShape } from './schedule-shape.js';
import { LR_DECAY_FACTOR_NAMES } from './decay-factor-names.js';
import { findRunScopes } from './run-scopes.js';
import { RecentMemo } from '../util/recent-memo.js';
import { own } from '../util/own.js';
import { readsEnoughOf } from './hf-keyword-arguments.js';

export interface OptimizerModel {
  readonly name?: ModelValue<string>;
  readonly family: OptimizerFamily;
  /** Whether `name` comes from the framework's default rather than the file. */
  readonly nameFromDefault: boolean;
  /**
   * Where the project's scripts build the optimizer, when they build Adam only and hand it the file's weight decay, and
   * the file names no optimizer or names AdamW, which they never build (`family` is then `adam`).
   */
  readonly fromScripts?: string;
  /** The file names AdamW, but the scripts build torch's Adam whatever it says (see `fromScripts`). */
  readonly nameIgnoredByScripts?: true;
  /** Whether weight decay is decoupled (AdamW-style); undefined when unknown. */
  readonly decoupledWeightDecay?: boolean;
  readonly lr?: ModelValue<number>;
  readonly weightDecay?: ModelValue<number>;
  /**
   * Where the project's scripts hand another key of the file to Adam as its weight decay (PC-GNN's
   * `optim.Adam(..., weight_decay=args.lambda_2)`); `weightDecay` is then that key's value.
   */
  readonly weightDecayFromScripts?: string;
  readonly momentum?: ModelValue<number>;
  readonly beta1?: ModelValue<number>;
  readonly beta2?: ModelValue<number>;
  readonly eps?: ModelValue<number>;
  /** The optimizer block (`optimizer:`, `model.optim:`), when there is one. */
  readonly block?: Field;
}

export interface ScheduleModel {
  readonly type?: ModelValue<string>;
  readonly shape: ScheduleShape;
  /**
   * `explicit`: written in the file; `framework-default`: the framework's default applies; `scripts`: the file names
   * none and the project's scripts build one whatever it says; `absent`: none and no default known.
   */
  readonly source: 'explicit' | 'framework-default' | 'scripts' | 'absent';
  /** Where the scripts build the schedule, when `source` is `scripts`. */
  readonly scriptEvidence?: string;
  readonly warmupSteps?: ModelValue<Duration>;
  readonly warmupRatio?: ModelValue<number>;
  /** The schedule's own horizon (DeepSpeed `total_num_steps`, nanoGPT `lr_decay_iters`). */
  readonly totalSteps?: ModelValue<Duration>;
  readonly block?: Field;
}

export interface BatchModel {
  readonly micro?: ModelValue<number>;
  readonly accumulation?: ModelValue<number>;
  readonly global?: ModelValue<number>;
  /** A plain `batch_size` whose scope (per device or global) the framework decides. */
  readonly size?: ModelValue<number>;
  readonly worldSize?: ModelValue<number>;
}

export interface DurationModel {
  readonly epochs?: ModelValue<number>;
  readonly maxSteps?: ModelValue<Duration>;
}

export interface PrecisionModel {
  readonly fp16?: ModelValue<boolean>;
  readonly bf16?: ModelValue<boolean>;
  readonly precision?: ModelValue<string>;
}

export interface RegularizationModel {
  readonly dropouts: readonly ModelValue<number>[];
  readonly weightDecay?: ModelValue<number>;
}

export interface TrainingRun {
  readonly documentIndex: number;
  /** Path of the mapping this run's settings live under (empty for the whole document). */
  readonly scopePath: readonly PathSegment[];
  readonly fields: readonly Field[];
  readonly optimizer: OptimizerModel;
  readonly schedule: ScheduleModel;
  readonly batch: BatchModel;
  readonly duration: DurationModel;
  readonly precision: PrecisionModel;
  readonly regularization: RegularizationModel;
  readonly frameworks: readonly FrameworkId[];
}

/** Ancestors whose contents are search spaces or sweeps, never the values of a run. */
const SEARCH_CONTEXT = /^(?:hyperopt|sweep|sweeper|sweeps|search_space|param_space|parameters_space|tune|tuner|optuna|hparams_search|search)$/;
/** Ancestors that hold evaluation/inference settings rather than training ones. */
const EVAL_CONTEXT = /^(?:eval|evaluation|evaluators?|val|valid|validation|test|inference|predict)(?:_|$)/; // eval_loader, valid_dataloader_opts, test_ds, …

/**
 * Fields of one concept. A run asks a few dozen such questions of the same field list; the index is
 * built once per list and kept with it.
 */
const BY_CONCEPT = new RecentMemo<readonly Field[], Map<string, Field[]>>();
const NONE: readonly Field[] = [];

function byConcept(fields: readonly Field[], concept: string): readonly Field[] {
  return BY_CONCEPT.getOrMake(fields, conceptIndex).get(concept) ?? NONE;
}

function conceptIndex(fields: readonly Field[]): Map<string, Field[]> {
  const index = new Map<string, Field[]>();
  for (const f of fields) {
    if (f.concept === undefined) continue;
    const list = index.get(f.concept);
    if (list) list.push(f);
    else index.set(f.concept, [f]);
  }
  return index;
}

/** Fields with any of `names`, in document order (asked a handful of times per run: a scan is cheaper than an index). */
function byName(fields: readonly Field[], names: readonly string[]): Field[] {
  return fields.filter((f) => names.includes(f.normalized));
}

/**
 * The outer loop of DiLoCo-style or federated training (`outer_optimizer`, `outer_lr_scheduler`, a federated
 * `server_lr`, pfl-research's `central_optimizer`, FedML's `federated_optimizer: FedOpt`): it applies averaged
 * updates from many inner steps, at rates such as 0.7-1.0 for SGD, so it is not the run's optimizer and its
 * rate is not judged by the usual ranges.
 */
const isOuterLoop = (f: Field): boolean => f.path.some((s) => typeof s === 'string' && /^(?:outer|server|central|federated)(?:_|$)/.test(normalizeKey(s)));

/**
 * The inner loop of MAML-style meta-learning: a fixed step taken on each task before the meta-update
 * (pytorch-maml-rl's `fast-lr: 0.1`, MAML-Pytorch's `update_lr`, learn2learn's `fast_lr`, aw_nas's
 * `controller_base_optimizer` beside its `controller_meta_optimizer`). It is constant by design and often large,
 * so it is not the run's learning rate.
 */
const INNER_LOOP_RATE = /^(?:init_)?(?:fast|inner|inner_loop|task|adapt|adaptation|update)_(?:lr|learning_rate|step_size)$/;
/**
 * The meta-update's own rate. Beside it, the other rates of the block are the inner loop's, whatever they are named
 * (MetaWSD's `output_lr: 0.1` and `learner_lr` beside `meta_lr`, read by its MAML learners' per-task steps).
 */
const META_RATE = /^meta_(?:lr|learning_rate|step_size)$/;
/** Per block, so that a block of thousands of rates is scanned once. */
const META_RATE_BLOCKS = new WeakMap<MapNode, boolean>();
function hasMetaRate(block: MapNode): boolean {
  let answer = META_RATE_BLOCKS.get(block);
  if (answer === undefined) {
    answer = block.entries.some((e) => META_RATE.test(normalizeKey(String(e.key.value))));
    META_RATE_BLOCKS.set(block, answer);
  }
  return answer;
}
const isInnerLoop = (f: Field): boolean => {
  if (INNER_LOOP_RATE.test(f.normalized)) return true;
  if (!META_RATE.test(f.normalized) && hasMetaRate(f.container)) return true;
  for (let a = f.parent; a; a = a.parent) {
    if (/^(?:inner|fast)(?:_|$)/.test(a.normalized)) return true;
    const meta = a.normalized.replace(/(^|_)base(?=_|$)/, '$1meta');
    if (meta !== a.normalized && a.container.entries.some((e) => normalizeKey(String(e.key.value)) === meta)) return true;
  }
  return false;
};

/** A learning rate of federated clients (`local_learning_rate`, `client_lr`): in federated settings, a plain `learning_rate` beside one is the server's (pfl-research). */
const CLIENT_LR = /^(?:local|client)_(?:lr|learning_rate)$/;
const isSearch = (f: Field): boolean => f.path.some((s) => typeof s === 'string' && SEARCH_CONTEXT.test(normalizeKey(s)));
const isEval = (f: Field): boolean => f.path.slice(0, -1).some((s) => typeof s === 'string' && EVAL_CONTEXT.test(normalizeKey(s)));
/**
 * Data preparation and sampling blocks: a `max_duration` there is seconds of audio per utterance (Amphion
 * `preprocess`) or per batch (lhotse samplers), not the run's length.
 */
const DATA_CONTEXT = /^(?:preprocess|preprocessing|data|dataset|datasets|dataloader|data_loader|audio|features?|sampler|batch_sampler|generation|inference|decoding)$/;
const inDataBlock = (f: Field): boolean => f.path.slice(0, -1).some((s) => typeof s === 'string' && DATA_CONTEXT.test(normalizeKey(s)));

/**
 * Step counts named so generically that they often count something else: TabNet's decision steps
 * (Ludwig `combiner.num_steps`), a diffusion sampler's steps (NeMo `sampler.num_steps`), slot attention's refinement
 * rounds (OCVP's `model.SAVi.num_iterations: 2`). They count as the training length only at the top of the run or inside a
 * training block.
 */
const GENERIC_STEP_NAMES = new Set(['num_steps', 'n_steps', 'steps', 'iterations', 'iters', 'num_iters', 'n_iter', 'num_iterations']);
// `loop`: Cerebras ModelZoo's `trainer.init.loop.num_steps`; `training_opt`: the decoupling lineage (BalancedMetaSoftmax).
const TRAINING_BLOCK = /^(?:train|trainer|training|train_cfg|train_config|training_args|training_arguments|training_opt|train_opt|solver|run|runner|schedule|optim|optimizer|loop)$/;

function isTrainingLength(f: Field, depth: number): boolean {
  if (!GENERIC_STEP_NAMES.has(f.normalized) || depth <= 1) return true;
  return f.parent !== undefined && TRAINING_BLOCK.test(f.parent.normalized);
}

const SCALAR_SHAPES = new Set(['number', 'numeric-string', 'placeholder', 'boolean', 'string']);

/** Builds one TrainingRun per run scope of every document. */
/** What a whole project's Python code names and the words it uses (see code-words.ts and rules/misspelled-key.ts). */
export interface CodeVocabulary {
  /** The names the code reads (attributes, quoted keys, declared fields), by lower-cased name, as written and where first. */
  readonly names: ReadonlyMap<string, { readonly name: string; readonly script: string }>;
  /** The same names as written: Python's keys and attributes are case-sensitive, so `config["seed"]` does not read `SEED`. */
  readonly exactNames: ReadonlySet<string>;
  /** The lower-cased words of every identifier and string of the code. */
  readonly words: ReadonlySet<string>;
  /** Lower-cased names of the sections the code goes through entry by entry (`cfg.class_weights.items()`). */
  readonly iterated: ReadonlySet<string>;
  /** Whether some script takes a config's key from a variable (`cfg[section]`, `for k, v in cfg.items()`). */
  readonly dynamicKeys: boolean;
  /** The sections (lower-cased) whose keys some script takes from a variable (`cfg.training[f"{stage}_lr"]`). */
  readonly dynamicSections: ReadonlySet<string>;
  /** Whether some script renames a mapping's keys by case (`{k.lower(): v for k, v in cfg.items()}`). */
  readonly keysRecased: boolean;
  /** Keys the code reads straight off a config (`config["seed"]`, `cfg.get("SEED")`), as written. */
  readonly rootReads: ReadonlySet<string>;
  /** Names of the sections the code hands on whole (`**cfg.optimizer`, `build(cfg.model)`, `.items()`), as written: `pl.Trainer(` is no `trainer`. */
  readonly wholeUses: ReadonlySet<string>;
  /** Settings the code reads through their section, by lower-cased `section.setting`, as written and where first. */
  readonly sectionReads: ReadonlyMap<string, { readonly name: string; readonly script: string }>;
}

/**
 * What the project's scripts show that the file cannot (found by a front-end; see config-groups.ts): about the run,
 * and, for a JSON config, the reader that accepts its comments (`lenientJson`, read by analyze.ts).
 */
export interface ScriptFacts {
  /**
   * What the project's Python code names, when the walk saw every folder of the project and could read every script
   * (see `ProjectScripts.codeVocabularyOf`).
   */
  readonly codeVocabulary?: CodeVocabulary;
  /** A learning-rate schedule the scripts build whatever the config says. */
  readonly scheduleInScripts?: string;
  /** The scripts call torch's Adam without a weight decay, and build no optimizer in a way that cannot be read. */
  readonly adamWithoutDecay?: string;
  /**
   * The scripts build optimizers, none of them torch's Adam, and none by name or some way that cannot be read: a file
   * that names Adam is not what they build (mtcp's `AdamW(…, **cfg.base.optimizer.params)` beside `name: "Adam"`).
   */
  readonly adamNeverBuilt?: string;
  /** The scripts' RAdam is not torch's: it decays the weights directly. */
  readonly radamDecoupled?: string;
  /** The scripts look torch-optimizer's classes up by name: a config's RAdam may be its (decoupled) or torch's (L2). */
  readonly radamByName?: string;
  /**
   * Optimizer classes the scripts define, by lower-case name, with the evidence (`class Adamax` in kge/util/bert_optim.py):
   * a config that names one trains with it, and how its weight decay works is not known from its name.
   */
  readonly ownOptimizers?: Readonly<Record<string, string>>;
  /**
   * The class the scripts build for an Adam-family name a config writes, by lower-case name (vqa-transformer's
   * `== 'adam': … = AdamW`); null where two scripts build different classes for it.
   */
  readonly optimizerNames?: Readonly<Record<string, { readonly className: string; readonly evidence: string } | null>>;
  /**
   * torch's Adam is the only optimizer the scripts build, and it takes its weight decay from these config keys
   * (`weight_decay=config["training"]["weight_decay"]`): a file that names no optimizer trains with it.
   */
  readonly adamOnly?: { readonly evidence: string; readonly decayKeys: readonly string[] };
  /** A script reads JSON with a library that accepts comments and trailing commas (commentjson, json5): not a run fact, but the file's. */
  readonly lenientJson?: string;
  /** A script strips `//` line comments before `json.loads` (Coqui TTS's `read_json_with_comments`): the file's too. */
  readonly jsonLineComments?: string;
  /** A script reads this JSON file, which it names, with `OmegaConf.load`: as YAML, where a trailing comma is allowed (avocodo). */
  readonly jsonReadAsYaml?: string;
  /**
   * The project runs Lightning below 2.0, whose Trainer takes `precision: 16` and refuses `"16-mixed"`: a dependency
   * file pins it, or a script overrides an epoch-end hook 2.0 removed. The file's, not the run's.
   */
  readonly lightningBelow2?: string;
  /**
   * How each of the project's scripts parses its command line, by file name (`train.py`): a W&B sweep passes its
   * values to its `program` there as text, which the script's parser converts (see command-line-parsing.ts).
   */
  readonly commandLines?: Readonly<Record<string, CommandLineParsing>>;
  /**
   * Fraction-like settings the scripts compare with 1, by name, each with where (`warmup_ratio < 1` in train.py): the
   * program reads a value above 1 as a count, not a fraction out of range (see ratio-or-count.ts).
   */
  readonly ratioOrCount?: Readonly<Record<string, string>>;
  /**
   * Settings the scripts test for -1 or 0 and then replace with another value, by name, each test with where
   * (`args.batch_size == -1` in train.py, full-batch training): there the value is the program's own switch, not a
   * number out of range (see sentinel-tests.ts).
   */
  readonly sentinelTests?: Readonly<Record<string, readonly TestedSentinel[]>>;
  /**
   * Warmup-named settings, by name, that the scripts compare the step with before dividing the rate (RotatE's
   * `warm_up_steps`), each with the code: a step decay's first point, not a warmup (see warmup-in-scripts.ts).
   */
  readonly warmupDecayPoints?: Readonly<Record<string, string>>;
  /**
   * Warmup-named settings, by name, that the scripts add to the run's length (`epochs + warmup_epochs` in ActionFormer
   * and SnAG), each with the sum: the warmup comes before the configured epochs, not within them.
   */
  readonly warmupAddedToRun?: Readonly<Record<string, string>>;
  /**
   * Settings a script overwrites whenever it runs, as `section.setting` (the file's last two keys) or, for a key at the
   * top of a flat file set on HF's parsed arguments or on this file loaded by its path, as `setting`, each with the
   * assignment and where (`config["training"]["train_steps"] = calculate_training_steps(…)`): the file's value never
   * runs (see replaced-settings.ts).
   */
  readonly replacedSettings?: Readonly<Record<string, string>>;
  /**
   * A script reads YAML and creates a W&B sweep from Python (`wandb.sweep(cfg)`): a sweep file there is read by the
   * project's own reader, not by the `wandb` CLI, and the values reach the run typed, not as command-line text.
   */
  readonly sweepFromScript?: string;
  /**
   * A script imports a graph-learning library (`from torch_geometric.nn import GCNConv`): the project trains graph
   * networks, full-batch on a benchmark graph as often as not, where a constant Adam rate of 0.01 is the reference
   * (see graph-learning.ts).
   */
  readonly graphLearning?: string;
  /**
   * A script writes detectron2's `SOLVER.WARMUP_ITERS` (a project's own defaults, a setup function), so a config that
   * leaves the key out does not run with detectron2's default of 1000 (see solver-warmup-writes.ts).
   */
  readonly solverWarmupInScripts?: string;
  /**
   * Where a script hands DeepSpeed its config itself (`deepspeed.initialize(…)`, LOMO's own trainer) while none builds HF's
   * Trainer: nothing compares the DeepSpeed file with the HF-style arguments that name it.
   */
  readonly deepspeedWithoutHfTrainer?: string;
  /**
   * Config keys whose value a script uses as the name of a `torch.optim` optimizer or scheduler class
   * (`getattr(torch.optim, cfg.SOLVER.OPTIMIZER_NAME)`), each with where: the value must be PyTorch's spelling.
   */
  readonly torchClassLookups?: readonly { readonly kind: 'optimizer' | 'scheduler'; readonly key: string; readonly evidence: string }[];
  /**
   * The scripts are a program of their own: they read their settings as `args.<name>` (these names, the first such
   * script) and none builds HF's Trainer or names its argument classes. A file whose keys they read so is theirs, even
   * where the names are HF's (`per_gpu_train_batch_size`, `fp16`; see own-arguments.ts).
   */
  readonly ownArguments?: { readonly script: string; readonly names: readonly string[] };
  /**
   * The fields the project's dataclasses declare (see dataclass-fields.ts): HfArgumentParser takes its keys from them, so a
   * key among them is the program's own (HPSv3's `output_dim`), not a misspelt TrainingArguments name.
   */
  readonly dataclassFields?: readonly string[];
  /**
   * The project's own attention floors a head size from a width and a head count and projects the concatenated heads back
   * (see attention-head-split.ts), and no script needs the width to divide: evidence per `width//heads` pair, lower case.
   */
  readonly flooredHeadSizes?: Readonly<Record<string, string>>;
  /**
   * The project's scripts build HF's argument classes keyword by keyword and never hand them a whole mapping
   * (`Seq2SeqTrainingArguments(evaluation_strategy=opt.evaluation_strategy, …)`; see hf-keyword-arguments.ts): the
   * keywords and the settings their values read (`reads` alone). A top-level key of a file those calls read (see
   * `hfArgumentsBuiltByName`) that is among neither never reaches HF.
   */
  readonly hfKeywordArguments?: { readonly script: string; readonly names: readonly string[]; readonly reads: readonly string[] };
  /**
   * Scripts of the walk that build HF's argument classes keyword by keyword and pass a setting under a keyword of another
   * name (`eval_strategy=config['training']["evaluation_strategy"]`), with `renamed` as `setting=keyword` and the settings
   * their calls read (see hf-keyword-arguments.ts); absent when any script may hand HF a whole mapping.
   */
  readonly hfRenamedSettings?: readonly { readonly script: string; readonly renamed: readonly string[]; readonly reads: readonly string[] }[];
  /**
   * A `configure_optimizers` of the project's scripts returns its scheduler with a `monitor` (matten's
   * `"monitor": self.monitor_key`), as evidence: a ReduceLROnPlateau the config names gets its metric from the program.
   */
  readonly schedulerMonitorInScripts?: string;
  /**
   * The names the project's scripts read from a settings object or dictionary they loaded (`args.lr`, `cfg["lr"]`,
   * `cfg.get("lr")`), each with the first script that does (see own-arguments.ts).
   */
  readonly settingsReads?: Readonly<Record<string, string>>;
  /**
   * Settings the scripts read only in a commented-out line, as `section.setting`, each with the line and where
   * (`# warmup_steps=cfg.training_args.warmup_steps,` in train.py): no code names them, so the file's value never runs
   * (see commented-out-reads.ts).
   */
  readonly unreadSettings?: Readonly<Record<string, string>>;
}

/**
 * Why the field's value never runs, if the project's scripts show it: an assignment that overwrites it whenever they
 * run (see `ScriptFacts.replacedSettings`), or a commented-out line that is the only read of it (`unreadSettings`).
 */
export function replacedByScripts(field: Field, scripts: ScriptFacts): string | undefined {
  if (scripts.replacedSettings === undefined && scripts.unreadSettings === undefined) return undefined;
  return ignoredSetting(scripts, field.parent?.name, field.name);
}

/**
 * A key of a mapping that the project's keyword-by-keyword HF arguments read (at least three of its keys by name, all
 * of them when it has fewer) and that neither those calls nor any other code of the project read: HF never sees it.
 * CodeTF's `hyperparameters.max_steps: 1000` sits beside the `warmup_steps`, `learning_rate` and `num_train_epochs`
 * that its `TrainingArguments(...)` calls take one by one, so its runs last `num_train_epochs`, not 1,000 steps.
 */
function leftOutOfHfArguments(field: Field, scripts: ScriptFacts): boolean {
  const passed = scripts.hfKeywordArguments;
  if (passed === undefined) return false;
  const name = String(field.key.value);
  if (passed.names.includes(name) || passed.reads.includes(name) || (scripts.settingsReads !== undefined && Object.hasOwn(scripts.settingsReads, name))) return false;
  return readsEnoughOf(field.container.entries.map((e) => String(e.key.value)), passed.reads);
}

/** The same for a finding placed by its JSON pointer (`/do_eval`, `/training/train_steps`), as schema validation places them. */
export function replacedAtPointer(pointer: string | undefined, scripts: ScriptFacts): string | undefined {
  if ((scripts.replacedSettings === undefined && scripts.unreadSettings === undefined) || !pointer) return undefined;
  const keys = pointerSegments(pointer);
  return ignoredSetting(scripts, keys[keys.length - 2], keys[keys.length - 1]!);
}

function ignoredSetting(scripts: ScriptFacts, section: string | undefined, key: string): string | undefined {
  const replaced = scripts.replacedSettings === undefined ? undefined : own(scripts.replacedSettings, replacedName(section, key));
  // A commented-out read names a section and a setting; a key at the top of a file has no section to match.
  return replaced ?? (section === undefined || scripts.unreadSettings === undefined ? undefined : own(scripts.unreadSettings, `${section}.${key}`));
}

/** A key at the top of a flat file is named alone (HF arguments set after parsing); others by their section. */
function replacedName(section: string | undefined, key: string): string {
  return section === undefined ? key : `${section}.${key}`;
}

export function buildTrainingRuns(doc: ConfigDocument, fields: readonly Field[], frameworks: readonly DetectedFramework[], partial: boolean, scripts: ScriptFacts = {}): TrainingRun[] {
  const ids = frameworks.map((f) => f.id);
  const runs: TrainingRun[] = [];
  // Search spaces are left out; a document with no search-space key at all (most) needs no per-field
  // test, and every key of a path is some field's name.
  const anySearch = fields.some((f) => SEARCH_CONTEXT.test(f.normalized));
  for (const d of doc.documents) {
    const docFields = doc.documents.length === 1 && !anySearch ? fields : fields.filter((f) => f.documentIndex === d.index && !(anySearch && isSearch(f)));
    const refs = referencesFor(doc, d.index, ids.includes('speakerlab'));
    for (const scope of findRunScopes(docFields)) {
      const inScope = scope.length === 0 ? docFields : docFields.filter((f) => isUnder(f.path, scope));
      runs.push(buildRun(d.index, scope, inScope, refs, ids, partial, scripts));
    }
  }
  return runs;
}


function buildRun(documentIndex: number, scopePath: readonly PathSegment[], fields: readonly Field[], refs: References, frameworks: readonly FrameworkId[], partial: boolean, scripts: ScriptFacts): TrainingRun {
  const has = (id: FrameworkId): boolean => frameworks.includes(id);
  const depth = (f: Field): number => f.path.length - scopePath.length;
  const hp = (f: Field): boolean => f.kind === 'hyperparameter';

  // ── optimizer ──
  const federated = federatedSettings(fields, frameworks);
  // A rate written beside the optimizer's name is that optimizer's: a file with two models (a BPR baseline's
  // `bpr.learning_rate: 0.05` above `two_tower.training: {optimizer: AdamW, learning_rate: 0.001}`) pairs them so.
  const namedOptimizerMaps = new Set(byConcept(fields, 'optimizer').filter((f) => f.value.kind === 'scalar' && f.shape === 'string').map((f) => f.container));
  const generalLr = best(byConcept(fields, 'learning-rate').filter((f) => hp(f) && SCALAR_SHAPES.has(f.shape) && !isEval(f) && !isOuterLoop(f) && !isInnerLoop(f)), (f) =>
    (['lr', 'learning_rate', 'base_lr', 'learning_rate_init', 'eta', 'lr0', 'base_learning_rate', 'learningrate'].includes(f.normalized) ? 10 : 0) +
    (federated && CLIENT_LR.test(f.normalized) ? 12 : 0) +
    (/max|peak|warmup|min|end|final/.test(f.normalized) ? -6 : 0) +
    (f.parent?.concept === 'optimizer' || ancestorConcept(f, 'optimizer') ? 3 : 0) +
    (namedOptimizerMaps.has(f.container) ? 2 : 0) +
    (ancestorConcept(f, 'lr-schedule') ? -4 : 0) -
    depth(f) * 0.1,
  );
  // The block holding the learning rate, or else one beside it: Ludwig writes `trainer.learning_rate`
  // next to `trainer.optimizer: {type, weight_decay, betas}`.
  const holder = generalLr
    ? nearestAncestor(generalLr, (a) => a.concept === 'optimizer') ??
      byConcept(fields, 'optimizer').find((f) => f.kind === 'hyperparameter' && f.value.kind === 'map' && f.parent === generalLr.parent)
    : undefined;
  // speakerlab's `optimizer: {obj: torch.optim.SGD, args: {lr: <lr>}}`: the block is the one that names the class.
  const speakerlab = frameworks.includes('speakerlab');
  const optimizerBlock = holder?.normalized === 'args' && holder.parent !== undefined && speakerlab ? holder.parent : holder;
  const blockFields = optimizerBlock ? fields.filter((f) => isUnder(f.path, optimizerBlock.path) && f !== optimizerBlock) : [];
  const nameField = optimizerNameField(fields, optimizerBlock, blockFields, generalLr, speakerlab);
  const name = nameField ? (namedByKey(nameField) ? { value: nameField.name, field: nameField, node: nameField.value } : stringOf(nameField, refs)) : undefined;
  // A rate named for the optimizer chosen beside it is that optimizer's (NCFM's `eval_optimizer: adamw` with `lr: 0.01`
  // and `adamw_lr: 0.001`): the plain rate is for the other choices.
  const lrField = (generalLr && name?.value !== undefined ? rateNamedFor(fields, generalLr, name.value) : undefined) ?? generalLr;
  const defaultName = name?.value === undefined ? defaultOptimizer(frameworks) : undefined;
  const inBlockOrTop = (f: Field): boolean => (optimizerBlock ? isUnder(f.path, optimizerBlock.path) : false) || depth(f) === 1 || (f.parent !== undefined && f.parent === lrField?.parent);
  const pickNamed = (concept: string, names: readonly string[]): Field | undefined =>
    best(byConcept(fields, concept).filter((f) => names.includes(f.normalized) && inBlockOrTop(f) && !isEval(f)), (f) => (optimizerBlock && isUnder(f.path, optimizerBlock.path) ? 5 : 0) - depth(f) * 0.1);
  // A run in stages names each stage's settings alike (PRIOR's `stage1_lr` beside `stage1_weight_decay`): the decay of
  // the learning rate's stage goes with it.
  const stage = lrField ? /^(.+_)(?:lr|learning_rate)$/.exec(lrField.normalized)?.[1] : undefined;
  // A Hydra defaults list that selects the optimizer's group option (planTF's `- optimizer: adam`) builds it from that
  // group's file, merged at `optimizer:`; a decay elsewhere in this file reaches it only through an interpolation in
  // the group's file, which this one does not show (planTF's top-level `weight_decay` goes to its own AdamW).
  const groupPackage = nameField && nameField.path[0] === 'defaults' ? nameField.name : undefined;
  const inGroup = (f: Field | undefined): Field | undefined => (f && groupPackage !== undefined && f.path[0] !== groupPackage ? undefined : f);
  // A block the program builds by calling its class with the block's own keys (SpeechBrain's `!name:torch.optim.Adam`,
  // Hydra's `_target_`, LightningCLI's `class_path`) takes no setting from outside it unless it refers to one
  // (`weight_decay: !ref <weight_decay>`): skinahan's REEGNet writes `weight_decay: 0.0001` at the top, which its Adam
  // block never names.
  const builtFromBlock = optimizerBlock !== undefined && (/^!(?:name|new):/.test(optimizerBlock.value.tag ?? '') ||
    blockFields.some((f) => f.parent === optimizerBlock && (f.name === '_target_' || f.name === 'class_path' || (speakerlab && SPEAKERLAB_CLASS_KEYS.includes(f.name)))));
  const inBuiltBlock = (f: Field | undefined): Field | undefined => (f && builtFromBlock && !isUnder(f.path, optimizerBlock!.path) ? undefined : f);
  const wdField = inBuiltBlock(inGroup(pickNamed('weight-decay', ['weight_decay', 'wd', 'weight_decay_rate', 'g_optimizer_wd']) ??
    (stage !== undefined ? pickNamed('weight-decay', [`${stage}weight_decay`, `${stage}wd`]) : undefined)));
  // sdubail's `optim.Adam(..., weight_decay=config["training"]["weight_decay"])`, with no optimizer named in the file.
  // Or from a key of another concept's name, when the file has no weight decay of its own: lemon_3d's
  // `torch.optim.Adam(pg, lr=dict['lr_rate'], weight_decay=dict['decay_rate'])` beside `decay_rate: 0.001`.
  const decayKeyOnly = (f: Field): boolean => depth(f) === 1 && f.value.kind === 'scalar' && typeof f.value.value === 'number' && scripts.adamOnly?.decayKeys.includes(f.name) === true;
  const readsDecay = wdField !== undefined ? scripts.adamOnly?.decayKeys.includes(wdField.name) === true : fields.some(decayKeyOnly);
  // topological-equivariant-networks' `optimizer: 'AdamW'` beside scripts whose only optimizer is torch's Adam, given the
  // file's decay: the name is not what runs. Only where no framework that builds optimizers itself reads the file, and
  // the project's whole code was read and never says `adamw` (no `AdamW` imported or named, no "adamw" string).
  const nameIgnored = name?.value !== undefined && readsDecay && scripts.adamOnly !== undefined && frameworks.every((f) => f === 'hydra') && optimizerFamily(name.value) === 'adamw' &&
    scripts.codeVocabulary !== undefined && !scripts.codeVocabulary.words.has('adamw');
  const adamFromScripts = ((name === undefined && defaultName === undefined) || nameIgnored) && readsDecay ? scripts.adamOnly?.evidence : undefined;
  const family = name?.value === undefined && boostedTrees(frameworks, fields, lrField) ? 'gbdt' : adamFromScripts !== undefined ? 'adam' : optimizerFamily(name?.value ?? defaultName);
  // The scripts' only optimizer, torch's Adam, takes its decay from another top-level key of the file (PC-GNN's
  // `weight_decay=args.lambda_2` beside an unread `weight_decay: 0.0005`): that key's value is the decay Adam gets.
  const decayKeys = family === 'adam' ? scripts.adamOnly?.decayKeys : undefined;
  const scriptsDecayField = decayKeys && !(wdField && decayKeys.includes(wdField.name))
    ? fields.find(decayKeyOnly)
    : undefined;
  const decayField = scriptsDecayField ?? wdField;
  const momentumField = pickNamed('momentum', ['momentum']);
  const epsField = pickNamed('epsilon', ['eps', 'epsilon', 'adam_epsilon', 'adam_eps']);
  const betasList = pickNamed('betas', ['betas', 'adam_betas', 'g_optimizer_betas']);
  const beta1Field = pickNamed('betas', ['adam_beta1', 'beta1', 'beta_1', 'b1']);
  const beta2Field = pickNamed('betas', ['adam_beta2', 'beta2', 'beta_2', 'b2']);
  const betaItem = (i: number): ModelValue<number> | undefined => {
    if (!betasList || betasList.value.kind !== 'seq') return undefined;
    const node = betasList.value.items[i];
    if (!node) return undefined;
    const v = numberOf({ ...betasList, value: node }, refs);
    return { ...v, node };
  };
  const optimizer: OptimizerModel = {
    ...(name ? { name } : {}),
    family,
    nameFromDefault: defaultName !== undefined,
    ...(adamFromScripts !== undefined ? { fromScripts: adamFromScripts, ...(nameIgnored ? { nameIgnoredByScripts: true as const } : {}) } : {}),
    // A flat config (Megatron-LM arguments) writes its switches beside the learning rate, at the top.
    ...decoupling(builtFamily(family, name?.value, scripts), frameworks, optimizerBlock ? blockFields : fields.filter((f) => depth(f) === 1), name?.value, scripts.radamDecoupled !== undefined, ownOptimizer(name?.value, scripts), scripts.radamByName !== undefined),
    ...(lrField ? { lr: numberOf(lrField, refs) } : {}),
    // HRNet's lineage, or a project whose scripts call Adam without a decay (CLMR) or never build it (mtcp), gives Adam the rate alone.
    ...(decayField && !(family === 'adam' && (adamIgnoresWeightDecay(frameworks) || scripts.adamWithoutDecay !== undefined || (scripts.adamNeverBuilt !== undefined && namesPlainAdam(name?.value)))) ? { weightDecay: numberOf(decayField, refs) } : {}),
    ...(scriptsDecayField && scripts.adamOnly ? { weightDecayFromScripts: `${scripts.adamOnly.evidence}, takes its weight decay from \`${scriptsDecayField.name}\`` } : {}),
    ...(momentumField ? { momentum: numberOf(momentumField, refs) } : {}),
    ...(epsField ? { eps: numberOf(epsField, refs) } : {}),
    ...(beta1Field ? { beta1: numberOf(beta1Field, refs) } : betaItem(0) ? { beta1: betaItem(0) } : {}),
    ...(beta2Field ? { beta2: numberOf(beta2Field, refs) } : betaItem(1) ? { beta2: betaItem(1) } : {}),
    ...(optimizerBlock ? { block: optimizerBlock } : {}),
  };

  // ── schedule ──
  const built = buildSchedule(fields, refs, frameworks, partial, lrField, depth, scripts);
  // An optimizer named for the Noam schedule (EEND's and ESPnet's `optimizer: noam`: Adam wrapped in NoamOpt, `lr: 1.0`
  // its scale): the name is where the file says the schedule, read with the schedule names' own vocabulary.
  const noamOptimizer = scheduleShape(optimizer.name?.value) === 'multiplier';
  const schedule: ScheduleModel = noamOptimizer ? { ...built, shape: 'multiplier', source: 'explicit' } : impliesNoam(optimizer, built, frameworks) ? { ...built, shape: 'multiplier' } : built;

  // ── batch ──
  const notEval = (f: Field): boolean => !isEval(f) && hp(f);
  const shallowest = (list: Field[]): Field | undefined => best(list, (f) => -depth(f));
  const microField = shallowest(byConcept(fields, 'micro-batch-size').filter((f) => notEval(f)));
  const accumField = shallowest(byConcept(fields, 'gradient-accumulation').filter((f) => notEval(f)));
  let globalField = shallowest(byConcept(fields, 'global-batch-size').filter((f) => f.normalized !== 'base_batch_size' && f.normalized !== 'nbs' && notEval(f)));
  const sizeCandidates = byConcept(fields, 'batch-size').filter((f) => notEval(f));
  if (!globalField && has('deepspeed')) globalField = sizeCandidates.find((f) => f.normalized === 'train_batch_size' && depth(f) === 1);
  const sizeField = shallowest(sizeCandidates.filter((f) => f !== globalField && ['batch_size', 'batchsize', 'train_batch_size', 'batch', 'bs', 'effective_batch_size'].includes(f.normalized)));
  const worldField = shallowest(byConcept(fields, 'world-size').filter((f) => ['world_size', 'num_gpus', 'num_processes', 'n_gpu', 'ngpus', 'num_devices'].includes(f.normalized)));
  const batch: BatchModel = {
    ...(microField ? { micro: numberOf(microField, refs) } : {}),
    ...(accumField ? { accumulation: numberOf(accumField, refs) } : {}),
    ...(globalField ? { global: numberOf(globalField, refs) } : {}),
    ...(sizeField ? { size: numberOf(sizeField, refs) } : {}),
    ...(worldField ? { worldSize: numberOf(worldField, refs) } : {}),
  };

  // ── duration ──
  // A run length the scripts work out themselves (i4Ds' `config["training"]["train_steps"] = calculate_training_steps(…)`) is not the file's.
  const ownLength = (f: Field): boolean => replacedByScripts(f, scripts) === undefined && !leftOutOfHfArguments(f, scripts);
  const epochsField = shallowest(byConcept(fields, 'epochs').filter((f) => f.normalized !== 'min_epochs' && f.normalized !== 'epoch' && notEval(f) && ownLength(f)));
  // A step count inside a learning-rate block is a phase of its schedule (Cerebras' `learning_rate: [{scheduler: Linear, total_iters: 1500}]`).
  const stepsField = best(byConcept(fields, 'max-steps').filter((f) => f.normalized !== 'min_steps' && notEval(f) && ownLength(f) && !inDataBlock(f) && !ancestorConcept(f, 'lr-schedule') && !ancestorConcept(f, 'learning-rate') && isTrainingLength(f, depth(f))), (f) =>
    (['max_steps', 'max_iters', 'max_iter', 'train_steps', 'max_duration', 'steps', 'num_train_steps', 'training_steps', 'total_steps'].includes(f.normalized) ? 5 : 0) - depth(f) * 0.1,
  );
  const duration: DurationModel = {
    ...(epochsField ? { epochs: numberOf(epochsField, refs) } : {}),
    ...(stepsField ? { maxSteps: durationOf(stepsField, refs) } : {}),
  };

  // ── precision ──
  const fp16 = flag(fields, ['fp16', 'use_fp16'], refs, depth);
  const bf16 = flag(fields, ['bf16', 'use_bf16', 'bfloat16'], refs, depth);
  const precisionField = shallowest(byName(fields, ['precision', 'mixed_precision', 'dtype']).filter((x) => x.value.kind === 'scalar'));
  const precision: PrecisionModel = {
    ...(fp16 ? { fp16 } : {}),
    ...(bf16 ? { bf16 } : {}),
    ...(precisionField ? { precision: stringOf(precisionField, refs) } : {}),
  };

  // ── regularisation ──
  const dropouts = byConcept(fields, 'dropout').filter((f) => hp(f) && (f.shape === 'number' || f.shape === 'numeric-string' || f.shape === 'placeholder')).map((f) => numberOf(f, refs));
  const regularization: RegularizationModel = { dropouts, ...(optimizer.weightDecay ? { weightDecay: optimizer.weightDecay } : {}) };

  return { documentIndex, scopePath, fields, optimizer, schedule, batch, duration, precision, regularization, frameworks };
}

function buildSchedule(fields: readonly Field[], refs: References, frameworks: readonly FrameworkId[], partial: boolean, lrField: Field | undefined, depth: (f: Field) => number, scripts: ScriptFacts): ScheduleModel {
  const { scheduleInScripts, warmupDecayPoints } = scripts;
  const scheduleFields = byConcept(fields, 'lr-schedule').filter((f) => f.kind === 'hyperparameter' && !isEval(f));
  const nameField = best(scheduleFields.filter((f) => f.value.kind === 'scalar' && f.shape !== 'boolean'), (f) =>
    (['lr_scheduler_type', 'lr_scheduler', 'decay', 'name', 'type', '_target_', 'class_path', 'policy', 'lr_scheduler_name', 'decay_style', 'lr_decay_style', 'scheduler', 'decay_method'].includes(f.normalized) ? 5 : 0) -
    depth(f) * 0.1,
  );
  const block = best(scheduleFields.filter((f) => f.value.kind === 'map'), (f) => -depth(f));
  const decayFlag = byName(fields, ['decay_lr', ...COSINE_FLAGS])[0];
  const warmupSteps = best(byConcept(fields, 'warmup').filter((f) => WARMUP_STEP_NAMES.has(f.normalized) && f.shape !== 'map'), (f) => -depth(f)) ?? rampUpPhase(fields, refs);
  const warmupRatio = best(byConcept(fields, 'warmup').filter((f) => WARMUP_RATIO_NAMES.has(f.normalized) && !isWarmupStartFactor(fields, f)), (f) => -depth(f));
  const named = nameField ? stringOf(nameField, refs).value : undefined;
  // A `t_max` the classifier took for something else (PyMARL's run length, a chrono initialisation) is no horizon, and
  // neither is one beside a named schedule that reads none (PyAnomaly's `scheduler: {name: MultiStepLR, T_max: 6380}`,
  // where a cosine option's argument is kept for when the name changes).
  const cosinePeriod = (f: Field): boolean => f.concept === 'lr-decay' && (named === undefined || readsCosinePeriod(named));
  const total = best(byName(fields, ['total_num_steps', 'lr_decay_iters', 't_max', 'decay_steps', 'lr_decay_steps']).filter((f) => !isDecayPeriod(fields, f) && (f.normalized !== 't_max' || cosinePeriod(f))), (f) => -depth(f));
  const common = {
    ...(warmupSteps ? { warmupSteps: durationOf(warmupSteps, refs) } : {}),
    ...(warmupRatio ? { warmupRatio: numberOf(warmupRatio, refs) } : {}),
    ...(total ? { totalSteps: durationOf(total, refs) } : {}),
    ...(block ? { block } : {}),
  };
  if (nameField) {
    const type = stringOf(nameField, refs);
    if (type.special) return { type, shape: 'unknown', source: 'explicit', ...common };
    if (nameField.shape === 'null' || type.value === undefined) {
      // Ludwig `decay: null`, HF `lr_scheduler_type: null`: an explicit "no schedule".
      return { type, shape: nameField.shape === 'null' ? 'constant' : 'unknown', source: 'explicit', ...common };
    }
    // OpenNMT-py's `decay_method: none` still halves the rate every `decay_steps` from `start_decay_steps`.
    if (type.value === 'none' && frameworks.includes('opennmt')) return { type, shape: 'decaying', source: 'framework-default', ...common };
    // BagofTricks-LT's `LR_SCHEDULER: {TYPE: warmup, LR_STEP: [120, 160], LR_FACTOR: 0.01}` builds a WarmupMultiStepLR:
    // a name that reads as constant, beside decay milestones in its own block, decays at them.
    const named = scheduleShape(type.value);
    const milestonesBeside = named === 'constant' && fields.some((f) => f.container === nameField.container && f !== nameField && f.concept === 'lr-decay' && isMilestoneList(f));
    if (milestonesBeside) return { type, shape: 'decaying', source: 'explicit', ...common };
    // EfficientZeroV2's `optimizer: {lr_decay_type: none, lr_decay_rate: 0.1, lr_decay_steps: 100000}`: its trainer
    // builds a cosine for `cosine` and, for any other name, multiplies the rate by `lr_decay_rate` every `lr_decay_steps`.
    // A name that reads as constant beside a decay factor below 1 and the period it applies over, in its own block, may be
    // one the program has no branch for, so a constant rate is not claimed.
    if (named === 'constant' && stepDecayBeside(fields, nameField, refs)) return { type, shape: 'unknown', source: 'explicit', ...common };
    // Two names that disagree: dessurt's `lr_scheduler_type: "none"` at the top and `trainer.use_learning_schedule:
    // "detector"`, which its trainer turns into a warmup and an inverse-power decay. Which one the program reads is not
    // in the file, so a constant rate is not claimed.
    if (named === 'constant' && scheduleFields.some((f) => f !== nameField && f.shape === 'string' && namesAnotherSchedule(stringOf(f, refs).value))) {
      return { type, shape: 'unknown', source: 'explicit', ...common };
    }
    return { type, shape: named, source: 'explicit', ...common };
  }
  if (decayFlag) {
    const on = booleanOf(decayFlag, refs).value;
    // `cos_lr: false` (Ultralytics, YOLOv5) turns the cosine off, not the decay: the schedule is then linear down to `lr0 * lrf`;
    // classifier-balancing's `coslr: false` falls back to its StepLR.
    if (on === true || (on === false && !COSINE_FLAGS.includes(decayFlag.normalized))) return { shape: on ? 'decaying' : 'constant', source: 'explicit', ...common };
  }
  // The learning rate written as a schedule object: Keras `learning_rate: {class_name: ExponentialDecay, config: {...}}`,
  // TF Model Garden `learning_rate: {type: exponential, exponential: {initial_learning_rate: ...}}`.
  const lrObject = lrField ? nearestAncestor(lrField, (a) => a.concept === 'learning-rate' && a.value.kind === 'map') : undefined;
  if (lrObject) {
    const typeField = fields.find((f) => f.parent === lrObject && SCHEDULE_OBJECT_TYPE_KEYS.has(f.normalized) && f.value.kind === 'scalar');
    if (typeField) {
      const type = stringOf(typeField, refs);
      return { type, shape: scheduleShape(type.value), source: 'explicit', ...common };
    }
    // No type key: the schedule's own block may name it (`learning_rate: {cosine: {decay_steps: ...}}`).
    const named = fields.find((f) => f.parent === lrObject && f.value.kind === 'map' && scheduleShape(f.normalized) !== 'unknown');
    return { shape: named ? scheduleShape(named.normalized) : 'unknown', source: 'explicit', ...common };
  }
  // The optimizer wrapped in a schedule: tiny-cuda-nn `{otype: ExponentialDecay, nested: {otype: Adam, learning_rate}}`.
  const wrapper = lrField ? scheduleWrapperOf(fields, lrField) : undefined;
  if (wrapper) {
    const type = stringOf(wrapper, refs);
    return { type, shape: scheduleShape(type.value), source: 'explicit', ...common };
  }
  const list = scheduleFields.find((f) => f.value.kind === 'seq');
  if (list) return { shape: scheduleListShape(fields, list), source: 'explicit', ...common };
  const tagged = fields.find((f) => SCHEDULER_TAG.test(f.value.tag ?? ''));
  if (tagged) {
    const type = stringOf(tagged, refs);
    return { type, shape: scheduleShape(type.value), source: 'explicit', ...common };
  }
  if (lrField && lrOfModelClass(lrField)) return { shape: 'unknown', source: 'explicit', ...common };
  const fallback = defaultScheduleShape(frameworks, partial);
  if (block) {
    // A scheduler block that names no type (torchtitan `[lr_scheduler]` with only `warmup_steps`) runs
    // the framework's default type. Trusted only when that default decays: a block can hold other
    // decay settings (Ludwig `reduce_on_plateau`) that a constant default would hide.
    return fallback === 'decaying' ? { shape: fallback, source: 'framework-default', ...common } : { shape: 'unknown', source: 'explicit', ...common };
  }
  if (fallback === 'decaying') return { shape: fallback, source: 'framework-default', ...common };
  // No schedule named, but a horizon to decay over (`decay_steps`, `lr_decay_iters`) or a rate to decay to
  // (`lr_end`, `min_lr`, 3DGS's `position_lr_final`): the program builds its schedule from them (GPT-SoVITS's
  // WarmupCosineLRSchedule reads `lr_init`, `lr_end`, `warmup_steps` and `decay_steps`). Its shape is not
  // written; its absence is not, whatever a framework does when nothing is said.
  if (total || byConcept(fields, 'min-learning-rate').some((f) => f.kind === 'hyperparameter' && !isEval(f))) return { shape: 'unknown', source: 'explicit', ...common };
  // A parameter named after its schedule (nnDetection's `poly_gamma: 0.9`, `lr_poly_power`): that schedule runs.
  if (fields.some((f) => DECAY_SCHEDULE_PARAMETER.test(f.normalized) && f.value.kind === 'scalar' && !isEval(f))) return { shape: 'decaying', source: 'explicit', ...common };
  // The factor a step or exponential decay multiplies the rate by, below 1 (PyTorch-VAE's `scheduler_gamma: 0.95`, which
  // its `configure_optimizers` hands to an `ExponentialLR` unless it is null): the rate decays.
  // A factor of 0 multiplies the rate by 0 at the first decay (PyTorch-VAE's vq_vae.yaml): it decays too.
  if (fields.some((f) => isDecayFactorName(f.normalized) && !isEval(f) && isDecayFactor(numberOf(f, refs).value, LR_DECAY_FACTOR_NAMES.has(f.normalized)))) return { shape: 'decaying', source: 'explicit', ...common };
  // The decay phase of a warmup-stable-decay schedule (nanochat's `warmdown_ratio = 0.2`, modded-nanogpt's `cooldown_frac`).
  if (fields.some((f) => DECAY_PHASE.test(f.normalized) && (numberOf(f, refs).value ?? 0) > 0 && !isEval(f))) return { shape: 'decaying', source: 'explicit', ...common };
  // Decay milestones with no schedule named (2s-AGCN's `step: [45, 55]`, SupContrast's `lr_decay_epochs: [700, 800, 900]`):
  // the program steps the rate down at them (a MultiStepLR or its own loop); nothing else takes such a list.
  if (fields.some((f) => f.kind === 'hyperparameter' && f.concept === 'lr-decay' && isMilestoneList(f) && !isEval(f))) return { shape: 'decaying', source: 'explicit', ...common };
  // A warmup-named setting the scripts use as the step where they divide the rate (RotatE's `warm_up_steps`).
  const decayPoint = fields.find((f) => f.concept === 'lr-decay' && f.value.kind === 'scalar' && own(warmupDecayPoints, f.name) !== undefined && !isEval(f));
  if (decayPoint) return { shape: 'decaying', source: 'scripts', scriptEvidence: own(warmupDecayPoints, decayPoint.name)!, ...common };
  // Lightning's default is the project's own `configure_optimizers`: a scheduler the scripts build there (BTTR's
  // `ReduceLROnPlateau` beside `Adadelta`) is the run's, not Lightning's constant rate.
  if (fallback === 'constant' && scheduleInScripts !== undefined && frameworks.includes('lightning')) return { shape: 'unknown', source: 'scripts', scriptEvidence: scheduleInScripts, ...common };
  if (fallback) return { shape: fallback, source: 'framework-default', ...common };
  // OpenOOD's trainer wraps its SGD in a cosine `LambdaLR` whatever the config says: the shape is the code's. A plain
  // Hydra app is the project's own code too (snncutoff's `training.py` always builds a `CosineAnnealingLR`).
  if (scheduleInScripts !== undefined) return { shape: 'unknown', source: 'scripts', scriptEvidence: scheduleInScripts, ...common };
  if (plainHydraApp(frameworks, partial)) return { shape: 'constant', source: 'framework-default', ...common };
  return { shape: 'unknown', source: 'absent', ...common };
}

const SCHEDULE_OBJECT_TYPE_KEYS = new Set(['type', 'class_name', 'name', '_target_', 'class_path']);

/** A schedule's name that is not a constant rate's (and not an empty or switched-off setting). */
function namesAnotherSchedule(name: string | undefined): boolean {
  if (name === undefined || name.trim() === '' || /^(?:false|off|disabled?)$/i.test(name.trim())) return false;
  return scheduleShape(name) !== 'constant';
}

/**
 * The length of a schedule's first phase when it raises the rate (`initial_learning_rate` below `end_learning_rate`
 * over `total_iters` or `steps`): Cerebras ModelZoo's warmup, written as the first scheduler of a sequence
 * (`SequentialLR: {schedulers: [{LinearLR: {initial_learning_rate: 0.0, end_learning_rate: 6.0e-4, total_iters: 1500}}, …]}`,
 * or 1.x's `learning_rate: [{scheduler: Linear, initial_learning_rate: 0.0, end_learning_rate: 2e-4, total_iters: 1500}, …]`).
 * Those schedulers step once per training step.
 */
function rampUpPhase(fields: readonly Field[], refs: References): Field | undefined {
  for (const f of fields) {
    if ((f.normalized !== 'total_iters' && f.normalized !== 'steps') || f.value.kind !== 'scalar') continue;
    let start: number | undefined;
    let end: number | undefined;
    for (const e of f.container.entries) {
      if (e.key.value === 'initial_learning_rate') start = numberValue(refs.resolve(e.value));
      else if (e.key.value === 'end_learning_rate') end = numberValue(refs.resolve(e.value));
    }
    if (start === undefined || end === undefined || !(start < end)) continue;
    // The first phase: the nearest list position on its path is the first.
    const position = [...f.path].reverse().find((s) => typeof s === 'number');
    if (position === 0) return f;
  }
  return undefined;
}

/** Switches that turn a cosine decay on (`cos_lr: true`, classifier-balancing's `coslr: true`); off, they say nothing of what runs instead. */
const COSINE_FLAGS = ['cos_lr', 'coslr', 'cosine_lr', 'use_cosine_lr', 'use_cos_lr'];

/** The exponent or rate of a polynomial or exponential decay, named after it. */
const DECAY_SCHEDULE_PARAMETER = /^(?:lr_)?(?:poly|polynomial|exp|exponential)_(?:gamma|power|exponent|decay|decay_rate)$/;

/**
 * The factor of a learning-rate decay, named as the schedule's (see decay-factor-names.ts), or `lr_decay_rate`, which
 * some programs read as a rate to subtract and is a decay only when above 0.
 */
function isDecayFactorName(name: string): boolean {
  return LR_DECAY_FACTOR_NAMES.has(name) || name === 'lr_decay_rate';
}

/** The factor and the period of a step decay, written beside a schedule's name in its own block. */
function stepDecayBeside(fields: readonly Field[], nameField: Field, refs: References): boolean {
  const siblings = fields.filter((f) => f.container === nameField.container && f !== nameField && f.value.kind === 'scalar');
  const factor = siblings.some((f) => (isDecayFactorName(f.normalized) || STEP_DECAY_FACTORS.has(f.normalized)) && isDecayFactor(numberOf(f, refs).value, true));
  return factor && siblings.some((f) => STEP_DECAY_PERIODS.has(f.normalized) && (numberOf(f, refs).value ?? 0) > 0);
}

const STEP_DECAY_FACTORS = new Set(['decay_rate', 'gamma']);
const STEP_DECAY_PERIODS = new Set(['decay_steps', 'lr_decay_steps', 'decay_epochs', 'lr_decay_epochs', 'step_size', 'lr_step_size', 'decay_every', 'lr_decay_every', 'lr_decay_iters', 'decay_iters']);

/** A multiplicative factor of 0 zeroes the rate at the first decay, which decays it too (lr-decay-factor-zero reports it). */
function isDecayFactor(value: number | undefined, multiplicative: boolean): boolean {
  return value !== undefined && (multiplicative ? value >= 0 : value > 0) && value < 1;
}

/** How long the last, decaying phase of a warmup-stable-decay schedule lasts. */
const DECAY_PHASE = /^(?:lr_)?(?:warmdown|cooldown)_(?:ratio|frac|fraction|steps|iters|iterations)$/;

/** A non-empty list of positive numbers in ascending order: the epochs or steps at which a step decay drops the rate. */
function isMilestoneList(f: Field): boolean {
  if (f.value.kind === 'scalar' && typeof f.value.value === 'string') {
    const counts = milestoneStringCounts(f.value.value);
    return counts !== undefined && counts.length >= 2 && risingPositive(counts);
  }
  if (f.value.kind !== 'seq' || f.value.items.length === 0) return false;
  const counts = f.value.items.map((item) => (item.kind === 'scalar' && typeof item.value === 'number' ? item.value : Number.NaN));
  return risingPositive(counts);
}

/**
 * The counts of milestones written as one string, for an argparse flag the program splits (SupContrast's
 * `--lr_decay_epochs 700,800,900`) or with units (Plato's `lr_milestone_steps: 80ep,120ep`, in epochs or `it`
 * iterations); undefined when a part is not a count.
 */
function milestoneStringCounts(text: string): number[] | undefined {
  const counts: number[] = [];
  for (const part of text.split(',')) {
    const m = /^\s*(\d+)\s*(?:ep|it)?\s*$/.exec(part);
    if (!m) return undefined;
    counts.push(Number(m[1]));
  }
  return counts;
}

/** Every value a number above the one before it, the first above 0 (NaN fails every comparison). */
function risingPositive(values: readonly number[]): boolean {
  let previous = 0;
  for (const v of values) {
    if (!(v > previous)) return false;
    previous = v;
  }
  return true;
}

const WRAPPER_TYPE_KEYS = new Set(['otype', 'type', 'name', '_target_', 'class_path']);

/** A type key of a mapping enclosing the learning rate that names a schedule which changes it. */
function scheduleWrapperOf(fields: readonly Field[], lrField: Field): Field | undefined {
  for (let a = lrField.parent; a; a = a.parent) {
    const typeField = fields.find((f) => f.parent === a && WRAPPER_TYPE_KEYS.has(f.normalized) && f.value.kind === 'scalar' && typeof f.value.value === 'string');
    if (!typeField) continue;
    const shape = scheduleShape(String((typeField.value as ScalarNode).value));
    if (shape === 'decaying' || shape === 'cyclic' || shape === 'plateau') return typeField;
  }
  return undefined;
}

/**
 * A learning rate handed to a model or task class (LightningCLI `model: {class_path: SimCLRTask, init_args: {lr}}`,
 * Hydra `_target_: my.LitModule` beside `lr`) is used by that class's own `configure_optimizers`, which may
 * well schedule it: the file cannot say whether anything decays it.
 */
function lrOfModelClass(lrField: Field): boolean {
  const holder = lrField.parent?.normalized === 'init_args' ? lrField.parent.container : lrField.container;
  for (const e of holder.entries) {
    if (e.key.value !== 'class_path' && e.key.value !== '_target_') continue;
    const cls = e.value.kind === 'scalar' && typeof e.value.value === 'string' ? e.value.value.toLowerCase() : undefined;
    return cls !== undefined && optimizerFamily(cls) === 'unknown' && !/optim|sched/.test(cls);
  }
  return false;
}

/**
 * A list of schedulers run in sequence or together (Composer `schedulers: [{warmup: {...}}, {cosine_decay: {...}}]`,
 * mmengine `param_scheduler: [{type: LinearLR}, {type: CosineAnnealingLR}]`): decaying when any of them decays.
 */
function scheduleListShape(fields: readonly Field[], list: Field): ScheduleShape {
  const shapes: ScheduleShape[] = [];
  for (const f of fields) {
    if (f.parent !== list || typeof f.path[f.path.length - 2] !== 'number') continue;
    if (SCHEDULE_OBJECT_TYPE_KEYS.has(f.normalized) && f.value.kind === 'scalar' && typeof f.value.value === 'string') shapes.push(scheduleShape(f.value.value));
    else if (f.value.kind === 'map') shapes.push(scheduleShape(String(f.path[f.path.length - 1]))); // the scheduler named by its key
  }
  if (shapes.includes('decaying')) return 'decaying';
  return shapes.length > 0 && shapes.every((s) => s === 'constant') ? 'constant' : 'unknown';
}

/**
 * A `decay_steps` that is not where the schedule ends. Beside a `decay_rate` (or `staircase`) it is the period of an
 * exponential or inverse-time decay (the rate is applied once per period, for as long as training runs); beside
 * `stable_steps` it is the last phase of a warmup-stable-decay schedule (Toto's `warmup_steps: 1000`,
 * `stable_steps: 200`, `decay_steps: 200` in a 1,400-step run).
 */
function isDecayPeriod(fields: readonly Field[], f: Field): boolean {
  if (f.normalized !== 'decay_steps' && f.normalized !== 'lr_decay_steps') return false;
  return fields.some((g) => g.container === f.container && g !== f && (DECAY_PERIOD_SIBLINGS.has(g.normalized) || WSD_STABLE_PHASE.has(g.normalized)));
}

const DECAY_PERIOD_SIBLINGS = new Set(['decay_rate', 'lr_decay_rate', 'staircase']);
const WSD_STABLE_PHASE = new Set(['stable_steps', 'num_stable_steps', 'stable_iters', 'hold_steps', 'hold_iters', 'lr_stable_steps']);

/** mmcv's warmup types (`warmup='linear'`), which jittordet, mmdet-style YAML ports and others keep. */
const MMCV_WARMUP_TYPES = new Set(['linear', 'exp', 'constant']);

/**
 * In mmcv's warmup (and the toolboxes that copy it: mmdet/mmseg configs ported to YAML, jittordet's `WarmUpLR`),
 * `warmup_ratio` is the factor the rate starts from (`warmup='linear', warmup_iters=500, warmup_ratio=0.001`), not a
 * fraction of the run. Its siblings tell: mmcv's `warmup_iters`/`warmup_by_epoch` (AFA's `PolyWarmupAdamW` says
 * `warmup_iter`) or a `warmup` that
 * names the ramp's type; HF Trainer and the trainers that share its `warmup_ratio` say `warmup_steps` and have no
 * warmup type.
 */
function isWarmupStartFactor(fields: readonly Field[], f: Field): boolean {
  if (f.normalized !== 'warmup_ratio') return false;
  return fields.some((g) => g.container === f.container && g !== f && (
    g.normalized === 'warmup_iters' || g.normalized === 'warmup_iter' || g.normalized === 'warmup_by_epoch' ||
    (g.normalized === 'warmup' && g.value.kind === 'scalar' && typeof g.value.value === 'string' && MMCV_WARMUP_TYPES.has(g.value.value.toLowerCase()))));
}

/** Scheduler objects built by tags: `!new:speechbrain.nnet.schedulers.NewBobScheduler`, `!name:torch.optim.lr_scheduler.StepLR`. */
const SCHEDULER_TAG = /^!(?:new|name):.*(?:schedulers?|lr_scheduler)\.\w+$/;

const WARMUP_STEP_NAMES = new Set(['warmup_steps', 'num_warmup_steps', 'warmup_iters', 'warmup_num_steps', 'lr_warmup_steps', 't_warmup', 'warmup_iter',
  'warmup_updates', 'num_warmup_iters', 'warmup_step', 'lr_warmup_iters', 'warmup_length',
  // Chemformer's `warm_up_steps`; the attention-is-all-you-need port's `n_warmup_steps`. Not `warm_up_iters`: AdaShare's
  // trains the weights alone before its policy, at the full rate.
  'warm_up_steps', 'n_warmup_steps']);
const WARMUP_RATIO_NAMES = new Set(['warmup_ratio', 'warmup_fraction', 'lr_warmup_fraction', 'warmup_proportion', 'wsd_warmup_fraction', 'lr_warmup_ratio']);

/** What a framework does when the file names no schedule. */
function defaultScheduleShape(frameworks: readonly FrameworkId[], partial: boolean): ScheduleShape | undefined {
  // Hydra only loads the file: a trainer the file also configures (HF Trainer arguments composed by Hydra) decides.
  for (const id of frameworks) {
    switch (id) {
      case 'hf-trainer':
      case 'trl':
      case 'axolotl':
      case 'llama-factory':
      case 'litgpt':
      case 'torchtitan':
      case 'olmo':
      case 'detectron2':
      case 'ultralytics':
      case 'tpu-resnet':
      case 'graphgym':
      case 'opennmt':
      case 'fedscale':
      case 'pycil':
        // HF `linear`; LitGPT, torchtitan, OLMo warmup + decay; detectron2 WarmupMultiStepLR; TPU ResNet warmup +
        // step decay; GraphGym `optim.scheduler: cos`; OpenNMT-py exponential decay from step 50,000; FedScale's
        // aggregator multiplies the rate by `decay_factor` every `decay_round` rounds; PyCIL's models build a cosine
        // or multi-step decay in their own code.
        return 'decaying';
      case 'ludwig':
      case 'ai-toolkit':
        return 'constant'; // Ludwig `decay: null`; ai-toolkit `lr_scheduler: constant`
      case 'nemo':
      case 'lightning':
      case 'llm-foundry':
        return partial ? undefined : 'constant';
      default:
        break;
    }
  }
  return undefined;
}

/**
 * A Hydra app that no trainer framework runs: its script builds the optimizer from the values and adds a schedule
 * only when the file names one, unless the scripts show one built whatever the file says.
 */
function plainHydraApp(frameworks: readonly FrameworkId[], partial: boolean): boolean {
  return !partial && frameworks.includes('hydra');
}

/** Whether the learning rate is gradient boosting's shrinkage: a GBDT framework, or tree settings beside it. */
function boostedTrees(frameworks: readonly FrameworkId[], fields: readonly Field[], lrField: Field | undefined): boolean {
  if (frameworks.includes('xgboost') || frameworks.includes('lightgbm')) return true;
  if (!lrField) return false;
  let trees = 0;
  for (const f of fields) {
    if (f.container !== lrField.container) continue;
    // A learning rate beside a count of estimators is an ensemble's shrinkage (CatBoost, scikit-learn's gradient
    // boosting, AdaBoost): no network is trained with `n_estimators`.
    if (ENSEMBLE_SIZE_KEYS.has(f.normalized)) return true;
    if (TREE_BOOSTING_KEYS.has(f.normalized) && ++trees >= 2) return true;
  }
  return false;
}

const ENSEMBLE_SIZE_KEYS: ReadonlySet<string> = new Set(['n_estimators', 'num_boost_round']);

/** The optimizer a framework uses when the file names none. */
function defaultOptimizer(frameworks: readonly FrameworkId[]): string | undefined {
  for (const id of frameworks) {
    switch (id) {
      case 'hf-trainer':
      case 'trl':
      case 'axolotl':
      case 'llama-factory':
        return 'adamw_torch';
      case 'ludwig':
        return 'adam';
      case 'detectron2':
      case 'tpu-resnet': // tf.train.MomentumOptimizer unless `enable_lars`
      case 'opennmt': // `optim` defaults to sgd
      case 'fedscale': // TorchClient: SGD with momentum 0.9
      case 'flower': // federated clients train with SGD in Flower's baselines and examples
        return 'sgd';
      case 'graphgym':
        return 'adam'; // `optim.optimizer` defaults to adam
      case 'litgpt':
      case 'torchtitan':
      case 'olmo':
        return 'adamw';
      default:
        break;
    }
  }
  return undefined;
}

/** A program that builds Adam from the learning rate alone (HRNet's `get_optimizer`) applies no weight decay with it. */
function adamIgnoresWeightDecay(frameworks: readonly FrameworkId[]): boolean {
  return frameworks.some((id) => frameworkById(id)?.adamIgnoresWeightDecay === true);
}

/**
 * Frameworks whose own trainers read the configured Adam rate as it is (no Noam multiplier), where a rate of 1 is
 * simply far too high; a program of its own (no framework, or only Hydra's or yacs's layout) may not.
 */
const NOAM_IMPLYING_FRAMEWORKS: ReadonlySet<FrameworkId> = new Set(['hydra', 'yacs']);

/**
 * Adam at 0.5 or more beside a warmup step count, in a program of its own: the Transformer's Noam schedule
 * (`lr = factor · d_model^-0.5 · min(step^-0.5, step · warmup^-1.5)`), where the configured rate is the factor
 * (OpenTransformer's `lr: 1.0`, `warmup_steps: 25000`). Taken as the rate itself, Adam would diverge at once.
 */
function impliesNoam(optimizer: OptimizerModel, schedule: ScheduleModel, frameworks: readonly FrameworkId[]): boolean {
  if (optimizer.family !== 'adam' && optimizer.family !== 'adamw') return false;
  if (!frameworks.every((id) => NOAM_IMPLYING_FRAMEWORKS.has(id))) return false;
  if (schedule.shape !== 'unknown' && schedule.shape !== 'decaying') return false;
  const lr = optimizer.lr?.value;
  const warmup = schedule.warmupSteps?.value;
  return lr !== undefined && lr >= 0.5 && warmup !== undefined && warmup.unit === undefined && warmup.amount >= 100;
}

/** `Adam`, `adam`, `torch.optim.Adam`: torch's Adam itself, not RAdam or NAdam, which scripts may build by name. */
function namesPlainAdam(name: string | undefined): boolean {
  return name !== undefined && /^(?:torch\.optim\.)?adam$/i.test(name.trim());
}

/** timm's `create_optimizer` arguments beside `opt` (its `--opt-eps`, `--opt-betas`, `opt_args`). */
const TIMM_OPTIMIZER_ARGUMENT = /^opt_(?:eps|betas|args)$/;

/**
 * The config names an optimizer class the project's scripts define (HittER's `optimizer: Adamax`, its own BERT-style
 * Adamax that adds the decay to the update): a switch written in the block still says how it decays, its name does not.
 */
function ownOptimizer(name: string | undefined, scripts: ScriptFacts): boolean {
  if (name === undefined || scripts.ownOptimizers === undefined) return false;
  const className = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return Object.hasOwn(scripts.ownOptimizers, className);
}

/**
 * The family of the class the scripts build for the config's optimizer name, where they map the name to a class
 * (`'adam'` → `AdamW`); `unknown` where scripts disagree; the name's own family otherwise.
 */
function builtFamily(family: OptimizerFamily, name: string | undefined, scripts: ScriptFacts): OptimizerFamily {
  if (name === undefined || scripts.optimizerNames === undefined) return family;
  const key = name.toLowerCase();
  if (!Object.hasOwn(scripts.optimizerNames, key)) return family;
  const built = scripts.optimizerNames[key];
  return built === null || built === undefined ? 'unknown' : optimizerFamily(built.className);
}

function decoupling(family: OptimizerFamily, frameworks: readonly FrameworkId[], blockFields: readonly Field[], name: string | undefined, ownRadam: boolean, ownClass: boolean, radamByName: boolean): { decoupledWeightDecay?: boolean } {
  const explicit = blockFields.find((f) => ['decoupled_weight_decay', 'adam_w_mode', 'adamw_mode', 'decouple_weight_decay'].includes(f.normalized));
  if (explicit && explicit.value.kind === 'scalar' && typeof explicit.value.value === 'boolean') return { decoupledWeightDecay: explicit.value.value };
  if (ownClass) return {};
  if (frameworks.includes('keras')) return { decoupledWeightDecay: true }; // Keras 3 applies weight_decay decoupled for every optimizer
  // NeMo's `optim.name: RAdam` is not torch.optim.RAdam: NeMo's registry has no radam, and RadTTS builds
  // nemo.core.optim.radam.RAdam (LiyuanLucasLiu's), which decays the weights directly (p -= wd·lr·p).
  if (frameworks.includes('nemo') && name !== undefined && /^radam$/i.test(name)) return { decoupledWeightDecay: true };
  // The same RAdam vendored by the project (flowtron's `from radam import RAdam`, TransMIL's `lookahead_radam`).
  if (ownRadam && name !== undefined && /radam/i.test(name)) return { decoupledWeightDecay: true };
  // A RAdam class from a module of the project or a library (`_target_: dasmil.optim.radam.RAdam`, `torch_optimizer.RAdam`):
  // the copies of LiyuanLucasLiu's RAdam that projects and libraries carry all decay the weights directly (p -= wd·lr·p).
  // Only torch.optim.RAdam adds an L2 term.
  if (name !== undefined && /\.radam$/i.test(name) && !/^torch\.optim\./.test(name)) return { decoupledWeightDecay: true };
  // A name the scripts may look up in torch-optimizer (whose RAdam decays the weights directly) or in torch.optim
  // (an L2 term): which one a run gets depends on the lookup's order and on what is installed (Ynakatsuka's kvt
  // registers torch.optim's classes, then torch-optimizer's over them when it is installed). `torch.optim.RAdam` is torch's.
  if (radamByName && name !== undefined && /radam/i.test(name) && !/\btorch\.optim\b/.test(name)) return {};
  // A name for timm's `create_optimizer` (`lookahead_radam`, or `opt: radam` beside `opt_eps`): timm's own RAdam (all
  // of timm before 1.0, and the copies of its factory that projects vendor, such as HVTSurv's) decays the weights
  // directly, timm 1.0's is torch's, an L2 term; which one a run gets depends on the timm it installs.
  if (name !== undefined && /radam/i.test(name) && (/^lookahead_/i.test(name) || blockFields.some((f) => TIMM_OPTIMIZER_ARGUMENT.test(f.normalized)))) return {};
  if (family === 'adam' && frameworks.includes('deepspeed')) return { decoupledWeightDecay: true }; // DeepSpeed Adam defaults to adam_w_mode
  // DreamerV2/V3 and their PyTorch ports decay the weights themselves before each update (`var = (1 - wd) * var`).
  if (family === 'adam' && frameworks.includes('dreamerv3')) return { decoupledWeightDecay: true };
  // AReaL's engines build `torch.optim.AdamW` for `type: adam` (its `adam_bf16` is an AnyPrecisionAdamW, decoupled too).
  if (family === 'adam' && frameworks.includes('areal')) return { decoupledWeightDecay: true };
  // Megatron-LM's `optimizer: adam` is Transformer Engine's or apex's FusedAdam in AdamW mode (unless
  // `decoupled_weight_decay: false`, read above); Levanter's `type: adam` adds decayed weights after
  // the Adam update (optax), i.e. AdamW. NeMo shares Megatron's argument names but has its own `adam`.
  if (family === 'adam' && (frameworks.includes('levanter') || (frameworks.includes('megatron') && !frameworks.includes('nemo')))) return { decoupledWeightDecay: true };
  // fairseq's `--optimizer adam` is FairseqAdam: its own Adam or apex's FusedAdam, both "the AdamW variant of Adam in
  // its weight decay behavior" (fairseq/optim/adam.py: p -= wd·lr·p after the update).
  if (family === 'adam' && frameworks.includes('fairseq-cli')) return { decoupledWeightDecay: true };
  if (family === 'adamw' || family === 'lion' || family === 'adafactor' || family === 'schedule-free') return { decoupledWeightDecay: true };
  if (family === 'adam' || family === 'sgd' || family === 'rmsprop' || family === 'adagrad') return { decoupledWeightDecay: false };
  return {};
}

/** A learning rate beside `lr` named for the optimizer (`adamw_lr`, `sgd_learning_rate`, `lr_adam`). */
function rateNamedFor(fields: readonly Field[], lr: Field, optimizer: string): Field | undefined {
  const name = optimizer.toLowerCase().replace(/^torch\.optim\./, '').replace(/[^a-z0-9]/g, '');
  if (name === '') return undefined;
  const names = new Set([`${name}_lr`, `${name}_learning_rate`, `lr_${name}`, `learning_rate_${name}`]);
  return fields.find((f) => f !== lr && f.container === lr.container && f.concept === 'learning-rate' && f.kind === 'hyperparameter' && SCALAR_SHAPES.has(f.shape) && names.has(f.normalized));
}

/** speakerlab builds a block as `obj(**args)`: its `obj` names the class (elsewhere `obj` is YOLO's objectness gain). */
const SPEAKERLAB_CLASS_KEYS: readonly string[] = ['obj'];

function optimizerNameField(fields: readonly Field[], block: Field | undefined, blockFields: readonly Field[], lrField: Field | undefined, speakerlab: boolean): Field | undefined {
  const CLASS_KEYS = ['type', 'name', '_target_', 'class_path', 'class_name', 'optimizer_type', 'opt_type', 'optim_type', ...(speakerlab ? SPEAKERLAB_CLASS_KEYS : [])];
  if (block) {
    if (block.value.kind === 'scalar') return block;
    if (block.value.tag && /^!(?:name|new):/.test(block.value.tag)) return block;
    // Hydra's `{_target_: my_app.Optimizer, algo: SGD}`: the key that names a known algorithm wins over a custom class.
    const inner = blockFields.filter((f) => f.parent === block && [...CLASS_KEYS, 'algo', 'algorithm'].includes(f.normalized) && f.value.kind === 'scalar');
    const known = inner.find((f) => f.value.kind === 'scalar' && typeof f.value.value === 'string' && optimizerFamily(f.value.value) !== 'unknown');
    if (known ?? inner[0]) return known ?? inner[0];
  }
  const named = pairedWithLr(
    byConcept(fields, 'optimizer').filter((f) => f.kind === 'hyperparameter' && f.value.kind === 'scalar' && f.shape !== 'boolean' && !isEval(f) && !isOuterLoop(f) && !isInnerLoop(f) && !otherEstimatorsSolver(f, lrField)),
    lrField,
  );
  const direct = best(named, (f) => (['optim', 'optimizer', 'type', 'name', '_target_', 'class_path', 'optimizer_type', 'opt_type', 'optim_type', 'optimizer_name', 'solver', 'opt_class'].includes(f.normalized) ? 2 : 0) - f.path.length * 0.1);
  if (direct) return direct;
  // Cerebras ModelZoo's `optimizer: {AdamW: {learning_rate: 6.0e-4}}`, a course's `training: {adam: {learning_rate}}`:
  // the mapping that holds the rate is named after the optimizer class it builds.
  if (lrField?.parent && lrField.parent.value.kind === 'map' && OPTIMIZER_CLASS_KEY.test(lrField.parent.name)) return lrField.parent;
  // SpeechBrain: `opt_class: !name:torch.optim.Adam` with the arguments as a mapping under the tag.
  return fields.find((f) => f.value.tag !== undefined && /^!(?:name|new):torch\.optim\.(?!lr_scheduler)/.test(f.value.tag));
}

/**
 * scikit-learn's `solver` is the algorithm of the estimator whose parameters sit beside it (`MLPClassifier`'s
 * `solver: adam` next to `learning_rate_init`); in another block it is another model's (TabPFNCredit's logistic
 * regression `lr: {solver: liblinear}` beside `xgb: {learning_rate: 0.1}`).
 */
function otherEstimatorsSolver(field: Field, lrField: Field | undefined): boolean {
  return field.normalized === 'solver' && lrField !== undefined && field.container !== lrField.container;
}

/** A key that is an optimizer class's name and nothing else (not `adam_params`, not `momentum`). */
const OPTIMIZER_CLASS_KEY = /^(?:adam|adamw|adamax|nadam|radam|amsgrad|sgd|rmsprop|adagrad|adadelta|lamb|lars|lion|adafactor|lbfgs|fusedadam|fusedlamb)$/i;

/**
 * A block named after its optimizer (`optimizer: {AdamW: {learning_rate: 6e-4}}`) names it by its key; the key is no
 * scalar value, so no rule offers to rewrite it. A HyperPyYAML block (`Adam: !name:torch.optim.AdamW`) is named by its tag.
 */
function namedByKey(field: Field): boolean {
  return field.value.kind === 'map' && !field.value.tag && OPTIMIZER_CLASS_KEY.test(field.name);
}

/**
 * Optimizers named per part of a model (`optimizer_encoder: LARS`, `optimizer_classifier: AdamW`) go with
 * the learning rate of the same part (`lr_encoder`): the optimizer of another part says nothing about
 * this rate. A rate named for no part (`lr`) keeps every candidate.
 */
function pairedWithLr(named: Field[], lrField: Field | undefined): Field[] {
  const part = lrField ? partOf(lrField.normalized) : '';
  if (part === '' || !named.some((f) => partOf(f.normalized) !== '')) return named;
  const same = named.filter((f) => partOf(f.normalized) === part);
  // Only other parts' optimizers: this rate's optimizer is not named.
  return same.length > 0 ? same : named.filter((f) => partOf(f.normalized) === '');
}

/** Words of a rate's or an optimizer's name that say what it is, not which part of the model it is for. */
const NOT_A_PART = new Set(['lr', 'learning', 'rate', 'optimizer', 'optimiser', 'optim', 'opt', 'type', 'name', 'class', 'cls', 'base', 'init', 'initial', 'peak', 'max']);

/** `lr_encoder`, `encoder_learning_rate`, `optimizer_encoder` → `encoder`; KAIR's `G_optimizer_lr`, `G_optimizer_type` → `g`; `lr`, `base_lr` → ``. */
function partOf(name: string): string {
  return name
    .split('_')
    .filter((w) => w !== '' && !NOT_A_PART.has(w))
    .join('_');
}

const PRECISION_SWITCHES: ReadonlySet<string> = new Set(['fp16', 'use_fp16', 'bf16', 'use_bf16', 'bfloat16']);

/**
 * A precision switch written as a boolean (`bf16: true`) or as a DeepSpeed block (`bf16: {enabled: true}`). One written
 * inside the other switch's block (gpt-moe's `"fp16": {"bf16": true, "enabled": true}`) is not read by DeepSpeed, which
 * takes `bf16` from the top level only.
 */
function flag(fields: readonly Field[], names: readonly string[], refs: References, depth: (f: Field) => number): ModelValue<boolean> | undefined {
  const f = best(byName(fields, names).filter((x) => !(x.parent && PRECISION_SWITCHES.has(x.parent.normalized))), (x) => -depth(x));
  if (!f) return undefined;
  if (f.value.kind === 'map') {
    const enabled = byName(fields, ['enabled']).find((x) => x.parent === f);
    return enabled ? booleanOf(enabled, refs) : undefined;
  }
  return booleanOf(f, refs);
}

function ancestorConcept(f: Field, concept: string): boolean {
  for (let p = f.parent; p; p = p.parent) if (p.concept === concept) return true;
  return false;
}

function nearestAncestor(f: Field, test: (a: Field) => boolean): Field | undefined {
  for (let p = f.parent; p; p = p.parent) if (test(p)) return p;
  return undefined;
}

function best<T>(items: readonly T[], score: (t: T) => number): T | undefined {
  let top: T | undefined;
  let topScore = -Infinity;
  for (const item of items) {
    const s = score(item);
    if (s > topScore) {
      top = item;
      topScore = s;
    }
  }
  return top;
}

