/**
 * A nested mapping that a program hands to HF's `TrainingArguments` whole: TeenyTinyLlama's
 * `TrainingArguments(**all_kwargs['training_args'])`, afriberta's `training:` block, a Hydra app's `trainer:` block.
 * Such a block is HF's arguments however the rest of the file is read, so HF's start-up checks apply to it, not only to
 * a flat HF file's top level.
 *
 * Programs of their own borrow HF's names too (align-anything's `train_cfgs` beside `ds_cfgs` and `epochs`), so a block
 * counts only when nearly all of its keys are `TrainingArguments` fields and one of them is HF's own.
 */
import type { Field } from '../classify/classify.js';
import type { MapNode } from '../document/types.js';
import { HF_TRAINING_ARGS } from '../frameworks-data/hf-training-args.js';
import { readsEnoughOf } from '../model/hf-keyword-arguments.js';
import type { ScriptFacts } from '../model/training-run.js';
import { rootMap } from './field-index.js';
import { usesHfTrainer } from './helpers.js';
import type { RuleContext } from './types.js';

/** Names no other program's settings use in this spelling. */
const HF_OWN_NAMES = new Set(['per_device_train_batch_size', 'per_device_eval_batch_size', 'eval_strategy', 'evaluation_strategy', 'save_strategy', 'logging_strategy',
  'load_best_model_at_end', 'num_train_epochs', 'lr_scheduler_type', 'save_total_limit', 'metric_for_best_model']);
const MIN_FIELDS = 5;
const MIN_SHARE = 0.75;

/** Answers per mapping: rules ask for every field of a block, and a block of thousands of keys must not cost that squared. */
const ANSWERS = new WeakMap<MapNode, boolean>();

/** A rule's context or a file's analysis: its fields and what the project's scripts say about it. */
type FieldsAndScripts = { readonly fields: readonly Field[]; readonly scripts: ScriptFacts };

/**
 * The block holds HF `TrainingArguments`: nearly all of its keys are their fields and one is HF's own name, and it is
 * not the program's own config class. That is olmocr's `training:`, whose names mirror HF's but which the project's
 * scripts read as `config.training.<name>` while none of them names HF's argument classes or builds an HF Trainer.
 */
export function isHfArgumentsBlock(ctx: FieldsAndScripts, block: MapNode): boolean {
  return hasHfArgumentNames(block) && !readAsOwnConfig(ctx, block);
}

/** Per script facts, the blocks read as attributes of the program's own config (`config.training.<name>`). */
const OWN_BLOCKS = new WeakMap<object, WeakMap<MapNode, boolean>>();

function readAsOwnConfig(ctx: FieldsAndScripts, block: MapNode): boolean {
  const own = ctx.scripts.ownArguments;
  if (!own) return false;
  let answers = OWN_BLOCKS.get(own);
  if (!answers) OWN_BLOCKS.set(own, (answers = new WeakMap()));
  let answer = answers.get(block);
  if (answer === undefined) {
    const holder = ctx.fields.find((f) => f.value === block);
    answer = holder !== undefined && holder.path.length === 1 && own.names.includes(String(holder.key.value));
    answers.set(block, answer);
  }
  return answer;
}

/** The block's keys are HF `TrainingArguments` fields, nearly all of them, and one is HF's own name. */
function hasHfArgumentNames(block: MapNode): boolean {
  let answer = ANSWERS.get(block);
  if (answer === undefined) {
    // One pass and no arrays: every mapping of every file is asked once.
    let known = 0;
    let ownName = false;
    for (const e of block.entries) {
      const name = String(e.key.value);
      if (!HF_TRAINING_ARGS.has(name)) continue;
      known++;
      ownName ||= HF_OWN_NAMES.has(name);
    }
    answer = known >= MIN_FIELDS && known >= MIN_SHARE * block.entries.length && ownName;
    ANSWERS.set(block, answer);
  }
  return answer;
}

/**
 * A top-level key the project's scripts could hand to HF's argument classes: all of them, unless the scripts build those
 * classes keyword by keyword (RepoFusion's `Seq2SeqTrainingArguments(evaluation_strategy=opt.evaluation_strategy, …)`)
 * and neither name this key nor read it in a value. RepoFusion's `debug: False` is its own switch, never HF's `debug`.
 */
export function reachesHfArguments(ctx: FieldsAndScripts, field: Field): boolean {
  const passed = hfArgumentsBuiltByName(ctx);
  return passed === undefined || field.path.length !== 1 || passed.names.includes(String(field.key.value));
}

/** Answers per file (its fields): every rule of a file asks. */
const BUILT_BY_NAME = new WeakMap<readonly Field[], ScriptFacts['hfKeywordArguments'] | null>();
/**
 * The scripts' keyword-by-keyword HF arguments (ScriptFacts.hfKeywordArguments), when their values read this file: at
 * least three of its top-level keys (all of them when it has fewer) by name, as RepoFusion's `opt.eval_steps` and
 * twenty more do. A script that builds TrainingArguments from its own argparse options (`learning_rate=args.lr`)
 * while the file goes to another program (an HF example script, a launcher) says nothing of the file's keys.
 */
export function hfArgumentsBuiltByName(ctx: FieldsAndScripts): ScriptFacts['hfKeywordArguments'] {
  const passed = ctx.scripts.hfKeywordArguments;
  if (passed === undefined) return undefined;
  let answer = BUILT_BY_NAME.get(ctx.fields);
  if (answer === undefined) {
    const top = ctx.fields.filter((f) => f.path.length === 1).map((f) => String(f.key.value));
    answer = top.length > 0 && readsEnoughOf(top, passed.reads) ? passed : null;
    BUILT_BY_NAME.set(ctx.fields, answer);
  }
  return answer ?? undefined;
}

/**
 * The script that hands this key's value to HF under the given keyword (the skier-song9 summarization project's
 * `eval_strategy=config['training']["evaluation_strategy"]`), when its calls read the key's mapping: at least three of
 * its keys by name (all of them when it has fewer). The key is then the program's name for that keyword.
 */
export function passedUnderKeyword(ctx: FieldsAndScripts, field: Field, keyword: string): string | undefined {
  const pair = `${String(field.key.value)}=${keyword}`;
  for (const build of ctx.scripts.hfRenamedSettings ?? []) {
    if (build.renamed.includes(pair) && readsEnoughOf(field.container.entries.map((e) => String(e.key.value)), build.reads)) return build.script;
  }
  return undefined;
}

/** HF's Trainer reads this field: at the top of an HF file, or inside a nested block of `TrainingArguments` fields. */
export function readByHfTrainer(ctx: RuleContext<object>, field: Field): boolean {
  if (field.path.length === 1) return usesHfTrainer(ctx) && reachesHfArguments(ctx, field);
  return field.parent !== undefined && isHfArgumentsBlock(ctx, field.container);
}

/**
 * Where a file keeps HF `TrainingArguments`: its top level when the file is an HF Trainer file, and each nested block
 * of `TrainingArguments` fields. `nested` tells a rule that HF's defaults for unset keys are not known there: a script
 * may hand such a block on key by key and set the rest itself.
 */
export interface HfArgumentsScope {
  readonly map: MapNode;
  readonly nested: boolean;
}

export function hfArgumentsScopes(ctx: RuleContext<object>): HfArgumentsScope[] {
  const scopes: HfArgumentsScope[] = [];
  const root = usesHfTrainer(ctx) ? rootMap(ctx.fields) : undefined;
  if (root) scopes.push({ map: root, nested: false });
  for (const f of ctx.fields) {
    if (f.value.kind === 'map' && f.value !== root && isHfArgumentsBlock(ctx, f.value)) scopes.push({ map: f.value, nested: true });
  }
  return scopes;
}
