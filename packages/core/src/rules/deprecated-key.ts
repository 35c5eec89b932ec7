import { defineRule, type Fix, type RuleContext } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { fieldName, mappedByScript, usesHfTrainer } from '../rule-kit/helpers.js';
import { entryOf } from '../rule-kit/select.js';
import { isKerasOptimizerConfig } from '../rule-kit/keras.js';
import { replaceScalar } from '../rule-kit/edits.js';
import { booleanValue, stringValue } from '../loader/special-values.js';
import { hfArgumentsBuiltByName, isHfArgumentsBlock, passedUnderKeyword, reachesHfArguments } from '../rule-kit/hf-arguments-block.js';
import type { FrameworkId } from '../model/frameworks.js';
import { entriesOf, writtenTopFields } from '../rule-kit/field-index.js';
import { ML_AGENTS_RUN_KEYS } from '../frameworks-data/ml-agents.js';

interface Deprecation {
  /** Frameworks where the key is deprecated. */
  readonly frameworks: readonly FrameworkId[];
  readonly key: string;
  /** Where the key must sit for the deprecation to apply. */
  readonly where: (field: Field) => boolean;
  /** The new spelling. */
  readonly replacement: string;
  /** The rename is exact (same value, same meaning), so the key can be renamed automatically. */
  readonly renameKey?: boolean;
  /** What the framework does today. */
  readonly status: string;
  readonly source: string;
  /** Only with the rule's `transformersV5` option. */
  readonly v5?: boolean;
  /** Frameworks that handle the key their own way (another entry explains it there). */
  readonly unless?: readonly FrameworkId[];
  /** A switch whose `false` is the default: set to false it asks for nothing, so the advice is to remove it. */
  readonly offByDefault?: true;
}

const top = (f: Field): boolean => f.path.length === 1;
const under = (parent: string) => (f: Field): boolean => f.parent?.normalized === parent;
const HF: readonly FrameworkId[] = ['hf-trainer', 'trl', 'llama-factory', 'axolotl'];
const HF_ONLY: readonly FrameworkId[] = ['hf-trainer', 'trl', 'llama-factory'];
const TA = 'transformers training_args.py';

const KEYS: readonly Deprecation[] = [
  { frameworks: HF, key: 'evaluation_strategy', where: top, replacement: 'eval_strategy', renameKey: true, status: 'deprecated since transformers 4.41 and removed in 4.46 (HfArgumentParser then refuses the key)', source: TA, unless: ['axolotl'] },
  { frameworks: ['axolotl'], key: 'evaluation_strategy', where: top, replacement: 'eval_strategy', renameKey: true, status: 'deprecated: axolotl warns "evaluation_strategy is deprecated, use eval_strategy instead" and copies the value to `eval_strategy` when that is unset', source: 'axolotl schemas/deprecated.py, schemas/validation.py check_eval_strategy' },
  { frameworks: HF_ONLY, key: 'per_gpu_train_batch_size', where: top, replacement: 'per_device_train_batch_size', renameKey: true, status: 'deprecated in transformers 4 and removed in 5', source: TA },
  { frameworks: HF_ONLY, key: 'per_gpu_eval_batch_size', where: top, replacement: 'per_device_eval_batch_size', renameKey: true, status: 'deprecated in transformers 4 and removed in 5', source: TA },
  { frameworks: HF_ONLY, key: 'fp16_backend', where: top, replacement: 'half_precision_backend', renameKey: true, status: 'deprecated in transformers 4 and removed in 5', source: TA },
  { frameworks: HF_ONLY, key: 'no_cuda', where: top, replacement: 'use_cpu', renameKey: true, status: 'deprecated in transformers 4 and removed in 5', source: TA },
  { frameworks: HF_ONLY, key: 'torchdynamo', where: top, replacement: 'torch_compile_backend', renameKey: true, status: 'deprecated in transformers 4 and removed in 5', source: TA },
  { frameworks: HF_ONLY, key: 'push_to_hub_token', where: top, replacement: 'hub_token', renameKey: true, status: 'deprecated in transformers 4 and removed in 5', source: TA },
  { frameworks: HF_ONLY, key: 'push_to_hub_model_id', where: top, replacement: 'hub_model_id', status: 'deprecated in transformers 4 and removed in 5 (`hub_model_id` takes the full `organization/name`)', source: TA },
  { frameworks: HF_ONLY, key: 'push_to_hub_organization', where: top, replacement: 'hub_model_id', status: 'deprecated in transformers 4 and removed in 5 (`hub_model_id` takes the full `organization/name`)', source: TA },
  { frameworks: HF_ONLY, key: 'adafactor', where: top, replacement: 'optim: adafactor', status: 'deprecated in transformers 4 and removed in 5', source: TA },
  { frameworks: HF_ONLY, key: 'dispatch_batches', where: top, replacement: 'accelerator_config: {dispatch_batches: ...}', status: 'deprecated in transformers 4.41 and removed in 5', source: TA },
  { frameworks: HF_ONLY, key: 'split_batches', where: top, replacement: 'accelerator_config: {split_batches: ...}', status: 'deprecated in transformers 4.41 and removed in 5', source: TA },
  { frameworks: HF_ONLY, key: 'include_inputs_for_metrics', where: top, replacement: 'include_for_metrics: [inputs]', status: 'deprecated in transformers 4 and removed in 5', source: TA },
  { frameworks: HF_ONLY, key: 'use_mps_device', where: top, replacement: 'nothing (MPS is used automatically when available)', status: 'deprecated in transformers 4 and removed in 5', source: TA },
  { frameworks: HF_ONLY, key: 'warmup_ratio', where: top, replacement: 'warmup_steps (a float below 1 is a ratio)', status: 'deprecated in transformers 5 and to be removed in 5.2', source: TA, v5: true },
  { frameworks: HF_ONLY, key: 'logging_dir', where: top, replacement: 'the TENSORBOARD_LOGGING_DIR environment variable', status: 'deprecated in transformers 5 and to be removed in 5.2', source: TA, v5: true },
  { frameworks: ['axolotl'], key: 'noisy_embedding_alpha', where: top, replacement: 'neftune_noise_alpha', renameKey: true, status: 'deprecated ("noisy_embedding_alpha is deprecated, use neftune_noise_alpha")', source: 'axolotl schemas/deprecated.py' },
  { frameworks: ['axolotl'], key: 'dpo_beta', where: top, replacement: 'rl_beta', renameKey: true, status: 'deprecated ("dpo_beta is deprecated, use rl_beta instead")', source: 'axolotl schemas/deprecated.py' },
  ...(['beta', 'loss', 'ftx'] as const).map((name): Deprecation => ({
    frameworks: ['llama-factory'], key: `dpo_${name}`, where: top, replacement: `pref_${name}`, renameKey: true,
    status: `renamed \`pref_${name}\` in LLaMA-Factory 0.8, whose parser refuses the old name ("Some keys are not used by the HfArgumentParser")`,
    source: 'LLaMA-Factory hparams/finetuning_args.py (RLHFArguments)',
  })),
  { frameworks: ['axolotl'], key: 'max_packed_sequence_len', where: top, replacement: 'sample_packing: true with sequence_len', status: 'no longer supported (axolotl raises when it is set)', source: 'axolotl schemas/deprecated.py' },
  { frameworks: ['axolotl'], key: 'rope_scaling', where: top, replacement: 'model_config: {rope_scaling: ...}', status: 'no longer supported at the top level (axolotl raises when it is set)', source: 'axolotl schemas/deprecated.py' },
  { frameworks: ['axolotl'], key: 'dataset_processes', where: top, replacement: 'dataset_num_proc', renameKey: true, status: 'deprecated and to be removed', source: 'axolotl schemas/config.py' },
  { frameworks: ['axolotl'], key: 'eval_table_max_new_tokens', where: (f) => top(f) && f.shape !== 'null', replacement: 'eval_max_new_tokens', renameKey: true, status: 'renamed: axolotl\'s first pydantic schema defined it, current axolotl defines only `eval_max_new_tokens` and drops the old key without a warning (the default of 128 tokens applies)', source: 'axolotl schemas/config.py' },
  { frameworks: ['axolotl'], key: 'pretrain_multipack_buffer_size', where: top, replacement: 'streaming_multipack_buffer_size', renameKey: true, status: 'deprecated in 0.13 and to be removed in 0.14', source: 'axolotl schemas/config.py' },
  { frameworks: ['axolotl'], key: 'sequence_parallel_degree', where: top, replacement: 'context_parallel_size', renameKey: true, status: 'deprecated', source: 'axolotl schemas/config.py' },
  ...(
    [['flash_attention', 'flash_attention_2'], ['sdp_attention', 'sdpa'], ['xformers_attention', 'xformers'], ['s2_attention', 's2'], ['flex_attention', 'flex_attention'],
      ['eager_attention', 'eager'], ['sage_attention', 'sage']] as const
  ).map(([key, impl]): Deprecation => ({
    frameworks: ['axolotl'], key, where: (f: Field) => top(f) && booleanValue(f.value) === true, replacement: `attn_implementation: ${impl}`,
    status: `deprecated in current axolotl, which maps it to \`attn_implementation: ${impl}\` with a warning and refuses to combine it with \`attn_implementation\``, source: 'axolotl schemas/config.py',
  })),
  { frameworks: ['deepspeed'], key: 'cpu_offload', where: under('zero_optimization'), replacement: 'offload_optimizer: {device: cpu}', status: 'deprecated (DeepSpeed logs a warning and converts it)', source: 'DeepSpeed runtime/zero/config.py', offByDefault: true },
  { frameworks: ['deepspeed'], key: 'cpu_offload_param', where: under('zero_optimization'), replacement: 'offload_param: {device: cpu}', status: 'deprecated (DeepSpeed logs a warning and converts it)', source: 'DeepSpeed runtime/zero/config.py', offByDefault: true },
  { frameworks: ['deepspeed'], key: 'cpu_offload_use_pin_memory', where: under('zero_optimization'), replacement: 'pin_memory inside offload_param/offload_optimizer', status: 'deprecated (DeepSpeed logs a warning and ignores it)', source: 'DeepSpeed runtime/zero/config.py' },
  { frameworks: ['deepspeed'], key: 'stage3_gather_fp16_weights_on_model_save', where: under('zero_optimization'), replacement: 'stage3_gather_16bit_weights_on_model_save', renameKey: true, status: 'deprecated (DeepSpeed logs a warning and converts it)', source: 'DeepSpeed runtime/zero/config.py' },
  { frameworks: ['keras'], key: 'decay', where: isKerasOptimizerConfig, replacement: 'a learning-rate schedule (keras.optimizers.schedules)', status: 'no longer supported: Keras 3 warns "Argument `decay` is no longer supported and will be ignored"', source: 'keras base_optimizer.py' },
  { frameworks: ['keras'], key: 'lr', where: isKerasOptimizerConfig, replacement: 'learning_rate', renameKey: true, status: 'removed: Keras 3 raises "Argument(s) not recognized"', source: 'keras base_optimizer.py' },
  { frameworks: ['xgboost'], key: 'gpu_id', where: () => true, replacement: 'device: cuda:<id>', status: 'deprecated since XGBoost 2.0', source: 'XGBoost parameter.rst' },
];

/** Values whose spelling is deprecated: `[framework, key, old value, new value, exact]`. */
const VALUES: readonly (readonly [FrameworkId, string, string, string, boolean, string])[] = [
  ['xgboost', 'objective', 'reg:linear', 'reg:squarederror', true, 'deprecated ("reg:linear is now deprecated in favor of reg:squarederror")'],
  ['xgboost', 'tree_method', 'gpu_hist', 'hist (with device: cuda)', false, 'deprecated since XGBoost 2.0'],
  ['lightgbm', 'boosting', 'goss', 'gbdt with data_sample_strategy: goss', false, 'deprecated since LightGBM 4.0'],
  ['sklearn', 'penalty', 'none', 'null', true, 'removed in scikit-learn 1.4 (use None)'],
];

/** The deprecations by key: every field is looked up once instead of compared with every entry. */
const KEYS_BY_NAME = groupBy(KEYS, (d) => d.key);
const VALUES_BY_KEY = groupBy(VALUES, (v) => v[1]);

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): ReadonlyMap<string, readonly T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(keyOf(item));
    if (list) list.push(item);
    else map.set(keyOf(item), [item]);
  }
  return map;
}

/**
 * Keys and values frameworks have renamed. Where the rename is exact (same value, same meaning)
 * the fix renames the key; otherwise the message says what replaces it.
 */
export default defineRule({
  id: 'deprecated-key',
  severity: 'warn',
  category: 'framework',
  description: 'Flag deprecated or removed keys and values, and rename them where the rename is exact',
  presets: ['recommended', 'strict'],
  fixable: true,
  hasSuggestions: true,
  options: {
    schema: { type: 'object', properties: { transformersV5: { type: 'boolean' } }, additionalProperties: false },
    defaults: { transformersV5: false },
  },
  references: [
    { title: 'transformers TrainingArguments deprecations (training_args.py)', url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/training_args.py' },
    { title: 'axolotl schemas/deprecated.py (DeprecatedParameters)', url: 'https://github.com/axolotl-ai-cloud/axolotl/blob/main/src/axolotl/utils/schemas/deprecated.py' },
    { title: 'DeepSpeed ZeRO config deprecated fields', url: 'https://github.com/microsoft/DeepSpeed/blob/master/deepspeed/runtime/zero/config.py' },
    { title: 'Keras 3 BaseOptimizer (decay no longer supported)', url: 'https://github.com/keras-team/keras/blob/master/keras/src/optimizers/base_optimizer.py' },
    { title: 'ML-Agents upgrade_config.py: the trainer-config layout before release 10', url: 'https://github.com/Unity-Technologies/ml-agents/blob/develop/ml-agents/mlagents/trainers/upgrade_config.py' },
  ],
  check(ctx) {
    const v5 = (ctx.options as { transformersV5?: boolean }).transformersV5 === true;
    const hf = usesHfTrainer(ctx);
    for (const field of ctx.fields) {
      for (const d of KEYS_BY_NAME.get(field.normalized) ?? []) {
        if (d.v5 && !v5) continue;
        // TrainingArguments' own deprecations hold in a nested block a program hands to it whole (TeenyTinyLlama's
        // `training_args:`), whatever else the file is.
        const inArgumentsBlock = d.source === TA && field.path.length > 1 && isHfArgumentsBlock(ctx, field.container);
        if (!inArgumentsBlock && (!applies(ctx, d.frameworks, hf) || !d.where(field))) continue;
        if (d.unless?.some((id) => ctx.hasFramework(id))) continue;
        // A mapping the script reads into its own arguments (KoELECTRA's `args.no_cuda`) keeps its own names:
        // renaming the key to TrainingArguments' would break the script.
        if (d.source === TA && mappedByScript(ctx.fields, field.container)) continue;
        // Scripts that build TrainingArguments keyword by keyword and never pass this key: it is the program's own.
        if (d.source === TA && !inArgumentsBlock && !reachesHfArguments(ctx, field)) continue;
        // They read it and pass it under the new keyword (`eval_strategy=config['training']["evaluation_strategy"]`): the
        // key is the program's name for it, and renaming it would break that read.
        if (d.source === TA && d.renameKey && passedUnderKeyword(ctx, field, d.replacement) !== undefined) continue;
        // They pass it by name (RepoFusion's `evaluation_strategy=opt.evaluation_strategy`): renaming the key alone would
        // break that read, so the rename is offered, not applied by --fix.
        const passedBy = d.source === TA && !inArgumentsBlock ? hfArgumentsBuiltByName(ctx)?.script : undefined;
        if (d.key === 'adafactor' && booleanValue(field.value) !== true) continue;
        if (d.offByDefault && booleanValue(field.value) === false) {
          // GPT-NeoX's configs write `"cpu_offload": false`: the replacement would turn offloading on.
          ctx.report({
            field,
            on: 'key',
            message: `\`${field.name}\` is deprecated; remove it, as false is the default.`,
            explanation: `${fieldName(field)} is ${d.status} (${d.source}). Set to false it asks for what DeepSpeed does anyway, so removing the key changes nothing and silences the warning; ${d.replacement} is the new spelling only for turning offloading on.`,
          });
          continue;
        }
        const clash = d.renameKey ? entryOf(field.container, d.replacement) : undefined;
        const rename: Fix | undefined = d.renameKey && !clash ? { description: `Rename to \`${d.replacement}\``, edits: [{ range: field.key.range, text: renamed(field, d.replacement) }] } : undefined;
        // A nested block may be handed to TrainingArguments key by key (Whisper_finetuning's
        // `evaluation_strategy = cfg['model']['model_train_argv']["evaluation_strategy"]`): renaming the key alone would
        // break that read, so the rename is offered, not applied by --fix.
        const fix = inArgumentsBlock || passedBy !== undefined ? undefined : rename;
        const suggestion = inArgumentsBlock || passedBy !== undefined ? rename : undefined;
        ctx.report({
          field,
          on: 'key',
          message: `\`${field.name}\` is deprecated; use ${d.renameKey ? `\`${d.replacement}\`` : d.replacement}.`,
          explanation:
            `${fieldName(field)} is ${d.status} (${d.source}). ` +
            (clash ? `\`${d.replacement}\` is also set in this mapping, so the old key is at best ignored: remove it.` : d.renameKey ? `\`${d.replacement}\` takes the same value with the same meaning, so renaming the key is all it takes` + (inArgumentsBlock ? `, there and wherever a script reads this block's \`${field.name}\` by name.` : passedBy !== undefined ? `, here and where ${passedBy} reads \`${field.name}\` to pass it to HF.` : '.') : `Replace it with ${d.replacement}.`),
          ...(fix ? { fix } : {}),
          ...(suggestion ? { suggestions: [suggestion] } : {}),
        });
      }
      for (const [framework, key, old, replacement, exact, status] of VALUES_BY_KEY.get(field.normalized) ?? []) {
        if (!ctx.hasFramework(framework)) continue;
        const value = stringValue(field.value);
        if (value?.toLowerCase() !== old || field.value.kind !== 'scalar') continue;
        const fix: Fix | undefined = exact ? { description: `Write ${replacement}`, edits: [replacement === 'null' ? { range: field.value.range, text: 'null' } : replaceScalar(field.value, replacement)] } : undefined;
        ctx.report({
          field,
          message: `\`${key}: ${value}\` is deprecated; use ${exact ? `\`${replacement}\`` : replacement}.`,
          explanation: `${fieldName(field)} is "${value}", which is ${status}. ${exact ? `\`${replacement}\` means the same.` : `Use ${replacement} instead.`}`,
          ...(fix ? { fix } : {}),
        });
      }
    }
    checkMlAgentsLegacyLayout(ctx);
  },
});

/** The trainers of ML-Agents' layout before release 10 (`trainer: ppo` in each behavior's block). */
const ML_AGENTS_LEGACY_TRAINERS = ['ppo', 'sac', 'offline_bc', 'online_bc', 'imitation'];

/**
 * ML-Agents' trainer-config layout before release 10 (ml-agents 0.20, 2020): behavior names, or `default`, at the top
 * level, each with `trainer: ppo` and flat settings. Current `mlagents-learn` checks every top-level key against its
 * run options and refuses the file; `upgrade_config.py` converts it. Reported once, on the first such block.
 */
function checkMlAgentsLegacyLayout(ctx: RuleContext<object>): void {
  if (!ctx.hasFramework('ml-agents')) return;
  const top = writtenTopFields(ctx.fields);
  if (top.some((f) => ML_AGENTS_RUN_KEYS.has(String(f.key.value)))) return;
  const trainerOf = (f: Field): string | undefined => stringValue(entriesOf(ctx.fields, f.value).get('trainer')?.value);
  const block = top.find((f) => ML_AGENTS_LEGACY_TRAINERS.includes(trainerOf(f) ?? ''));
  if (!block) return;
  ctx.report({
    field: block,
    on: 'key',
    message: 'This trainer config has ML-Agents\' layout from before release 10, which current mlagents-learn refuses.',
    explanation: `${fieldName(block)} is a behavior's block of the layout ML-Agents used until release 10 (ml-agents 0.20): behavior names at the top level, \`trainer: ${trainerOf(block)}\` and flat settings. Since then behaviors go under \`behaviors:\`, with \`trainer_type\`, \`hyperparameters\`, \`network_settings\` and \`reward_signals\`, and mlagents-learn checks every top-level key, so it stops with TrainerConfigError ("The option ${String(block.key.value)} was specified in your YAML file, but is invalid."). Convert the file with \`python -m mlagents.trainers.upgrade_config old.yaml new.yaml\`, or keep the ML-Agents release it was written for.`,
  });
}

function applies(ctx: RuleContext<object>, frameworks: readonly FrameworkId[], hf: boolean): boolean {
  return frameworks.some((f) => ctx.hasFramework(f)) || (hf && frameworks === HF);
}

/** The new key name written in the old key's quoting style. */
function renamed(field: Field, name: string): string {
  const style = field.key.style;
  return style === 'single-quoted' ? `'${name}'` : style === 'double-quoted' || style === 'json' || style === 'toml' && field.key.raw.startsWith('"') ? `"${name}"` : name;
}
