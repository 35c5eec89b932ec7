/**
 * A section of the config kept in a local name and read through it, key by key:
 *
 *     train_cfg = cfg["train"]
 *     lr = train_cfg.get("learning_rate", 1e-3)
 *
 * Without this the assignment looks like the section handed on whole (a callee could read any key), and the reads
 * through `train_cfg` belong to no section. A name is followed only when the text leaves no doubt: it is assigned no
 * other way than from a chain of keys ending in that one section (`cfg.train`, `config["train"]`,
 * `cfg.get("train", {})`; each function of a script may take it again), and every other use of it reads one key by
 * name (`.learning_rate`, `["learning_rate"]`, `.get("learning_rate"`). Any other use (handed to a function,
 * `**train_cfg`, `.items()`, `in train_cfg`, a key held in a variable) leaves the section handed on whole, as before.
 */

/** `train_cfg = cfg.train`, `t = config["train"]`, `t = cfg.get("train", {})`, alone on its line. */
const ASSIGNMENT =
  /^[ \t]*([A-Za-z_]\w*)[ \t]*=[ \t]*([A-Za-z_]\w*(?:[ \t]*(?:\.[ \t]*[A-Za-z_]\w*(?![ \t]*\()|\[[ \t]*['"][A-Za-z_]\w*['"][ \t]*\]|\.get\([ \t]*['"][A-Za-z_]\w*['"][^()\n]*\)))+)[ \t]*(?:#[^\n]*)?$/gm;
/** The last key of a chain: `.train`, `["train"]` or `.get("train", {})` at its end. */
const LAST_KEY = /(?:\.[ \t]*([A-Za-z_]\w*)|\[[ \t]*['"]([A-Za-z_]\w*)['"][ \t]*\]|\.get\([ \t]*['"]([A-Za-z_]\w*)['"][^()\n]*\))$/;
/**
 * One key read by name after the alias: `.lr` (not a method call), `["lr"]`, `.get("lr"`. Inside the brackets the key
 * may stand on a line of its own, as formatters write long calls (action-recognition-ucf101's `model_cfg.get(` and
 * `"pretrained",` on the next line).
 */
const KEY_READ = /^[ \t]*(?:\.[ \t]*(?!get\b)([A-Za-z_]\w*)\b(?![ \t]*\()|\[\s*['"]([A-Za-z_]\w*)['"]\s*\]|\.get\(\s*['"]([A-Za-z_]\w*)['"])/;

export interface SectionAlias {
  /** The section's key as the code writes it. */
  readonly section: string;
  /** Where each chain that names the section starts and ends in the code (the assignments' right-hand sides). */
  readonly spans: readonly { readonly from: number; readonly to: number }[];
  /** The keys read through the alias. */
  readonly reads: ReadonlySet<string>;
}

interface Assignment {
  readonly section: string;
  readonly from: number;
  readonly to: number;
  /** Where the assigned name stands. */
  readonly at: number;
}

/** `name =` at the start of a line (not `==`): any assignment of a name, whatever it assigns. */
const ANY_ASSIGNMENT = /^[ \t]*([A-Za-z_]\w*)[ \t]*=(?!=)/gm;
/** A name standing on its own (not an attribute: `x.name`). */
const NAME = /(?<![\w.])[A-Za-z_]\w*\b/g;

/**
 * The names that hold a section and are only ever read key by key (see the module's comment). Each pattern goes over
 * the code once, whatever the number of names assigned: a script of thousands of `out = self.layer.weight` lines stays
 * linear.
 */
export function sectionAliases(code: string): readonly SectionAlias[] {
  const assignments = new Map<string, Assignment[]>();
  for (const m of code.matchAll(ASSIGNMENT)) {
    const last = LAST_KEY.exec(m[2]!);
    if (last === null || m[1] === 'self') continue;
    const from = m.index + m[0].indexOf(m[2]!, m[0].indexOf('=') + 1);
    const list = assignments.get(m[1]!) ?? [];
    list.push({ section: last[1] ?? last[2] ?? last[3]!, from, to: from + m[2]!.length, at: m.index + m[0].indexOf(m[1]!) });
    assignments.set(m[1]!, list);
  }
  if (assignments.size === 0) return [];
  const assignedCount = new Map<string, number>();
  for (const m of code.matchAll(ANY_ASSIGNMENT)) if (assignments.has(m[1]!)) assignedCount.set(m[1]!, (assignedCount.get(m[1]!) ?? 0) + 1);
  const candidates = new Map<string, { readonly list: readonly Assignment[]; readonly at: ReadonlySet<number>; reads?: Set<string> }>();
  for (const [name, list] of assignments) {
    if (holdsOneSection(code, list, assignedCount.get(name) ?? 0)) candidates.set(name, { list, at: new Set(list.map((a) => a.at)), reads: new Set() });
  }
  // Every use of a candidate: a key read by name keeps it; any other use drops it.
  for (const m of code.matchAll(NAME)) {
    const candidate = candidates.get(m[0]);
    if (candidate?.reads === undefined || candidate.at.has(m.index)) continue;
    const after = m.index + m[0].length;
    const read = KEY_READ.exec(code.slice(after, after + 200));
    if (read === null) delete candidate.reads;
    else candidate.reads.add(read[1] ?? read[2] ?? read[3]!);
  }
  const aliases: SectionAlias[] = [];
  for (const { list, reads } of candidates.values()) {
    if (reads !== undefined && reads.size > 0) aliases.push({ section: list[0]!.section, spans: list.map(({ from, to }) => ({ from, to })), reads });
  }
  return aliases;
}

/**
 * Whether every assignment of a name gives it the same section (each function of a script may take it again:
 * `training_config = config['training']`), none from itself (`cfg = cfg.train`), and the name is assigned nothing else
 * anywhere (`cfg = load()` elsewhere: which section it holds where is not known).
 */
function holdsOneSection(code: string, list: readonly Assignment[], assignedCount: number): boolean {
  const first = list[0]!;
  const name = code.slice(first.at).match(/^[A-Za-z_]\w*/)![0];
  if (list.some((a) => a.section !== first.section)) return false;
  if (list.some((a) => code.startsWith(name, a.from) && !/\w/.test(code.charAt(a.from + name.length)))) return false;
  return assignedCount === list.length;
}
