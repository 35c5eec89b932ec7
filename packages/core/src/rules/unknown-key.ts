import { hfArgumentsBuiltByName } from '../rule-kit/hf-arguments-block.js';
import { defineRule, type Fix, type RuleContext } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import type { MapEntry, MapNode } from '../document/types.js';
import { fieldName } from '../rule-kit/helpers.js';
import { entryOf } from '../rule-kit/select.js';
import { didYouMean } from '../rule-kit/suggest.js';
import { deepspeedRoots } from '../rule-kit/deepspeed.js';
import { isLudwigScheduler } from '../rule-kit/schedulers.js';
import { usesLlamaFactory } from '../rule-kit/axolotl.js';
import { normalizeKey } from '../classify/normalize.js';
import { booleanValue, stringValue } from '../loader/special-values.js';
import { AXOLOTL_KEYS, AXOLOTL_PLUGIN_KEYS } from '../frameworks-data/axolotl.js';
import { HF_SCRIPT_KEYS, HF_TRAINING_ARGS } from '../frameworks-data/hf-training-args.js';
import { LLAMA_FACTORY_EQUIVALENTS, LLAMA_FACTORY_KEYS, LLAMA_FACTORY_MCA_MARKERS } from '../frameworks-data/llama-factory.js';
import { LUDWIG_LR_SCHEDULER_KEYS, LUDWIG_OPTIMIZER_FIELDS } from '../frameworks-data/ludwig.js';
import { DS_BF16_KEYS, DS_FP16_KEYS, DS_TOP_LEVEL_KEYS, DS_ZERO_KEYS } from '../frameworks-data/deepspeed.js';
import { LIGHTGBM_ALIASES, LIGHTGBM_MARKERS, LIGHTGBM_PARAMS } from '../frameworks-data/lightgbm.js';
import { XGBOOST_MARKERS, XGBOOST_PARAMS } from '../frameworks-data/xgboost.js';
import {
  ML_AGENTS_DROPPING_BLOCKS, ML_AGENTS_HYPERPARAMETERS, ML_AGENTS_LEGACY_TRAINER_KEYS, ML_AGENTS_REWARD_SIGNALS, ML_AGENTS_RUN_KEYS, ML_AGENTS_SECTIONS, ML_AGENTS_TRAINER_KEYS,
} from '../frameworks-data/ml-agents.js';
import { childNamed, mlAgentsFile } from '../rule-kit/ml-agents.js';
import { writtenTopFields } from '../rule-kit/field-index.js';
import { own } from '../util/own.js';

/** What happens to an unknown key, per schema. */
interface Schema {
  /** "axolotl", "Ludwig's adamw optimizer". */
  readonly owner: string;
  readonly known: ReadonlySet<string>;
  /** Candidates for "did you mean" (canonical names first). */
  readonly candidates: Iterable<string>;
  /** What the framework does with an unknown key. */
  readonly fate: string;
  /** Report only keys that look like a typo of a known one (open schemas: other tools add keys). */
  readonly typosOnly: boolean;
  /** Keys from other frameworks that mean something here: name → advice. */
  readonly equivalents?: Readonly<Record<string, string>>;
}

const AXOLOTL_EQUIVALENTS: Readonly<Record<string, string>> = {
  eta_min: 'axolotl sets the cosine floor with `cosine_min_lr_ratio`, a fraction of `learning_rate` (e.g. `eta_min: 7e-7` with `learning_rate: 5e-6` is `cosine_min_lr_ratio: 0.14`)',
  min_lr: 'axolotl sets the cosine floor with `cosine_min_lr_ratio`, a fraction of `learning_rate`',
  lr_scheduler_type: 'axolotl names the schedule `lr_scheduler`',
  num_train_epochs: 'axolotl names it `num_epochs`',
  per_device_train_batch_size: 'axolotl names it `micro_batch_size`',
  per_device_eval_batch_size: 'axolotl names it `eval_batch_size`',
  optim: 'axolotl names it `optimizer`',
  lr: 'axolotl names it `learning_rate`',
  epochs: 'axolotl names it `num_epochs`',
  lora_rank: 'axolotl names it `lora_r`',
  max_seq_length: 'axolotl names it `sequence_len`',
};

/**
 * A learning rate under the top-level `trainer.optimizer` is optimizer-specific-hparams-ignored's
 * finding (it names the `trainer.learning_rate` the run uses instead); reporting it here too would
 * put two findings on one key.
 */
const LUDWIG_OPTIMIZER_LR = new Set(['lr', 'learning_rate']);

const LUDWIG_OPTIMIZER_EQUIVALENTS: Readonly<Record<string, string>> = {
  lr: 'Ludwig takes the learning rate from `trainer.learning_rate`, not from the optimizer block',
  learning_rate: 'Ludwig takes the learning rate from `trainer.learning_rate`, not from the optimizer block',
  beta1: 'Ludwig takes both betas as `betas: [beta1, beta2]`',
  beta2: 'Ludwig takes both betas as `betas: [beta1, beta2]`',
  epsilon: 'Ludwig names it `eps`',
};

/**
 * Keys a framework does not define are dropped (axolotl's pydantic schema, Ludwig), ignored with a
 * warning (LightGBM "Unknown parameter", XGBoost "Parameters: {...} are not used", DeepSpeed at the
 * top level) or refused (DeepSpeed's `zero_optimization`, HfArgumentParser). Either way the value
 * the file sets never reaches training. Closed schemas (axolotl without plugins, Ludwig's optimizer
 * and scheduler blocks, DeepSpeed's `zero_optimization`) report every unknown key; open ones (HF
 * TrainingArguments next to script arguments, DeepSpeed's top level, LightGBM and XGBoost params)
 * report only keys that look like a typo of a known one.
 */
export default defineRule({
  id: 'unknown-key',
  severity: 'warn',
  category: 'framework',
  description: 'Flag keys the framework does not define (dropped or ignored), with a "did you mean" suggestion',
  presets: ['recommended', 'strict'],
  hasSuggestions: true,
  frameworks: ['axolotl', 'llama-factory', 'ml-agents', 'hf-trainer', 'trl', 'ludwig', 'deepspeed', 'accelerate', 'lightgbm', 'xgboost'],
  references: [
    { title: 'axolotl validate_config: pydantic model_dump drops keys the schema does not define', url: 'https://github.com/axolotl-ai-cloud/axolotl/blob/main/src/axolotl/utils/config/__init__.py' },
    { title: 'LLaMA-Factory hparams/parser.py: _parse_train_args refuses extra keys unless ALLOW_EXTRA_ARGS is set', url: 'https://github.com/hiyouga/LLaMA-Factory/blob/main/src/llamafactory/hparams/parser.py' },
    { title: 'ML-Agents settings.py: check_and_structure refuses options a settings class does not define (TrainerConfigError)', url: 'https://github.com/Unity-Technologies/ml-agents/blob/develop/ml-agents/mlagents/trainers/settings.py' },
    { title: 'Ludwig schema: unknown fields are removed with a warning', url: 'https://github.com/ludwig-ai/ludwig/blob/master/ludwig/schema/utils.py' },
    { title: 'DeepSpeedConfigModel: extra="forbid"', url: 'https://github.com/microsoft/DeepSpeed/blob/master/deepspeed/runtime/config_utils.py' },
    { title: 'LightGBM: "Unknown parameter" warning (config.h ParameterAlias::KeyAliasTransform)', url: 'https://lightgbm.readthedocs.io/en/latest/Parameters.html' },
    { title: 'XGBoost validate_parameters: "Parameters: { ... } are not used"', url: 'https://xgboost.readthedocs.io/en/stable/parameter.html#general-parameters' },
  ],
  check(ctx) {
    checkAxolotl(ctx);
    checkLlamaFactory(ctx);
    checkMlAgents(ctx);
    checkHf(ctx);
    checkLudwig(ctx);
    checkAccelerateDeepSpeed(ctx);
    const byEntry = new Map(ctx.fields.filter((f) => f.entry.origin === 'explicit').map((f) => [f.entry, f] as const));
    checkDeepSpeed(ctx, byEntry);
    checkGbdt(ctx, byEntry);
  },
});

function checkAxolotl(ctx: RuleContext<object>): void {
  if (!ctx.hasFramework('axolotl') || ctx.hasFramework('ludwig') || usesLlamaFactory(ctx)) return;
  const root = rootMap(ctx);
  if (!root) return;
  const plugins = listedPlugins(root);
  const fields = topFields(ctx);
  if (borrowsAxolotlNames(fields)) return;
  for (const field of fields) {
    const key = String(field.key.value);
    if (AXOLOTL_KEYS.has(key) || field.shape === 'null') continue;
    const plugin = AXOLOTL_PLUGIN_KEYS.find((p) => p.test.test(key));
    if (plugin) {
      // `cut_cross_entropy: false` without the plugin asks for what the run does anyway: the feature stays off.
      if (plugins.modules.has(plugin.module) || booleanValue(field.value) === false) continue;
      ctx.report({
        field,
        on: 'key',
        message: `\`${key}\` belongs to axolotl's ${plugin.plugin}, which \`plugins:\` does not enable.`,
        explanation: `${fieldName(field)} is defined only by the ${plugin.plugin} plugin. axolotl adds a plugin's settings to its schema only when the plugin is listed under \`plugins:\`, so without \`axolotl.integrations.${plugin.module}.${plugin.plugin}\` the key is dropped and has no effect. Add the plugin, or remove the key.`,
      });
      continue;
    }
    reportUnknown(ctx, field, {
      owner: 'axolotl', known: AXOLOTL_KEYS, candidates: AXOLOTL_KEYS, typosOnly: plugins.any,
      fate: 'axolotl validates the config with a pydantic schema that drops keys it does not define, without a warning, so this value never reaches training',
      equivalents: AXOLOTL_EQUIVALENTS,
    });
  }
}

/**
 * A file whose keys are largely not axolotl's is read by a program of its own that borrowed axolotl's names
 * (`base_model`, `micro_batch_size`, `num_epochs`): a spoken-LM project's training YAML sets `actual_batch_size`,
 * `data_stage`, `unfreeze_modules` and a dozen more beside them. Its keys are that program's, not typos.
 */
const FOREIGN_KEYS_MIN = 5;
const FOREIGN_KEYS_SHARE = 0.25;

function borrowsAxolotlNames(fields: readonly Field[]): boolean {
  const foreign = fields.filter((f) => !AXOLOTL_KEYS.has(String(f.key.value)) && f.shape !== 'null' && !AXOLOTL_PLUGIN_KEYS.some((p) => p.test.test(String(f.key.value))));
  return foreign.length >= FOREIGN_KEYS_MIN && foreign.length > fields.length * FOREIGN_KEYS_SHARE;
}

/**
 * Keys of an Accelerate config's `deepspeed_config` that `accelerate launch` turns into DeepSpeed settings
 * (`launch.py`: each becomes an `ACCELERATE_DEEPSPEED_*` variable); any other key is set on the launcher's
 * arguments and never read.
 */
const ACCELERATE_DEEPSPEED_KEYS: ReadonlySet<string> = new Set([
  'deepspeed_config_file', 'zero_stage', 'gradient_accumulation_steps', 'gradient_clipping', 'offload_optimizer_device', 'offload_param_device',
  'offload_optimizer_nvme_path', 'offload_param_nvme_path', 'zero3_init_flag', 'zero3_save_16bit_model', 'deepspeed_hostfile',
  'deepspeed_exclusion_filter', 'deepspeed_inclusion_filter', 'deepspeed_multinode_launcher', 'deepspeed_moe_layer_cls_names',
]);

function checkAccelerateDeepSpeed(ctx: RuleContext<object>): void {
  if (!ctx.hasFramework('accelerate')) return;
  const block = topFields(ctx).find((f) => f.normalized === 'deepspeed_config' && f.value.kind === 'map');
  if (!block) return;
  for (const field of ctx.fields) {
    if (field.parent !== block || ACCELERATE_DEEPSPEED_KEYS.has(String(field.key.value))) continue;
    reportUnknown(ctx, field, {
      owner: 'Accelerate\'s `deepspeed_config`', known: ACCELERATE_DEEPSPEED_KEYS, candidates: ACCELERATE_DEEPSPEED_KEYS, typosOnly: false,
      fate: '`accelerate launch` passes only its own keys on to DeepSpeed and ignores the rest, so this setting never reaches training. To give DeepSpeed a full config, save it as a JSON file and point `deepspeed_config_file` at it',
    });
  }
}

/** "Did you mean" candidates for a LLaMA-Factory file: its own keys, then HF's `Seq2SeqTrainingArguments`. */
const LLAMA_FACTORY_CANDIDATES: readonly string[] = [...LLAMA_FACTORY_KEYS, ...HF_TRAINING_ARGS];

function checkLlamaFactory(ctx: RuleContext<object>): void {
  if (!usesLlamaFactory(ctx)) return;
  const fields = topFields(ctx);
  if (fields.some((f) => LLAMA_FACTORY_MCA_MARKERS.includes(String(f.key.value)))) return;
  const known = (key: string): boolean => LLAMA_FACTORY_KEYS.has(key) || HF_TRAINING_ARGS.has(key) || ctx.scripts.dataclassFields?.includes(key) === true;
  // A file whose keys are largely not LLaMA-Factory's is another program's that borrowed its names.
  const foreign = fields.filter((f) => !known(String(f.key.value)));
  if (foreign.length >= FOREIGN_KEYS_MIN && foreign.length > fields.length * FOREIGN_KEYS_SHARE) return;
  for (const field of foreign) {
    reportUnknown(ctx, field, {
      // Only near-misses and other frameworks' names: a release newer than the key set adds settings it does not know.
      owner: 'LLaMA-Factory', known: LLAMA_FACTORY_KEYS, candidates: LLAMA_FACTORY_CANDIDATES, typosOnly: true,
      fate: 'LLaMA-Factory hands the file to HfArgumentParser with extra keys refused ("Some keys are not used by the HfArgumentParser"), so the run stops at start-up unless ALLOW_EXTRA_ARGS is set, and then the value is ignored',
      equivalents: LLAMA_FACTORY_EQUIVALENTS,
    });
  }
}

const ML_AGENTS_SIGNAL_NAMES: ReadonlySet<string> = new Set(Object.keys(ML_AGENTS_REWARD_SIGNALS));
const ML_AGENTS_FATE = 'mlagents-learn checks every key against the settings class it fills and stops at start-up with TrainerConfigError ("The option … was specified in your YAML file …, but is invalid.")';

/**
 * Unity ML-Agents' `behaviors:` layout (release 10 on), whose settings classes refuse keys they do not define. Files of
 * the layout before it (behavior names at the top level, `trainer: ppo`) were read as plain dicts and are left alone.
 */
function checkMlAgents(ctx: RuleContext<object>): void {
  const file = mlAgentsFile(ctx);
  if (!file) return;
  const { top, trainers, children } = file;
  const check = (fields: readonly Field[], owner: string, known: ReadonlySet<string>, equivalents?: Readonly<Record<string, string>>, fate = ML_AGENTS_FATE): void => {
    for (const field of fields) {
      if (!known.has(String(field.key.value))) reportUnknown(ctx, field, { owner, known, candidates: known, typosOnly: false, fate, equivalents });
    }
  };
  check(top, "ML-Agents' run options", ML_AGENTS_RUN_KEYS);
  for (const section of top) {
    const name = String(section.key.value);
    const keys = own(ML_AGENTS_SECTIONS, name);
    if (!keys || section.value.kind !== 'map') continue;
    // `torch_settings` alone is not registered with `strict_to_cls`: cattrs builds it and drops what it does not know.
    check(children(section), `ML-Agents' \`${name}\``, keys, undefined, name === 'torch_settings' ? droppedFate(name) : ML_AGENTS_FATE);
  }
  // The blocks cattrs builds without the strict check: an unknown key there is dropped, not refused.
  const checkDropping = (owner: Field | undefined, name: string): void => {
    const block = childNamed(file, owner, name);
    const settings = own(ML_AGENTS_DROPPING_BLOCKS, name);
    if (block?.value.kind !== 'map' || !settings) return;
    check(children(block), `ML-Agents' \`${name}\` (${settings.className})`, settings.keys, settings.equivalents, droppedFate(name));
    if (name === 'network_settings') checkDropping(block, 'memory');
  };
  for (const trainer of trainers) {
    const fields = children(trainer);
    check(fields, "ML-Agents' trainer settings", ML_AGENTS_TRAINER_KEYS, ML_AGENTS_LEGACY_TRAINER_KEYS);
    for (const name of ['network_settings', 'self_play', 'behavioral_cloning']) checkDropping(trainer, name);
    const type = file.trainerType(trainer);
    const hyper = childNamed(file, trainer, 'hyperparameters');
    const settings = type === undefined ? undefined : own(ML_AGENTS_HYPERPARAMETERS, type);
    if (hyper?.value.kind === 'map' && settings) check(children(hyper), `ML-Agents' ${type} hyperparameters (${settings.className})`, settings.keys, otherTrainersKeys(type!, settings.keys));
    const signals = childNamed(file, trainer, 'reward_signals');
    if (signals?.value.kind !== 'map') continue;
    for (const signal of children(signals)) {
      const keys = own(ML_AGENTS_REWARD_SIGNALS, String(signal.key.value));
      if (!keys) {
        // Only near-misses (`curiousity`): forks and development branches add reward signals of their own (ASE's `ase`).
        reportUnknown(ctx, signal, {
          owner: "ML-Agents' reward signals", known: ML_AGENTS_SIGNAL_NAMES, candidates: ML_AGENTS_SIGNAL_NAMES, typosOnly: true,
          fate: 'mlagents-learn looks the name up among its reward signals (`extrinsic`, `gail`, `curiosity`, `rnd`) and stops at start-up with a ValueError',
        });
      } else if (signal.value.kind === 'map') {
        check(children(signal), `ML-Agents' \`${String(signal.key.value)}\` reward signal`, keys);
        checkDropping(signal, 'network_settings');
      }
    }
  }
}

function droppedFate(block: string): string {
  return `mlagents-learn builds \`${block}\` from the fields it defines and drops any other key without a warning, so this setting has no effect`;
}

/** Advice for another built-in trainer's hyperparameter (`lambd` under SAC), the usual slip after switching `trainer_type`. */
function otherTrainersKeys(type: string, keys: ReadonlySet<string>): Record<string, string> {
  const advice: Record<string, string> = {};
  for (const [other, settings] of Object.entries(ML_AGENTS_HYPERPARAMETERS)) {
    if (other === 'coma') continue;
    for (const key of settings.keys) {
      if (keys.has(key) || advice[key]) continue;
      advice[key] = `\`${key}\` is a hyperparameter of the ${other} trainer, not of ${type}; remove it, or set \`trainer_type: ${other}\` if that trainer was meant`;
    }
  }
  return advice;
}

function checkHf(ctx: RuleContext<object>): void {
  if (!(ctx.hasFramework('hf-trainer') || ctx.hasFramework('trl')) || ctx.hasFramework('axolotl') || ctx.hasFramework('ludwig') || ctx.hasFramework('llama-factory')) return;
  // Scripts that build HF's arguments keyword by keyword choose what reaches HF under which name: a key of the file is
  // the program's own setting (or HF's under the program's name), never one HfArgumentParser would refuse.
  if (hfArgumentsBuiltByName(ctx)) return;
  for (const field of topFields(ctx)) {
    const key = String(field.key.value);
    if (HF_TRAINING_ARGS.has(key) || HF_SCRIPT_KEYS.has(key) || ctx.scripts.dataclassFields?.includes(key)) continue;
    reportUnknown(ctx, field, {
      owner: 'HF TrainingArguments', known: HF_TRAINING_ARGS, candidates: HF_TRAINING_ARGS, typosOnly: true,
      fate: 'HfArgumentParser refuses keys that no argument dataclass defines ("Some keys are not used by the HfArgumentParser"), and a script that allows extra keys silently ignores them',
    });
  }
}

function checkLudwig(ctx: RuleContext<object>): void {
  if (!ctx.hasFramework('ludwig')) return;
  for (const field of ctx.fields) {
    const parent = field.parent;
    if (!parent) continue;
    if (parent.normalized === 'optimizer' && parent.parent?.normalized === 'trainer' && parent.value.kind === 'map') {
      if (field.normalized === 'type') continue;
      const type = (stringValue(entryOf(parent.value, 'type')?.value) ?? 'adam').toLowerCase();
      const fields = own(LUDWIG_OPTIMIZER_FIELDS, type);
      if (!fields || fields.includes(field.normalized)) continue;
      if (LUDWIG_OPTIMIZER_LR.has(field.normalized) && parent.parent?.path.length === 1) continue;
      reportUnknown(ctx, field, {
        owner: `Ludwig's \`${type}\` optimizer`, known: new Set(fields), candidates: fields, typosOnly: false,
        fate: `Ludwig's \`${type}\` optimizer schema has no such field, so Ludwig removes it with a warning and trains with the default instead`,
        equivalents: LUDWIG_OPTIMIZER_EQUIVALENTS,
      });
    } else if (isLudwigScheduler(field)) {
      if (LUDWIG_LR_SCHEDULER_KEYS.has(field.normalized)) continue;
      reportUnknown(ctx, field, {
        owner: "Ludwig's learning-rate scheduler", known: LUDWIG_LR_SCHEDULER_KEYS, candidates: LUDWIG_LR_SCHEDULER_KEYS, typosOnly: false,
        fate: "Ludwig's `learning_rate_scheduler` schema has no such field, so the setting does not reach the scheduler",
        equivalents: { type: 'Ludwig chooses the schedule with `decay` (`linear`, `exponential`, `cosine`, `one_cycle`, `inverse_sqrt`, `polynomial`, `wsd`)', name: 'Ludwig chooses the schedule with `decay`' },
      });
    }
  }
}

/**
 * ZeRO's settings written at the top level of a DeepSpeed config (fmengine's `"offload_optimizer": {"device": "cpu"}`
 * beside `zero_optimization`): DeepSpeed reads them only inside `zero_optimization` and ignores them here. A bare `stage`
 * is left out, since programs that share the file use the name for their own; and so is a block written as Lightning's
 * `DeepSpeedStrategy` arguments, flat, with `stage` and `zero_optimization: true` beside them (RNAformer's `deepspeed:`).
 */
const ZERO_KEYS_AT_TOP: Readonly<Record<string, string>> = Object.fromEntries(
  [...DS_ZERO_KEYS].filter((k) => k !== 'stage' && !DS_TOP_LEVEL_KEYS.has(k)).map((k) => [k, 'it is a setting of `zero_optimization`, which DeepSpeed reads only inside that block: move it there']),
);

function checkDeepSpeed(ctx: RuleContext<object>, byEntry: ReadonlyMap<MapEntry, Field>): void {
  for (const root of deepspeedRoots(ctx)) {
    const keys = new Map(root.map.entries.map((e) => [normalizeKey(String(e.key.value)), e.value.kind]));
    const strategyArguments = keys.has('stage') || (keys.has('zero_optimization') && keys.get('zero_optimization') !== 'map');
    const equivalents = strategyArguments ? undefined : ZERO_KEYS_AT_TOP;
    for (const entry of root.map.entries) {
      const field = byEntry.get(entry);
      if (!field) continue;
      const key = normalizeKey(String(entry.key.value));
      if (!DS_TOP_LEVEL_KEYS.has(key)) {
        reportUnknown(ctx, field, {
          owner: 'DeepSpeed', known: DS_TOP_LEVEL_KEYS, candidates: DS_TOP_LEVEL_KEYS, typosOnly: true, ...(equivalents ? { equivalents } : {}),
          fate: 'DeepSpeed reads only the keys it knows and ignores the rest without a warning',
        });
      }
      if (entry.value.kind !== 'map') continue;
      // PandaGPT's `"bf16": {"enable": true}`: DeepSpeed's precision blocks are pydantic models that forbid extra fields
      // now, and were read key by key before. Only near-misses of their fields are reported: other keys there (apex's
      // `opt_level`, gpt-neox's `type`) are read by the programs that write them.
      const precision = key === 'bf16' || key === 'bfloat16' ? DS_BF16_KEYS : key === 'fp16' ? DS_FP16_KEYS : undefined;
      if (precision) {
        checkBlock(ctx, byEntry, entry.value, {
          owner: `DeepSpeed's \`${String(entry.key.value)}\``, known: precision, candidates: precision, typosOnly: true,
          fate: 'current DeepSpeed validates this block with a pydantic model that forbids extra fields, so the run stops at start-up, and older versions ignore the key, so the setting it was meant to change keeps its default',
        });
      }
      if (key === 'zero_optimization') {
        checkBlock(ctx, byEntry, entry.value, {
          owner: "DeepSpeed's `zero_optimization`", known: DS_ZERO_KEYS, candidates: DS_ZERO_KEYS, typosOnly: false,
          fate: 'DeepSpeed validates `zero_optimization` with a pydantic model that forbids extra fields, so the run stops at start-up',
        });
      }
    }
  }
}

/** Reports the keys of one block that its schema does not know. */
function checkBlock(ctx: RuleContext<object>, byEntry: ReadonlyMap<MapEntry, Field>, block: MapNode, schema: Schema): void {
  for (const inner of block.entries) {
    const innerField = byEntry.get(inner);
    if (innerField && !schema.known.has(normalizeKey(String(inner.key.value)))) reportUnknown(ctx, innerField, schema);
  }
}

function checkGbdt(ctx: RuleContext<object>, byEntry: ReadonlyMap<MapEntry, Field>): void {
  const lgbm = ctx.hasFramework('lightgbm');
  const xgb = ctx.hasFramework('xgboost');
  if (!lgbm && !xgb) return;
  const maps = new Set<MapNode>();
  for (const field of ctx.fields) maps.add(field.container);
  for (const map of maps) {
    const keys = map.entries.map((e) => normalizeKey(String(e.key.value)));
    const lgbmMarkers = keys.filter((k) => LIGHTGBM_MARKERS.has(k)).length;
    const xgbMarkers = keys.filter((k) => XGBOOST_MARKERS.has(k)).length;
    const isLgbm = lgbm && lgbmMarkers >= 2 && lgbmMarkers >= xgbMarkers;
    const isXgb = xgb && xgbMarkers >= 2 && xgbMarkers > lgbmMarkers;
    if (!isLgbm && !isXgb) continue;
    for (const entry of map.entries) {
      const field = byEntry.get(entry);
      if (!field) continue;
      const key = normalizeKey(String(entry.key.value));
      if (isLgbm && !LIGHTGBM_PARAMS.has(key) && !Object.hasOwn(LIGHTGBM_ALIASES, key)) {
        reportUnknown(ctx, field, { owner: 'LightGBM', known: LIGHTGBM_PARAMS, candidates: LIGHTGBM_PARAMS, typosOnly: true, fate: 'LightGBM logs "Unknown parameter" and ignores it' });
      } else if (isXgb && !XGBOOST_PARAMS.has(key)) {
        reportUnknown(ctx, field, { owner: 'XGBoost', known: XGBOOST_PARAMS, candidates: XGBOOST_PARAMS, typosOnly: true, fate: 'XGBoost warns "Parameters: { ... } are not used" and ignores it' });
      }
    }
  }
}

/**
 * Near names that are deliberate, not slips of the keyboard:
 * - a numbered setting beside a known one (`alpha1`, `alpha2` next to LightGBM's `alpha`, as qlib's
 *   DoubleEnsemble passes them), or the plural of numbered ones (`adam_betas` for `adam_beta1`/`adam_beta2`);
 * - another abbreviation of the same length in a short segment (`dp_size`, `pp_size`, `ep_size` are data,
 *   pipeline and expert parallelism, not misspellings of HF's `tp_size`).
 */
function isDeliberateVariant(key: string, known: string): boolean {
  if (key.length > known.length && key.startsWith(known) && /^_?[0-9]+$/.test(key.slice(known.length))) return true;
  if (key.endsWith('s') && /[0-9]$/.test(known) && key.slice(0, -1) === known.slice(0, -1)) return true;
  const a = key.split('_');
  const b = known.split('_');
  if (a.length !== b.length) return false;
  const differing = a.map((seg, i) => (seg === b[i] ? -1 : i)).filter((i) => i >= 0);
  return differing.length === 1 && a[differing[0]].length <= 2 && b[differing[0]].length <= 2;
}

function reportUnknown(ctx: RuleContext<object>, field: Field, schema: Schema): void {
  const key = String(field.key.value);
  const equivalent = own(schema.equivalents, normalizeKey(key));
  const suggestion = equivalent ? undefined : didYouMean(key, schema.candidates) ?? didYouMean(normalizeKey(key), schema.candidates);
  if (schema.typosOnly && !equivalent && (!suggestion || isDeliberateVariant(normalizeKey(key), suggestion))) return;
  const suggestions: Fix[] = suggestion ? [{ description: `Rename to \`${suggestion}\``, edits: [{ range: field.key.range, text: renameKeyText(field, suggestion) }] }] : [];
  ctx.report({
    field,
    on: 'key',
    message: `\`${key}\` is not a known setting of ${schema.owner}${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}.`,
    explanation: (
      `${fieldName(field)} is not defined by ${schema.owner}: ${schema.fate}. ` +
      (suggestion ? `The closest known setting is \`${suggestion}\`. ` : '') +
      (equivalent ? `${equivalent[0].toUpperCase()}${equivalent.slice(1)}. ` : '') +
      (suggestion || equivalent ? '' : 'Check the spelling against the framework\'s documentation, or remove the key.')
    ).trimEnd(),
    ...(suggestions.length > 0 ? { suggestions } : {}),
  });
}

function renameKeyText(field: Field, name: string): string {
  const style = field.key.style;
  return style === 'single-quoted' ? `'${name}'` : style === 'double-quoted' || style === 'json' ? `"${name}"` : name;
}

function rootMap(ctx: RuleContext<object>): MapNode | undefined {
  const root = ctx.doc.documents[0]?.root;
  return root?.kind === 'map' ? root : undefined;
}

function topFields(ctx: RuleContext<object>): Field[] {
  return writtenTopFields(ctx.fields);
}

/** Plugins listed under axolotl's `plugins:` (`axolotl.integrations.liger.LigerPlugin` → module `liger`). */
function listedPlugins(root: MapNode): { modules: Set<string>; any: boolean } {
  const modules = new Set<string>();
  const list = entryOf(root, 'plugins')?.value;
  if (list?.kind === 'seq') {
    for (const item of list.items) {
      const name = stringValue(item);
      const m = name ? /^axolotl\.integrations\.([a-z0-9_]+)\./.exec(name) : null;
      if (m) modules.add(m[1]);
      else if (name) modules.add(name);
    }
  }
  return { modules, any: modules.size > 0 };
}
