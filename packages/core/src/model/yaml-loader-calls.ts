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
import { ALL_TOP_LEVEL_KEYS } from '../loader/apply-loader.js';
import { withoutCommentLines } from './python-call.js';

export interface YamlLoaderCalls {
  /** `OmegaConf.load(...)` is called. */
  readonly omegaconf: boolean;
  /**
   * The config is read into dataclasses that convert each value to its field's type: simple_parsing's and draccus's
   * `parse(..., config_path=...)` (ultravox, Levanter-style programs), so `lr: 1e-3` is a float.
   */
  readonly typed: boolean;
  /** A YAML reader other than OmegaConf's reads a file (PyYAML, ruamel.yaml, mmcv/mmengine's `Config`). */
  readonly other: boolean;
  /** PyYAML reads a config (`yaml.safe_load(f)`; not a record the program wrote, nor a command-line value). */
  readonly pyyaml: boolean;
  /**
   * The config libraries the script imports (`sconf`, `yacs`, `omegaconf`, `ruamel`, `mmengine`, `mmcv`, `jsonargparse`,
   * `hydra`): a program whose keys name a framework but whose scripts import none of the framework's readers is not it.
   */
  readonly imports: readonly string[];
  /**
   * Config keys the script passes through `float()`: `float(params['eps'])`, `float(cfg.optim.lr)`, `float(c.get("wd", 0))`;
   * `*` when it tries `float()` on every top-level value (`for k, v in config.items(): config[k] = float(v)`).
   */
  readonly floatKeys: readonly string[];
}

const OMEGACONF_LOAD = /\bOmegaConf\s*\.\s*load\s*\(/;
/** `from omegaconf import OmegaConf as om` (MosaicML's examples, llm-foundry and their forks), then `om.load(f)`. */
const OMEGACONF_ALIAS = /^[ \t]*from[ \t]+omegaconf[ \t]+import[ \t]+(?:\(?[^\n]*?,[ \t]*)?OmegaConf[ \t]+as[ \t]+([A-Za-z_]\w*)/m;
const TYPED_READER = /^\s*(?:import\s+(?:simple_parsing|draccus)\b|from\s+(?:simple_parsing|draccus)\s+import\b)/m;
/** `for key, value in config.items():` … `config[key] = float(value)`: every top-level string that parses becomes a float. */
const FLOAT_EVERY_VALUE = /\bfor\s+(\w+)\s*,\s*(\w+)\s+in\s+(\w+)\s*\.\s*items\s*\(\s*\)\s*:[^]{0,400}?\b\3\s*\[\s*\1\s*\]\s*=\s*float\s*\(\s*\2\s*\)/;
const PYYAML_CALL = /(?:\b([A-Za-z_][\w.]*)\s*=\s*)?\byaml\s*\.\s*(?:safe_load|load|full_load|unsafe_load|safe_load_all|load_all|full_load_all|unsafe_load_all)\s*\(\s*([A-Za-z_]\w*\s*[,)])?/g;
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
const OTHER_READER = /^\s*from\s+(?:yaml|ruamel(?:\.yaml)?)\s+import\b|^\s*import\s+ruamel\b|\bConfig\s*\.\s*fromfile\s*\(/m;
/** `from yaml import safe_load`: PyYAML's readers called without the module's name. */
const FROM_YAML_IMPORT = /^\s*from\s+yaml\s+import\b/m;
/** A script that holds none of these reads no YAML, converts nothing and imports no config library. */
const WORTH_READING = ['OmegaConf', 'yaml', 'fromfile', 'float', 'eval', 'simple_parsing', 'draccus', 'import'];
const CONFIG_LIBRARY_IMPORT = /^[ \t]*(?:from|import)[ \t]+(sconf|yacs|omegaconf|ruamel|mmengine|mmcv|jsonargparse|hydra)\b/gm;
/**
 * `float(` (or `eval(`, `literal_eval(`, which turn PyYAML's `"7e-4"` into a number as well: HGCPep's
 * `eval(self.config['optim']['weight_decay'])`) + a variable followed by subscripts, attributes or a `.get("key", ...)`,
 * then `)`.
 */
const FLOAT_OF = /(?<![\w.])(?:float|eval|(?:ast\s*\.\s*)?literal_eval)\s*\(\s*([A-Za-z_]\w*(?:\s*\[\s*(?:'[^'\n]*'|"[^"\n]*"|\w+)\s*\]|\s*\.\s*[A-Za-z_]\w*(?:\s*\(\s*(?:'[^'\n]*'|"[^"\n]*")[^()\n]*\))?)+)\s*\)/g;
const LAST_KEY = /(?:\[\s*(?:'([^'\n]*)'|"([^"\n]*)")\s*\]|\.\s*([A-Za-z_]\w*)|\.\s*get\s*\(\s*(?:'([^'\n]*)'|"([^"\n]*)")[^()\n]*\))\s*$/;

/** What a Python file's text calls to read YAML, and the keys it converts with `float()`. */
export function yamlLoaderCalls(pythonText: string): YamlLoaderCalls {
  if (!WORTH_READING.some((w) => pythonText.includes(w))) return NONE;
  // A commented-out `# cfg = yaml.safe_load(f)` reads nothing.
  const code = withoutCommentLines(pythonText);
  let pyyaml = false;
  for (const m of code.matchAll(PYYAML_CALL)) {
    const [, target, argument] = m;
    if ((argument === undefined || !VALUE_ARGUMENT.test(argument)) && !(target !== undefined && RECORD_TARGET.test(target))) pyyaml = true;
  }
  if (FROM_YAML_IMPORT.test(code)) pyyaml = true;
  const other = pyyaml || OTHER_READER.test(code);
  const imports = [...new Set([...code.matchAll(CONFIG_LIBRARY_IMPORT)].map((m) => m[1]!))].sort();
  return { omegaconf: OMEGACONF_LOAD.test(code) || omegaconfAliasLoads(code), typed: TYPED_READER.test(code), other, pyyaml, imports, floatKeys: floatKeysIn(code) };
}

function omegaconfAliasLoads(code: string): boolean {
  const alias = OMEGACONF_ALIAS.exec(code)?.[1];
  return alias !== undefined && new RegExp(`(?<![\\w.])${alias}\\s*\\.\\s*load\\s*\\(`).test(code);
}

function floatKeysIn(code: string): string[] {
  if (!code.includes('float') && !code.includes('eval') && !code.includes('pydantic')) return [];
  const keys = new Set<string>();
  if (FLOAT_EVERY_VALUE.test(code)) keys.add(ALL_TOP_LEVEL_KEYS);
  for (const m of code.matchAll(FLOAT_OF)) {
    const last = LAST_KEY.exec(m[1]);
    const key = last && (last[1] ?? last[2] ?? last[4] ?? last[5] ?? last[3]);
    if (!key || key === 'get') continue;
    keys.add(key);
    // mLoRA's `self.lr_ = float(self.lr_)`: an attribute named after its config key plus a trailing underscore.
    if (last[3] !== undefined && /^[A-Za-z]\w*[A-Za-z0-9]_$/.test(key)) keys.add(key.slice(0, -1));
  }
  if (code.includes('pydantic')) for (const k of pydanticFloatFields(code)) keys.add(k);
  return [...keys];
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
  return keys;
}

const NONE: YamlLoaderCalls = { omegaconf: false, typed: false, other: false, pyyaml: false, imports: [], floatKeys: [] };
