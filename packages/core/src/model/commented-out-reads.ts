/**
 * Settings a program stopped reading: the only place its scripts name them is a commented-out line that read them
 * (Diffusion-Handwriting-Generation's `#     warmup_steps=cfg.training_args.warmup_steps,` under a commented-out
 * `InvSqrtSchedule(`). What the config file writes there never runs, so a rule has nothing to say of it.
 *
 * Only what the text shows is taken, and the project decides, not one script (see project-scripts.ts):
 * - a comment line reads the setting through a config-like object and at least two keys, a section and a setting
 *   (`cfg.training_args.warmup_steps`, `config["train"]["warmup"]`), which must match the file's own nesting;
 * - no script of the project reads a name like the setting's outside comment lines: as an attribute of anything but
 *   `self` (`cfg.warmup_steps`, `ta.warmup_steps`), as a quoted key (`cfg["warmup_steps"]`, `getattr(c, "warmup_steps")`)
 *   or as a declared field (`warmup_steps: int = 0` in a dataclass). A parameter or a local variable of that name
 *   reads no config: the scheduler class that used it keeps `self.warmup_steps = warmup_steps`;
 * - no script hands the section on whole (`**cfg.training_args`, `build(cfg.training_args)`, `.items()`), where a
 *   callee could read the setting without naming it.
 */

import { withoutCommentLines } from './python-call.js';
import { codeWords } from './code-words.js';
import { sectionAliases } from './section-aliases.js';
// The objects that hold a run's settings and the keys of a path, read as replaced-settings.ts reads assignments.
import { CONFIG_ROOT, SEGMENT } from './replaced-settings.js';

/** `cfg.training_args.warmup_steps` or `config["train"]["warmup"]`, in a comment. */
const ACCESS = /(?<![\w.])([A-Za-z_]\w*)((?:[ \t]*\.[ \t]*[A-Za-z_]\w*|[ \t]*\[[ \t]*(?:'[^'\n]*'|"[^"\n]*")[ \t]*\]){2,})/g;
const COMMENT_LINE = /^[ \t]*#([^\n]*)$/gm;
/**
 * `.warmup_steps`, with the name before the dot when there is one (`self.warmup_steps` is the object's own). A called
 * attribute is a method (`model.train()`), no setting read.
 */
const ATTRIBUTE = /(?:\b([A-Za-z_]\w*)[ \t]*)?\.[ \t]*([A-Za-z_]\w*)\b(?![ \t]*\()/g;
const QUOTED_NAME = /['"]([A-Za-z_]\w*)['"]/g;
/** `    warmup_steps: int = 0`: a field of a dataclass, pydantic model or typed signature. */
const DECLARED_FIELD = /^[ \t]+([A-Za-z_]\w*)[ \t]*:[ \t]*[A-Za-z_[]/gm;
/**
 * An attribute or a quoted key (`.training_args`, `["train"]`) and what follows it. A section followed by neither
 * another key nor `.get(`/`[` is handed on whole (`**cfg.training_args`, `ta = cfg.training_args`). A called attribute
 * is a method, not a section: `model.train()` hands on no `train` section. An object's own attribute is no section
 * either: `self.model = model` (action-recognition-ucf101's trainer) hands on no `model` section.
 */
const SECTION_USE = /(?:(?<!(?<![\w.])self[ \t]*)\.[ \t]*([A-Za-z_]\w*)\b(?![ \t]*\()|\[[ \t]*(?:'([A-Za-z_]\w*)'|"([A-Za-z_]\w*)")[ \t]*\])([ \t]*(?:\.[ \t]*[A-Za-z_]\w*[ \t]*\(?|\[)?)/g;
/** A name after `**` (`**training_args`): a mapping handed on whole. */
const BARE_SPLAT = /\*\*[ \t]*([A-Za-z_]\w*)\b(?![ \t]*[.[])/g;
/** `for name in cfg.datasets:`, `for k, v in cfg["weights"]` … : the last key of what a loop goes through. */
const FOR_IN_SECTION = /\bfor\b[^\n:]*?\bin[ \t]+[A-Za-z_][\w.]*?(?:\.[ \t]*([A-Za-z_]\w*)|\[[ \t]*(?:'([A-Za-z_]\w*)'|"([A-Za-z_]\w*)")[ \t]*\])[ \t]*:/g;
/**
 * A setting read through its section, as two keys in a row: `.trainer.learning_rate`, `["trainer"]["learning_rate"]`,
 * `.get("trainer", {}).get("learning_rate", 1e-3)`. The second key is looked at ahead, so `cfg.a.b.c` gives `a.b` and
 * `b.c`; a method called on the section (`.trainer.items()`) is no setting.
 */
const SECTION_PAIR = /(?:\.[ \t]*([A-Za-z_]\w*)|\[[ \t]*['"]([A-Za-z_]\w*)['"][ \t]*\]|\.get\([ \t\n]*['"]([A-Za-z_]\w*)['"][^()]*\))(?=\s*(?:\.[ \t]*(?!get\b)([A-Za-z_]\w*)\b(?![ \t]*\()|\[[ \t]*['"]([A-Za-z_]\w*)['"][ \t]*\]|\.get\([ \t\n]*['"]([A-Za-z_]\w*)['"]))/g;
/**
 * A config's key taken from a variable or built at run time: `cfg[section]`, `cfg["profiles"][profile]`,
 * `cfg.training[f"{stage}_lr"]`, `cfg["train"]["warmup_" + unit]`, `self.config.get(name)`, `getattr(cfg.train, name)`,
 * or the entries of a config gone through (`for name, sub in cfg.items()`). The program then reads keys it never
 * names, in the section named last before it (group 2), or anywhere when there is none.
 */
const DYNAMIC_KEY = /(?<![\w.])(?:self[ \t]*\.[ \t]*)?([A-Za-z_]\w*)((?:[ \t]*\[[ \t]*(?:'[^'\n]*'|"[^"\n]*")[ \t]*\]|[ \t]*\.[ \t]*(?!get\b)[A-Za-z_]\w*\b(?![ \t]*\())*?)(?:[ \t]*\[[ \t]*(?:[A-Za-z_][\w.]*[ \t]*\]|[fF][rR]?['"]|(?:'[^'\n]*'|"[^"\n]*")[ \t]*\+)|[ \t]*\.[ \t]*get[ \t]*\([ \t]*(?:[A-Za-z_][\w.]*[ \t]*[,)]|[fF]['"])|[ \t]*\.[ \t]*(?:items|keys|values)[ \t]*\()/g;
const GETATTR_VARIABLE = /\bgetattr[ \t]*\([ \t]*(?:self[ \t]*\.[ \t]*)?([A-Za-z_]\w*)((?:[ \t]*\.[ \t]*[A-Za-z_]\w*)*)[ \t]*,[ \t]*(?:[A-Za-z_][\w.]*[ \t]*[,)]|[fF]['"])/g;
/** A key read straight off a name (`config["seed"]`, `cfg.get('SEED')`, `args.seed`), not off one of its sections. */
const ROOT_READ = /(?<![\w.])(?:self[ \t]*\.[ \t]*)?([A-Za-z_]\w*)[ \t]*(?:\[[ \t]*['"]([A-Za-z_]\w*)['"][ \t]*\]|\.[ \t]*get[ \t]*\([ \t]*['"]([A-Za-z_]\w*)['"]|\.[ \t]*([A-Za-z_]\w*)\b(?![ \t]*\())/g;
/** A key renamed by case where a mapping is built: `{k.lower(): v ...}`, `out[key.upper()] = v`, `dict((k.casefold(), v) ...)`. */
const KEYS_RECASED = /(?:[{(,][ \t]*[A-Za-z_]\w*[ \t]*\.[ \t]*(?:lower|upper|casefold)[ \t]*\([ \t]*\)[ \t]*[:,]|\[[ \t]*[A-Za-z_]\w*[ \t]*\.[ \t]*(?:lower|upper|casefold)[ \t]*\([ \t]*\)[ \t]*\][ \t]*=[^=])/;
/** Python's name for a function's keyword arguments (`**kwargs`, `**kw_args`). */
const KEYWORD_ARGUMENTS = /^(?:kwargs|kw_args|kwds)$/;
/** The last key of a chain (`["profiles"]`, `.training`). */
const CHAIN_LAST_KEY = /(?:\.[ \t]*([A-Za-z_]\w*)|\[[ \t]*['"]([^'"\n]*)['"][ \t]*\])[ \t]*$/;
/** An import statement's line: its dotted names are modules. */
const IMPORT_LINE = /^[ \t]*(?:from[ \t]+[\w.]+[ \t]+import\b|import[ \t]+[\w.])[^\n]*$/gm;
/** Methods that hand over every entry of a mapping. */
const WHOLE_METHODS = /^\.[ \t]*(?:items|keys|values|copy|to_dict|to_container|__dict__|update)\b/;

/** Each setting read only in a comment line, as `section.setting` (the last two keys), with the line as written. */
export function commentedOutReads(pythonText: string): ReadonlyMap<string, string> {
  const found = new Map<string, string>();
  if (!pythonText.includes('#')) return found;
  for (const line of pythonText.matchAll(COMMENT_LINE)) {
    const comment = line[1]!;
    if (!comment.includes('.') && !comment.includes('[')) continue;
    for (const m of comment.matchAll(ACCESS)) {
      let segments = [...m[2]!.matchAll(SEGMENT)].map((s) => s[1] ?? s[2] ?? s[3]!);
      let root = m[1]!;
      // `self.cfg.train.lr`: the config kept on `self`.
      if (root === 'self' && segments.length >= 3) [root, segments] = [segments[0]!, segments.slice(1)];
      if (!CONFIG_ROOT.test(root) || segments.length < 2) continue;
      const path = `${segments[segments.length - 2]}.${segments[segments.length - 1]}`;
      if (!found.has(path)) found.set(path, line[0]!.trim());
    }
  }
  return found;
}

/** What a script's code (comment lines left out) reads by name, and the names it hands on whole (see the module's comment). */
export interface CodeNames {
  readonly names: ReadonlySet<string>;
  readonly wholeUses: ReadonlySet<string>;
  /** The words of every identifier and string in the code (see code-words.ts), for telling a misspelt key from a name. */
  readonly words: ReadonlySet<string>;
  /**
   * Sections whose entries the code goes through without naming them (`cfg.class_weights.items()`, `for name in
   * cfg["datasets"]:`): their keys are data, a label or a name the program takes as it finds it.
   */
  readonly iterated: ReadonlySet<string>;
  /** Settings read through their section, as `section.setting` (see SECTION_PAIR), or through a name that holds it (see section-aliases.ts). */
  readonly sectionReads: ReadonlySet<string>;
  /** Whether the code takes a config's key from a variable anywhere (see DYNAMIC_KEY): then it reads keys it never names. */
  readonly dynamicKeys: boolean;
  /** The sections (lower-cased) whose keys the code takes from a variable (`cfg.training[f"{stage}_lr"]`). */
  readonly dynamicSections: ReadonlySet<string>;
  /** Whether the code renames a mapping's keys by case (`{k.lower(): v for k, v in cfg.items()}`, `out[key.upper()] = v`). */
  readonly keysRecased: boolean;
  /** Keys read straight off a config (`config["seed"]`, `cfg.get("SEED")`, `args.seed`), as written. */
  readonly rootReads: ReadonlySet<string>;
}

export function codeNames(pythonText: string): CodeNames {
  const code = withoutCommentLines(pythonText);
  const names = new Set<string>();
  for (const m of code.matchAll(ATTRIBUTE)) if (m[1] !== 'self') names.add(m[2]!);
  for (const m of code.matchAll(QUOTED_NAME)) names.add(m[1]!);
  for (const m of code.matchAll(DECLARED_FIELD)) names.add(m[1]!);
  const wholeUses = new Set<string>();
  const iterated = new Set<string>();
  // `from pytorch_lightning.trainer import seed_everything` names a module, not a section handed on.
  const withoutImports = code.replace(IMPORT_LINE, '');
  // `train_cfg = cfg.train` hands nothing on when `train_cfg` is only read key by key.
  const aliases = sectionAliases(withoutImports);
  const inAlias = spansIndex(aliases.flatMap((a) => a.spans));
  for (const m of withoutImports.matchAll(SECTION_USE)) {
    if (inAlias(m.index)) continue;
    const name = m[1] ?? m[2] ?? m[3]!;
    const after = m[4]!.trim();
    // `.items()`/`.keys()` hand over every entry; another attribute, `.get(` or `[` reads one of them by name.
    if (after === '' || WHOLE_METHODS.test(after)) wholeUses.add(name);
    if (WHOLE_METHODS.test(after)) iterated.add(name);
  }
  for (const m of code.matchAll(BARE_SPLAT)) wholeUses.add(m[1]!);
  for (const m of code.matchAll(FOR_IN_SECTION)) iterated.add(m[1] ?? m[2] ?? m[3]!);
  const sectionReads = new Set<string>();
  for (const m of code.matchAll(SECTION_PAIR)) {
    const section = m[1] ?? m[2] ?? m[3];
    if (section === undefined || section === 'self' || section === 'get') continue;
    sectionReads.add(`${section}.${m[4] ?? m[5] ?? m[6]!}`);
  }
  for (const alias of aliases) for (const key of alias.reads) sectionReads.add(`${alias.section}.${key}`);
  let dynamicKeys = false;
  const dynamicSections = new Set<string>();
  for (const m of [...code.matchAll(DYNAMIC_KEY), ...code.matchAll(GETATTR_VARIABLE)]) {
    // `batch[key]`, `outputs["logits"][i]`: an object of the program's, not a config. A function's `kwargs[k]` (an
    // albumentations transform's, in segformer_coastline) holds what its callers pass by name, or a section handed on whole.
    if (!CONFIG_ROOT.test(m[1]!) || KEYWORD_ARGUMENTS.test(m[1]!)) continue;
    const last = CHAIN_LAST_KEY.exec(m[2]!);
    dynamicKeys = true;
    if (last !== null) dynamicSections.add((last[1] ?? last[2]!).toLowerCase());
  }
  const rootReads = new Set<string>();
  for (const m of code.matchAll(ROOT_READ)) if (CONFIG_ROOT.test(m[1]!) && !KEYWORD_ARGUMENTS.test(m[1]!)) rootReads.add(m[2] ?? m[3] ?? m[4]!);
  return { names, wholeUses, words: codeWords(code), iterated, sectionReads, dynamicKeys, dynamicSections, keysRecased: KEYS_RECASED.test(code), rootReads };
}

/** Whether an offset lies in one of the spans (which do not overlap), by binary search: a script may assign thousands. */
function spansIndex(spans: readonly { readonly from: number; readonly to: number }[]): (at: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.from - b.from);
  return (at) => {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const span = sorted[mid]!;
      if (at < span.from) hi = mid - 1;
      else if (at >= span.to) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

/**
 * The commented-out reads of the scripts that no script's code names or reaches through a section handed on whole,
 * as `section.setting`, each with the comment line and the script it is in.
 */
export function unreadSettings(
  commented: readonly { readonly script: string; readonly path: string; readonly line: string }[],
  code: readonly CodeNames[],
): Map<string, { readonly script: string; readonly line: string }> {
  const unread = new Map<string, { script: string; line: string }>();
  for (const { script, path, line } of commented) {
    if (unread.has(path)) continue;
    const [section, setting] = path.split('.') as [string, string];
    if (code.some((c) => c.names.has(setting) || c.wholeUses.has(section))) continue;
    unread.set(path, { script, line });
  }
  return unread;
}
