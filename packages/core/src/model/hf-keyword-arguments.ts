/**
 * Which settings a program hands to HF's argument classes when it builds them keyword by keyword. RepoFusion reads its
 * YAML into an object of its own and builds `Seq2SeqTrainingArguments(ctx.model_dir, evaluation_strategy=
 * opt.evaluation_strategy, eval_steps=opt.eval_steps, ...)`: only the settings named there reach HF, and the file's other
 * keys, even one spelt as an HF field (`debug: False`, its own switch for overfitting a small split), are the
 * program's. HF's types, deprecations and known names say nothing of them.
 *
 * A script that hands a mapping on whole (`TrainingArguments(**cfg)`, `HfArgumentParser`, `setattr(training_args, k, v)`,
 * `__dict__`), or defines its own subclass of an HF argument class (whose constructor may take anything), could pass
 * any key, so it says which keys reach HF no more than a script that builds none.
 * Core has no file system: `@mlconfig/core/node` reads the scripts and puts the project's answer together.
 */
import { scannedCall, withoutCommentLines, writtenConfigFile } from './python-call.js';

export interface HfKeywordArguments {
  /** How many HF argument objects the script builds. */
  readonly calls: number;
  /** Some of them, or the script otherwise, may pass every key of a mapping (see the module's comment). */
  readonly whole: boolean;
  /** The keyword names of the calls and the settings their values read (`evaluation_strategy`, `lr` in `learning_rate=opt.lr`), sorted. */
  readonly names: readonly string[];
  /** The settings the values read alone (`lr`), sorted: what tells that the calls read a given file. */
  readonly reads: readonly string[];
  /**
   * The config files the script names by a written path with a folder (`Path("/config/poet_training.yaml")`), as their
   * last two segments (`config/poet_training.yaml`), sorted: a script in another folder than the file's reads that file.
   */
  readonly files: readonly string[];
  /**
   * Settings a keyword of another name reads, as `setting=keyword`, sorted: `eval_strategy=config['training']
   * ["evaluation_strategy"]` gives `evaluation_strategy=eval_strategy` (and `training=eval_strategy`). The file's key is
   * the program's name for HF's newer keyword, so HF's deprecation of the old name does not reach it.
   */
  readonly renamed: readonly string[];
}

/** HF's and TRL's argument classes, called. */
const HF_ARGUMENTS_CALL = /(?<![\w])((?:Seq2Seq)?TrainingArguments|(?:SFT|DPO|GRPO|ORPO|KTO|CPO|PPO|Reward)Config)\s*\(/g;
/** Ways a script can hand HF's arguments any key: a parser of whole files, a subclass, attributes set by name, the instance dict. */
const WHOLE_MAPPING = [
  // Called: CFGPT's scripts import it and never use it.
  /\bHfArgumentParser\s*\(/,
  // Bounded, so that many unclosed `class X(` cannot make the scan quadratic.
  /\bclass\s+\w+\s*\([^)]{0,300}?\b(?:(?:Seq2Seq)?TrainingArguments|(?:SFT|DPO|GRPO|ORPO|KTO|CPO|PPO|Reward)Config)\b/,
  /\bsetattr\s*\(\s*(?:self\s*\.\s*)?\w*(?:args|arguments|config)\w*\s*,/i,
  /\b__dict__\b/,
];
/** `.evaluation_strategy`, `["lr"]`, `.get("lr"`: a setting a keyword's value reads. */
const READ_SETTING = /\.\s*get\s*\(\s*(?:'([A-Za-z_]\w*)'|"([A-Za-z_]\w*)")|\.\s*([A-Za-z_]\w*)|\[\s*(?:'([A-Za-z_]\w*)'|"([A-Za-z_]\w*)")\s*\]/g;
const KEYWORD = /^([A-Za-z_]\w*)\s*=(?!=)\s*([\s\S]*)$/;
/** A quoted string, bounded: a written path is read from it (see `writtenConfigFile`). */
const QUOTED = /["']([^"'\n]{1,400})["']/g;
/** An argument list longer than this is still one call: HF's classes take a hundred keywords, each with a comment. */
const MAX_CALL_LENGTH = 20_000;

export function hfKeywordArguments(pythonText: string): HfKeywordArguments {
  if (!/TrainingArguments|Config\b|HfArgumentParser/.test(pythonText)) return { calls: 0, whole: false, names: [], reads: [], files: [], renamed: [] };
  const code = withoutCommentLines(pythonText);
  // Once anything may pass a whole mapping, what the calls name says nothing: stop there.
  const WHOLE = { calls: 0, whole: true, names: [], reads: [], files: [], renamed: [] };
  if (WHOLE_MAPPING.some((re) => re.test(code))) return WHOLE;
  let calls = 0;
  let scannedTo = 0;
  const names = new Set<string>();
  const reads = new Set<string>();
  const renamed = new Set<string>();
  for (const m of code.matchAll(HF_ARGUMENTS_CALL)) {
    // A call inside another's arguments was read with them.
    if (m.index < scannedTo) continue;
    calls++;
    const call = scannedCall(code, m.index + m[0].length, MAX_CALL_LENGTH);
    // A call that cannot be read may pass anything.
    if (call === undefined) return WHOLE;
    scannedTo = call.end;
    for (const arg of call.args) {
      if (arg.startsWith('*')) return WHOLE;
      const keyword = KEYWORD.exec(arg);
      if (keyword) names.add(keyword[1]!);
      for (const r of (keyword ? keyword[2]! : arg).matchAll(READ_SETTING)) {
        const read = (r[1] ?? r[2] ?? r[3] ?? r[4] ?? r[5])!;
        reads.add(read);
        if (keyword && keyword[1] !== read) renamed.add(`${read}=${keyword[1]}`);
      }
    }
  }
  for (const r of reads) names.add(r);
  const files = new Set<string>();
  // Windows paths with their backslashes escaped (`"configs\\full-sft\\base.json"`) read as written.
  if (calls > 0) for (const m of code.matchAll(QUOTED)) {
    const file = writtenConfigFile(m[1]!.replace(/\\{2}/g, '\\'));
    if (file?.includes('/')) files.add(file);
  }
  return { calls, whole: false, names: [...names].sort(), reads: [...reads].sort(), files: [...files].sort(), renamed: [...renamed].sort() };
}

/** How many keys of a mapping (a file's top level, a nested block) the calls must read to be taken for its readers. */
const MIN_KEYS_READ = 3;

/** The calls read at least three of these keys by name (all of them when there are fewer): they read the mapping that holds them. */
export function readsEnoughOf(keys: readonly string[], reads: readonly string[]): boolean {
  return keys.filter((k) => reads.includes(k)).length >= Math.min(MIN_KEYS_READ, keys.length);
}
