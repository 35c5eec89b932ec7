/**
 * Which class a script builds for an optimizer name its config writes, where the script says so: vqa-transformer's
 * `elif opt_config["name"] == 'adam': optimizer = AdamW`, TD3's `{"sgd": SGD, "adam": Adam, "adamw": AdamW}[name]`.
 * A config's `name: adam` is then AdamW's decoupled decay in the first project and torch Adam's L2 term in the second.
 * Only names and classes of the Adam family are kept: whether the decay is decoupled is the question they answer.
 * Core has no file system: `@mlconfig/core/node` reads the scripts and asks here.
 */
import { optimizerFamily } from './optimizer-family.js';
import { withoutCommentLines } from './python-call.js';

export interface OptimizerNameClass {
  /** The name as the config writes it, lower-cased (`adam`). */
  readonly name: string;
  /** The class the script builds for it (`AdamW`). */
  readonly className: string;
  /** The code that says so, for the evidence. */
  readonly code: string;
}

/** `"adam": AdamW`, `'adam': torch.optim.Adam`: a dictionary entry from a name to a class. */
const DICT_ENTRY = /(['"])([A-Za-z][\w-]{0,40})\1[ \t]*:[ \t]*((?:[A-Za-z_]\w*[ \t]*\.[ \t]*){0,3}([A-Z]\w{0,40}))\b(?![ \t]*\.)/g;
/**
 * `if opt_config["name"] == 'adam':` (or `elif`), then, before another branch, `optimizer = AdamW` or
 * `optimizer = torch.optim.AdamW(`. Bounded, so a long script is read once.
 */
const BRANCH = /\b(?:el)?if\b[^\n:]{0,120}?==[ \t]*(['"])([A-Za-z][\w-]{0,40})\1[ \t]*:((?:(?!\belif\b|\belse\b|\bif\b)[^]){0,240}?)[A-Za-z_][\w.]{0,60}[ \t]*=[ \t]*((?:[A-Za-z_]\w*[ \t]*\.[ \t]*){0,3}([A-Z]\w{0,40}))[ \t]*(?:\(|$)/gm;

const ADAM_FAMILIES = new Set(['adam', 'adamw']);

function adamLike(name: string): boolean {
  return ADAM_FAMILIES.has(optimizerFamily(name));
}

/** The Adam-family names a script maps to Adam-family classes, in the order written. */
export function optimizerNameClasses(pythonText: string): OptimizerNameClass[] {
  if (!/adam/i.test(pythonText)) return [];
  const code = withoutCommentLines(pythonText);
  const found: OptimizerNameClass[] = [];
  const add = (name: string, className: string, written: string): void => {
    if (adamLike(name) && adamLike(className)) found.push({ name: name.toLowerCase(), className, code: written.replace(/\s+/g, ' ') });
  };
  for (const m of code.matchAll(DICT_ENTRY)) add(m[2]!, m[4]!, `${m[1]}${m[2]}${m[1]}: ${m[3]}`);
  for (const m of code.matchAll(BRANCH)) add(m[2]!, m[5]!, `== ${m[1]}${m[2]}${m[1]}: … = ${m[4]}`);
  return found;
}
