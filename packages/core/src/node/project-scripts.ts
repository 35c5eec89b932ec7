/**
 * What a project's Python scripts (and the dependency files beside them) say of its configs. First, the Hydra app
 * whose config folder holds a YAML file: `src/train.py` with
 * `@hydra.main(config_path="../configs", config_name="train")` makes `configs/train.yaml` its primary config and
 * every YAML file under `configs/` something Hydra loads (OmegaConf, so `lr: 1e-4` is a float), even when the file
 * itself says nothing of Hydra — the most common Hydra layout, which the defaults lists alone cannot show. The same
 * scripts also show how a project without Hydra reads its YAML (`OmegaConf.load`, typed dataclasses or ruamel.yaml's `YAML()` as its only
 * reader) and which config keys it converts itself (`float(params['eps'])`): `yamlReadingOf`. And they show facts of
 * the run for a config in any format (`factsOf`): a schedule built unconditionally, torch Adam built from the config,
 * a JSON reader that accepts comments, a Lightning version pinned below 2.0.
 *
 * Scripts are looked for where they live in practice: in the YAML file's own folder and the folders above it (at
 * most three, or six when that reaches a `.git`; never above the project: the settings folder or working directory
 * that holds the file, or the first folder with a `.git`), and, when the walk reaches the project's top, in that
 * folder's subfolders three levels down (`src/`, `scripts/`, `tools/train/`). Virtual environments, caches and run
 * outputs are skipped, and the number of folders and scripts read is capped, so a large repository costs a bounded,
 * one-off read per run.
 */
import { opendirSync, type Dir, type Dirent } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ComposedBy, LayoutLoader } from '../model/hydra-groups.js';
import { hydraEntryPoints, type HydraEntryPoint } from '../model/hydra-entry-points.js';
import { yamlLoaderCalls, type YamlLoaderCalls } from '../model/yaml-loader-calls.js';
import { commandLineParsing, type CommandLineParsing } from '../model/command-line-parsing.js';
import { steppedNames as steppedNamesIn, unconditionalSchedules } from '../model/schedule-calls.js';
import { optimizerNameClasses, type OptimizerNameClass } from '../model/optimizer-name-map.js';
import { adamCalls } from '../model/adam-calls.js';
import { jsonNamesReadAsYaml, lenientJsonReader, stripsJsonLineComments } from '../model/json-reader-calls.js';
import { ratioOrCountKeys } from '../model/ratio-or-count.js';
import { sentinelTests, type SentinelTest, type TestedSentinel } from '../model/sentinel-tests.js';
import { warmupAddedToRun, warmupDecayPoints } from '../model/warmup-in-scripts.js';
import { launcherOverrides } from '../model/launcher-overrides.js';
import { hfKeywordArguments, type HfKeywordArguments } from '../model/hf-keyword-arguments.js';
import { attentionHeadSplit, type AttentionHeadSplit } from '../model/attention-head-split.js';
import { callsLightningCli, configureOptimizersMonitor } from '../model/lightning-monitor.js';
import { replacedInNamedFiles, replacedSettings } from '../model/replaced-settings.js';
import { createsWandbSweep } from '../model/wandb-sweep.js';
import { deepspeedCalls } from '../model/deepspeed-calls.js';
import { torchClassLookups, type TorchClassLookup } from '../model/torch-class-lookups.js';
import { ownArgumentReads } from '../model/own-arguments.js';
import { dataclassFieldNames } from '../model/dataclass-fields.js';
import { lightningBelow2 } from '../model/requirement-pins.js';
import { lightning1Hook } from '../model/lightning1-hooks.js';
import { solverWarmupWrite } from '../model/solver-warmup-writes.js';
import { codeNames, commentedOutReads, unreadSettings, type CodeNames } from '../model/commented-out-reads.js';
import { notebookCode } from '../model/notebook-code.js';
import { graphLibraryImport } from '../model/graph-learning.js';
import type { CodeVocabulary, ScriptFacts } from '../model/training-run.js';
import { FolderMemo, entriesOf } from './folder-memo.js';
import { isInside } from './inside.js';
import { readSmallText } from './read-text.js';
import { shownPath, toPosix } from './posix-path.js';

const MAX_LEVELS = 3;
/**
 * How far up the walk looks for the repository's top (a `.git`) or the project's root: three folders more than it reads
 * otherwise. The related reader looks for the repository's top as far.
 */
export const REPOSITORY_TOP_MAX_LEVELS = MAX_LEVELS + 3;
/**
 * Four: a Kedro project builds its optimizer and schedule in `src/<package>/pipelines/<name>/model.py`; diligent-man's
 * Video_Anomaly_Detection reads its JSON in `AI/src/utils/utils.py`. Folders are read breadth first, so a deeper level
 * only fills what `MAX_SUBFOLDERS` leaves.
 */
const SUBFOLDER_DEPTH = 4;
/**
 * Folders below the project's top looked into for scripts, at most, and scripts read per folder (names that sound
 * like an entry point first): a research project's entry points sit in a handful of folders, and a one-file run of a
 * pre-commit hook in a large repository must not read its whole source tree (64 folders of 16 small scripts that do
 * not mention Hydra: about 45 ms, measured).
 */
const MAX_SUBFOLDERS = 64;
const MAX_SCRIPTS_PER_FOLDER = 16;
const MAX_SCRIPT_SIZE = 256 * 1024;
/** Notebooks keep their outputs (plots as base64 images): larger than a script for the same code. */
const MAX_NOTEBOOK_SIZE = 8 * 1024 * 1024;
/**
 * Scripts whose bytes hold none of these declare no Hydra app, read no YAML, convert nothing, build no learning-rate
 * schedule, override no Lightning 1.x hook (`_epoch_end`) and write no detectron2 warmup (`WARMUP_ITERS`), and are not
 * decoded.
 */
const MENTIONS = ['hydra', 'OmegaConf', 'yaml', 'fromfile', 'float(', 'simple_parsing', 'draccus', 'pyrallis', 'params_show', 'eval(', 'sconf', 'yacs', 'merge_from_', 'mmengine', 'mmcv', 'jsonargparse', 'chedule', 'LR', 'adjust_', 'Adam', 'optim', 'json5', 'commentjson', 'jstyleson', 'hjson', 'pydantic', 're.sub', 'add_argument', 'LightningCLI', 'dataclass', 'deepspeed', 'Trainer', 'Argument', 'recbole', '_epoch_end', 'WARMUP_ITERS', 'openrl', 'head_size', 'MultiheadAttention', 'load_conf', 'torch_geometric', 'dgl', 'ogb', 'opengsl', 'torch_sparse', 'torch_scatter', 'graphgym', 'spektral', 'stellargraph'].map((m) => Buffer.from(m));
const PYTHON_FILE = /\.py$/i;
const NOTEBOOK_FILE = /\.ipynb$/i;
/** Shell scripts that launch training, read for the Hydra overrides they pass (launcher-overrides.ts). */
const SHELL_FILE = /\.(?:sh|bash)$/i;
const LAUNCHER_MENTIONS = ['config-name', '-cn', '.py'].map((m) => Buffer.from(m));
/** Files that pin the project's dependencies (pip, conda, poetry, setuptools, pipenv): read for the Lightning version. */
const DEPENDENCY_FILE = /^(?:requirements[\w.-]*\.txt|environment[\w.-]*\.ya?ml|pyproject\.toml|setup\.(?:py|cfg)|Pipfile)$/i;
const LIGHTNING = [Buffer.from('ightning')];
const YAML_FILE = /\.ya?ml$/i;
const JSON_FILE = /\.json$/i;
const ENTRY_POINT_NAME = /train|main|run|launch|fit|tune|pretrain|app|cli/i;
/** Subfolders that hold no project scripts: environments, caches, data and what runs write. */
const SKIPPED = new Set(['node_modules', '__pycache__', 'site-packages', 'venv', 'env', 'outputs', 'multirun', 'wandb', 'mlruns', 'lightning_logs', 'logs', 'checkpoints', 'data', 'datasets', 'build', 'dist']);
/**
 * Skipped names that are as often the project's own package of data loaders (ST-MetaNet's `src/data/dataloader.py`
 * reads `training['batch_size']`): walked when they hold a Python file themselves.
 */
const CODE_OR_DATA = new Set(['data', 'datasets']);

/** The Hydra entry points of one folder's scripts, and what else the walk needs of the folder. */
interface FolderScripts {
  readonly apps: readonly HydraApp[];
  /** The scripts that read YAML or convert config values, and how. */
  readonly yamlReaders: readonly YamlReader[];
  /** The scripts that build a learning-rate schedule whatever the config says, and the call that does. */
  readonly schedules: readonly ScheduleBuilder[];
  /** Names the scripts call `.step(` on (`scheduler.step()`, `self.lr_sched.step()`): an idle schedule under one of them is stepped elsewhere. */
  readonly steppedNames: readonly string[];
  /** What the folder's scripts do with torch's Adam (see adam-calls.ts), summed; `script` is the first that calls it. */
  readonly adam: { readonly calls: number; readonly withDecay: number; readonly unreadable: boolean; readonly script?: string; readonly decayKeys: readonly string[]; readonly otherOptimizer: boolean; readonly decayedBy?: string; readonly otherCall?: { readonly script: string; readonly call: string } };
  /** The first script that imports an RAdam other than torch's, whether any uses torch's, and the first that looks torch-optimizer's classes up by name. */
  readonly radam: { readonly own?: string; readonly torch: boolean; readonly byName?: string };
  /** Optimizer classes the scripts define (`class Adamax(Optimizer):`), each with the first script that does. */
  readonly ownOptimizers: readonly { readonly name: string; readonly script: string }[];
  /** Adam-family names the scripts map to Adam-family classes (`== 'adam': optimizer = AdamW`), see optimizer-name-map.ts. */
  readonly optimizerNames: readonly (OptimizerNameClass & { readonly script: string })[];
  /** The first script that imports a JSON library accepting comments and trailing commas (see json-reader-calls.ts). */
  readonly lenientJson?: { readonly script: string; readonly library: string };
  /** The first script that strips `//` line comments from JSON with a regular expression (Coqui TTS's `read_json_with_comments`). */
  readonly jsonLineComments?: string;
  /** The scripts that read configs with `OmegaConf.load` and name JSON files in quoted paths, and those files' names. */
  readonly jsonReadAsYaml: readonly { readonly script: string; readonly names: readonly string[] }[];
  /**
   * What shows the project runs Lightning below 2.0, and where: the first dependency file's pin (see
   * requirement-pins.ts), else the first script that overrides an epoch-end hook 2.0 removed (see lightning1-hooks.ts).
   */
  readonly lightningBelow2?: { readonly file: string; readonly written: string };
  /** The scripts that parse command-line options with `type=float` or by type, and how (see command-line-parsing.ts). */
  readonly commandLines: readonly CommandLine[];
  /** Fraction-like settings the scripts compare with 1, reading them as a fraction or a count (see ratio-or-count.ts). */
  readonly ratioOrCount: readonly { readonly script: string; readonly key: string; readonly comparison: string }[];
  /** Settings the scripts test for -1 or 0 and replace, each with the test (see sentinel-tests.ts). */
  readonly sentinelTests: readonly { readonly script: string; readonly key: string; readonly test: SentinelTest }[];
  /** Warmup-named settings the scripts use as a decay point or add to the run's length (see warmup-in-scripts.ts). */
  readonly warmupUses: readonly { readonly script: string; readonly key: string; readonly use: 'decay-point' | 'added-to-run'; readonly code: string }[];
  /**
   * Settings the scripts overwrite whenever they run, as `section.setting`, or `setting` on HF's parsed arguments or on a
   * file a script loads by a written path, whose end is `file` (see replaced-settings.ts); and the Hydra overrides a
   * shell launcher passes with the name of the config whose path ends in `file` (see launcher-overrides.ts).
   */
  readonly replaced: readonly { readonly script: string; readonly path: string; readonly assignment: string; readonly file?: string; readonly program?: string }[];
  /** The first script that reads YAML and creates a W&B sweep from Python (`wandb.sweep(cfg)`). */
  readonly sweepCreator?: string;
  /** The first script that writes detectron2's `SOLVER.WARMUP_ITERS`, and the line (see solver-warmup-writes.ts). */
  readonly solverWarmupWriter?: { readonly script: string; readonly line: string };
  /** The first script that calls `deepspeed.initialize` itself, and whether any builds HF's Trainer (see deepspeed-calls.ts). */
  readonly deepspeed: { readonly initializer?: string; readonly hfTrainer: boolean };
  /** Where a script takes an optimizer or scheduler class from `torch.optim` by a config value (see torch-class-lookups.ts). */
  readonly classLookups: readonly { readonly script: string; readonly lookup: TorchClassLookup }[];
  /** The attribute names each script reads from its argparse namespace (`args.fp16`), and whether any names HF's argument classes (see own-arguments.ts). */
  readonly argumentReads: readonly { readonly script: string; readonly names: readonly string[] }[];
  /** The keys each script reads from a dictionary of settings (`cfg["lr"]`; see own-arguments.ts). */
  readonly keyReads: readonly { readonly script: string; readonly names: readonly string[] }[];
  readonly hfArguments: boolean;
  /** The fields the scripts' dataclasses declare, sorted (see dataclass-fields.ts). */
  readonly dataclassFields: readonly string[];
  /** Settings a comment line reads, as `section.setting` (see commented-out-reads.ts). */
  readonly commentedReads: readonly { readonly script: string; readonly path: string; readonly line: string }[];
  /** The first script whose `configure_optimizers` returns its scheduler with a `monitor`, and that entry (see lightning-monitor.ts). */
  readonly schedulerMonitor?: { readonly script: string; readonly entry: string };
  /** A script calls `LightningCLI(...)`, which replaces a module's `configure_optimizers` (see lightning-monitor.ts). */
  readonly lightningCli: boolean;
  /** The first script that imports a graph-learning library, with the import line (see graph-learning.ts). */
  readonly graphLibrary?: { readonly script: string; readonly line: string };
  /** The scripts that build HF's argument classes or may hand them a whole mapping, with what they pass (see hf-keyword-arguments.ts). */
  readonly hfArgumentBuilds: readonly ({ readonly script: string } & HfKeywordArguments)[];
  /** The scripts that split attention heads themselves or need the width to divide (see attention-head-split.ts). */
  readonly headSplits: readonly ({ readonly script: string } & AttentionHeadSplit)[];
  readonly subfolders: readonly string[];
  /** Holds `.git`: the walk does not climb above it. */
  readonly isRepositoryTop: boolean;
  /** A script or launcher was read here, or a dependency file pins Lightning: only then can the folder say anything above. */
  readonly informative: boolean;
}

interface YamlReader {
  readonly script: string;
  readonly calls: YamlLoaderCalls;
}

interface CommandLine {
  readonly script: string;
  readonly parsing: CommandLineParsing;
}

interface ScheduleBuilder {
  readonly script: string;
  readonly call: string;
  /** The name the schedule is kept under when its own script never uses it again (see schedule-calls.ts). */
  readonly idle?: string;
  /** How evidence shows it, when not as the call with `(…)` (a rate set by hand, see schedule-calls.ts). */
  readonly shown?: string;
}

/** What the scripts a YAML file's walk finds say of reading it (`ProjectScripts.yamlReadingOf`). */
export interface ScriptsYamlReading {
  readonly loader?: LayoutLoader;
  /** A script reads YAML some way other than OmegaConf, typed dataclasses or ruamel's `YAML()` (PyYAML, mmcv). */
  readonly readsOtherwise: boolean;
  readonly floatKeys: readonly string[];
  /** A script that reads a config with PyYAML, shown as found (the first one). */
  readonly pyyamlIn?: string;
  /** The config libraries the scripts import (`sconf`, `yacs`, `omegaconf` …; see yaml-loader-calls.ts). */
  readonly imports: readonly string[];
  /** A script that merges config files into a yacs `CfgNode` (the first one), for files written as yacs writes them. */
  readonly yacsIn?: string;
  /** The yacs reading is GraphGym's, which reads lowercase files too. */
  readonly yacsAnyCase?: true;
  /** The top-level keys of the `CfgNode` defaults the scripts write (see yaml-loader-calls.ts). */
  readonly yacsKeys: readonly string[];
}

const NO_READING: ScriptsYamlReading = { readsOtherwise: false, floatKeys: [], imports: [], yacsKeys: [] };

interface HydraApp {
  readonly script: string;
  readonly configDir: string;
  readonly entry: HydraEntryPoint;
  /** The folder is a guess (an absolute `config_path` read as the project's folder of that name): only the named primary config is placed. */
  readonly primaryOnly?: true;
}

export interface ProjectScriptsOptions {
  readonly onRead?: (folder: string) => void;
  readonly revalidateAfterMs?: number;
}

export class ProjectScripts {
  private readonly folders: FolderMemo<FolderScripts>;
  /** What each folder's scripts name in code: for settings read only in a comment line, and for the project's code vocabulary. */
  private readonly names: FolderMemo<FolderCodeNames | undefined>;
  /** The code vocabulary of each walk that saw the whole project (see `codeVocabularyOf`), by its folders and display base. */
  private readonly vocabularies = new Map<string, CodeVocabulary | undefined>();
  /**
   * Per YAML folder, the folders whose scripts are asked and what `onRead` was told on the way (kept only when folders
   * are read once per run): each file's cache entry needs its own list.
   */
  private readonly searchedFrom = new Map<string, Walk & { readonly told: readonly string[] }>();
  private told: string[] | undefined;
  /** `scriptsOf(folder)` for each folder asked, made once. */
  private readonly scriptsHeard = new Map<string, string>();

  constructor(
    private readonly roots: readonly string[],
    private readonly options: ProjectScriptsOptions = {},
  ) {
    this.folders = new FolderMemo(readFolderScripts, (e) => e.isDirectory() || (e.isFile() && (PYTHON_FILE.test(e.name) || SHELL_FILE.test(e.name) || DEPENDENCY_FILE.test(e.name))), options.revalidateAfterMs);
    this.names = new FolderMemo(readFolderCodeNames, isCodeFile, options.revalidateAfterMs);
  }

  /** The names of the scripts (`train.py`) whose `@hydra.main` names the YAML file at `absolutePath` as its primary config. */
  private primaryConfigScripts(absolutePath: string): ReadonlySet<string> {
    const scripts = new Set<string>();
    if (!YAML_FILE.test(absolutePath)) return scripts;
    for (const folder of this.scriptFolders(dirname(absolutePath))) {
      for (const app of this.folder(folder).apps) if (placeIn(app, absolutePath, '')?.rank === 0) scripts.add(basename(app.script));
    }
    return scripts;
  }

  /**
   * How a Hydra app loads the YAML file at `absolutePath`: as its primary config (`config_name`, or any file at the
   * top of its config folder, which `--config-name` selects), or as a group option below it; undefined when no
   * script found names a folder holding the file.
   */
  appOf(absolutePath: string, displayBase: string): HydraAppPlace | undefined {
    if (!YAML_FILE.test(absolutePath)) return undefined;
    let best: HydraAppPlace | undefined;
    for (const folder of this.scriptFolders(dirname(absolutePath))) {
      for (const app of this.folder(folder).apps) {
        const found = placeIn(app, absolutePath, displayBase);
        if (found && (best === undefined || found.rank < best.rank)) best = found;
      }
    }
    return best;
  }

  /**
   * How the scripts the walk finds for the YAML file at `absolutePath` read YAML (see yaml-loader-calls.ts): the loader
   * they show when they read it one way only (`OmegaConf.load`, or simple_parsing's, draccus's or pyrallis's typed dataclasses; the
   * program is unknown, the loader is not), whether any reads it another way (PyYAML, ruamel), and the config keys they
   * pass through `float()`, which are numbers whatever the loader.
   */
  yamlReadingOf(absolutePath: string, displayBase: string): ScriptsYamlReading {
    if (!YAML_FILE.test(absolutePath)) return NO_READING;
    let omegaconf: string | undefined;
    let typed: string | undefined;
    let ruamel: string | undefined;
    let resolver: string | undefined;
    let jsonargparse: string | undefined;
    let yacs: string | undefined;
    let yacsMerge: string | undefined;
    let graphgym = false;
    let other = false;
    let pyyaml: string | undefined;
    const floatKeys = new Set<string>();
    const dataclassFloats = new Set<string>();
    let byFieldType = false;
    const imports = new Set<string>();
    const yacsKeys = new Set<string>();
    for (const folder of this.scriptFolders(dirname(absolutePath))) {
      for (const reader of this.folder(folder).yamlReaders) {
        if (reader.calls.other) other = true;
        if (reader.calls.pyyaml) pyyaml ??= reader.script;
        for (const i of reader.calls.imports) imports.add(i);
        if (reader.calls.omegaconf) omegaconf ??= reader.script;
        if (reader.calls.typed) typed ??= reader.script;
        if (reader.calls.ruamel) ruamel ??= reader.script;
        if (reader.calls.floatResolver) resolver ??= reader.script;
        if (reader.calls.jsonargparse) jsonargparse ??= reader.script;
        if (reader.calls.yacs) yacs ??= reader.script;
        if (reader.calls.graphgym) graphgym = true;
        if (reader.calls.yacsMerge) yacsMerge ??= reader.script;
        for (const k of reader.calls.floatKeys) floatKeys.add(k);
        for (const k of reader.calls.yacsKeys) yacsKeys.add(k);
        if (reader.calls.convertsByFieldType) byFieldType = true;
        for (const k of reader.calls.dataclassFloatFields) dataclassFloats.add(k);
      }
    }
    // The dataclasses are often declared in a module of their own, beside the loop that converts by their fields' types.
    if (byFieldType) for (const k of dataclassFloats) floatKeys.add(k);
    // So are a yacs program's `CfgNode` defaults, beside the script that merges the file into them (MicKey).
    if (yacs === undefined && yacsKeys.size > 0) yacs = yacsMerge;
    const loader = scriptsLoader({ omegaconf, typed, ruamel, jsonargparse, resolver, other }, displayBase);
    return {
      ...(loader ? { loader } : {}),
      readsOtherwise: other,
      floatKeys: [...floatKeys].sort(),
      ...(pyyaml !== undefined ? { pyyamlIn: shownPath(pyyaml, displayBase) } : {}),
      imports: [...imports].sort(),
      ...(yacs !== undefined ? { yacsIn: shownPath(yacs, displayBase), ...(graphgym ? { yacsAnyCase: true as const } : {}) } : {}),
      yacsKeys: [...yacsKeys].sort(),
    };
  }

  /**
   * What the scripts the walk finds for the config file at `absolutePath` show about its run, in any format (a JSON or
   * TOML config's program writes its schedule and optimizer in code as often as a YAML one's), each cited by script:
   * a learning-rate schedule they build whatever the config says (see schedule-calls.ts; the first found); torch's Adam
   * called, never with a weight decay, and no optimizer built some way that cannot be read (see adam-calls.ts); an
   * RAdam imported from somewhere other than torch (a vendored `radam.py`, torch-optimizer), whose weight decay is
   * decoupled, when no script uses `torch.optim.RAdam`; for a JSON config, a JSON library that accepts comments and
   * trailing commas (commentjson, json5) imported by a script; a dependency file that pins Lightning below 2.0 (the
   * nearest); the fraction-like settings a script compares with 1 (`warmup_ratio < 1`), which it reads as a count above
   * 1; and for a YAML file, how each script parses its command line (for a W&B sweep's `program`) and the first script
   * that reads YAML and creates a W&B sweep itself (`wandb.sweep(cfg)`).
   */
  factsOf(absolutePath: string, displayBase: string): ScriptFacts {
    const walked = this.walk(dirname(absolutePath));
    const scripts = walked.folders.map((folder) => this.folder(folder));
    // Every fact below comes from a script, a launcher or a dependency file: a walk with none of them (a folder of
    // configs outside any project) gives nothing but what the code vocabulary says.
    if (!scripts.some((found) => found.informative)) {
      const vocabulary = this.codeVocabularyOf(absolutePath, displayBase);
      return vocabulary !== undefined ? { codeVocabulary: vocabulary } : {};
    }
    let schedule: ScheduleBuilder | undefined;
    let adamCaller: string | undefined;
    let adamDecays = false;
    let adamDecayedBy: string | undefined;
    let otherOptimizer = false;
    let adamUnreadable = false;
    let otherCall: { readonly script: string; readonly call: string } | undefined;
    const adamDecayKeys = new Set<string>();
    let ownRadam: string | undefined;
    let torchRadam = false;
    let radamByName: string | undefined;
    // Keyed by names from scripts: no prototype, so a class called `constructor` is a name like any other.
    const ownOptimizers: Record<string, string> = Object.create(null) as Record<string, string>;
    const optimizerNames: Record<string, { className: string; evidence: string } | null> = Object.create(null) as Record<string, { className: string; evidence: string } | null>;
    let lenientJson: FolderScripts['lenientJson'];
    let lineComments: string | undefined;
    let jsonAsYaml: string | undefined;
    let lightning: FolderScripts['lightningBelow2'];
    const commandLines: Record<string, CommandLineParsing> = {};
    const ratioOrCount: Record<string, string> = {};
    const sentinels: Record<string, TestedSentinel[]> = Object.create(null) as Record<string, TestedSentinel[]>;
    const decayPoints: Record<string, string> = {};
    const addedToRun: Record<string, string> = {};
    const replaced: Record<string, string> = {};
    let sweepCreator: string | undefined;
    let warmupWriter: FolderScripts['solverWarmupWriter'];
    let deepspeedInitializer: string | undefined;
    let hfTrainer = false;
    const classLookups = new Map<string, { kind: TorchClassLookup['kind']; key: string; evidence: string }>();
    let hfArguments = false;
    const argumentNames = new Set<string>();
    /** Every name a script reads from its settings, as an attribute or a key, with the first script that does. */
    const settingsReads: Record<string, string> = Object.create(null);
    const dataclassFields = new Set<string>();
    const commentedReads: FolderScripts['commentedReads'][number][] = [];
    let primaryOf: ReadonlySet<string> | undefined;
    let monitorWriter: string | undefined;
    let lightningCliRun = false;
    let graphLibrary: FolderScripts['graphLibrary'];
    // Attention split head by head (see attention-head-split.ts): the pairs a head size is floored from, by script.
    const flooredHeads: Record<string, string> = Object.create(null) as Record<string, string>;
    let headsProjector: string | undefined;
    let headsMustDivide = false;
    let hfBuilder: string | undefined;
    let hfWhole = false;
    const hfPassed = new Set<string>();
    const hfReads = new Set<string>();
    const hfRenamed: { script: string; renamed: readonly string[]; reads: readonly string[] }[] = [];
    let argumentReader: string | undefined;
    const isJson = JSON_FILE.test(absolutePath);
    const isYaml = YAML_FILE.test(absolutePath);
    const stepped = new Set<string>();
    for (const found of scripts) for (const name of found.steppedNames) stepped.add(name);
    for (let index = 0; index < scripts.length; index++) {
      const folder = walked.folders[index]!;
      const { schedules, adam, radam, ownOptimizers: defined, optimizerNames: mappedNames, lenientJson: json, jsonLineComments, jsonReadAsYaml, lightningBelow2: pinned, commandLines: parsers, ratioOrCount: compared, sentinelTests: tested, warmupUses, replaced: overwritten, sweepCreator: creator, solverWarmupWriter: writesWarmup, deepspeed, classLookups: lookups, argumentReads, keyReads, hfArguments: namesHfArguments, dataclassFields: declared, commentedReads: commented, hfArgumentBuilds: builds, headSplits: splits, schedulerMonitor: monitor, lightningCli: runsLightningCli, graphLibrary: graphImport } = scripts[index]!;
      if (runsLightningCli) lightningCliRun = true;
      graphLibrary ??= graphImport;
      for (const split of splits) {
        if (split.needsDivisible) headsMustDivide = true;
        for (const pair of split.floors) flooredHeads[pair] ??= split.script;
        if (split.projectsHeads) headsProjector ??= split.script;
      }
      if (monitor && monitorWriter === undefined) monitorWriter = `\`${monitor.entry}\` in the \`configure_optimizers\` of ${shownPath(monitor.script, displayBase)}`;
      for (const name of declared) dataclassFields.add(name);
      // The names come only from the scripts on the way up from the file, or from a script elsewhere that names the file
      // by a written path (gpm's `scripts/modal/train_poet.py`: `Path("/config/poet_training.yaml")`): a sibling folder's
      // script (CFGPT's `pretrain/` beside `full-sft/`) may build another stage's arguments from another file. A whole
      // mapping handed on anywhere could be this file's.
      const above = index < walked.up;
      for (const b of builds) {
        if (b.whole) hfWhole = true;
        if (!above && !b.files.some((f) => toPosix(absolutePath).endsWith(`/${f}`))) continue;
        if (b.calls > 0) hfBuilder ??= b.script;
        for (const n of b.names) hfPassed.add(n);
        for (const n of b.reads) hfReads.add(n);
      }
      // A script that reads a setting and passes it under another HF keyword (`eval_strategy=config['training']
      // ["evaluation_strategy"]`) says which name that setting has, from whichever folder of the walk: the pair is
      // specific enough, and passedUnderKeyword asks that its calls read the key's mapping too.
      for (const b of builds) if (b.renamed.length > 0) hfRenamed.push({ script: shownPath(b.script, displayBase), renamed: b.renamed, reads: b.reads });
      commentedReads.push(...commented);
      warmupWriter ??= writesWarmup;
      if (namesHfArguments) hfArguments = true;
      for (const { script, names } of argumentReads) {
        argumentReader ??= script;
        for (const n of names) argumentNames.add(n);
        for (const n of names) settingsReads[n] ??= script;
      }
      for (const { script, names } of keyReads) for (const n of names) settingsReads[n] ??= script;
      for (const { script, lookup } of lookups) {
        const id = `${lookup.kind} ${lookup.key}`;
        if (!classLookups.has(id)) classLookups.set(id, { kind: lookup.kind, key: lookup.key, evidence: `\`${lookup.call}\` in ${shownPath(script, displayBase)}` });
      }
      if (isYaml) sweepCreator ??= creator;
      deepspeedInitializer ??= deepspeed.initializer;
      if (deepspeed.hfTrainer) hfTrainer = true;
      for (const c of compared) ratioOrCount[c.key] ??= `\`${c.comparison}\` in ${shownPath(c.script, displayBase)}`;
      for (const { script, key, test } of tested) (sentinels[key] ??= []).push({ values: test.values, bound: test.bound, evidence: `\`${test.comparison}\` in ${shownPath(script, displayBase)}` });
      for (const w of warmupUses) (w.use === 'decay-point' ? decayPoints : addedToRun)[w.key] ??= `${w.code} in ${shownPath(w.script, displayBase)}`;
      // A key set on a file the script loads by name belongs to that file alone, and one a launcher passes to a Hydra app
      // without naming a config to the primary config that app's `@hydra.main` names.
      for (const r of overwritten) {
        const applies = r.program !== undefined ? (primaryOf ??= this.primaryConfigScripts(absolutePath)).has(r.program) : r.file === undefined || toPosix(absolutePath).endsWith(`/${r.file}`);
        if (applies) replaced[r.path] ??= `\`${r.assignment}\` in ${shownPath(r.script, displayBase)}`;
      }
      // Two scripts of one name (`train.py` in two folders): the nearest, which the walk reaches first.
      if (isYaml) for (const c of parsers) commandLines[basename(c.script)] ??= c.parsing;
      if (isJson) lenientJson ??= json;
      if (isJson) lineComments ??= jsonLineComments;
      if (isJson && jsonAsYaml === undefined) {
        const name = basename(absolutePath);
        const reader = jsonReadAsYaml.find((r) => r.names.includes(name));
        if (reader) jsonAsYaml = `\`OmegaConf.load\` in ${shownPath(reader.script, displayBase)}, which names ${name} and reads it as YAML, where a trailing comma is allowed`;
      }
      lightning ??= pinned;
      // A schedule kept under a name no script uses again changes nothing (MID's never-stepped `ExponentialLR`).
      schedule ??= schedules.find((b) => b.idle === undefined || stepped.has(b.idle));
      if (adam.unreadable || adam.withDecay > 0) adamDecays = true;
      adamCaller ??= adam.script;
      adamDecayedBy ??= adam.decayedBy;
      if (adam.unreadable || adam.otherOptimizer) otherOptimizer = true;
      if (adam.unreadable) adamUnreadable = true;
      otherCall ??= adam.otherCall;
      for (const k of adam.decayKeys) adamDecayKeys.add(k);
      if (radam.torch) torchRadam = true;
      ownRadam ??= radam.own;
      radamByName ??= radam.byName;
      for (const { name, script } of defined) ownOptimizers[name.toLowerCase()] ??= `\`class ${name}\` in ${shownPath(script, displayBase)}`;
      for (const { name, className, code, script } of mappedNames) {
        const known = optimizerNames[name];
        // Two scripts that build different classes for one name: which one runs is not known.
        if (known === undefined) optimizerNames[name] = { className, evidence: `\`${code}\` in ${shownPath(script, displayBase)}` };
        else if (known !== null && known.className !== className) optimizerNames[name] = null;
      }
    }
    const unread = commentedReads.length > 0 ? this.unreadSettingsOf(absolutePath, commentedReads, displayBase) : undefined;
    const vocabulary = this.codeVocabularyOf(absolutePath, displayBase);
    return {
      ...(vocabulary !== undefined ? { codeVocabulary: vocabulary } : {}),
      ...(schedule ? { scheduleInScripts: `${schedule.shown ?? `\`${schedule.call}(…)\``} in ${shownPath(schedule.script, displayBase)}` } : {}),
      ...(adamCaller !== undefined && !adamDecays ? { adamWithoutDecay: `\`Adam(…)\` (or an optimizer class taken by name) in ${shownPath(adamCaller, displayBase)}, which passes no weight decay (nor does any other such call of the project's scripts)` } : {}),
      // mtcp's trainer builds `AdamW(params, **cfg.base.optimizer.params)` whatever `optimizer.name: "Adam"` says.
      ...(adamCaller === undefined && !adamUnreadable && otherCall !== undefined
        ? { adamNeverBuilt: `\`${otherCall.call}…)\` in ${shownPath(otherCall.script, displayBase)}, while no script of the project builds torch's \`Adam\`, takes an optimizer class by name, or builds one some way that cannot be read` }
        : {}),
      ...(adamDecayedBy !== undefined && !otherOptimizer && ownRadam === undefined && adamDecayKeys.size > 0
        ? { adamOnly: { evidence: `\`Adam(…)\` in ${shownPath(adamDecayedBy, displayBase)}, the only optimizer the project's scripts build`, decayKeys: [...adamDecayKeys].sort() } }
        : {}),
      ...(Object.keys(ownOptimizers).length > 0 ? { ownOptimizers } : {}),
      ...(Object.keys(optimizerNames).length > 0 ? { optimizerNames } : {}),
      ...(ownRadam !== undefined && !torchRadam ? { radamDecoupled: `RAdam imported in ${shownPath(ownRadam, displayBase)}, not torch's, decays the weights directly` } : {}),
      ...(radamByName !== undefined ? { radamByName: `torch-optimizer's classes looked up by name in ${shownPath(radamByName, displayBase)}` } : {}),
      ...(lenientJson ? { lenientJson: `\`${lenientJson.library}\` imported in ${shownPath(lenientJson.script, displayBase)}, which reads JSON with comments and trailing commas` } : {}),
      ...(jsonAsYaml !== undefined ? { jsonReadAsYaml: jsonAsYaml } : {}),
      ...(lineComments !== undefined ? { jsonLineComments: `\`//\` comments stripped with \`re.sub\` before \`json.loads\` in ${shownPath(lineComments, displayBase)}` } : {}),
      ...(lightning ? { lightningBelow2: `\`${lightning.written}\` in ${shownPath(lightning.file, displayBase)}` } : {}),
      ...(Object.keys(commandLines).length > 0 ? { commandLines } : {}),
      ...(Object.keys(ratioOrCount).length > 0 ? { ratioOrCount } : {}),
      ...(Object.keys(sentinels).length > 0 ? { sentinelTests: sentinels } : {}),
      ...(Object.keys(decayPoints).length > 0 ? { warmupDecayPoints: decayPoints } : {}),
      ...(Object.keys(addedToRun).length > 0 ? { warmupAddedToRun: addedToRun } : {}),
      ...(Object.keys(replaced).length > 0 ? { replacedSettings: replaced } : {}),
      ...(sweepCreator !== undefined ? { sweepFromScript: `\`wandb.sweep(…)\` in ${shownPath(sweepCreator, displayBase)}, which reads the file itself` } : {}),
      ...(warmupWriter ? { solverWarmupInScripts: `\`${warmupWriter.line}\` in ${shownPath(warmupWriter.script, displayBase)}` } : {}),
      ...(classLookups.size > 0 ? { torchClassLookups: [...classLookups.values()] } : {}),
      ...(argumentReader !== undefined && !hfArguments && !hfTrainer
        ? { ownArguments: { script: shownPath(argumentReader, displayBase), names: [...argumentNames].sort() } }
        : {}),
      ...(dataclassFields.size > 0 ? { dataclassFields: [...dataclassFields].sort() } : {}),
      ...(headsProjector !== undefined && !headsMustDivide && Object.keys(flooredHeads).length > 0
        ? { flooredHeadSizes: Object.fromEntries(Object.entries(flooredHeads).map(([pair, script]) => {
          const [width, heads] = pair.split('//');
          const projector = headsProjector === script ? 'the same script' : shownPath(headsProjector!, displayBase);
          return [pair.toLowerCase(), `\`head_size = ${width} // ${heads}\` in ${shownPath(script, displayBase)}, and ${projector} projects the heads' concatenated outputs back to the width (\`Linear(heads * head_size, width)\`)`];
        })) }
        : {}),
      ...(monitorWriter !== undefined && !lightningCliRun ? { schedulerMonitorInScripts: monitorWriter } : {}),
      ...(hfBuilder !== undefined && !hfWhole ? { hfKeywordArguments: { script: shownPath(hfBuilder, displayBase), names: [...hfPassed].sort(), reads: [...hfReads].sort() } } : {}),
      ...(hfRenamed.length > 0 && !hfWhole ? { hfRenamedSettings: hfRenamed } : {}),
      ...(Object.keys(settingsReads).length > 0 ? { settingsReads: Object.fromEntries(Object.entries(settingsReads).map(([n, s]) => [n, shownPath(s, displayBase)])) } : {}),
      ...(unread !== undefined && Object.keys(unread).length > 0 ? { unreadSettings: unread } : {}),
      ...(graphLibrary !== undefined ? { graphLearning: `\`${graphLibrary.line}\` in ${shownPath(graphLibrary.script, displayBase)}` } : {}),
      ...(deepspeedInitializer !== undefined && !hfTrainer ? { deepspeedWithoutHfTrainer: `\`deepspeed.initialize(…)\` in ${shownPath(deepspeedInitializer, displayBase)} hands DeepSpeed its config, and no script builds HF's Trainer` } : {}),
    };
  }

  private folder(folder: string): FolderScripts {
    // The same string each time: a front-end keeps what `onRead` hears in a Set, and a string that is new each time
    // must be flattened and hashed again (a tenth of a run's time where every config asks every folder of its walk).
    let heard = this.scriptsHeard.get(folder);
    if (heard === undefined) this.scriptsHeard.set(folder, (heard = scriptsOf(folder)));
    this.tell(heard);
    return this.folders.get(folder);
  }

  /**
   * The settings that comment lines read and no script's code names (see commented-out-reads.ts), each with the line
   * and where. A folder with a script that cannot be read (too large, too many) could name any of them: then none.
   */
  private unreadSettingsOf(absolutePath: string, commented: FolderScripts['commentedReads'], displayBase: string): Record<string, string> | undefined {
    const walked = this.walk(dirname(absolutePath));
    // Scripts the walk did not reach could name the setting.
    if (!this.walkedWhole(walked)) return undefined;
    const code: CodeNames[] = [];
    for (const folder of walked.folders) {
      this.tell(namesOf(folder));
      const names = this.names.get(folder);
      if (names === undefined) return undefined;
      code.push(names);
    }
    const unread: Record<string, string> = {};
    for (const [path, { script, line }] of unreadSettings(commented, code)) {
      unread[path] = `\`${line}\` in ${shownPath(script, displayBase)}, a commented-out line, is the only place the project's scripts name \`${path.split('.')[1]}\``;
    }
    return unread;
  }

  /**
   * What the whole project's Python code names and the words it uses (see code-words.ts), for telling a config key no
   * script reads from the name one of them does (rules/misspelled-key.ts). Undefined unless the walk saw every folder of
   * the project and could read every script: an unread script could name any key. Kept per walk, as every config of a
   * project asks the same folders.
   */
  private codeVocabularyOf(absolutePath: string, displayBase: string): CodeVocabulary | undefined {
    const walked = this.walk(dirname(absolutePath));
    if (!this.walkedWhole(walked)) return undefined;
    for (const folder of walked.folders) this.tell(namesOf(folder));
    const id = `${displayBase}\u0000${walked.folders.join('\u0000')}`;
    if (this.vocabularies.has(id) && this.options.revalidateAfterMs === undefined) return this.vocabularies.get(id);
    const names = new Map<string, { readonly name: string; readonly script: string }>();
    const exactNames = new Set<string>();
    const words = new Set<string>();
    const iterated = new Set<string>();
    const wholeUses = new Set<string>();
    const sectionReads = new Map<string, { readonly name: string; readonly script: string }>();
    let dynamicKeys = false;
    let keysRecased = false;
    const rootReads = new Set<string>();
    const dynamicSections = new Set<string>();
    let vocabulary: CodeVocabulary | undefined;
    found: {
      for (const folder of walked.folders) {
        const code = this.names.get(folder);
        if (code === undefined) break found;
        for (const [name, script] of code.readers) {
          const key = name.toLowerCase();
          if (!names.has(key)) names.set(key, { name, script: shownPath(script, displayBase) });
          exactNames.add(name);
        }
        for (const w of code.words) words.add(w);
        for (const n of code.iterated) iterated.add(n.toLowerCase());
        if (code.dynamicKeys) dynamicKeys = true;
        if (code.keysRecased) keysRecased = true;
        for (const n of code.rootReads) rootReads.add(n);
        for (const n of code.dynamicSections) dynamicSections.add(n);
        for (const n of code.wholeUses) wholeUses.add(n);
        for (const [pair, script] of code.pairReaders) {
          const key = pair.toLowerCase();
          if (!sectionReads.has(key)) sectionReads.set(key, { name: pair, script: shownPath(script, displayBase) });
        }
      }
      if (names.size > 0) vocabulary = { names, exactNames, words, iterated, wholeUses, sectionReads, dynamicKeys, dynamicSections, keysRecased, rootReads };
    }
    if (this.options.revalidateAfterMs === undefined) this.vocabularies.set(id, vocabulary);
    return vocabulary;
  }

  private tell(dependency: string): void {
    this.told?.push(dependency);
    this.options.onRead?.(dependency);
  }

  private scriptFolders(start: string): readonly string[] {
    return this.walk(start).folders;
  }

  /**
   * Whether a walk saw every folder of the project: it reached a repository's top (a root the user named may sit inside
   * a larger project), the count left none out, and no folder at the deepest level walked has a subfolder.
   */
  private walkedWhole(walked: Walk): boolean {
    const top = walked.top;
    if (top === undefined || walked.capped || !this.folder(top).isRepositoryTop) return false;
    for (const folder of walked.folders) {
      if (!isInside(folder, top) || relative(top, folder).split(sep).length !== SUBFOLDER_DEPTH) continue;
      this.tell(subfolderListOf(folder));
      if (this.folder(folder).subfolders.length > 0) return false;
    }
    return true;
  }

  /** The folders whose scripts are asked (see `walkFrom`). */
  private walk(start: string): Walk {
    const known = this.searchedFrom.get(start);
    if (known !== undefined) {
      for (const d of known.told) this.options.onRead?.(d);
      return known;
    }
    this.told = [];
    try {
      const walked = this.walkFrom(start);
      if (this.options.revalidateAfterMs === undefined) this.searchedFrom.set(start, { ...walked, told: this.told });
      return walked;
    } finally {
      this.told = undefined;
    }
  }

  /** The folders from `start` up to the project's top and the top's subfolders. */
  private walkFrom(start: string): Walk {
    const root = this.roots.filter((r) => isInside(start, r)).sort((a, b) => a.length - b.length)[0];
    const out: string[] = [];
    let at = start;
    let top = false;
    for (let level = 0; ; level++) {
      out.push(at);
      if (at === root || this.folder(at).isRepositoryTop) {
        top = true;
        break;
      }
      const parent = dirname(at);
      if (level === REPOSITORY_TOP_MAX_LEVELS || parent === at) break;
      at = parent;
    }
    // Past the first three folders, only the way to the repository's top counts: a config kept deeper (bytesep's
    // `scripts/4_train/musdb18/configs/*.yaml`) is read by the scripts there (`bytesep/train.py`'s `float(...)`), and
    // outside a repository the walk stays three folders long.
    if (!top) {
      out.length = Math.min(out.length, MAX_LEVELS + 1);
      return { folders: out, up: out.length, capped: false };
    }
    const up = out.length;
    const below = this.subfoldersOf(at, new Set(out));
    out.push(...below.folders);
    return { folders: out, up, top: at, capped: below.capped };
  }

  /** The project top's subfolders, breadth first, `SUBFOLDER_DEPTH` levels down, at most `MAX_SUBFOLDERS` (then capped). */
  private subfoldersOf(top: string, seen: ReadonlySet<string>): { folders: string[]; capped: boolean } {
    const out: string[] = [];
    let level = [top];
    for (let depth = 0; depth < SUBFOLDER_DEPTH && level.length > 0; depth++) {
      const next: string[] = [];
      for (const folder of level) {
        // The walk depends on which subfolders exist here (a new `scripts/` may hold an entry point), but only here:
        // a folder above the project gains subfolders all the time (a temp folder, a home folder).
        this.tell(subfolderListOf(folder));
        for (const name of this.folder(folder).subfolders) {
          if (out.length >= MAX_SUBFOLDERS) return { folders: out, capped: true };
          const path = join(folder, name);
          if (!seen.has(path)) out.push(path);
          next.push(path);
        }
      }
      level = next;
    }
    return { folders: out, capped: false };
  }
}

/** The folders a walk asks, the project's top when it reached one, and whether the count of subfolders cut it short. */
interface Walk {
  readonly folders: readonly string[];
  /** How many of `folders`, from the first, are the start and the folders above it: the rest lie below the top. */
  readonly up: number;
  readonly top?: string;
  readonly capped: boolean;
}

/** The scripts that read YAML each way (the first of each), and whether any reads it another way. */
interface YamlReadingWays {
  readonly omegaconf?: string;
  readonly typed?: string;
  readonly ruamel?: string;
  readonly jsonargparse?: string;
  readonly resolver?: string;
  readonly other: boolean;
}

/** The loader the scripts show: the one way they read YAML, or PyYAML with a float resolver one of them adds. */
function scriptsLoader(ways: YamlReadingWays, displayBase: string): LayoutLoader | undefined {
  const { omegaconf, typed, ruamel, jsonargparse, resolver, other } = ways;
  const count = [omegaconf, typed, ruamel, jsonargparse].filter((w) => w !== undefined).length;
  // LibContinual patches `yaml.SafeLoader` itself, for every later `safe_load` of the program; RecBole's `Config`, which
  // a project extending RecBole imports, reads with its own patched loader.
  if (resolver !== undefined && count === 0) return { id: 'pyyaml-sci', evidence: `PyYAML with a float resolver for \`1e-4\`, set up in ${shownPath(resolver, displayBase)}` };
  // Another reader anywhere, or two of these ways, decides nothing.
  if (other || count !== 1) return undefined;
  const only = "the only YAML reader of the project's scripts";
  if (omegaconf !== undefined) return { id: 'omegaconf', evidence: `\`OmegaConf.load\` in ${shownPath(omegaconf, displayBase)}, ${only}` };
  if (typed !== undefined) return { id: 'typed', evidence: `typed dataclasses (simple_parsing, draccus or pyrallis) in ${shownPath(typed, displayBase)}, ${only}` };
  if (jsonargparse !== undefined) return { id: 'jsonargparse', evidence: `a jsonargparse parser's config-file option in ${shownPath(jsonargparse, displayBase)}, ${only}` };
  return { id: 'yaml-1.2', evidence: `ruamel.yaml's \`YAML()\` in ${shownPath(ruamel!, displayBase)}, ${only} (YAML 1.2)` };
}

/**
 * Where a file sits in a Hydra app's config folder: rank 0 is the config the script names, 1 a file at the top of the
 * folder (a primary config `--config-name` selects, unless a defaults list beside it composes it), 2 a group option.
 */
export interface HydraAppPlace {
  readonly rank: 0 | 1 | 2;
  readonly by: ComposedBy;
}

function placeIn(app: HydraApp, file: string, displayBase: string): HydraAppPlace | undefined {
  const rel = toPosix(relative(app.configDir, file));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  const script = shownPath(app.script, displayBase);
  const call = `\`${app.entry.call}\` in ${script}`;
  const stem = rel.replace(YAML_FILE, '');
  if (stem === app.entry.configName) return { rank: 0, by: { framework: 'hydra', evidence: `primary config of ${call}${app.primaryOnly ? ` (its absolute folder read as the project's \`${app.entry.configPath}/\`)` : ''}`, primary: true } };
  if (app.primaryOnly) return undefined;
  const slash = stem.lastIndexOf('/');
  if (slash < 0) return { rank: 1, by: { framework: 'hydra', evidence: `at the top of the config folder of ${call}`, primary: true } };
  // `config_path="."`: the script's own folder is the config folder, and the folders below it are the project's
  // code, data and tooling (`.github/`, `docs/`) more often than config groups.
  if (app.configDir === dirname(app.script)) return undefined;
  return { rank: 2, by: { framework: 'hydra', evidence: `config group \`${stem.slice(0, slash)}\` in the config folder of ${call}`, group: stem.slice(0, slash) } };
}

function readFolderScripts(folder: string): FolderScripts {
  const entries = entriesOf(folder);
  const subfolders = walkedSubfolders(folder, entries);
  const isRepositoryTop = entries.some((e) => e.name === '.git');
  const apps: HydraApp[] = [];
  const yamlReaders: YamlReader[] = [];
  const schedules: ScheduleBuilder[] = [];
  const steppedNames = new Set<string>();
  let adam: FolderScripts['adam'] = { calls: 0, withDecay: 0, unreadable: false, decayKeys: [], otherOptimizer: false };
  let radam: FolderScripts['radam'] = { torch: false };
  const ownOptimizers: FolderScripts['ownOptimizers'][number][] = [];
  const optimizerNames: FolderScripts['optimizerNames'][number][] = [];
  let lenientJson: FolderScripts['lenientJson'];
  let jsonLineComments: string | undefined;
  const jsonReadAsYaml: { script: string; names: string[] }[] = [];
  const commandLines: CommandLine[] = [];
  const ratioOrCount: FolderScripts['ratioOrCount'][number][] = [];
  const tested: FolderScripts['sentinelTests'][number][] = [];
  const warmupUses: FolderScripts['warmupUses'][number][] = [];
  const replaced: FolderScripts['replaced'][number][] = [];
  let sweepCreator: string | undefined;
  let deepspeed: FolderScripts['deepspeed'] = { hfTrainer: false };
  const classLookups: FolderScripts['classLookups'][number][] = [];
  const argumentReads: FolderScripts['argumentReads'][number][] = [];
  const keyReads: FolderScripts['keyReads'][number][] = [];
  let hfArguments = false;
  const dataclassFields = new Set<string>();
  const commentedReads: FolderScripts['commentedReads'][number][] = [];
  const hfArgumentBuilds: FolderScripts['hfArgumentBuilds'][number][] = [];
  const headSplits: FolderScripts['headSplits'][number][] = [];
  let schedulerMonitor: FolderScripts['schedulerMonitor'];
  let lightningCli = false;
  let graphLibrary: FolderScripts['graphLibrary'];
  let lightning1: FolderScripts['lightningBelow2'];
  let solverWarmupWriter: FolderScripts['solverWarmupWriter'];
  let read = false;
  for (const entry of scriptsToRead(entries)) {
    const script = join(folder, entry.name);
    const text = readSmallText(script, MAX_SCRIPT_SIZE, MENTIONS);
    if (text === undefined) continue;
    read = true;
    if (graphLibrary === undefined) {
      const line = graphLibraryImport(text);
      if (line !== undefined) graphLibrary = { script, line };
    }
    const entryPoints = hydraEntryPoints(text);
    for (const e of entryPoints) {
      // An absolute folder on the author's machine: the project's folder of that name beside the script or one up.
      if (e.absolute) for (const at of [folder, dirname(folder)]) apps.push({ script, configDir: join(at, e.configPath), entry: e, primaryOnly: true });
      else apps.push({ script, configDir: resolve(folder, e.configPath), entry: e });
    }
    const calls = yamlLoaderCalls(text);
    if (calls.omegaconf || calls.floatResolver || calls.jsonargparse || calls.typed || calls.ruamel || calls.yacs || calls.yacsMerge || calls.other || calls.floatKeys.length > 0 || calls.imports.length > 0 || calls.yacsKeys.length > 0 || calls.convertsByFieldType || calls.dataclassFloatFields.length > 0) yamlReaders.push({ script, calls });
    for (const build of unconditionalSchedules(text)) schedules.push({ script, ...build });
    for (const name of steppedNamesIn(text)) steppedNames.add(name);
    const a = adamCalls(text);
    const firstCaller = adam.script ?? (a.calls > 0 ? script : undefined);
    const decayedBy = adam.decayedBy ?? (a.torchAdamDecayKeys.length > 0 ? script : undefined);
    const otherCall = adam.otherCall ?? (a.otherOptimizerCall !== undefined ? { script, call: a.otherOptimizerCall } : undefined);
    adam = {
      calls: adam.calls + a.calls,
      withDecay: adam.withDecay + a.withDecay,
      unreadable: adam.unreadable || a.unreadable,
      ...(firstCaller !== undefined ? { script: firstCaller } : {}),
      decayKeys: [...new Set([...adam.decayKeys, ...a.torchAdamDecayKeys])],
      otherOptimizer: adam.otherOptimizer || a.otherOptimizer,
      ...(decayedBy !== undefined ? { decayedBy } : {}),
      ...(otherCall !== undefined ? { otherCall } : {}),
    };
    const own = radam.own ?? (a.ownRadam ? script : undefined);
    const byName = radam.byName ?? (a.radamByName ? script : undefined);
    radam = { torch: radam.torch || a.torchRadam, ...(own !== undefined ? { own } : {}), ...(byName !== undefined ? { byName } : {}) };
    for (const name of a.ownOptimizerClasses) if (!ownOptimizers.some((o) => o.name === name)) ownOptimizers.push({ name, script });
    for (const mapped of optimizerNameClasses(text)) optimizerNames.push({ ...mapped, script });
    const library = lenientJson === undefined ? lenientJsonReader(text) : undefined;
    if (library !== undefined) lenientJson = { script, library };
    if (jsonLineComments === undefined && stripsJsonLineComments(text)) jsonLineComments = script;
    const namedJson = jsonNamesReadAsYaml(text, calls.omegaconf);
    if (namedJson.length > 0) jsonReadAsYaml.push({ script, names: namedJson });
    const parsing = commandLineParsing(text, entryPoints.length > 0);
    if (parsing !== undefined) commandLines.push({ script, parsing });
    for (const [key, comparison] of ratioOrCountKeys(text)) ratioOrCount.push({ script, key, comparison });
    for (const [key, tests] of sentinelTests(text)) for (const test of tests) tested.push({ script, key, test });
    for (const [key, code] of warmupDecayPoints(text)) warmupUses.push({ script, key, use: 'decay-point', code });
    for (const [key, code] of warmupAddedToRun(text)) warmupUses.push({ script, key, use: 'added-to-run', code });
    for (const [path, assignment] of replacedSettings(text)) replaced.push({ script, path, assignment });
    for (const { file, key, assignment } of replacedInNamedFiles(text)) replaced.push({ script, path: key, assignment, file });
    const readsYaml = calls.omegaconf || calls.typed || calls.ruamel || calls.other;
    if (sweepCreator === undefined && readsYaml && createsWandbSweep(text)) sweepCreator = script;
    const ds = deepspeedCalls(text);
    const initializer = deepspeed.initializer ?? (ds.initializes ? script : undefined);
    deepspeed = { hfTrainer: deepspeed.hfTrainer || ds.hfTrainer, ...(initializer !== undefined ? { initializer } : {}) };
    for (const lookup of torchClassLookups(text)) classLookups.push({ script, lookup });
    const reads = ownArgumentReads(text);
    if (reads.hfArguments) hfArguments = true;
    if (reads.names.length > 0) argumentReads.push({ script, names: reads.names });
    if (reads.keys.length > 0) keyReads.push({ script, names: reads.keys });
    for (const name of dataclassFieldNames(text)) dataclassFields.add(name);
    for (const [path, line] of commentedOutReads(text)) commentedReads.push({ script, path, line });
    const monitor = schedulerMonitor === undefined ? configureOptimizersMonitor(text) : undefined;
    if (monitor !== undefined) schedulerMonitor = { script, entry: monitor };
    if (!lightningCli && callsLightningCli(text)) lightningCli = true;
    const passed = hfKeywordArguments(text);
    if (passed.calls > 0 || passed.whole) hfArgumentBuilds.push({ script, ...passed });
    const split = attentionHeadSplit(text);
    if (split.floors.length > 0 || split.projectsHeads || split.needsDivisible) headSplits.push({ script, ...split });
    const hook = lightning1 === undefined ? lightning1Hook(text) : undefined;
    if (hook !== undefined) lightning1 = { file: script, written: hook };
    const warmupLine = solverWarmupWriter === undefined ? solverWarmupWrite(text) : undefined;
    if (warmupLine !== undefined) solverWarmupWriter = { script, line: warmupLine };
  }
  // Shell launchers: the Hydra overrides they pass with a config's name replace that file's values.
  for (const entry of entries.filter((e) => e.isFile() && SHELL_FILE.test(e.name)).slice(0, MAX_SCRIPTS_PER_FOLDER)) {
    const script = join(folder, entry.name);
    const text = readSmallText(script, MAX_SCRIPT_SIZE, LAUNCHER_MENTIONS);
    if (text === undefined) continue;
    read = true;
    for (const { file, program, keys } of launcherOverrides(text)) {
      for (const [path, assignment] of keys) replaced.push({ script, path, assignment, ...(file !== undefined ? { file } : {}), ...(program !== undefined ? { program } : {}) });
    }
  }
  const lightning = lightningPinIn(folder, entries) ?? lightning1;
  return { apps, yamlReaders, schedules, steppedNames: [...steppedNames].sort(), adam, radam, ownOptimizers, optimizerNames, ...(lenientJson ? { lenientJson } : {}), ...(jsonLineComments !== undefined ? { jsonLineComments } : {}), jsonReadAsYaml, ...(lightning ? { lightningBelow2: lightning } : {}), commandLines, ratioOrCount, sentinelTests: tested, warmupUses, replaced, ...(sweepCreator !== undefined ? { sweepCreator } : {}), ...(solverWarmupWriter ? { solverWarmupWriter } : {}), deepspeed, classLookups, argumentReads, keyReads, hfArguments, dataclassFields: [...dataclassFields].sort(), commentedReads, hfArgumentBuilds, headSplits, ...(schedulerMonitor ? { schedulerMonitor } : {}), lightningCli, ...(graphLibrary ? { graphLibrary } : {}), subfolders, isRepositoryTop, informative: read || lightning !== undefined };
}

/**
 * What the Python files and notebooks directly in a folder name in code (see commented-out-reads.ts): every file,
 * whatever it mentions; undefined when one cannot be read or there are more than the walk reads, as any of them could
 * name a setting.
 */
function readFolderCodeNames(folder: string): FolderCodeNames | undefined {
  const scripts = entriesOf(folder).filter(isCodeFile);
  if (scripts.length > MAX_SCRIPTS_PER_FOLDER) return undefined;
  const names = new Set<string>();
  const wholeUses = new Set<string>();
  const words = new Set<string>();
  const iterated = new Set<string>();
  const sectionReads = new Set<string>();
  let dynamicKeys = false;
  let keysRecased = false;
  const rootReads = new Set<string>();
  const dynamicSections = new Set<string>();
  const readers = new Map<string, string>();
  const pairReaders = new Map<string, string>();
  for (const entry of scripts) {
    const script = join(folder, entry.name);
    const text = codeOf(script);
    if (text === undefined) return undefined;
    const found = codeNames(text);
    for (const n of found.names) {
      names.add(n);
      if (!readers.has(n)) readers.set(n, script);
    }
    for (const n of found.wholeUses) wholeUses.add(n);
    for (const w of found.words) words.add(w);
    for (const n of found.iterated) iterated.add(n);
    if (found.dynamicKeys) dynamicKeys = true;
    for (const n of found.dynamicSections) dynamicSections.add(n);
    if (found.keysRecased) keysRecased = true;
    for (const n of found.rootReads) rootReads.add(n);
    for (const pair of found.sectionReads) {
      sectionReads.add(pair);
      if (!pairReaders.has(pair)) pairReaders.set(pair, script);
    }
  }
  return { names, wholeUses, words, iterated, sectionReads, dynamicKeys, dynamicSections, keysRecased, rootReads, readers, pairReaders };
}

/** Python scripts, and Jupyter notebooks, whose code cells read a config's keys as a script does. */
function isCodeFile(e: Dirent): boolean {
  return e.isFile() && (PYTHON_FILE.test(e.name) || NOTEBOOK_FILE.test(e.name));
}

/** A script's text, or a notebook's code cells (see notebook-code.ts); undefined when it cannot be read. */
function codeOf(file: string): string | undefined {
  if (!NOTEBOOK_FILE.test(file)) return readSmallText(file, MAX_SCRIPT_SIZE);
  const text = readSmallText(file, MAX_NOTEBOOK_SIZE);
  return text === undefined ? undefined : notebookCode(text);
}

/** What a folder's Python files name in code, with the first file that names each name. */
interface FolderCodeNames extends CodeNames {
  readonly readers: ReadonlyMap<string, string>;
  /** The first script of each `section.setting` read (see CodeNames.sectionReads). */
  readonly pairReaders: ReadonlyMap<string, string>;
}

/** The first of a folder's dependency files, by name, that pins Lightning below 2.0. */
function lightningPinIn(folder: string, entries: readonly Dirent[]): FolderScripts['lightningBelow2'] {
  for (const entry of entries) {
    if (!entry.isFile() || !DEPENDENCY_FILE.test(entry.name)) continue;
    const file = join(folder, entry.name);
    const text = readSmallText(file, MAX_SCRIPT_SIZE, LIGHTNING);
    const requirement = text === undefined ? undefined : lightningBelow2(text);
    if (requirement !== undefined) return { file, written: requirement };
  }
  return undefined;
}

/** The subfolders the walk looks into: not hidden, not an environment, cache, data or run output folder. */
function walkedSubfolders(folder: string, entries: readonly Dirent[]): string[] {
  return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.') && (!SKIPPED.has(e.name) || (CODE_OR_DATA.has(e.name) && holdsPython(join(folder, e.name))))).map((e) => e.name);
}

/** Entries of a `data/` folder looked at for a Python file: one holding a dataset can have a million files. */
const CODE_OR_DATA_ENTRIES = 256;

function holdsPython(folder: string): boolean {
  let dir: Dir | undefined;
  try {
    dir = opendirSync(folder);
    for (let i = 0; i < CODE_OR_DATA_ENTRIES; i++) {
      const entry = dir.readSync();
      if (entry === null) return false;
      if (entry.isFile() && PYTHON_FILE.test(entry.name)) return true;
    }
    return false;
  } catch {
    return false;
  } finally {
    dir?.closeSync();
  }
}

function scriptsToRead(entries: readonly Dirent[]): Dirent[] {
  const scripts = entries.filter((e) => e.isFile() && PYTHON_FILE.test(e.name));
  if (scripts.length <= MAX_SCRIPTS_PER_FOLDER) return scripts;
  const likely = scripts.filter((e) => ENTRY_POINT_NAME.test(e.name));
  return [...likely, ...scripts.filter((e) => !ENTRY_POINT_NAME.test(e.name))].slice(0, MAX_SCRIPTS_PER_FOLDER);
}

/**
 * What the scripts directly in a folder say (entry points, YAML readers, schedules, Adam and RAdam, JSON readers, the
 * Lightning pin, command-line parsing, settings compared with 1, a sweep created from Python), as the cache
 * fingerprints a folder.
 */
export function projectScriptsFingerprint(folder: string): string {
  const { apps, yamlReaders, schedules, steppedNames, adam, radam, ownOptimizers, optimizerNames, lenientJson, jsonLineComments, jsonReadAsYaml, lightningBelow2: lightning, commandLines, ratioOrCount, sentinelTests: tested, warmupUses, replaced, sweepCreator, solverWarmupWriter, deepspeed, classLookups, argumentReads, keyReads, hfArguments, dataclassFields, commentedReads, hfArgumentBuilds, headSplits, schedulerMonitor, lightningCli, graphLibrary } = readFolderScripts(folder);
  const readers = yamlReaders.map((r) => `${basename(r.script)}: ${r.calls.omegaconf ? 'OmegaConf ' : ''}${r.calls.typed ? 'typed ' : ''}${r.calls.ruamel ? 'ruamel ' : ''}${r.calls.other ? 'another reader ' : ''}${r.calls.pyyaml ? 'PyYAML ' : ''}${r.calls.floatResolver ? 'float-resolver ' : ''}${r.calls.jsonargparse ? 'jsonargparse ' : ''}${r.calls.yacs ? 'yacs ' : ''}${r.calls.graphgym ? 'graphgym ' : ''}${r.calls.yacsMerge ? 'merges ' : ''}yacs-keys(${r.calls.yacsKeys.join(' ')}) imports(${r.calls.imports.join(' ')}) float(${r.calls.floatKeys.join(' ')})${r.calls.convertsByFieldType ? ' converts-by-field-type' : ''} dataclass-floats(${r.calls.dataclassFloatFields.join(' ')})`);
  const built = [...schedules.map((b) => `${basename(b.script)}: schedule ${b.call}${b.idle !== undefined ? ` kept idle as ${b.idle}` : ''}`), `stepped: ${steppedNames.join(' ') || '-'}`];
  const adamLine = `Adam: ${adam.calls} calls, ${adam.withDecay} with a decay${adam.unreadable ? ', built by name' : ''}${adam.script ? ` (${basename(adam.script)})` : ''}; RAdam: ${radam.own ? basename(radam.own) : '-'}${radam.torch ? ', torch' : ''}${radam.byName ? `, torch-optimizer by name (${basename(radam.byName)})` : ''}; own optimizers: ${ownOptimizers.map((o) => `${o.name} (${basename(o.script)})`).join(' ') || '-'}; names built as: ${optimizerNames.map((o) => `${o.name} ${o.className} (${basename(o.script)})`).join(' ') || '-'}; Adam's decay from: ${adam.decayKeys.join(' ') || '-'}${adam.decayedBy ? ` (${basename(adam.decayedBy)})` : ''}${adam.otherOptimizer ? '; other optimizers' : ''}${adam.otherCall ? ` (${adam.otherCall.call}… in ${basename(adam.otherCall.script)})` : ''}`;
  const jsonLine = `JSON: ${lenientJson ? `${lenientJson.library} (${basename(lenientJson.script)})` : '-'}${jsonLineComments !== undefined ? `; // stripped (${basename(jsonLineComments)})` : ''}${jsonReadAsYaml.map((r) => `; as YAML by ${basename(r.script)}: ${r.names.join(' ')}`).join('')}`;
  const pinLine = `Lightning: ${lightning ? `${lightning.written} (${basename(lightning.file)})` : '-'}`;
  const options = commandLines.map((c) => `${basename(c.script)}: ${c.parsing.typed ?? 'argparse'} --${c.parsing.floats.join(' --')}`);
  const compared = ratioOrCount.map((c) => `${basename(c.script)}: ${c.comparison}`);
  const switches = tested.map((t) => `${basename(t.script)}: ${t.key} ${t.test.values} ${t.test.bound}`);
  const warmups = warmupUses.map((w) => `${basename(w.script)}: ${w.key} ${w.use}`);
  const overwritten = replaced.map((r) => `${basename(r.script)}: ${r.path}${r.file !== undefined ? ` (${r.file})` : ''}${r.program !== undefined ? ` (run by ${r.program})` : ''}`);
  return `hydra scripts\n${apps.map((a) => `${basename(a.script)}: ${a.entry.call}`).join('\n')}\n${readers.join('\n')}\n${built.join('\n')}\n${adamLine}\n${jsonLine}\n${pinLine}\n${options.join('\n')}\n${compared.join('\n')}\nsentinels tested: ${switches.join(', ') || '-'}\nwarmup used otherwise: ${warmups.join(', ') || '-'}\nreplaced: ${overwritten.join(', ') || '-'}\nW&B sweep created by: ${sweepCreator !== undefined ? basename(sweepCreator) : '-'}\nSOLVER.WARMUP_ITERS written: ${solverWarmupWriter ? `${solverWarmupWriter.line} (${basename(solverWarmupWriter.script)})` : '-'}\nDeepSpeed initialized by: ${deepspeed.initializer !== undefined ? basename(deepspeed.initializer) : '-'}; HF Trainer: ${deepspeed.hfTrainer ? 'yes' : 'no'}\ntorch.optim by name: ${classLookups.map((c) => `${basename(c.script)}: ${c.lookup.kind} ${c.lookup.key}`).join(', ') || '-'}\nargs read: ${argumentReads.map((a) => `${basename(a.script)}: ${a.names.join(' ')}`).join('; ') || '-'}\nkeys read: ${keyReads.map((a) => `${basename(a.script)}: ${a.names.join(' ')}`).join('; ') || '-'}; HF argument classes: ${hfArguments ? 'yes' : 'no'}\ndataclass fields: ${dataclassFields.join(' ') || '-'}\ncommented-out reads: ${commentedReads.map((c) => `${basename(c.script)}: ${c.path}`).join(', ') || '-'}\nscheduler monitor: ${schedulerMonitor ? `${basename(schedulerMonitor.script)}: ${schedulerMonitor.entry}` : '-'}; LightningCLI run: ${lightningCli ? 'yes' : 'no'}\ngraph learning: ${graphLibrary ? `${basename(graphLibrary.script)}: ${graphLibrary.line}` : '-'}\nattention heads split: ${headSplits.map((h) => `${basename(h.script)}: ${h.floors.join(' ') || '-'}${h.projectsHeads ? ' projected' : ''}${h.needsDivisible ? ' divisible' : ''}`).join('; ') || '-'}\nHF arguments built: ${hfArgumentBuilds.map((b) => `${basename(b.script)}: ${b.calls}${b.whole ? ' whole' : ''} ${b.names.join(' ')} renamed ${b.renamed.join(' ') || '-'} from ${b.files.join(' ') || '-'}`).join('; ') || '-'}`;
}

const SUBFOLDERS = `${sep}*`;
const SCRIPTS = `${sep}*.py`;
const NAMES = `${sep}*.py (names)`;

/**
 * The name a front-end's `onRead` hears for "what this folder's scripts say", which `scriptsFingerprint` reads. It is
 * not the folder's own name, which `ConfigGroupLayout` tells for the Hydra groups of its YAML files: a cached result
 * that only asked a folder's scripts need not read its YAML files again to be trusted (a warm `--cache` run on a folder
 * of 1,200 YAML files spent 80 ms doing so).
 */
export function scriptsOf(folder: string): string {
  return folder + SCRIPTS;
}

/** The name a front-end's `onRead` hears for "what this folder's Python files name in code", which `scriptsFingerprint` reads too. */
export function namesOf(folder: string): string {
  return folder + NAMES;
}

/** What the project's scripts in the folder of `scriptsOf(folder)` say, as `projectScriptsFingerprint`, or what those of `namesOf(folder)` name. */
export function scriptsFingerprint(marker: string): string | undefined {
  if (marker.endsWith(NAMES)) {
    const names = readFolderCodeNames(marker.slice(0, -NAMES.length));
    return names === undefined ? 'code names: unknown' : `code names: ${[...names.names].sort().join(' ')}\nhanded on whole: ${[...names.wholeUses].sort().join(' ')}\nwords: ${[...names.words].sort().join(' ')}\niterated: ${[...names.iterated].sort().join(' ')}\nsection reads: ${[...names.sectionReads].sort().join(' ')}\nkeys from variables: ${names.dynamicKeys ? 'yes' : 'no'} ${[...names.dynamicSections].sort().join(' ')}\nkeys recased: ${names.keysRecased ? 'yes' : 'no'}\nroot reads: ${[...names.rootReads].sort().join(' ')}`;
  }
  return marker.endsWith(SCRIPTS) ? projectScriptsFingerprint(marker.slice(0, -SCRIPTS.length)) : undefined;
}

/**
 * The name a front-end's `onRead` hears for "the subfolders of this folder", which the walk below a project's top
 * depends on; `subfoldersFingerprint` reads it.
 */
export function subfolderListOf(folder: string): string {
  return folder + SUBFOLDERS;
}

/** What the walk saw of `subfolderListOf(folder)`: the names of the folder's subfolders it looks into. */
export function subfoldersFingerprint(marker: string): string | undefined {
  if (!marker.endsWith(SUBFOLDERS)) return undefined;
  // Only the folder's listing: its scripts are fingerprinted with the folder itself.
  const folder = marker.slice(0, -SUBFOLDERS.length);
  return `subfolders\n${walkedSubfolders(folder, entriesOf(folder)).join('\n')}`;
}

