/**
 * Config keys that a launcher script hands on as command-line flags. A script that reads its YAML with PyYAML and
 * starts the training program with the values on its command line (`cmd = ["torchrun", "finetune.py",
 * "--learning_rate", as_str(lr)]` then `subprocess.run(cmd)`) turns every value into text: PyYAML's string "5e-4" and
 * its float 0.0005 reach the program alike, and the program's own parser (argparse's `type=float`, draccus's typed
 * fields) makes the number. Such keys are numbers to the run whatever PyYAML made of them, as `float()`'s are.
 */
import { ALL_VALUES } from '../loader/apply-loader.js';
import { lastKeyOf } from './python-call.js';

/** The script starts another program: the values it formats as flags go to that program's command line. */
const LAUNCH = /\bsubprocess\s*\.\s*(?:run|call|check_call|check_output|Popen)\s*\(|(?<![\w.])(?:Popen|check_call|check_output)\s*\(|\bos\s*\.\s*(?:system|exec[lv]p?e?|spawn[lv]p?e?)\s*\(/;
/**
 * Every entry of a mapping formatted as a flag: `for k, v in params.items():` followed by `f"--{k}={v}"`, `"--" + k`,
 * `"--{}".format(k)` or `"--%s" % k`.
 */
const EVERY_ITEM = /\bfor\s+(\w+)\s*,\s*\w+\s+in\s+[\w.[\]'"]{1,120}?\s*\.\s*items\s*\(\s*\)\s*:/g;
/** A variable, then subscripts, attributes or a `.get("key", ...)`: `lr`, `cfg["train"]["lr"]`, `cfg.get("lr", 5e-4)`. */
const EXPRESSION = String.raw`[A-Za-z_]\w*(?:\s*\[\s*(?:'[^'\n]*'|"[^"\n]*"|\w+)\s*\]|\s*\.\s*[A-Za-z_]\w*(?:\s*\(\s*(?:'[^'\n]*'|"[^"\n]*")[^()\n]*\))?)*`;
/** A flag and the value after it in a list: `"--learning_rate", str(lr)`, `"--lr", as_str(cfg["lr"])`, `"--lr", lr`. */
const FLAG_THEN_VALUE = new RegExp(String.raw`["']--([A-Za-z][\w-]*)["']\s*,\s*(?:[A-Za-z_]\w*\s*\(\s*)?(${EXPRESSION})`, 'g');
/** A flag written with its value in an f-string: `f"--lr={lr}"`, `f"python train.py --lr {cfg['lr']}"`. */
const FLAG_WITH_VALUE = new RegExp(String.raw`(?<![\w-])--([A-Za-z][\w-]*)[= ]\{\s*(?:[A-Za-z_]\w*\s*\(\s*)?(${EXPRESSION})`, 'g');

/**
 * The config keys a launcher script passes as flags; `ALL_VALUES` when it formats every entry of a mapping as one (a
 * list's items too: `str()` of each, joined, or the list's own text).
 */
export function launcherFlagKeys(code: string): string[] {
  if (!code.includes('--') || !LAUNCH.test(code)) return [];
  let helpers: ReadonlyMap<string, boolean> | undefined;
  for (const m of code.matchAll(EVERY_ITEM)) {
    const key = m[1]!;
    const body = code.slice(m.index + m[0].length, m.index + m[0].length + 400);
    if (formatsFlag(body, key)) return [ALL_VALUES];
    helpers ??= flagFormattingHelpers(code);
    if (formattedByHelper(helpers, body, key)) return [ALL_VALUES];
  }
  const keys = new Set<string>();
  const assigned = assignedKeys(code);
  for (const pattern of [FLAG_THEN_VALUE, FLAG_WITH_VALUE]) {
    for (const m of code.matchAll(pattern)) {
      keys.add(m[1]!.replace(/-/g, '_'));
      // `cfg["learning_rate"]` written in place, or `lr = cfg.get("learning_rate", 5e-4)` earlier: the config's key.
      const value = m[2]!;
      const key = lastKeyOf(value)?.key ?? assigned.get(value)?.findLast((a) => a.at < m.index)?.key;
      if (key !== undefined && key !== 'get') keys.add(key);
    }
  }
  return [...keys];
}

/** `f"--{k}"`, `"--" + k`, `"--{}".format(k)` or `"--%s" % k`: the name formatted as a flag. */
function formatsFlag(text: string, name: string): boolean {
  return new RegExp(String.raw`f["']--\{\s*${name}\s*\}|["']--["']\s*\+\s*${name}\b|["']--\{\}[^"'\n]*["']\s*\.\s*format\s*\(\s*${name}\b|["']--%s[^"'\n]*["']\s*%\s*\(?\s*${name}\b`).test(text);
}

/**
 * The loop hands each key to a function of the same script that formats its first parameter as a flag (ms-pred's
 * `all_flags.append(convert_flag(arg_name, arg_value))`, then `def convert_flag(flag_key, flag_value):` …
 * `f"--{flag_key} {flag_value}"`).
 */
function formattedByHelper(helpers: ReadonlyMap<string, boolean>, body: string, key: string): boolean {
  for (const call of body.matchAll(new RegExp(String.raw`(?<![\w.])([A-Za-z_]\w*)\s*\(\s*${key}\s*,`, 'g'))) {
    if (helpers.get(call[1]!) === true) return true;
  }
  return false;
}

const DEFINITION = /^[ \t]*def[ \t]+([A-Za-z_]\w*)[ \t]*\([ \t]*([A-Za-z_]\w*)/gm;

/** Each function the script defines, and whether it formats its first parameter as a flag; read once per script. */
function flagFormattingHelpers(code: string): ReadonlyMap<string, boolean> {
  const helpers = new Map<string, boolean>();
  for (const d of code.matchAll(DEFINITION)) {
    if (!helpers.has(d[1]!)) helpers.set(d[1]!, formatsFlag(code.slice(d.index, d.index + 1200), d[2]!));
  }
  return helpers;
}

const ASSIGNMENT = new RegExp(String.raw`^[ \t]*([A-Za-z_]\w*)[ \t]*=[ \t]*(${EXPRESSION})`, 'gm');

/** Each variable's assignments from a config key, in order: `lr = cfg.get("learning_rate", 5e-4)`, `lr = cfg["train"]["lr"]`. */
function assignedKeys(code: string): Map<string, { readonly at: number; readonly key: string }[]> {
  const found = new Map<string, { at: number; key: string }[]>();
  for (const m of code.matchAll(ASSIGNMENT)) {
    const key = lastKeyOf(m[2]!)?.key;
    if (key === undefined || key === 'get') continue;
    const list = found.get(m[1]!) ?? [];
    list.push({ at: m.index, key });
    found.set(m[1]!, list);
  }
  return found;
}
