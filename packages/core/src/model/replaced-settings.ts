/**
 * Settings a script overwrites before it uses them: `config["training"]["train_steps"] = calculate_training_steps(...)`
 * (i4Ds' whisper-finetune, which works the run's length out from the data). What the config file writes there never
 * runs, so a rule has nothing to say of it. Only what can be told from the text is taken:
 * - the target is a config-like object (`config`, `cfg`, `hparams`, `args`, …) reached through at least two keys, a
 *   section and a setting, which must match the file's own nesting (`training.train_steps`);
 * - the assignment runs whenever its function does: no `if`, `for`, `while`, `else` or `except` encloses it between
 *   it and its `def` (a `with` or `try` block, and `if __name__ == "__main__":`, do not count). DKT2's
 *   `cfg.akt_config.l2 = args.l2` under `elif args.model_name == 'akt':` is therefore not taken;
 * - the new value is not worked out from the old (`cfg.train.lr = float(cfg.train.lr)` converts the file's value;
 *   it does not replace it), and is no constant: `_C.SOLVER.WEIGHT_DECAY = 0.0005` writes a default, which the file
 *   merged after it overrides; assignments at module level are left alone for the same reason, unless the script
 *   read the config from a file above them (`settings = yaml.safe_load(...)`, then an HPO trial's values);
 * A flat file that HF's argument parsers read into dataclasses has no sections: there a key set on the parsed arguments
 * right after the parse, in the same block, counts, constants included (see replacedArguments).
 */
import { withoutCommentLines, writtenConfigFile } from './python-call.js';

/** `config.training.train_steps =` or `cfg["training"]["train_steps"] =` (not `==`, not `+=`), at the start of a line. */
const ASSIGNMENT = /^([ \t]*)([A-Za-z_]\w*)((?:[ \t]*\.[ \t]*[A-Za-z_]\w*|[ \t]*\[[ \t]*(?:'[^'\n]*'|"[^"\n]*")[ \t]*\]){2,})[ \t]*=(?!=)([^\n]*)/gm;
/** One key of an access path: `.train_steps` or `["train_steps"]`. */
export const SEGMENT = /\.[ \t]*([A-Za-z_]\w*)|\[[ \t]*(?:'([^'\n]*)'|"([^"\n]*)")[ \t]*\]/g;
/** Names of objects that hold a run's settings; `self`, models and optimizers are something else. */
export const CONFIG_ROOT = /^(?:c|C|_C|[A-Za-z_]*(?:config|configs|cfg|cfgs|conf|hparams|hps|params|opts?|args|options|settings))$/i;
/** Block headers whose body may not run, or run more than once. */
const CONDITIONAL = /^(?:if|elif|else|for|async[ \t]+for|while|except|finally|match|case)\b/;
const MAIN_GUARD = /^if[ \t]+__name__[ \t]*==/;
const BLOCK_START = /^(?:async[ \t]+)?def\b|^class\b/;
/** A constant, an empty container or a new config node: a default, not a value worked out from the run. */
// The digits after a dot only follow the dot: `\d[\d_]*\.?\d*` would try every split of a long run of digits.
const LITERAL = /^(?:[-+]?(?:\d[\d_]*(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+)|True|False|None|'[^'\n]*'|"[^"\n]*"|\[\s*\]|\(\s*\)|\{\s*\}|(?:CN|CfgNode|ConfigDict|EasyDict|edict|AttrDict|dict|OrderedDict)\s*\(\s*\))\s*(?:#.*)?$/;

/** Each replaced setting as `section.setting` (the last two keys), with the assignment as written. */
export function replacedSettings(pythonText: string): ReadonlyMap<string, string> {
  const found = new Map<string, string>();
  if (!pythonText.includes('=')) return found;
  const text = withoutCommentLines(pythonText);
  let facts: LineFacts | undefined;
  let loadedAtTop: { readonly name: string; readonly at: number }[] | undefined;
  let lineIndex = 0;
  let counted = 0;
  for (const m of text.matchAll(ASSIGNMENT)) {
    const segments = [...m[3]!.matchAll(SEGMENT)].map((s) => s[1] ?? s[2] ?? s[3]!);
    // A LightningModule's `self.config.scheduler.scheduler.steps_per_epoch = len(...)` (Mask3D): the config kept on `self`.
    const onSelf = m[2] === 'self' && segments.length >= 3 && CONFIG_ROOT.test(segments[0]!);
    if (!CONFIG_ROOT.test(m[2]!) && !onSelf) continue;
    const keys = onSelf ? segments.slice(1) : segments;
    const target = `${m[2]}${m[3]}`;
    const value = m[4]!.trim();
    // Module-level assignments and literal values are how defaults are written (`_C.SOLVER.WEIGHT_DECAY = 0.0005` in a
    // yacs defaults file, before any file is merged), not what replaces a file's value; at module level only a config
    // the script has read from a file above replaces it (iShiftML's NNI trial: `settings = yaml.safe_load(...)`, then
    // `settings["training"]["weight_decay"] = tuned_params["weight_decay"]`).
    if (value === '' || LITERAL.test(value) || comparable(value).includes(comparable(target))) continue;
    if (m[1] === '' && !(loadedAtTop ??= configsLoadedAtModuleLevel(text)).some((l) => l.name === m[2] && l.at < m.index)) continue;
    facts ??= linesRunWithTheirFunction(text.split('\n'));
    lineIndex += countNewlines(text, counted, m.index);
    counted = m.index;
    const setting = keys[keys.length - 1]!;
    if (facts.runs[lineIndex] !== true && !(facts.presenceTests[lineIndex]?.every((k) => k === setting) ?? false)) continue;
    const path = `${keys[keys.length - 2]}.${setting}`;
    if (!found.has(path)) found.set(path, shown(target, value));
  }
  if (PARSES_ARGUMENTS.test(text)) for (const [key, assignment] of replacedArguments(text.split('\n'))) if (!found.has(key)) found.set(key, assignment);
  return found;
}

/** `settings = yaml.safe_load(open(path))` at module level: a config read from a file, by the name it is kept under. */
const MODULE_LEVEL_LOAD = /^([A-Za-z_]\w*)[ \t]*=[ \t]*(?:yaml[ \t]*\.[ \t]*(?:safe_load|full_load|load)|json[ \t]*\.[ \t]*load|OmegaConf[ \t]*\.[ \t]*load|toml[ \t]*\.[ \t]*load)[ \t]*\(/gm;

function configsLoadedAtModuleLevel(text: string): { readonly name: string; readonly at: number }[] {
  return [...text.matchAll(MODULE_LEVEL_LOAD)].map((m) => ({ name: m[1]!, at: m.index }));
}

/** A key of a file the script names and loads, set right after (see `replacedInNamedFiles`). */
export interface NamedFileOverride {
  /**
   * The end of the file's path as the script writes it: its name and the folder holding it when written
   * (`configs/bigger_model_best_finetune_hyperparams.yml`), so that another folder's `config.yaml` is not taken for it.
   */
  readonly file: string;
  readonly key: string;
  readonly assignment: string;
}

/**
 * `with open("configs/ft.yml") as f:` (or `open(...)` inside the call), `OmegaConf.load("configs/ft.yaml")`: a config
 * file named by a written path.
 */
const NAMED_OPEN = /\b(?:open|OmegaConf[ \t]*\.[ \t]*load)[ \t]*\([ \t]*[rRfF]?(['"])([^'"\n]*)\1/;
/**
 * `cfg = yaml.safe_load(f)`, `cfg = json.load(f)`, `cfg = yaml.load(open("x.yml"), Loader=...)`,
 * `cfg = OmegaConf.load("x.yaml")`: the name bound.
 */
const LOADED_INTO = /^[ \t]*([A-Za-z_]\w*)[ \t]*=[ \t]*(?:yaml[ \t]*\.[ \t]*(?:safe_load|load|full_load|unsafe_load)|json[ \t]*\.[ \t]*load|OmegaConf[ \t]*\.[ \t]*load)[ \t]*\(/;
/** `cfg['lp_lr'] = ...`, or `cfg.lp_lr = ...` on an OmegaConf or attribute dict: one key set. */
const KEY_ASSIGNMENT = /^[ \t]*([A-Za-z_]\w*)[ \t]*(?:\[[ \t]*(?:'([^'\n]+)'|"([^"\n]+)")[ \t]*\]|\.[ \t]*([A-Za-z_]\w*))[ \t]*=(?!=)(.*)$/;

/**
 * Keys of a file the script loads by a written path and then sets, in the same block and with nothing conditional around
 * either (connect-later's `ft_config = yaml.safe_load(f)` from `open(".../bigger_model_best_finetune_hyperparams.yml")`,
 * then `ft_config['lp_lr'] = 1e-4 if args.lp_lr is None else args.lp_lr`): what that file writes there never runs.
 * The same for `cfg = OmegaConf.load("configs/train.yaml")` and `cfg.lr = args.lr`. The path ties the assignment to one
 * file, so a flat file's key is taken alone, and a constant counts; a value worked out from the config is a conversion.
 */
export function replacedInNamedFiles(pythonText: string): NamedFileOverride[] {
  if ((!pythonText.includes('open') && !pythonText.includes('OmegaConf')) || !pythonText.includes('load')) return [];
  const found: NamedFileOverride[] = [];
  const lines = pythonText.split('\n');
  const { runs, indents } = linesRunWithTheirFunction(lines);
  // The file named by the last `open` seen and where it was, then the name its content was loaded into, at what indentation.
  let opened: { file: string; line: number; indent: number } | undefined;
  let loaded: { file: string; name: string; indent: number; inner: number; rebound: RegExp; used: RegExp } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const indent = indents[i]!;
    const line = lines[i]!;
    // A comment line ends no block (connect-later's `# ft_config['lp_lr'] = 1e-5` between two assignments).
    if (indent < 0 || line.trimStart().startsWith('#')) continue;
    if (loaded && indent < loaded.indent) loaded = undefined;
    const named = writtenConfigFile(NAMED_OPEN.exec(line)?.[2] ?? '');
    if (named !== undefined) opened = { file: named, line: i, indent };
    const into = runs[i] ? LOADED_INTO.exec(line) : null;
    // Loaded from the file just opened: on the `with` line's block (indented under it) or on the same line.
    if (into && opened && (opened.line === i || (i - opened.line <= 2 && indent > opened.indent))) {
      // After a `with` block the dict stays bound at the `with` statement's indentation.
      loaded = { file: opened.file, name: into[1]!, indent: opened.line === i ? indent : opened.indent, inner: indent, rebound: new RegExp(`^[ \\t]*${into[1]}[ \\t]*=(?!=)`), used: new RegExp(`(?<![\\w.])${into[1]}[ \\t]*[.[]`) };
      continue;
    }
    if (!loaded || !runs[i]) continue;
    const m = KEY_ASSIGNMENT.exec(line);
    if (m && m[1] === loaded.name && (indent === loaded.indent || indent === loaded.inner)) {
      const key = m[2] ?? m[3] ?? m[4]!;
      const value = withoutComment(m[5]!).trim();
      const target = m[4] !== undefined ? `${m[1]}.${key}` : `${m[1]}['${key}']`;
      // A value worked out from the loaded config itself (`cfg['lr'] = float(cfg['lr'])`) converts, it does not replace.
      if (value !== '' && !loaded.used.test(value)) found.push({ file: loaded.file, key, assignment: shown(target, value) });
    } else if (loaded.rebound.test(line)) loaded = undefined;
  }
  return found;
}

function shown(target: string, value: string): string {
  return `${target.trim()} = ${value.length > 60 ? `${value.slice(0, 57)}...` : value}`;
}

/** HF's argument parsers, which fill dataclasses from a flat YAML or JSON file: `parse_args_into_dataclasses`, `parse_yaml_file`, H4's `parse()`. */
const PARSE_METHOD = String.raw`(?:parse|parse_args_into_dataclasses|parse_yaml_file|parse_json_file|parse_dict|parse_args_and_config|parse_yaml_and_args)`;
const PARSES_ARGUMENTS = new RegExp(String.raw`parser[ \t]*\.[ \t]*${PARSE_METHOD}[ \t]*\(`, 'i');
/** `model_args, data_args, training_args = parser.parse()`: the names bound, at the start of a statement. */
const PARSED_ARGUMENTS = new RegExp(String.raw`^[ \t]+([A-Za-z_]\w*(?:[ \t]*,[ \t]*[A-Za-z_]\w*)*)[ \t]*,?[ \t]*=[ \t]*\w*parser[ \t]*\.[ \t]*${PARSE_METHOD}[ \t]*\(`, 'i');
/** `training_args.do_eval = False`: one key of an object. */
const ONE_KEY_ASSIGNMENT = /^[ \t]+([A-Za-z_]\w*)[ \t]*\.[ \t]*([A-Za-z_]\w*)[ \t]*=(?!=)(.*)$/;

/**
 * Keys of a flat file that a script sets on the parsed arguments right after parsing them (SPPO's
 * `training_args.do_eval = False` after `parser.parse()`): in the same block as the parse, after it, with nothing
 * conditional around either. A constant counts here, unlike above: the file's value was read and is now replaced.
 */
function replacedArguments(lines: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  const { runs, indents } = linesRunWithTheirFunction(lines);
  // The names bound by the last parse in the current block, and its indentation.
  let parsed: { names: ReadonlySet<string>; indent: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const indent = indents[i]!;
    if (indent < 0) continue;
    if (parsed && indent < parsed.indent) parsed = undefined;
    const line = lines[i]!;
    const binding = runs[i] ? PARSED_ARGUMENTS.exec(line) : null;
    if (binding) {
      parsed = { names: new Set(binding[1]!.split(',').map((n) => n.trim())), indent };
      continue;
    }
    if (!parsed || indent !== parsed.indent || !runs[i]) continue;
    const m = ONE_KEY_ASSIGNMENT.exec(line);
    if (!m || !parsed.names.has(m[1]!)) continue;
    const target = `${m[1]}.${m[2]}`;
    const value = m[3]!.trim();
    if (value === '' || comparable(value).includes(comparable(target))) continue;
    if (!found.has(m[2]!)) found.set(m[2]!, shown(target, value));
  }
  return found;
}

interface LineFacts {
  /** Whether no conditional block encloses the line between it and its function (or the module). */
  readonly runs: boolean[];
  /** The indentation of a line that starts a statement; -1 for blank lines and lines inside an open bracket. */
  readonly indents: number[];
  /**
   * For a line whose only enclosing conditions test for a key's presence (`if "steps_per_epoch" in cfg.scheduler.keys():`,
   * `if hasattr(cfg, "lr"):`), the keys tested: an assignment to that key there runs whenever the file sets it (Mask3D
   * replaces the file's `steps_per_epoch: -1` so).
   */
  readonly presenceTests: (readonly string[] | undefined)[];
}

/** `if "steps_per_epoch" in ...:`, `if hasattr(cfg, "lr"):`: the key whose presence alone the block needs. */
const PRESENCE_TEST = /^if[ \t]+(?:(['"])(\w+)\1[ \t]+in\b(?:(?!\b(?:and|or|not|if)\b)[^:\n])*|hasattr[ \t]*\([^,\n]+,[ \t]*(['"])(\w+)\3[ \t]*\)[ \t]*):/;

/**
 * For each line, whether no conditional block encloses it between it and its function (or the module), and where a
 * statement starts, in one pass with a stack of the open blocks. Lines inside an open bracket continue the line above
 * and are not looked at.
 */
function linesRunWithTheirFunction(lines: readonly string[]): LineFacts {
  const runs: boolean[] = new Array<boolean>(lines.length).fill(false);
  const indents: number[] = new Array<number>(lines.length).fill(-1);
  const presenceTests: (readonly string[] | undefined)[] = new Array<readonly string[] | undefined>(lines.length).fill(undefined);
  // Open blocks, innermost last: their indentation, whether their body may not run (or run more than once), and the
  // key a presence test names.
  const open: { indent: number; conditional: boolean; scope: boolean; presence?: string }[] = [];
  let depth = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const body = line.trimStart();
    const startDepth = depth;
    depth = Math.max(0, depth + bracketBalance(body));
    if (body === '' || startDepth > 0) continue;
    const indent = line.length - body.length;
    indents[i] = indent;
    while (open.length > 0 && open[open.length - 1]!.indent >= indent) open.pop();
    let conditional = false;
    let tested: string[] | undefined = [];
    for (let k = open.length - 1; k >= 0 && !open[k]!.scope; k--) {
      const block = open[k]!;
      if (!block.conditional) continue;
      conditional = true;
      if (block.presence !== undefined) tested?.push(block.presence);
      else tested = undefined;
    }
    runs[i] = !conditional;
    if (conditional && tested !== undefined) presenceTests[i] = tested;
    // `elif args.model_name == 'akt':  # akt` (DKT2) opens a block too: the comment is not the line's end.
    if (withoutComment(body).trimEnd().endsWith(':')) {
      const scope = BLOCK_START.test(body) || MAIN_GUARD.test(body);
      const presence = PRESENCE_TEST.exec(withoutComment(body).trimEnd());
      open.push({ indent, conditional: !scope && CONDITIONAL.test(body), scope, ...(presence ? { presence: presence[2] ?? presence[4]! } : {}) });
    }
  }
  return { runs, indents, presenceTests };
}

/** The line up to a `#` outside strings. */
function withoutComment(line: string): string {
  if (!line.includes('#')) return line;
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return line.slice(0, i);
  }
  return line;
}

/** Opening minus closing brackets on a line, outside strings (roughly: a quote's escapes are not followed). */
function bracketBalance(line: string): number {
  let balance = 0;
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote !== '') {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '#') break;
    if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[' || c === '{') balance++;
    else if (c === ')' || c === ']' || c === '}') balance--;
  }
  return balance;
}

function countNewlines(text: string, from: number, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** An expression without its spaces and with one kind of quote, to compare two spellings of one target. */
function comparable(expression: string): string {
  return expression.replace(/[ \t]+/g, '').replace(/'/g, '"');
}
