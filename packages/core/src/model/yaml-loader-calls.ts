/**
 * How a project's Python scripts read YAML, and which of its values they convert themselves. A config that a script
 * loads with `cfg = OmegaConf.load(args.config)` is read by OmegaConf (so `lr: 5e-5` is a float) even when nothing in
 * the file says so — the second most common way after PyYAML, and the one PyYAML's rules would misjudge. Only a
 * project whose scripts load YAML with OmegaConf alone says which loader its configs meet: a script that also reads
 * a file with PyYAML (`yaml.safe_load(f)`, or `OmegaConf.create` over it), ruamel or another toolbox's reader may be
 * the one that reads the config, so the file's own keys decide then. simple_parsing and draccus, which read the file
 * into typed dataclasses, say the same of typed reading. And a script that writes
 * `eps=float(params['eps'])` has met PyYAML's `1e-6` string and repairs it: that key is a number to the program
 * whatever the loader made of it.
 * Core has no file system: `@mlconfig/core/node` reads the scripts and asks here what they call.
 */
import { DATACLASS } from './dataclass-fields.js';
import { decodesEveryValue, everyValueComprehensions, everyValueLoop, listedFloatKeys } from './float-loops.js';
import { ALL_MAPPING_KEYS, itemsOf } from '../loader/apply-loader.js';
import { launcherFlagKeys } from './launcher-flags.js';
import { omegaconfStructured } from './omegaconf-structured.js';
import { callArguments, lastKeyOf, withoutCommentLines } from './python-call.js';
import { ownRecordHandles, readsOwnRecord } from './saved-config-reads.js';

export interface YamlLoaderCalls {
  /** `OmegaConf.load(...)` is called. */
  readonly omegaconf: boolean;
  /**
   * The config is read into dataclasses that convert each value to its field's type: simple_parsing's, draccus's and
   * pyrallis's `parse(..., config_path=...)` (ultravox, Levanter-style programs, CORL), so `lr: 1e-3` is a float.
   */
  readonly typed: boolean;
  /**
   * ruamel.yaml's `YAML()` object reads a file: YAML 1.2 whatever `typ` (`rt`, `safe`), so `buffer_size: 1e6` is a
   * float (pomdp-baselines' `yaml = YAML(); v = yaml.load(open(FLAGS.cfg))`).
   */
  readonly ruamel: boolean;
  /** A YAML reader other than OmegaConf's and ruamel's `YAML()` reads a file (PyYAML, ruamel's old functions, mmcv/mmengine's `Config`). */
  readonly other: boolean;
  /** PyYAML reads a config (`yaml.safe_load(f)`; not a record the program wrote, nor a command-line value). */
  readonly pyyaml: boolean;
  /**
   * The script adds an implicit float resolver to a PyYAML loader (`loader.add_implicit_resolver("tag:yaml.org,2002:float",
   * ...)`, the well-known fix that RecBole, LibContinual and TensorFlowASR copy), so PyYAML reads `1e-4` as a float; or it
   * imports RecBole's `Config`, which reads with that fix.
   */
  readonly floatResolver: boolean;
  /**
   * The script reads its config file through a jsonargparse parser: it imports jsonargparse's `ActionConfigFile`, the
   * config-file option's action, or OpenRL's `create_config_parser()`, a jsonargparse `ArgumentParser` with that option
   * (multiagent-quadruped-environment's `lr: 7e-4`). jsonargparse's YAML loader reads `7e-4` as a float.
   */
  readonly jsonargparse: boolean;
  /**
   * The script merges a config file into a yacs `CfgNode` (yacs's, or fvcore's, detectron2's and habitat's subclasses):
   * `cfg.merge_from_file(path)` (fvcore's reads the file with PyYAML inside), or `merge_from_other_cfg` of a `CfgNode`
   * made from a dict. yacs decodes every string value with `literal_eval`, so `LR: 3e-4` is a float (fiery, ST-P3, MILE).
   */
  readonly yacs: boolean;
  /**
   * The script calls `merge_from_file` (or `merge_from_other_cfg`) on a config it imports from another module of the
   * project (MicKey's `from config.default import cfg`, whose `CfgNode` defaults sit in config/default.py): yacs's reading
   * when the project's scripts also write `CfgNode` defaults (`yacsKeys`).
   */
  readonly yacsMerge: boolean;
  /**
   * The top-level keys of the `CfgNode` defaults the script writes (`_C.TRAIN = CN()`, `config.training.lr = 1e-3`):
   * yacs refuses a file key its defaults lack, so a file whose top-level keys all appear here is written for it,
   * lowercase or not (failure_detection_benchmark's `training:`).
   */
  readonly yacsKeys: readonly string[];
  /**
   * The script reads its configs with GraphGym's `load_cfg` (see GRAPHGYM_LOAD_CFG): a yacs reading of files written in
   * lowercase (`optim: {base_lr: 1e-4}`), whose defaults live in PyG, not in the project.
   */
  readonly graphgym: boolean;
  /**
   * The config libraries the script imports (`sconf`, `yacs`, `omegaconf`, `ruamel`, `mmengine`, `mmcv`, `jsonargparse`,
   * `hydra`), and `yacs` for a script that merges a file into a `CfgNode` (`yacsMerge`) whatever it imports, or decodes
   * values with `literal_eval` as yacs does (Detectron's `_decode_cfg_value`): a program whose keys name a framework but
   * whose scripts use none of the framework's readers is not it.
   */
  readonly imports: readonly string[];
  /**
   * Config keys the script passes through `float()`: `float(params['eps'])`, `float(cfg.optim.lr)`, `float(c.get("wd", 0))`;
   * `*` when it tries `float()` on every top-level value (`for k, v in config.items(): config[k] = float(v)`).
   */
  readonly floatKeys: readonly string[];
  /**
   * The script converts each value it reads by its dataclass field's type in a loop of its own
   * (`field_types = {f.name: f.type for f in dataclasses.fields(cls)}` … `field_type(value)`: reinforce_minigrid), so a
   * field declared `float`, in this script or another, gets a float whatever PyYAML made of it. So does a script that
   * hands OmegaConf one of its dataclasses as the schema (see omegaconf-structured.ts).
   */
  readonly convertsByFieldType: boolean;
  /** The fields the script's dataclasses declare `float` (`learning_rate: float = 3e-4`), for a conversion by field type. */
  readonly dataclassFloatFields: readonly string[];
}

const OMEGACONF_LOAD = /\bOmegaConf\s*\.\s*load\s*\(/;
/** `from omegaconf import OmegaConf as om` (MosaicML's examples, llm-foundry and their forks), then `om.load(f)`. */
const OMEGACONF_ALIAS = /^[ \t]*from[ \t]+omegaconf[ \t]+import[ \t]+(?:\(?[^\n]*?,[ \t]*)?OmegaConf[ \t]+as[ \t]+([A-Za-z_]\w*)/m;
/** simple_parsing, draccus, and pyrallis (draccus's parent, CORL's `@pyrallis.wrap()`): dataclasses filled by field type. */
const TYPED_READER = /^\s*(?:import\s+(?:simple_parsing|draccus|pyrallis)\b|from\s+(?:simple_parsing|draccus|pyrallis)\s+import\b)/m;
/** `dataclasses.fields(cls)`, or `fields` imported from dataclasses: the script walks a dataclass's fields. */
const DATACLASS_FIELDS = /\bdataclasses\s*\.\s*fields\s*\(|^[ \t]*from[ \t]+dataclasses[ \t]+import[^\n]*\bfields\b/m;
/**
 * A field's type called on one value: `field_type(value)`, `f.type(raw[f.name])`, `ftype(v)`, or the first of a list of
 * types (CL-SLAM's `expected_type[0](value)`, after it unpacks `Optional[...]`). The builtin `type(x)` asks a value's type
 * and converts nothing, so the callee must name a field's type.
 */
const FIELD_TYPE_CALL = /(?<![\w.])(?:[A-Za-z_]\w*_type|ftype|typ|[A-Za-z_]\w*\s*\.\s*type)(?:\s*\[\s*\d\s*\])?\s*\(\s*[A-Za-z_]\w*(?:\s*\[[^\[\]\n]*\]|\s*\.\s*\w+)*\s*\)/;
const PYYAML_CALL = /(?:\b([A-Za-z_][\w.]*)\s*=\s*)?(?<!ruamel\s*\.\s*)\byaml\s*\.\s*(?:safe_load|load|full_load|unsafe_load|safe_load_all|load_all|full_load_all|unsafe_load_all)\s*\(\s*([A-Za-z_]\w*\s*[,)])?/g;
/**
 * A PyYAML result stored under one of these names is a record the program wrote, not its config: gloria's
 * `best_ckpt_dict = yaml.safe_load(file)` reads the checkpoint list it saved beside an `OmegaConf.load` config.
 */
const RECORD_TARGET = /ckpt|checkpoint|result|metric|stats?\b|statistic|label|vocab|metadata|split|score|manifest|class_?names|categor/i;
/**
 * A PyYAML call on one of these parses a command-line value (`key=value` overrides: vilmedic's
 * `yaml.unsafe_load(value)` before `OmegaConf.update`), not the config file.
 */
const VALUE_ARGUMENT = /^(?:value|val|v|s|string|text|arg|x)\s*[,)]$/;
const OTHER_READER = /^\s*from\s+yaml\s+import\b|\bConfig\s*\.\s*fromfile\s*\(/m;
/**
 * yacs's `CfgNode`, fvcore's and detectron2's subclasses, and habitat-lab's `Config` (a `CfgNode` subclass until
 * habitat 0.2.3 moved to Hydra; habitat-baselines agents such as VLN-CE, PIRLNav and ZSON merge their files into it).
 */
const CFGNODE_IMPORT = /^[ \t]*from[ \t]+(?:(?:yacs\.config|fvcore\.common\.config|detectron2\.config)[ \t]+import[ \t]+[^\n]*\bCfgNode\b|habitat(?:\.config(?:\.default)?)?[ \t]+import[ \t]+[^\n]*\bConfig\b)/m;
const LITERAL_EVAL = /\bliteral_eval\s*\(/;
const CFGNODE_MERGE = /\.\s*merge_from_(?:file|other_cfg)\s*\(|\bload_yaml_with_base\s*\(/;
/**
 * GraphGym's `load_cfg(cfg, args)` (PyG's `torch_geometric.graphgym.config`, which GraphGPS and the graph projects built
 * on it import, often in parentheses over several lines): it merges the file into a yacs `CfgNode` inside the library.
 */
const GRAPHGYM_LOAD_CFG = /\bfrom[ \t]+(?:torch_geometric\.)?graphgym\.config[ \t]+import[ \t]*\(?[^)]{0,400}?\bload_cfg\b/;
/** How many distinct `CfgNode` roots of a script are read for their keys. */
const MAX_CFGNODE_ROOTS = 16;
/**
 * `_C = CN()`, `config = CfgNode()` at the top of a module or in the function that builds the defaults, or `self.cfg =
 * CN()` in a class that builds them in its constructor (Gaussian-Head-Avatar's `config_train`): their root.
 */
const CFGNODE_ROOT = /^([ \t]*)((?:self\.)?[A-Za-z_]\w*)[ \t]*=[ \t]*([A-Za-z_]\w*)[ \t]*\(/gm;
const CFGNODE_ALIAS = /\b(?:CfgNode|Config)[ \t]+as[ \t]+([A-Za-z_]\w*)/;
const FLOAT_RESOLVER = /\badd_implicit_resolver\s*\(\s*u?["']tag:yaml\.org,2002:float["']/;
/**
 * RecBole's `Config` (or its `run_recbole`, which builds one), imported by a project that extends RecBole (RecBole-GNN's
 * `from recbole.config.configurator import Config as RecBole_Config`): it reads the project's YAML with PyYAML plus the
 * float resolver of its `_build_yaml_loader`, so `reg_weight: 1e-4` is a float there.
 */
const RECBOLE_CONFIG_IMPORT = /^[ \t]*from[ \t]+recbole(?:\.[\w.]+)?[ \t]+import[ \t]+[^\n]{0,200}?\b(?:Config|run_recbole|run_recboles)\b/m;
const RUAMEL_IMPORT = /^\s*from\s+ruamel(?:\.yaml)?\s+import\b|^\s*import\s+ruamel(?:_yaml)?\b/m;
/** `import ruamel.yaml as yaml`, `from ruamel import yaml`, conda's `import ruamel_yaml as yaml`: the module named `yaml` is ruamel's. */
const RUAMEL_AS_YAML = /^[ \t]*(?:import[ \t]+ruamel[._]yaml[ \t]+as[ \t]+yaml|from[ \t]+ruamel[ \t]+import[ \t]+yaml)\b/m;
/**
 * ruamel's PyYAML-style functions (`ruamel.yaml.safe_load(f)`, `yaml.load(f, Loader=yaml.Loader)` on the module
 * imported as `yaml`; removed in 0.18), which read YAML 1.2 unless given `version=(1, 1)`: MTTR, recognize-anything.
 */
const RUAMEL_LEGACY_LOAD = /\bruamel[._]yaml\s*\.\s*(?:safe_load|round_trip_load|load)(?:_all)?\s*\(/;
const LEGACY_LOAD_AS_YAML = /(?<![\w.])yaml\s*\.\s*(?:safe_load|round_trip_load|load)(?:_all)?\s*\(/;
/** `from ruamel.yaml import safe_load` then `safe_load(f)`: the same old functions, imported by name (FR-UNet). */
const RUAMEL_LEGACY_IMPORT = /^[ \t]*from[ \t]+ruamel[._]yaml[ \t]+import[ \t]+\(?([\w \t,]*)/gm;
const LEGACY_FUNCTION = /^(?:safe_load|round_trip_load|load)(?:_all)?$/;
const YAML_1_1_VERSION = /\bversion\s*=\s*(?:\(\s*1\s*,\s*1\s*\)|["']1\.1["'])/;
/** `from ruamel.yaml import YAML` then `YAML(...)`, or `ruamel.yaml.YAML(...)`: the object API, which reads YAML 1.2. */
const RUAMEL_YAML_IMPORT = /^\s*from\s+ruamel\.yaml\s+import\s+(?:\(\s*)?(?:[\w\s,]*,\s*)?YAML\b/m;
const RUAMEL_YAML_OBJECT = /(?<![\w.])YAML\s*\(/;
const RUAMEL_NAMED_YAML = /^[ \t]*yaml\s*=\s*(?:ruamel\s*\.\s*yaml\s*\.\s*)?YAML\s*\(/m;
const RUAMEL_QUALIFIED_OBJECT = /\bruamel\s*\.\s*yaml\s*\.\s*YAML\s*\(/;
/** `from yaml import safe_load`: PyYAML's readers called without the module's name. */
const FROM_YAML_IMPORT = /^\s*from\s+yaml\s+import\b/m;
/** A script that holds none of these reads no YAML, converts nothing and imports no config library. */
const WORTH_READING = ['OmegaConf', 'yaml', 'fromfile', 'float', 'eval', 'simple_parsing', 'draccus', 'import', 'load_conf'];
/**
 * `from sconf import Config` then `Config(path, …)`: clovaai's sconf reads the file with ruamel.yaml (YAML 1.2), so
 * lffont's `g_lr: 2e-4` is a float. Donut's profile says the same for the files it recognises by their keys.
 */
const SCONF_IMPORT = /^[ \t]*from[ \t]+sconf[ \t]+import[ \t]+\(?[\w \t,]*\bConfig\b/m;
const SCONF_CONFIG_CALL = /(?<![\w.])Config\s*\(/;
/**
 * DVC's `dvc.api.params_show()`: DVC parses `params.yaml` with ruamel.yaml (YAML 1.2), so abodybuilder3's
 * `learning_rate: 1e-4` is a float.
 */
const DVC_PARAMS_SHOW = /\bdvc\s*\.\s*api\s*\.\s*params_show\s*\(|^[ \t]*from[ \t]+dvc\.api[ \t]+import[ \t]+[^\n]*\bparams_show\b/m;
/**
 * OpenGSL's `opengsl.config.load_conf(path=...)`: it reads the file with ruamel.yaml's `safe_load` (YAML 1.2), so RGNN's
 * `lr: 1e-2` is a float.
 */
const OPENGSL_LOAD_CONF = /\bopengsl[ \t]*\.[ \t]*config[ \t]*\.[ \t]*load_conf[ \t]*\(|^[ \t]*from[ \t]+opengsl(?:\.config(?:\.util)?)?[ \t]+import[^\n]*\bload_conf\b/m;
const JSONARGPARSE_CONFIG_FILE = /^[ \t]*from[ \t]+jsonargparse[ \t]+import[^\n]*\bActionConfigFile\b|\bjsonargparse\s*\.\s*ActionConfigFile\b/m;
const OPENRL_CONFIG_PARSER = /^[ \t]*from[ \t]+openrl\.configs\.config[ \t]+import[^\n]*\bcreate_config_parser\b/m;
const CONFIG_LIBRARY_IMPORT = /^[ \t]*(?:from|import)[ \t]+(sconf|yacs|omegaconf|ruamel|mmengine|mmcv|jsonargparse|hydra)\b/gm;
/**
 * `float(` (or `eval(`, `literal_eval(`, which turn PyYAML's `"7e-4"` into a number as well: HGCPep's
 * `eval(self.config['optim']['weight_decay'])`) + a variable followed by subscripts, attributes or a `.get("key", ...)`,
 * then `)`; the argument may be wrapped in parentheses of its own (EdgeConnect's and its many descendants'
 * `int(float((self.config.MAX_ITERS)))`, where PyYAML's `MAX_ITERS: 2e6` is a string).
 */
const FLOAT_OF = /(?<![\w.])(?:float|eval|(?:ast\s*\.\s*)?literal_eval)\s*\(\s*(?:\(\s*)?([A-Za-z_]\w*(?:\s*\[\s*(?:'[^'\n]*'|"[^"\n]*"|\w+)\s*\]|\s*\.\s*[A-Za-z_]\w*(?:\s*\(\s*(?:'[^'\n]*'|"[^"\n]*")[^()\n]*\))?)+)\s*\)/g;
/** A list item taken by its written index, at the end of an expression: the `[0]` of `p['range'][0]`. */
const LIST_ITEM = /\s*\[\s*\d+\s*\]$/;
/**
 * `smooth_nr = float(smooth_nr)`: a name converted in place, most often a parameter that receives the config's entry of
 * that name through `**kwargs` (USRegistrator's `create_lncc(..., smooth_nr: float = 0.0, ...)`, handed `**cfg["loss"]`),
 * or kept on the object under its own name (`self.weight_decay = float(weight_decay)` in an `__init__`).
 * A bare `b = float(x)` names no key; a conversion into the same name does.
 */
const FLOAT_IN_PLACE = /^[ \t]*(?:self[ \t]*\.[ \t]*)?([A-Za-z_]\w*)[ \t]*=[ \t]*(?:float|(?:ast[ \t]*\.[ \t]*)?literal_eval)[ \t]*\([ \t]*\1[ \t]*\)/gm;

/** What a Python file's text calls to read YAML, and the keys it converts with `float()`. */
export function yamlLoaderCalls(pythonText: string): YamlLoaderCalls {
  if (!WORTH_READING.some((w) => pythonText.includes(w))) return NONE;
  // A commented-out `# cfg = yaml.safe_load(f)` reads nothing.
  const code = withoutCommentLines(pythonText);
  let pyyaml = false;
  // pomdp-baselines names its ruamel object `yaml` (`yaml = YAML()`): its `yaml.load(...)` is ruamel's.
  const ruamelAsYaml = RUAMEL_AS_YAML.test(code);
  const yamlIsRuamel = RUAMEL_NAMED_YAML.test(code) || ruamelAsYaml;
  let records: ReturnType<typeof ownRecordHandles> | undefined;
  const ownRecords = (): ReturnType<typeof ownRecordHandles> => (records ??= ownRecordHandles(code));
  for (const m of yamlIsRuamel ? [] : code.matchAll(PYYAML_CALL)) {
    const [, target, argument] = m;
    if ((argument === undefined || !VALUE_ARGUMENT.test(argument)) && !(target !== undefined && RECORD_TARGET.test(target)) && !readsOwnRecord(ownRecords, argument, m.index)) pyyaml = true;
  }
  if (FROM_YAML_IMPORT.test(code)) pyyaml = true;
  const legacy = (RUAMEL_LEGACY_LOAD.test(code) || (ruamelAsYaml && LEGACY_LOAD_AS_YAML.test(code)) || legacyFunctionImported(code)) && !YAML_1_1_VERSION.test(code);
  const sconf = SCONF_IMPORT.test(code) && SCONF_CONFIG_CALL.test(code);
  const dvc = code.includes('params_show') && DVC_PARAMS_SHOW.test(code);
  const opengsl = code.includes('load_conf') && OPENGSL_LOAD_CONF.test(code);
  const ruamel = (((RUAMEL_YAML_IMPORT.test(code) && RUAMEL_YAML_OBJECT.test(code)) || RUAMEL_QUALIFIED_OBJECT.test(code)) && ruamelObjectLoads(code)) || legacy || sconf || dvc || opengsl;
  // ruamel imported but seen reading neither way, or told to read YAML 1.1 (`version=(1, 1)`): not known. A script
  // that only writes with its `YAML()` objects (multimodal-supernovae's `YAML().dump(cfg, f)`) reads nothing with it.
  const other = pyyaml || OTHER_READER.test(code) || (!ruamel && RUAMEL_IMPORT.test(code) && !ruamelOnlyWrites(code));
  const graphgym = code.includes('graphgym') && GRAPHGYM_LOAD_CFG.test(code);
  const merges = graphgym || CFGNODE_MERGE.test(code);
  // A merge into a `CfgNode` is yacs's reading whichever module the class came from (fvcore, detectron2, a vendored copy),
  // and so is `literal_eval` on the values: Detectron's `_decode_cfg_value`, which yacs grew from, copied into snmn and lcgn.
  const yacsReading = merges || LITERAL_EVAL.test(code);
  const imports = [...new Set([...[...code.matchAll(CONFIG_LIBRARY_IMPORT)].map((m) => m[1]!), ...(yacsReading ? ['yacs'] : [])])].sort();
  return { omegaconf: OMEGACONF_LOAD.test(code) || omegaconfAliasLoads(code), typed: TYPED_READER.test(code), ruamel, other, pyyaml, floatResolver: (pyyaml && FLOAT_RESOLVER.test(code)) || (code.includes('recbole') && RECBOLE_CONFIG_IMPORT.test(code)), jsonargparse: JSONARGPARSE_CONFIG_FILE.test(code) || OPENRL_CONFIG_PARSER.test(code), yacs: graphgym || (merges && CFGNODE_IMPORT.test(code)), yacsMerge: merges, yacsKeys: yacsDefaultKeys(code), graphgym, imports, floatKeys: [...new Set([...floatKeysIn(code), ...launcherFlagKeys(code)])], convertsByFieldType: convertsByFieldType(code), dataclassFloatFields: dataclassFloatFields(code) };
}

function convertsByFieldType(code: string): boolean {
  return (code.includes('fields') && DATACLASS_FIELDS.test(code) && FIELD_TYPE_CALL.test(code)) || omegaconfStructured(code);
}

function dataclassFloatFields(code: string): string[] {
  if (!code.includes('dataclass')) return [];
  const keys: string[] = [];
  for (const cls of code.matchAll(DATACLASS)) for (const f of cls.groups!.body!.matchAll(FLOAT_FIELD)) keys.push(f[1]!);
  return keys;
}

function yacsDefaultKeys(code: string): string[] {
  if (!CFGNODE_IMPORT.test(code)) return [];
  const classes = new Set(['CfgNode', CFGNODE_ALIAS.exec(code)?.[1] ?? 'CfgNode']);
  const keys = new Set<string>();
  // At module level (`_C = CN()`), inside the function that builds the defaults (STORM's `load_config`: `conf = CN()`,
  // then `conf.Models = CN()` at the same indentation) or on `self` in a constructor. Each root is searched for once, and
  // a script names few: a file of thousands of `x = CN()` lines must not make every one of them scan the whole file again.
  const roots = new Set<string>();
  for (const m of code.matchAll(CFGNODE_ROOT)) {
    if (!classes.has(m[3]!) || roots.has(m[1]! + m[2]!) || roots.size >= MAX_CFGNODE_ROOTS) continue;
    roots.add(m[1]! + m[2]!);
    for (const k of code.matchAll(new RegExp(`^${m[1]}${m[2]!.replace('.', '\\.')}\\.([A-Za-z_]\\w*)[ \\t]*(?:=|\\.)`, 'gm'))) keys.add(k[1]!);
    if (m[1] === '' && !m[2]!.includes('.')) for (const k of keysSetInFunctionsOf(code, m[2]!)) keys.add(k);
  }
  return [...keys].sort();
}

/** How many functions taking a module-level `CfgNode` as their first parameter are read for the keys they set on it. */
const MAX_DEFAULTS_FUNCTIONS = 8;

/**
 * The keys set on a module-level root inside the functions that take it as their first parameter: GraphGym's layout,
 * copied by projects built on it without PyG (htgnn's `cfg = CN()`, then `def set_cfg(cfg):` with `cfg.print = 'both'`,
 * `cfg.dataset = CN()` in its body). Each body ends at the first line indented no deeper than its `def`.
 */
function keysSetInFunctionsOf(code: string, root: string): string[] {
  const keys: string[] = [];
  const setKey = new RegExp(`^[ \\t]+${root}\\.([A-Za-z_]\\w*)[ \\t]*(?:=(?!=)|\\.)`);
  let functions = 0;
  for (const def of code.matchAll(new RegExp(`^([ \\t]*)def[ \\t]+\\w+[ \\t]*\\([ \\t]*${root}[ \\t]*[,):]`, 'gm'))) {
    if (++functions > MAX_DEFAULTS_FUNCTIONS) break;
    const indent = def[1]!.length;
    let at = code.indexOf('\n', def.index) + 1;
    while (at > 0 && at < code.length) {
      const end = code.indexOf('\n', at);
      const line = code.slice(at, end < 0 ? code.length : end);
      const body = line.trimStart();
      if (body !== '' && !body.startsWith('#') && line.length - body.length <= indent && !line.startsWith(')')) break;
      const key = setKey.exec(line)?.[1];
      if (key !== undefined) keys.push(key);
      at = end < 0 ? code.length : end + 1;
    }
  }
  return keys;
}

/** A legacy ruamel function imported by name (`from ruamel.yaml import safe_load`) and called bare (`safe_load(f)`). */
function legacyFunctionImported(code: string): boolean {
  for (const m of code.matchAll(RUAMEL_LEGACY_IMPORT)) {
    for (const imported of m[1]!.split(',')) {
      const [name, alias] = imported.trim().split(/\s+as\s+/);
      if (name === undefined || !LEGACY_FUNCTION.test(name)) continue;
      if (new RegExp(`(?<![\\w.])${alias ?? name}\\s*\\(`).test(code)) return true;
    }
  }
  return false;
}

/** A ruamel `YAML()` object that reads (`YAML().load(f)`, or `y = YAML()` then `y.load(f)`), not one that only writes a run's record. */
function ruamelObjectLoads(code: string): boolean {
  if (/\bYAML\s*\([^()]*\)\s*\.\s*load(?:_all)?\s*\(/.test(code)) return true;
  for (const m of code.matchAll(/(?<![\w.])([A-Za-z_]\w*)\s*=\s*(?:ruamel\s*\.\s*yaml\s*\.\s*)?YAML\s*\(/g)) {
    if (new RegExp(`(?<![\\w.])${m[1]}\\s*\\.\\s*load(?:_all)?\\s*\\(`).test(code)) return true;
  }
  return false;
}

/**
 * ruamel's `YAML` class imported, and every object made from it used only through attributes other than `load`
 * (`y.dump(cfg, f)`, `y.indent(...)`): a `YAML()` made and dumped at once, or kept in a name that is never passed on.
 */
function ruamelOnlyWrites(code: string): boolean {
  if (!RUAMEL_YAML_IMPORT.test(code) || !RUAMEL_YAML_OBJECT.test(code) || YAML_1_1_VERSION.test(code)) return false;
  for (const m of code.matchAll(/(?<![\w.])YAML\s*\([^()]*\)(\s*\.\s*\w+)?/g)) {
    const bound = /[A-Za-z_]\w*\s*=\s*$/.exec(code.slice(Math.max(0, m.index - 80), m.index));
    if (bound === null && (m[1] === undefined || /load/.test(m[1]))) return false;
  }
  for (const m of code.matchAll(/(?<![\w.])([A-Za-z_]\w*)\s*=\s*YAML\s*\(/g)) {
    for (const use of code.matchAll(new RegExp(`(?<![\\w.])${m[1]}(?!\\w)(\\s*\\.\\s*\\w+|\\s*=(?!=))?`, 'g'))) {
      if (use[1] === undefined || /^\s*\.\s*load/.test(use[1])) return false;
    }
  }
  return true;
}

function omegaconfAliasLoads(code: string): boolean {
  const alias = OMEGACONF_ALIAS.exec(code)?.[1];
  return alias !== undefined && new RegExp(`(?<![\\w.])${alias}\\s*\\.\\s*load\\s*\\(`).test(code);
}

function floatKeysIn(code: string): string[] {
  if (!code.includes('float') && !code.includes('eval') && !code.includes('pydantic')) return [];
  const keys = new Set<string>();
  const every = everyValueLoop(code);
  if (every !== undefined) keys.add(every);
  if (decodesEveryValue(code)) keys.add(ALL_MAPPING_KEYS);
  for (const k of everyValueComprehensions(code)) keys.add(k);
  for (const m of code.matchAll(FLOAT_OF)) {
    // `float(p['range'][0])`: an item of the list under a key.
    const item = LIST_ITEM.exec(m[1]!);
    if (item) {
      const list = lastKeyOf(m[1]!.slice(0, item.index));
      if (list) keys.add(itemsOf(list.key));
      continue;
    }
    const last = lastKeyOf(m[1]!);
    if (!last || last.key === 'get') continue;
    keys.add(last.key);
    // mLoRA's `self.lr_ = float(self.lr_)`: an attribute named after its config key plus a trailing underscore.
    if (last.attribute && /^[A-Za-z]\w*[A-Za-z0-9]_$/.test(last.key)) keys.add(last.key.slice(0, -1));
  }
  for (const m of code.matchAll(FLOAT_IN_PLACE)) keys.add(m[1]!);
  if (code.includes('pydantic')) for (const k of pydanticFloatFields(code)) keys.add(k);
  for (const k of listedFloatKeys(code)) keys.add(k);
  if (SET_DEFAULTS_FROM_DICT.test(code) || CONFIG_FILE_ACTION.test(code)) for (const k of argparseFloatOptions(code)) keys.add(k);
  return [...keys];
}

/** `parser.set_defaults(**cfg)`: the file's values become the parser's defaults (timm's `train.py` and its many copies). */
const SET_DEFAULTS_FROM_DICT = /\.\s*set_defaults\s*\(\s*\*\*/;
/**
 * `parser.add_argument('--config', action=yamlargparse.ActionConfigFile)` (and jsonargparse's), or configargparse's
 * `add('--config', is_config_file=True)` (OpenNMT's `is_config_file_arg=True`), or a configargparse parser built with
 * the config options in its constructor (`Parser(args_for_setting_config_path=['-c', '--config'])`,
 * `default_config_files=[...]`): the file's values are parsed as the options they set, by their declared types
 * (DiaPer's and EEND's `lr: 1e-6` for `--lr` with `type=float`; configargparse hands each value to argparse as text, as
 * Bug-Transformer's `learning_rate: 5e-5` and last_layer_unlearning's `lr: 1e-3`).
 */
const CONFIG_FILE_ACTION = /\baction\s*=\s*(?:[A-Za-z_]\w*\s*\.\s*)?ActionConfigFile\b|\bis_config_file(?:_arg)?\s*=\s*True\b|\b(?:args_for_setting_config_path|default_config_files)\s*=\s*\[/;
/** argparse's `add_argument(`, and configargparse's and OpenNMT's short name for it, `add(`. */
const ADD_ARGUMENT = /(?:\.\s*add\b|\badd_argument)\s*\(/g;
/** `add_arg = parser.add_argument`: a local name for a parser's `add_argument`, called in its place (opencities). */
const ADD_ARGUMENT_ALIAS = /^[ \t]*([A-Za-z_]\w*)[ \t]*=[ \t]*[A-Za-z_][\w.]*\.add_argument[ \t]*(?:#[^\n]*)?$/gm;
/** configargparse, which takes a config file's key by any of an option's long names, not only its destination. */
const CONFIGARGPARSE = /^[ \t]*(?:import[ \t]+configargparse\b|from[ \t]+configargparse[ \t]+import\b)/m;

/** Where the script declares an option: `add_argument(` and `add(` calls, and calls of a local name for `add_argument`. */
function addArgumentCalls(code: string): number[] {
  const starts = [...code.matchAll(ADD_ARGUMENT)].map((m) => m.index + m[0].length);
  for (const alias of code.matchAll(ADD_ARGUMENT_ALIAS)) {
    for (const m of code.matchAll(new RegExp(`(?<![\\w.])${alias[1]}[ \\t]*\\(`, 'g'))) starts.push(m.index + m[0].length);
  }
  return starts;
}

/**
 * The destinations of a script's `add_argument(..., type=float)` options: argparse parses a default that is a string
 * as if it came from the command line, so after `parser.set_defaults(**yaml.safe_load(f))` PyYAML's `"3e-4"` for
 * `--lr` is a float by the time `parse_args()` returns (Spike-Driven-Transformer, Spikingformer). `--weight-decay`
 * is `weight_decay`; `dest=` wins.
 */
export function argparseFloatOptions(code: string): string[] {
  const names: string[] = [];
  const everyLongName = CONFIGARGPARSE.test(code);
  for (const start of addArgumentCalls(code)) {
    const args = callArguments(code, start);
    if (args === undefined || !args.some((a) => /^type\s*=\s*float$/.test(a))) continue;
    const dest = args.map((a) => /^dest\s*=\s*["']([A-Za-z_]\w*)["']$/.exec(a)?.[1]).find((d) => d !== undefined);
    // The option strings come first; argparse takes the first long one: `'--warmup-lr', '--wlr'` is `warmup_lr`.
    const options: string[] = [];
    for (const a of args) {
      if (!/^["']-/.test(a)) break;
      options.push(a);
    }
    const longs = options.map((o) => /^["']--([A-Za-z][\w-]*)["']$/.exec(o)?.[1]).filter((l) => l !== undefined);
    const name = dest ?? longs[0]?.replace(/-/g, '_');
    if (name !== undefined) names.push(name);
    // configargparse matches a config key against each long name as written (`wd: 1e-4` for `'--weight_decay', '--wd'`).
    if (everyLongName) for (const l of longs) if (l !== name) names.push(l);
  }
  return [...new Set(names)];
}

/** `class TrainingConfig(BaseModel):` (or `BaseSettings`) and its body, up to the next line at the class's indentation or less. */
const PYDANTIC_CLASS = /^([ \t]*)class[ \t]+\w+[ \t]*\([^)]*\b(?:BaseModel|BaseSettings)\b[^)]*\)[ \t]*:[^\n]*\n((?:\1[ \t]+[^\n]*\n|[ \t]*\n)*)/gm;
/** `    learning_rate: float`, `lr: Optional[float] = None`, `eps: PositiveFloat = 1e-8`, `wd: confloat(ge=0) = 0.0`. */
const FLOAT_FIELD = /^[ \t]+([A-Za-z_]\w*)[ \t]*:[ \t]*(?:Optional\[[ \t]*)?(?:float|PositiveFloat|NonNegativeFloat|confloat\b)/gm;

/**
 * The float fields of pydantic models: pydantic validates `TrainingConfig(**yaml.safe_load(f))` and turns PyYAML's
 * `"1e-2"` into 0.01 (literate-enigma's `learning_rate: float`; genslm's `BaseSettings`).
 */
function pydanticFloatFields(code: string): string[] {
  if (!/^[ \t]*(?:from[ \t]+pydantic(?:_settings)?\b|import[ \t]+pydantic)/m.test(code)) return [];
  const keys: string[] = [];
  for (const cls of code.matchAll(PYDANTIC_CLASS)) for (const f of cls[2].matchAll(FLOAT_FIELD)) keys.push(f[1]);
  // A model that subclasses the project's own base model (Aleph Alpha's scaling: `class LayerNormConfig(BaseConfig):`
  // with `layernorm_epsilon: float = Field(1.0e-5, ...)`) is told by pydantic's `Field` in its body.
  if (PYDANTIC_FIELD_IMPORT.test(code)) {
    for (const cls of code.matchAll(ANY_CLASS)) if (PYDANTIC_FIELD_CALL.test(cls[2])) for (const f of cls[2].matchAll(FLOAT_FIELD)) keys.push(f[1]);
  }
  return [...new Set(keys)];
}

/** Any class and its body, as PYDANTIC_CLASS reads it. */
const ANY_CLASS = /^([ \t]*)class[ \t]+\w+[ \t]*(?:\([^)]*\))?[ \t]*:[^\n]*\n((?:\1[ \t]+[^\n]*\n|[ \t]*\n)*)/gm;
const PYDANTIC_FIELD_IMPORT = /^[ \t]*from[ \t]+pydantic[ \t]+import[ \t]+[^\n]*\bField\b/m;
/** `lr: float = Field(1e-3)`: a field declared with pydantic's `Field`. */
const PYDANTIC_FIELD_CALL = /^[ \t]+[A-Za-z_]\w*[ \t]*:[^=\n]*=[ \t]*Field[ \t]*\(/m;

const NONE: YamlLoaderCalls = { omegaconf: false, typed: false, ruamel: false, other: false, pyyaml: false, floatResolver: false, jsonargparse: false, yacs: false, yacsMerge: false, yacsKeys: [], graphgym: false, imports: [], floatKeys: [], convertsByFieldType: false, dataclassFloatFields: [] };
