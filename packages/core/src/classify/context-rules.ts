/**
 * Decisions that come from where a field sits rather than from its name alone.
 *
 * - `byTag`: a HyperPyYAML object tag names the class (`Adam: !name:torch.optim.AdamW`).
 * - `fallback`: names the vocabulary does not know, read from their block (a key inside a loss or
 *   precision block belongs to it, a number inside a scheduler block is one of its parameters) or
 *   from families of settings that have no concept (augmentation, feature extraction, architecture
 *   switches).
 * - `adjust`: corrections to a name-based decision that the surroundings overrule: a batch size in a
 *   validation loader is an evaluation batch size, `steps` of a validation loop is not the training
 *   length, a search tool's own `optimizer` is not the training optimizer, `dtype` of a checkpoint
 *   export is not the training precision.
 */
import type { Decision, FieldContext } from './disambiguate.js';
import { hasSibling, within } from './disambiguate.js';
import { normalizeKey } from './normalize.js';
import { namesAnotherQuantity, schedulesAnotherQuantity } from './other-quantity-schedule.js';
import type { ConfigNode } from '../document/types.js';

const hp = (concept: string | undefined, why: string): Decision => ({ kind: 'hyperparameter', ...(concept ? { concept } : {}), evidence: [why] });
const other = (concept: string | undefined, why: string): Decision => ({ kind: 'other', ...(concept ? { concept } : {}), evidence: [why] });

const NUMERIC = new Set(['number', 'numeric-string']);
const SETTING_SHAPES = new Set(['number', 'numeric-string', 'boolean', 'numeric-list']);

/** The concept of the closest enclosing field that has one. */
function blockConcept(ctx: FieldContext): string | undefined {
  for (let i = ctx.ancestorConcepts.length - 1; i >= 0; i--) if (ctx.ancestorConcepts[i] !== undefined) return ctx.ancestorConcepts[i];
  return undefined;
}

// ── byTag ─────────────────────────────────────────────────────────────────────────────────

const SCHEDULER_CLASS = /^!(?:new|name):(?:torch\.optim\.lr_scheduler\.|.*\bschedulers?\.)/;
const OPTIMIZER_CLASS = /^!(?:new|name):(?:torch\.optim\.|.*\boptimi[sz]ers?\.)/;
const LOSS_CLASS = /^!(?:new|name):.*(?:\blosses?\.|Loss$)/;
/** Layers built by tag: `bn1: !name:speechbrain.nnet.normalization.BatchNorm1d`, `drop: !new:torch.nn.Dropout`. */
const NORM_LAYER = /^!(?:new|name):.*\.(?:BatchNorm\w*|LayerNorm|GroupNorm|InstanceNorm\w*|RMSNorm)$/;
const DROPOUT_LAYER = /^!(?:new|name):.*\.(?:Dropout\w*|AlphaDropout)$/;

/** A HyperPyYAML `!new:`/`!name:` tag on the value names the class the field builds. */
export function byTag(ctx: FieldContext): Decision | undefined {
  const tag = ctx.value.tag;
  if (!tag) return undefined;
  if (SCHEDULER_CLASS.test(tag)) return hp('lr-schedule', `the value builds \`${tag.slice(tag.indexOf(':') + 1)}\`, a learning-rate scheduler`);
  if (OPTIMIZER_CLASS.test(tag)) return hp('optimizer', `the value builds \`${tag.slice(tag.indexOf(':') + 1)}\`, an optimizer`);
  // Metrics are built from loss functions too (`MetricStats(metric=classification_error)`).
  if (NORM_LAYER.test(tag)) return hp('batch-norm', `the value builds \`${tag.slice(tag.indexOf(':') + 1)}\`, a normalisation layer`);
  if (DROPOUT_LAYER.test(tag)) return hp('dropout', `the value builds \`${tag.slice(tag.indexOf(':') + 1)}\`, a dropout layer`);
  if (LOSS_CLASS.test(tag) && !/metric|stats|computer/.test(ctx.name) && !within(ctx, /metric|stats/)) return hp('loss', `the value builds \`${tag.slice(tag.indexOf(':') + 1)}\`, a loss`);
  return undefined;
}

// ── fallback ──────────────────────────────────────────────────────────────────────────────

/** Blocks whose unnamed keys are settings of the block itself. */
const INHERITING = new Set(['loss', 'precision', 'gradient-clipping']);
/** Keys that hold a class's arguments. */
const ARGUMENTS = /^(?:params|init_args|kwargs|args|config|options|optimizer_params|scheduler_params)$/;
const AUGMENTATION = /augment|perturb|add_noise|add_reverb|drop_freq|drop_chunk|time_drop|freq_drop|corrupt|mixup|cutmix/;
const AUGMENTATION_NAME = /^(?:drop_freq|drop_chunk|time_drop|freq_drop|drop_resolution|speed_perturb|snr)_|^enable_(?:drop|time_drop|freq_drop|add_noise|speed_perturb|augment|mixup)|^(?:hsv_[hsv]|degrees|translate|shear|perspective|flipud|fliplr|flip_ud|flip_lr|mosaic|mixup|cutmix|copy_paste|random_erasing|reprob|color_jitter|hflip|vflip|random_flip)$/;
/** Ultralytics/YOLO hyp files: `scale` beside other augmentations is the random zoom range. */
const AUGMENTATION_SIBLINGS = ['degrees', 'translate', 'shear', 'fliplr', 'mosaic', 'hsv_h'];
/** Spectrogram and filterbank settings, wherever they sit (VITS `data:`, Coqui `audio:`). */
const FEATURE_NAMES = new Set(['n_fft', 'fft_size', 'hop_length', 'hop_size', 'win_length', 'win_size', 'filter_length', 'num_mels', 'n_mels', 'n_mel', 'n_mel_channels', 'mel_fmin', 'mel_fmax', 'preemphasis']);
/** Loss-term coefficients of reinforcement-learning objectives (SB3, RLlib, rl_games, trlx). */
const RL_LOSS_COEFFICIENTS = new Set(['ent_coef', 'vf_coef', 'entropy_coef', 'critic_coef', 'value_loss_coef', 'vf_loss_coeff', 'entropy_coeff', 'kl_coeff', 'kl_coef', 'init_kl_coef', 'bounds_loss_coef']);
const FEATURES = /^(?:preprocessor|compute_features|featurizer|feature_extractor|fbank|mfcc|mel_spectrogram|mel_spectogram)$/;
/** Architecture switches and settings that no concept names (they are still hyperparameters). */
const UNNAMED_HYPERPARAMETERS = new Set([
  'rope', 'alibi', 'rope_theta', 'rotary_percentage', 'rotary_base', 'parallel_residual', 'clip_qkv', 'use_bias', 'rnn_bidirectional', 'bidirectional',
  'tie_embeddings', 'tie_word_embeddings', 'scale_embeddings', 'n_clusters', 'n_components', 'n_neighbors', 'with_mean', 'with_std',
  'train_timesteps', 'num_train_timesteps', 'history_size', 'tolerance_grad', 'tolerance_change', 'line_search_fn',
  // Architecture sizes and switches of vision, diffusion and vocoder models.
  'patch_size', 'image_size', 'img_size', 'input_size', 'crop_size', 'resolution', 'segment_size', 'mlp_ratio', 'qkv_bias', 'ch', 'in_ch', 'out_ch',
  'ch_mult', 'channel_mult', 'num_res_blocks', 'attn_resolutions', 'double_z', 'upsample_initial_channel', 'upsample_rates', 'upsample_kernel_sizes',
  'resblock', 'resblock_kernel_sizes', 'resblock_dilation_sizes', 'use_spectral_norm',
  // Reinforcement learning: discounting, advantage estimation, clipping, replay and target updates.
  'tau', 'polyak', 'discount', 'discount_factor', 'gae_lambda', 'lam', 'lambd', 'clip_range', 'clip_range_vf', 'clip_param', 'vf_clip_param', 'cliprange',
  'cliprange_value', 'e_clip', 'target_kl', 'kl_threshold', 'learning_starts', 'train_freq', 'gradient_steps', 'target_update_interval',
  'target_network_update_freq', 'exploration_fraction', 'exploration_initial_eps', 'exploration_final_eps', 'horizon_length', 'mini_epochs',
  'num_sgd_iter', 'sgd_minibatch_size', 'replay_buffer_size', 'normalize_advantage',
]);

/** A decision for a field the vocabulary does not name, or undefined. */
export function fallback(ctx: FieldContext): Decision | undefined {
  const block = blockConcept(ctx);
  // `bf16: {enabled: true}`, `CLIP_GRADIENTS: {ENABLED: true}`: the switch of its block.
  if (ctx.name === 'enabled' && ctx.parentConcept) return { kind: ctx.parentConcept === 'zero-optimization' ? 'other' : 'hyperparameter', concept: ctx.parentConcept, evidence: ['`enabled` switches its block on or off'] };
  if (ARGUMENTS.test(ctx.name) && ctx.shape === 'map' && (ctx.parentConcept === 'optimizer' || ctx.parentConcept === 'lr-schedule')) {
    return hp(ctx.parentConcept, `\`${ctx.name}\` holds the arguments of its ${ctx.parentConcept === 'optimizer' ? 'optimizer' : 'scheduler'}`);
  }
  if (block && INHERITING.has(block) && ctx.value.kind !== 'seq' && ctx.name !== '_target_') return hp(block, `a setting inside a ${block} block`);
  if (block === 'lr-schedule' && NUMERIC.has(ctx.shape) && !/^(?:last_epoch|verbose)$/.test(ctx.name)) return hp('lr-decay', 'a number inside a learning-rate scheduler block is one of its parameters');
  if (UNNAMED_HYPERPARAMETERS.has(ctx.name)) return hp(undefined, `\`${ctx.name}\` is a model or estimator setting without a vocabulary concept`);
  if (RL_LOSS_COEFFICIENTS.has(ctx.name) && NUMERIC.has(ctx.shape)) return hp('loss', `\`${ctx.name}\` weights a term of a reinforcement-learning objective`);
  if (FEATURE_NAMES.has(ctx.name) && NUMERIC.has(ctx.shape)) return hp(undefined, 'a spectrogram or filterbank setting (feature extraction)');
  if (ctx.name === 'scale' && NUMERIC.has(ctx.shape) && hasSibling(ctx, ...AUGMENTATION_SIBLINGS)) return hp(undefined, '`scale` beside other augmentations is the random zoom range');
  if (ctx.shape === 'boolean' && /(?:^|_)(?:bias|biases)(?:_|$)/.test(ctx.name)) return hp(undefined, `\`${ctx.name}\` switches bias terms on or off (an architecture choice), it holds no bias values`);
  if (SETTING_SHAPES.has(ctx.shape) && (within(ctx, AUGMENTATION) || AUGMENTATION_NAME.test(ctx.name))) return hp(undefined, 'a data-augmentation setting');
  if (NUMERIC.has(ctx.shape) && within(ctx, FEATURES)) return hp(undefined, 'a feature-extraction setting');
  if (NUMERIC.has(ctx.shape) && /_prob(?:ability)?$/.test(ctx.name)) return hp(undefined, `\`${ctx.name}\` is a probability chosen for training`);
  // IoU matching, soft-label and sampling thresholds are chosen; monitoring, runtime and decoding ones are not training settings.
  if ((NUMERIC.has(ctx.shape) || ctx.shape === 'numeric-list') && /_thres(?:h|hold)?s?$/.test(ctx.name) && !/watchdog|persistence|eos|stop|score|_test$/.test(ctx.name) && !within(ctx, /zero_optimization|early_stop|decod|inference/)) {
    return hp(undefined, `\`${ctx.name}\` is a chosen threshold, not a learned split point`);
  }
  // `pil_weight`, `center_loss_weight`, `point_regression_weights`: weights of loss terms.
  if ((NUMERIC.has(ctx.shape) || ctx.shape === 'numeric-list') && /[a-z0-9]_weights?$/.test(ctx.name) && !hasSibling(ctx, 'beam_size', 'valid_beam_size', 'test_beam_size', 'num_beams')) {
    return hp('loss', `\`${ctx.name}\` weights a term of the training loss`);
  }
  if (/^(?:interval|freq|frequency|every|period|patience)$/.test(ctx.name) && (within(ctx, EVAL_CONTEXT) || within(ctx, CHECKPOINT_CONTEXT) || within(ctx, EARLY_STOP))) {
    return other('evaluation-schedule', `\`${ctx.name}\` sets the cadence of evaluation, checkpoints or early stopping`);
  }
  return undefined;
}

// ── adjust ────────────────────────────────────────────────────────────────────────────────

const EVAL_CONTEXT = /(?:^|_)(?:eval|evaluation|val|valid|validation|test|testing)(?:_|$)/;
const CHECKPOINT_CONTEXT = /^(?:checkpoint|checkpointing|ckpt|save|saving|export)$/;
const EARLY_STOP = /^early_stop(?:ping)?$/;
const SEARCH_TOOL = /^(?:sweeper|hyperopt|executor|search_alg|tuner)$/;
const RECOVERABLES = /^recoverables$/;
const SEARCH_SPACE = /^(?:params|parameters|search_space|param_space)$/;
/** Text generation, decoding and preview sampling (ai-toolkit `sample:` renders images during training). */
const GENERATION = /^(?:generation_kwargs|generation_config|generate_kwargs|gen_kwargs|decoding|inference|sampling_params|sample)$/;
const DATASET = /(?:^|_)(?:ds|dataset|datasets|data)$/;

/**
 * TabSurvey's tuned TabTransformer settings (`learning_rate: -5`, `weight_decay: -2`, used as `10 ** value`): a rate
 * and a decay side by side, both negative whole numbers from -2 down, are exponents. One alone (`lr: -2`) may be a
 * sign typo and stays reported, as do a fraction (`lr: -0.001`) and -1, the usual "unset" placeholder.
 */
function isBase10Exponent(ctx: FieldContext): boolean {
  if (!isWholeExponent(ctx.value)) return false;
  const partner = /(?:^|_)(?:lr|learning_rate)$/.test(ctx.name) ? RATE_PARTNER_DECAY : RATE_PARTNER_LR;
  return ctx.container.entries.some((e) => e.value !== ctx.value && partner.test(normalizeKey(String(e.key.value))) && isWholeExponent(e.value));
}

const RATE_PARTNER_DECAY = /^(?:weight_decay|wd|decay|l2|l2_reg|weight_decay_rate)$/;
const RATE_PARTNER_LR = /^(?:lr|learning_rate|base_lr)$/;

function isWholeExponent(node: ConfigNode): boolean {
  const v = node.kind === 'scalar' ? node.value : undefined;
  return typeof v === 'number' && Number.isInteger(v) && v <= -2 && v >= -12;
}

/** Corrections that a field's surroundings make to a name-based decision. */
export function adjust(ctx: FieldContext, d: Decision): Decision {
  // A checkpoint registry (`recoverables: {scheduler: !ref <lr_annealing>}`) lists objects to save.
  if (within(ctx, RECOVERABLES)) return d.kind === 'other' && !d.concept ? d : other(undefined, 'an entry of a checkpoint registry, not a setting');
  // Settings of a hyperparameter search itself (Nevergrad's `optim.optimizer`, `n_trials`), outside its search space.
  const tool = ctx.ancestors.length === 0 ? -1 : ctx.ancestors.findIndex((a) => SEARCH_TOOL.test(a));
  if (tool >= 0 && d.kind === 'hyperparameter' && !ctx.ancestors.slice(tool + 1).some((a) => SEARCH_SPACE.test(a))) {
    return other(undefined, `a setting of the hyperparameter search (\`${ctx.ancestors[tool]}\`), not of the training run`);
  }
  if (d.concept === 'world-size' && within(ctx, /^preprocessing$/)) return other(undefined, `\`${ctx.name}\` of preprocessing counts CPU workers, not training processes`);
  if (d.kind === 'other') return d;
  const concept = d.concept;
  if (within(ctx, GENERATION)) return other(undefined, 'a text-generation or decoding setting, used at evaluation or inference time');
  if ((concept === 'batch-size' || concept === 'micro-batch-size') && within(ctx, EVAL_CONTEXT)) {
    return hp('eval-batch-size', `a batch size inside \`${ctx.ancestors.find((a) => EVAL_CONTEXT.test(a))}\` is an evaluation batch size`);
  }
  if ((concept === 'max-steps' || concept === 'epochs') && within(ctx, EVAL_CONTEXT)) return other('evaluation-schedule', 'a step count of the evaluation loop, not the training length');
  if (concept === 'precision' && /dtype/.test(ctx.name) && (within(ctx, CHECKPOINT_CONTEXT) || /^(?:export|save)_dtype$/.test(ctx.name))) {
    return other(undefined, 'the dtype weights are saved or exported in, not the training precision');
  }
  // pysot's `TRACK.LR` and SOTS' `TEST.HYPERS.<dataset>.lr`: how fast a tracker adapts the target's size while tracking.
  if (concept === 'learning-rate' && within(ctx, /^(?:track|tracker|tracking|hypers)$/)) return other(undefined, `\`${ctx.name}\` of a tracker is its update rate at inference, not a training learning rate`);
  if ((concept === 'learning-rate' || concept === 'weight-decay') && isBase10Exponent(ctx)) {
    return hp(undefined, `\`${ctx.name}\` as a negative whole number is a base-10 exponent (the program takes \`10 ** value\`, as a search with Optuna's \`suggest_int(-6, -3)\` writes it), not a rate`);
  }
  const block = blockConcept(ctx);
  if (block === 'lr-schedule' && (concept === 'max-steps' || concept === 'epochs' || concept === 'hidden-units')) {
    return hp('lr-decay', `\`${ctx.name}\` inside a scheduler block sets the schedule's horizon or scale, not the run`);
  }
  if (block === 'optimizer' && concept === 'max-steps' && /lbfgs|l-bfgs/.test(ctx.classMarker ?? '')) return hp(undefined, `\`${ctx.name}\` inside an optimizer block counts the optimizer's inner iterations (L-BFGS), not training steps`);
  if (concept === 'max-steps' && /^(?:max|min)_duration$/.test(ctx.name) && NUMERIC.has(ctx.shape) && within(ctx, DATASET)) {
    return hp(undefined, `\`${ctx.name}\` of a dataset filters examples by length in seconds; it is not the training length`);
  }
  if (concept === 'max-steps' && (ctx.frameworks.has('lightgbm') || ctx.frameworks.has('xgboost')) && /^(?:num_iterations?|n_iter|num_iterations_boost)$/.test(ctx.name)) {
    return hp('boosting-rounds', `\`${ctx.name}\` in LightGBM/XGBoost is the number of boosting rounds`);
  }
  if (concept === 'batch-size' && ctx.name === 'train_batch_size' && ctx.topLevel && ctx.frameworks.has('deepspeed')) {
    return hp('global-batch-size', "DeepSpeed's `train_batch_size` is the global batch (micro batch × accumulation × world size)");
  }
  if (concept === 'dropout' && dropoutCount(ctx)) {
    return hp(undefined, `\`${ctx.name}\` beside its own rate (\`${ctx.name}_rate\` or the like) counts dropout layers or samples (multi-sample dropout); the rate is the other setting`);
  }
  if (concept === 'lr-schedule' && /noise/.test(ctx.name)) return hp(undefined, `\`${ctx.name}\` is a diffusion noise schedule, not a learning-rate schedule`);
  if (concept === 'lr-schedule' && namesAnotherQuantity(ctx.name)) {
    return hp(undefined, `\`${ctx.name}\` schedules another quantity than the learning rate`);
  }
  if (concept !== undefined && LR_SCHEDULE_CONCEPTS.has(concept)) {
    const holder = ctx.ancestors.find(schedulesAnotherQuantity);
    if (holder !== undefined) return hp(undefined, `a setting of \`${holder}\`, which schedules another quantity than the learning rate`);
    // `ema: {decay: 0.9999, warmup_steps: 20000}` ramps the average's decay up (timm's ModelEmaV3 `warmup`, diffusers'
    // `use_ema_warmup`), not the learning rate.
    const average = ctx.ancestors.find((a) => EMA_BLOCK.test(a));
    if (average !== undefined) return hp('ema', `a setting of \`${average}\`, a weight average, not of the learning rate's schedule`);
  }
  if (concept === 'batch-norm' && within(ctx, /^preprocessing$/)) return hp(undefined, 'input-feature scaling in preprocessing, not a normalisation layer');
  if (concept === 'lr-decay' && ctx.name === 'patience' && within(ctx, EARLY_STOP)) return other('evaluation-schedule', 'early-stopping patience, not a learning-rate plateau patience');
  return d;
}

/** The learning rate's schedule settings, which a setting of another quantity's schedule is not. */
const LR_SCHEDULE_CONCEPTS: ReadonlySet<string> = new Set(['lr-decay', 'warmup', 'min-learning-rate', 'lr-schedule']);
/** A block of an exponential moving average of the weights (`ema`, `model_ema`, `ema_config`). */
const EMA_BLOCK = /(?:^|_)ema(?:_|$)/;

/**
 * A dropout-named whole number beside a sibling that is the same name with a rate's ending: commonlitreadabilityprize's
 * `multisample_dropout: 5` beside `multisample_dropout_rate: 0.5` builds five `nn.Dropout(0.5)` heads. The sibling holds
 * the probability; this one is a count.
 */
function dropoutCount(ctx: FieldContext): boolean {
  const v = ctx.value.kind === 'scalar' ? ctx.value.value : undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 2) return false;
  return hasSibling(ctx, `${ctx.name}_rate`, `${ctx.name}_prob`, `${ctx.name}_p`, `${ctx.name}_ratio`, `${ctx.name}_probability`);
}

export { EVAL_CONTEXT };
