/**
 * Names that mean different things in different places. `alpha` is LoRA scaling next to `r`,
 * RMSprop smoothing in an RMSprop block and an L1 penalty in XGBoost; `gamma` is a StepLR decay,
 * an XGBoost split loss or a Keras BatchNorm scale; `weight` is a state-dict tensor or a loss's class
 * weights. Each decision here looks at the field's ancestors, siblings, the class its mapping
 * instantiates, the detected frameworks and the value's shape.
 */
import type { ConfigNode, MapNode } from '../document/types.js';
import type { FrameworkId } from '../model/frameworks.js';
import { conceptById, type FieldKind } from './concepts.js';
import { normalizeKey } from './normalize.js';
import { isTensorLike, type ValueShape } from './shape.js';
import { BOOSTING_SIGNS } from '../frameworks-data/xgboost.js';

export interface FieldContext {
  readonly name: string;
  readonly shape: ValueShape;
  readonly value: ConfigNode;
  /** Normalised names of enclosing keys, outermost first. */
  readonly ancestors: readonly string[];
  /** Concepts of the enclosing fields, aligned with `ancestors` where list items do not intervene. */
  readonly ancestorConcepts: readonly (string | undefined)[];
  /** Normalised names in the same mapping (the field's own name included); a list, as few are ever asked about. */
  readonly siblings: readonly string[];
  /** The mapping the field belongs to (for sibling values). */
  readonly container: MapNode;
  /** Lower-cased class this mapping instantiates (`torch.optim.rmsprop`, `dropout`), if named. */
  readonly classMarker: string | undefined;
  readonly frameworks: ReadonlySet<FrameworkId>;
  readonly parentConcept: string | undefined;
  /** Whether the field is a key of the document's root mapping. */
  readonly topLevel: boolean;
}

export interface Decision {
  kind: FieldKind;
  concept?: string;
  evidence: string[];
}

/** Names of optimizers as a config writes them, alone (`adam`, `torch.optim.SGD`), not inside a longer name. */
const OPTIMIZER_NAME = /^(?:torch\.optim\.)?(?:adam|adamw|adamax|nadam|radam|sgd|rmsprop|adagrad|adadelta|lamb|lars|lion|adafactor)$/i;

const hp = (concept: string | undefined, why: string): Decision => ({ kind: 'hyperparameter', ...(concept ? { concept } : {}), evidence: [why] });
const learned = (concept: string, why: string): Decision => ({ kind: 'learned-parameter', concept, evidence: [why] });
const other = (why: string): Decision => ({ kind: 'other', evidence: [why] });

/** Whether an enclosing key matches `re`. (Loops rather than `some`: it runs several times for every field.) */
export function within(ctx: FieldContext, re: RegExp): boolean {
  for (const a of ctx.ancestors) if (re.test(a)) return true;
  return false;
}
export function hasSibling(ctx: FieldContext, ...names: string[]): boolean {
  for (const n of names) if (ctx.siblings.includes(n)) return true;
  return false;
}
const isClass = (ctx: FieldContext, re: RegExp): boolean => re.test(ctx.classMarker ?? '');
const parentIs = (ctx: FieldContext, re: RegExp): boolean => ctx.ancestors.length > 0 && re.test(ctx.ancestors[ctx.ancestors.length - 1]);

/** The scalar value of a sibling key, lower-cased (`type: kto` next to `beta`). */
export function siblingValue(ctx: FieldContext, name: string): string | undefined {
  for (const e of ctx.container.entries) {
    if (normalizeKey(String(e.key.value)) !== name || e.value.kind !== 'scalar') continue;
    const v = e.value.value;
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v).toLowerCase() : undefined;
  }
  return undefined;
}

/** A sibling's number (`vocab_size` next to OLMo's `embedding_size`). */
function siblingNumber(ctx: FieldContext, name: string): number | undefined {
  const v = siblingValue(ctx, name);
  return v !== undefined && v !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined;
}

function ownNumber(ctx: FieldContext): number | undefined {
  const v = ctx.value.kind === 'scalar' ? ctx.value.value : undefined;
  return typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined;
}

const LORA_CONTEXT = /(?:^|_)(?:lora|adapter|peft|qlora|dora|network)(?:_|$)/;
const SCHEDULER_CONTEXT = /(?:^|_)(?:sched|scheduler|lr_scheduler|lr_config|learning_rate_scheduler|param_scheduler|lr_schedule|solver)(?:_|$)/;
const OPTIMIZER_CONTEXT = /(?:^|_)(?:optim|optimizer|opt|optimizer_config|optim_wrapper|init_args|params)(?:_|$)/;
const NOISE_SCHEDULE_CONTEXT = /(?:^|_)(?:schedule|sampler|sampling|diffusion|karras|edm|noise|sigmas?)(?:_|$)/;
const NORM_CONTEXT = /(?:^|_)(?:bn|batch_norm|batchnorm|norm|norm_params|layer_norm|group_norm|normalization)(?:_|$)/;
const TREE_DUMP = /^(?:trees|tree_info|tree_structure|gradient_booster)$/;
/** `model`/`learner` hold a fitted tree only in a GBDT dump; elsewhere (`model.geometry.isosurface.threshold`) they are a network's settings. */
const GBDT_DUMP = /^(?:model|learner)$/;
/**
 * What stands beside a split's `threshold` in a fitted tree: the fitted tree structure's own names (LightGBM's
 * `split_feature`, `left_child`, XGBoost's `split_indices`), and a node's names that the vocabulary leaves to context. A
 * lone `threshold` under `model:` beside `params` and `fold` is the decision cut-off a LightGBM pipeline chose
 * (jobcare-recommendation's `model.threshold: 0.3585`).
 */
const TREE_NODE_KEYS = [...(conceptById('tree-structure')?.names ?? []), 'split_index', 'missing_type', 'leaf_index', 'split_conditions', 'base_weights'];

/** Settings only reinforcement learning has (PPO's clipping and advantage estimation, off-policy replay). */
function rlSettings(ctx: FieldContext): boolean {
  return hasSibling(ctx, 'gae_lambda', 'lam', 'lambd', 'ent_coef', 'vf_coef', 'entropy_coef', 'clip_range', 'e_clip', 'learning_starts', 'buffer_size',
    'normalize_advantage', 'train_freq', 'exploration_fraction', 'rollout_length', 'num_sgd_iter');
}

/** Stable-Baselines3 and CleanRL PPO/A2C: `n_steps`/`num_steps` are the steps each environment runs per update; the run lasts `total_timesteps`. */
function rolloutLength(ctx: FieldContext): Decision | undefined {
  if (!rlSettings(ctx) && !hasSibling(ctx, 'total_timesteps', 'n_timesteps', 'num_envs', 'n_envs')) return undefined;
  return hp(undefined, `\`${ctx.name}\` beside reinforcement-learning settings is the rollout length per update, not the length of the run`);
}

/** PyMARL and its forks (EPyMARL, pymarl2, MCMIX): `t_max` there is the run's length in environment steps. */
const PYMARL_SETTINGS = ['batch_size_run', 'test_nepisode', 'epsilon_anneal_time', 'runner_log_interval', 'learner_log_interval', 'agent_output_type'];

/** Blocks of a simulator, its rollouts or an evaluation, whose `max_steps` is not the training run's. */
// Whole block names only: an ML-Agents behavior may be called `EnvironmentAgentBehavior`, and its `max_steps` is the run's.
const ENVIRONMENT_CONTEXT = /^(?:(?:train|eval|val|test)_)?(?:env|envs|environment|env_runner|env_cfg|env_config|env_kwargs|simulator|rollout|rollouts)$|^(?:evaluation|eval|evaluator)$/;

/** Counts of episodes: a run measured in them (`num_episodes: 100`) caps each episode with its `max_steps`. */
const EPISODE_COUNTS = ['num_episodes', 'n_episodes', 'episodes', 'max_episodes', 'total_episodes', 'train_episodes', 'num_train_episodes', 'n_train_episodes'];

/**
 * MADDPG-CityLearn's `training: {num_episodes: 100, max_steps: 8760}`: beside a number of episodes, `max_steps` caps each
 * episode (a year of hourly steps), and the run lasts episodes × steps, so it is not the run's length.
 */
function episodeCap(ctx: FieldContext): Decision | undefined {
  for (const name of EPISODE_COUNTS) {
    const v = siblingNumber(ctx, name);
    if (v !== undefined && v > 0) return hp(undefined, `\`${ctx.name}\` beside \`${name}\` caps the steps of each episode, not the length of the run`);
  }
  return undefined;
}

/**
 * Off-policy RL (DDPG, TD3, SAC, MADDPG) settings about when learning starts and how the replay buffer is used. Beside them a
 * `warmup_steps` counts the random-action steps that fill the buffer before any update (MADDPG-CityLearn's
 * `training: {warmup_steps: 10000, updates_per_step: 2}`), not a learning-rate warmup.
 */
const REPLAY_SETTINGS = ['buffer_size', 'replay_size', 'replay_buffer_size', 'buffer_capacity', 'replay_capacity', 'updates_per_step', 'update_after',
  'learning_starts', 'start_steps', 'policy_noise', 'exploration_noise', 'noise_clip', 'epsilon_start', 'eps_start', 'target_update_freq', 'target_update_interval'];

function randomActionWarmup(ctx: FieldContext): Decision | undefined {
  if (within(ctx, SCHEDULER_CONTEXT) || within(ctx, OPTIMIZER_CONTEXT) || hasSibling(ctx, 'lr_scheduler', 'scheduler', 'lr_schedule', 'warmup_ratio')) return undefined;
  if (!hasSibling(ctx, ...REPLAY_SETTINGS)) return undefined;
  return hp(undefined, `\`${ctx.name}\` beside replay-buffer settings counts the random-action steps before learning starts, not a learning-rate warmup`);
}

/** Settings that only a LoRA adapter has. */
const LORA_SETTINGS = ['lora_alpha', 'lora_dropout', 'target_modules', 'lora_target_modules', 'peft_type', 'use_rslora'];

function loraContext(ctx: FieldContext): boolean {
  return within(ctx, LORA_CONTEXT) || hasSibling(ctx, ...LORA_SETTINGS, 'r');
}

/** Inside an optimizer block, beside a learning rate or weight decay, or in a mapping that names an optimizer class. */
function optimizerContext(ctx: FieldContext): boolean {
  return within(ctx, OPTIMIZER_CONTEXT) || hasSibling(ctx, 'lr', 'learning_rate', 'weight_decay') || isClass(ctx, /adam|optim|rmsprop|adagrad|sgd|lamb|lion/);
}

function gbdt(ctx: FieldContext): boolean {
  return ctx.frameworks.has('xgboost') || ctx.frameworks.has('lightgbm');
}

function sklearnish(ctx: FieldContext): boolean {
  return ctx.frameworks.has('sklearn') || hasSibling(ctx, 'solver', 'penalty', 'l1_ratio', 'fit_intercept', 'max_iter', 'tol', 'learning_rate_init');
}

/** A decision for names that need context, or undefined to fall back to the vocabulary. */
export function disambiguate(ctx: FieldContext): Decision | undefined {
  switch (ctx.name) {
    case 'alpha':
      if (loraContext(ctx)) return hp('lora-alpha', '`alpha` next to LoRA settings is the LoRA scaling factor');
      if (isClass(ctx, /rmsprop/)) return hp('momentum', '`alpha` of RMSprop is its smoothing constant');
      if (gbdt(ctx)) return hp('l1-regularization', '`alpha` in XGBoost/LightGBM is the L1 penalty');
      if (sklearnish(ctx)) return hp('l2-regularization', '`alpha` of a scikit-learn estimator is its regularization strength');
      if (within(ctx, /loss|focal/) || hasSibling(ctx, 'gamma')) return hp('loss', '`alpha` of a loss (e.g. focal loss) weights its classes');
      return other('`alpha` without a LoRA, optimizer, GBDT or loss context');
    case 'lambda':
      if (gbdt(ctx)) return hp('l2-regularization', '`lambda` in XGBoost is the L2 penalty');
      return other('`lambda` without a GBDT context');
    case 'c':
      if (sklearnish(ctx)) return hp('l2-regularization', '`C` of a scikit-learn estimator is the inverse regularization strength');
      return other('`C` without a scikit-learn context');
    case 'gamma':
      if (isTensor(ctx)) return learned('weights', '`gamma` holding a tensor is a normalization scale (learned)');
      if (within(ctx, SCHEDULER_CONTEXT) || hasSibling(ctx, 'step_size', 'milestones', 'steps', 'base_lr', 'decay_steps') || isClass(ctx, /steplr|exponentiallr|multisteplr|lr/)) {
        return hp('lr-decay', '`gamma` of a learning-rate schedule is its decay factor');
      }
      if (gbdt(ctx)) return hp('tree-complexity', '`gamma` in XGBoost is the minimum split loss');
      if (hasSibling(ctx, 'kernel', 'degree', 'coef0')) return hp(undefined, '`gamma` of an SVM is its kernel coefficient');
      if (within(ctx, /loss|focal/) || hasSibling(ctx, 'alpha')) return hp('loss', '`gamma` of a focal loss is its focusing parameter');
      if (rlSettings(ctx) || hasSibling(ctx, 'tau', 'n_steps', 'target_update_interval', 'horizon_length')) {
        return hp(undefined, '`gamma` beside reinforcement-learning settings is the discount factor');
      }
      return other('`gamma` without a schedule, GBDT, loss or reinforcement-learning context');
    case 'beta':
      if (isTensor(ctx)) return learned('weights', '`beta` holding a tensor is a normalization offset (learned)');
      if (ctx.frameworks.has('trl') || hasSibling(ctx, 'loss_type', 'max_prompt_length', 'max_length', 'ref_model', 'dpo_loss_type', 'desirable_weight', 'undesirable_weight') ||
        within(ctx, /dpo|orpo|kto|rl|trl|preference/) || /^(?:dpo|kto|orpo|ipo|simpo|cpo|grpo)$/.test(siblingValue(ctx, 'type') ?? '')) {
        return hp('preference-beta', '`beta` in a preference-optimization config is the KL coefficient');
      }
      return other('`beta` without a preference-optimization context');
    case 'p':
    case 'rate':
    case 'prob':
      if (isClass(ctx, /dropout/) || within(ctx, /dropout/)) return hp('dropout', `\`${ctx.name}\` of a Dropout layer is the drop probability`);
      return other(`\`${ctx.name}\` outside a Dropout layer`);
    case 'r':
    case 'rank':
      // Its own name is among its siblings: `r` beside `g` and `b` (deeplab-pytorch's `IMAGE.MEAN: {R: 122.675, …}`) is a
      // colour channel, and only a LoRA block or another LoRA setting makes it a rank.
      if (within(ctx, LORA_CONTEXT) || hasSibling(ctx, ...LORA_SETTINGS) || ctx.frameworks.has('peft')) return hp('lora-rank', `\`${ctx.name}\` next to LoRA settings is the adapter rank`);
      return other(`\`${ctx.name}\` without a LoRA context`);
    case 'rho':
      // EDM and consistency models (Karras et al.) space their noise levels with `rho: 7`, beside the levels' bounds.
      if (hasSibling(ctx, 'sigma_min', 'sigma_max', 'sigma_data', 'initial_timesteps', 'final_timesteps', 'num_timesteps', 'num_scales') || within(ctx, NOISE_SCHEDULE_CONTEXT)) {
        return hp(undefined, '`rho` beside noise levels is the exponent of the Karras (EDM) noise schedule, not an optimizer\'s decay');
      }
      // MHPI's differentiable hydrology models (dPLHydro, HydroDL) train on windows of `rho: 365` days beside `warm_up: 365`
      // and Adadelta's `learning_rate: 1.0`: a whole number of 2 or more is a length, as no decay rate can be. Inside an
      // optimizer's own block it stays the optimizer's, out of range.
      const inOptimizerBlock = within(ctx, OPTIMIZER_CONTEXT) || isClass(ctx, /adadelta|rmsprop|optim/);
      if (!inOptimizerBlock && ctx.value.kind === 'scalar' && typeof ctx.value.value === 'number' && Number.isInteger(ctx.value.value) && ctx.value.value >= 2) {
        return other('a whole number of 2 or more for `rho` is a length (a training window, in hydrology models), not a decay rate, which lies in [0, 1]');
      }
      return undefined;
    case 'momentum':
      if (within(ctx, NORM_CONTEXT) || isClass(ctx, /batchnorm|batch_norm|\bbn\b/)) return hp('batch-norm', '`momentum` of a normalization layer updates its running statistics');
      return undefined;
    case 'eps':
    case 'epsilon':
      if (within(ctx, NORM_CONTEXT) || isClass(ctx, /norm/)) return hp('batch-norm', `\`${ctx.name}\` of a normalization layer`);
      if (optimizerContext(ctx) || hasSibling(ctx, 'betas', 'momentum', 'beta_1', 'rho')) {
        return hp('epsilon', `\`${ctx.name}\` of an optimizer is its numerical-stability term`);
      }
      return other(`\`${ctx.name}\` without an optimizer or normalization context`);
    case 'betas':
    case 'beta1':
    case 'beta2':
    case 'beta_1':
    case 'beta_2':
    case 'b1':
    case 'b2':
      // ILQL (trlx) lists `betas: [8]` under `method:` beside `gamma` and `tau`: inverse temperatures of
      // its advantage weighting, not Adam's moving-average decays.
      if (!optimizerContext(ctx) && (hasSibling(ctx, 'tau', 'discount', 'cql_scale', 'awac_scale', 'cql_alpha') || parentIs(ctx, /^(?:method|algorithm|algo|objective|criterion|loss)$/))) {
        return other(`\`${ctx.name}\` beside reinforcement-learning or loss settings belongs to the objective, not to an optimizer`);
      }
      return undefined;
    case 'eta':
      // Beside a learning rate and no boosting parameter, `eta` is another coefficient: ESD's negative-guidance
      // strength (`eta: 1.0` next to `learning_rate: 1.0e-5`), OVANet's entropy weight, FedAvg's server step size.
      if (hasSibling(ctx, 'learning_rate', 'lr', 'base_lr') && !hasSibling(ctx, ...BOOSTING_SIGNS)) {
        return other('`eta` beside a learning rate and no boosting parameter is another coefficient (a guidance strength, DDIM\'s eta, an entropy weight, a federated server\'s step size), not the optimizer\'s learning rate');
      }
      // Hyperband's and BOHB's `eta` is the halving rate of a successive-halving search (Polyaxon's and Katib's
      // `kind: hyperband` beside `maxIterations` and `resource`, hpbandster's `min_budget`/`max_budget`).
      if (/hyperband|bohb|asha|halving/.test(['kind', 'algorithm', 'algorithm_name', 'type', 'name'].map((k) => siblingValue(ctx, k) ?? '').join(' ')) ||
        hasSibling(ctx, 'max_iterations', 'min_budget', 'max_budget', 'brackets', 'grace_period', 'reduction_factor', 'hyperband_iterations')) {
        return other('`eta` of a Hyperband or successive-halving search is the fraction of trials it keeps at each round, not a learning rate');
      }
      return hp('learning-rate', '`eta` is the XGBoost (and sklearn SGD) name of the learning rate');
    case 'learner':
      // RecBole and TextBox name the optimizer `learner` (`learner: adam`); TextBox 1.x's `learner: schedule` is its
      // Noam-style ScheduledOptim, warmup then inverse square root, whose `learning_rate` scales that formula.
      if (ctx.value.kind === 'scalar' && typeof ctx.value.value === 'string') {
        if (ctx.value.value.toLowerCase() === 'schedule') return hp('lr-schedule', '`learner: schedule` (TextBox) is a Noam-style warmup and decay schedule');
        if (/^(?:adam|adamw|sgd|adagrad|rmsprop|sparse_adam|adadelta)$/i.test(ctx.value.value)) return hp('optimizer', '`learner` names the optimizer in RecBole and TextBox');
      }
      return undefined;
    case 'decay':
      if (within(ctx, /ema/) || hasSibling(ctx, 'ema', 'use_ema')) return hp('ema', '`decay` of a weight average');
      return hp('lr-schedule', '`decay` names a learning-rate decay (Keras legacy `decay`, Ludwig `decay` type)');
    case 'steps':
      if (ctx.shape === 'numeric-list' || ((within(ctx, /^solver$/) || within(ctx, SCHEDULER_CONTEXT)) && (ctx.shape === 'string' || ctx.shape === 'list'))) {
        return hp('lr-decay', '`steps` of a solver or schedule are its decay milestones');
      }
      if (ctx.shape === 'number' || ctx.shape === 'numeric-string') return hp('max-steps', '`steps` as a number is the training length');
      return other('`steps` that is neither a count nor a list of milestones');
    case 'bias':
      if (isTensor(ctx) || ctx.shape === 'numeric-list') return learned('biases', '`bias` holding numbers is a learned bias vector');
      if (ctx.shape === 'string' && loraContext(ctx)) return hp('adapter', '`bias: none|all|lora_only` chooses which biases LoRA trains');
      if (ctx.shape === 'string' || ctx.shape === 'boolean') return hp(undefined, '`bias` as a flag or mode is an architecture choice, not a learned bias');
      return other('`bias` that is neither a tensor nor a flag');
    case 'weight':
    case 'weights':
    case 'w':
      if (isPerClassList(ctx)) return hp('loss', `\`${ctx.name}\` holds one number per class (as many as \`${classCountName(ctx)}\`): chosen loss weights, not a learned tensor`);
      // A grid of candidates, every setting a list of values to try (LWViTs-for-weedmapping's `loss: {params: {num_classes:
      // [3], weight: [[0.0273, 1.0, 4.3802]]}}`): one row under a loss is one candidate list of class weights.
      if (ctx.shape === 'numeric-matrix' && ctx.value.kind === 'seq' && ctx.value.items.length === 1 && within(ctx, /loss|criterion/)) {
        return hp('loss', `\`${ctx.name}\` of a loss holding one list of numbers is a candidate list of class weights, not a learned tensor`);
      }
      if (ctx.shape === 'numeric-matrix' || (isTensor(ctx) && !within(ctx, /loss|sampler|class|criterion/))) return learned('weights', `\`${ctx.name}\` holding a tensor is a learned weight matrix`);
      if (within(ctx, /loss|criterion/) || ctx.parentConcept === 'loss') return hp('loss', `\`${ctx.name}\` of a loss weights its classes or terms`);
      if ((ctx.shape === 'number' || ctx.shape === 'numeric-string') && within(ctx, /(?:^|_)(?:datasets?|data|mixture|mixer)(?:_|$)/)) {
        return hp(undefined, `\`${ctx.name}\` of a dataset entry is its sampling weight in the data mixture`);
      }
      if (ctx.shape === 'numeric-list' || ctx.shape === 'number') return hp('loss', `\`${ctx.name}\` holding a few numbers weights classes or loss terms`);
      if (ctx.shape === 'string') return other(`\`${ctx.name}\` holding a string references a checkpoint or initialisation, not learned values`);
      return other(`\`${ctx.name}\` that holds no numbers`);
    case 'running_mean':
    case 'running_var':
    case 'running_variance':
      // (Keras' `moving_mean` and `moving_variance` holding no tensor are `other` below.)
      // A wide-resnet reproduction's `initialization.batch_norm.running_mean: 0.0`: the value the statistics start from,
      // written beside the other initial values, is chosen before training.
      if ((ctx.shape === 'number' || ctx.shape === 'numeric-string') && within(ctx, /^(?:init|initiali[sz]ation|initiali[sz]ers?|weight_init|param_init|init_params)$/)) {
        return hp('weight-init', `\`${ctx.name}\` as one number in an initialisation block is the value the running statistics start from, not a learned state`);
      }
      return undefined;
    case 'kernel':
      if (isTensor(ctx)) return learned('kernel-weights', '`kernel` holding a tensor is a learned kernel');
      if (ctx.shape === 'string') return hp(undefined, '`kernel` naming a kernel function (e.g. `rbf`) is a model choice');
      if (ctx.shape === 'number' || ctx.shape === 'numeric-list') return hp('kernel-size', '`kernel` as a small number or pair is a kernel size');
      return other('`kernel` without numbers or a kernel name');
    case 'threshold':
    case 'thresholds':
      if ((within(ctx, TREE_DUMP) || (gbdt(ctx) && within(ctx, GBDT_DUMP) && hasSibling(ctx, ...TREE_NODE_KEYS))) && (ctx.shape === 'numeric-list' || ctx.shape === 'number' || isTensor(ctx))) {
        return learned('decision-thresholds', '`threshold` inside a fitted tree holds learned split points');
      }
      // ML-Agents curricula list one reward threshold per lesson: chosen, not learned.
      if (hasSibling(ctx, 'min_lesson_length', 'signal_smoothing', 'measure', 'lessons')) return hp(undefined, '`thresholds` beside curriculum settings are the scores that end each lesson');
      if (isTensor(ctx)) return learned('decision-thresholds', '`threshold` holding many numbers is a learned set of split points');
      if (ctx.shape === 'number' || ctx.shape === 'numeric-string') return hp(undefined, '`threshold` as one number is a chosen cut-off (e.g. FixedThresholdClassifier, ReduceLROnPlateau)');
      return other('`threshold` without numbers');
    case 'embeddings':
    case 'moving_mean':
    case 'moving_variance':
      if (!isTensor(ctx) && ctx.shape !== 'numeric-list') return other(`\`${ctx.name}\` that holds no learned values`);
      return undefined;
    case 'step':
      // `optimizer.state.<i>.step`: Adam's step counter, saved with the optimizer state.
      if (within(ctx, /^state$/) && (ctx.shape === 'number' || isTensor(ctx))) return learned('optimizer-state', '`step` inside an optimizer `state` entry is a counter produced by training');
      // ST-GCN, 2s-AGCN and the skeleton models after them: `base_lr: 0.1` with `step: [30, 40]` for MultiStepLR.
      if (ctx.shape === 'numeric-list' && (within(ctx, SCHEDULER_CONTEXT) || hasSibling(ctx, 'base_lr', 'lr', 'learning_rate'))) {
        return hp('lr-decay', '`step` as a list beside a learning rate holds the epochs at which the rate steps down');
      }
      return undefined;
    case 'base_lr':
      if (hasSibling(ctx, 'max_lr') && (hasSibling(ctx, 'step_size', 'step_size_up', 'mode') || isClass(ctx, /cycl/))) {
        return hp('min-learning-rate', '`base_lr` next to `max_lr` is the lower bound of a cyclic schedule');
      }
      return undefined;
    case 'mode':
      if (within(ctx, SCHEDULER_CONTEXT) || ctx.parentConcept === 'lr-schedule' || isClass(ctx, /lr_scheduler|schedulers?\.|cycliclr|plateau/) || hasSibling(ctx, 'max_lr') && hasSibling(ctx, 'step_size', 'base_lr')) {
        return hp('lr-schedule', '`mode` of a learning-rate scheduler picks its shape');
      }
      return undefined;
    case 'limit':
      if (parentIs(ctx, /epoch/) || isClass(ctx, /epochcounter/)) return hp('epochs', '`limit` of an epoch counter is the number of epochs');
      return undefined;
    case 'linear':
      if (parentIs(ctx, /^network$/) && (ctx.shape === 'number' || ctx.shape === 'numeric-string')) return hp('lora-rank', '`network.linear` is the LoRA rank (ai-toolkit, kohya)');
      return undefined;
    case 'network':
      if (ctx.shape === 'map' && hasChild(ctx, 'linear', 'linear_alpha', 'network_dim', 'network_alpha')) return hp('adapter', '`network` with a rank and alpha is the adapter (LoRA) block');
      return undefined;
    case 'adapter_dim':
      if (within(ctx, /(?:^|_)lora(?:_|$)/) || hasSibling(ctx, 'lora_alpha', 'lora_dropout')) return hp('lora-rank', '`adapter_dim` of a LoRA block is its rank (NeMo)');
      return hp('adapter', '`adapter_dim` is the bottleneck width of an adapter');
    case 'weight_tying':
      if (loraContext(ctx) || within(ctx, /adapter|peft/)) return hp('adapter', '`weight_tying` of an adapter shares its weights across layers');
      return hp(undefined, '`weight_tying` is an architecture switch, not learned weights');
    case 'rl':
      if (ctx.shape === 'string') return hp('loss', '`rl` names the preference/RL objective (dpo, kto, orpo, grpo)');
      return undefined;
    case 'embedding_size': {
      const vocab = siblingNumber(ctx, 'vocab_size');
      const own = ownNumber(ctx);
      if (vocab !== undefined && own !== undefined && own >= vocab) return hp('vocab-size', '`embedding_size` next to a smaller `vocab_size` is the padded vocabulary (OLMo)');
      return undefined;
    }
    case 'units':
      if (ctx.shape === 'string') return other('`units` naming a unit (`steps`) is not a layer width');
      return undefined;
    case 'quantize':
      if (ctx.shape === 'map') return hp('precision', '`quantize` as a block configures low-precision (float8/MX) training');
      return undefined;
    case 'norm':
      if (hasSibling(ctx, 'mel_scale', 'n_mels', 'n_mel_channels', 'hop_length', 'n_fft')) return hp(undefined, '`norm` next to mel-spectrogram settings is the filterbank normalisation, not a normalisation layer');
      return undefined;
    case 'optimizer':
      // A saved optimizer `state_dict()` (`state` + `param_groups`) is state, not the optimizer choice.
      if (ctx.shape === 'map' && hasChild(ctx, 'state') && hasChild(ctx, 'param_groups')) return other('`optimizer` holding `state` and `param_groups` is a saved optimizer state dict');
      return undefined;
    case 't_max':
      if (within(ctx, SCHEDULER_CONTEXT) || isClass(ctx, /lr|sched/)) return undefined;
      if (within(ctx, /prednet|rnn|lstm|gru/)) return hp('weight-init', '`t_max` of a recurrent prediction network sets its chrono initialisation');
      if (rlSettings(ctx) || hasSibling(ctx, ...PYMARL_SETTINGS)) return hp(undefined, '`t_max` beside reinforcement-learning settings is the number of environment steps the run lasts (PyMARL), not a cosine schedule\'s period');
      return undefined;
    case 'max_steps':
      // diffusion_policy's `task.env_runner.max_steps: 400` caps each evaluation rollout in the simulator.
      if (within(ctx, ENVIRONMENT_CONTEXT)) return hp(undefined, `\`${ctx.name}\` of an environment, rollout or evaluation block caps an episode or an evaluation, not the length of the run`);
      return episodeCap(ctx);
    case 'warmup_steps':
    case 'warmup':
    case 'num_warmup_steps':
    case 'warmup_step':
      return randomActionWarmup(ctx);
    case 'num_steps':
      if (within(ctx, /^combiner$/) || isClass(ctx, /tabnet/)) return hp('num-layers', '`num_steps` of a TabNet combiner is its number of decision steps (architecture)');
      return rolloutLength(ctx) ?? episodeCap(ctx);
    case 'n_steps':
      return rolloutLength(ctx) ?? episodeCap(ctx);
    case 'num_iterations':
      // GRPO's μ (TRL's `GRPOConfig.num_iterations`, MindRLHF's `rl_config.num_iterations` beside `num_generations`): how
      // many times each generated batch is trained on, not how long the run lasts.
      if (ctx.frameworks.has('trl-online') || hasSibling(ctx, 'num_generations') || within(ctx, /(?:^|_)grpo(?:_|$)/)) {
        return hp(undefined, '`num_iterations` beside GRPO settings is the number of updates per generated batch, not the length of the run');
      }
      return undefined;
    case 'temperature':
      if (hasSibling(ctx, 'beam_size', 'valid_beam_size', 'test_beam_size', 'lm_weight', 'num_beams', 'eos_threshold')) return other('`temperature` next to beam-search settings is a decoding setting');
      return undefined;
    case 'in_features':
    case 'out_features':
      if (ctx.shape === 'list') return other(`\`${ctx.name}\` listing feature maps by name selects inputs, it is not a width`);
      return undefined;
    case '_partial_':
      return other('`_partial_` tells Hydra how to instantiate, not what to train with');
    // An optimizer's own file (a Hydra `optim/adam.yaml` group option: `name: "adam"`, `lr`, `weight_decay`) names the
    // optimizer with the same keys a model or an experiment uses for its own name: the value and a rate beside it tell.
    // Its class may be written as Hydra's `_target_: torch.optim.Adam`, and its arguments kept in a block of their own
    // (luisleo526/medical-segmentation's `optimizer/adam.yaml`: `type: torch.optim.Adam`, `params: {lr, weight_decay}`).
    case 'name':
    case 'type':
    case 'method':
    case '_target_':
    case 'class_path':
      if (ctx.value.kind === 'scalar' && typeof ctx.value.value === 'string' && OPTIMIZER_NAME.test(ctx.value.value) && (hasSibling(ctx, 'lr', 'learning_rate') || argumentsHoldRate(ctx))) {
        return hp('optimizer', `\`${ctx.name}: ${ctx.value.value}\` beside a learning rate names the optimizer`);
      }
      return undefined;
    // LitGPT's `train.max_tokens` is the run's token budget; fairseq's `dataset.max_tokens` is a batch measured in
    // tokens; X-VLM's top-level `max_tokens: 40` is a caption's length.
    case 'max_tokens': {
      if (within(ctx, /^(?:dataset|data|dataloader|batching)$/)) return hp('batch-size', '`max_tokens` of a dataset is a batch measured in tokens (fairseq)');
      if (within(ctx, /^(?:train|training|trainer)$/)) return undefined;
      const n = ownNumber(ctx);
      if (n !== undefined && n < 1_000_000) return hp('sequence-length', '`max_tokens` of at most a few thousand, outside the training block, limits a sequence\'s length, not the run');
      return undefined;
    }
    // Adversarial training (AWP, FGM, PGD: common in Kaggle NLP solutions) perturbs weights or embeddings by a
    // step of its own, often 1.0; it is not the optimizer's rate.
    case 'adv_lr':
    case 'awp_lr':
    case 'attack_lr':
      return hp(undefined, `\`${ctx.name}\` is the step size of an adversarial perturbation (AWP, FGM, PGD), not the optimizer's learning rate`);
    case 'target_lr':
    case 'target_learning_rate':
      // MAPDN's `"target": True`, `"target_lr": 0.1`, `"target_update_freq": 50`: the target networks move 10% of the way
      // to the online ones at each update (Polyak averaging), a rate that no optimizer takes.
      if (rlSettings(ctx) || hasSibling(ctx, 'target', 'target_update_freq', 'target_update_interval', 'replay', 'replay_buffer_size', 'buffer_size', 'tau')) {
        return hp(undefined, `\`${ctx.name}\` beside target-network and replay settings is the soft-update rate of the target networks, not a learning rate`);
      }
      return undefined;
    case 'lr':
    case 'learning_rate':
      if (within(ctx, ADVERSARIAL_CONTEXT) && !within(ctx, /optim/)) return hp(undefined, `\`${ctx.name}\` of adversarial training is the step size of its perturbation, not the optimizer's learning rate`);
      return undefined;
    default:
      return undefined;
  }
}

/** Blocks that configure adversarial weight or embedding perturbation (not `adversarial`: audiocraft's
 * `adversarial.optim.lr` is its discriminator's optimizer). */
const ADVERSARIAL_CONTEXT = /^(?:awp|fgm|pgd|adversarial_training|adv_training)$/;

/** Whether the value holds a tensor (asked only for the few names where it matters: it walks numeric lists). */
function isTensor(ctx: FieldContext): boolean {
  return isTensorLike(ctx.value, ctx.shape);
}

/** Sibling keys that give the number of classes (CBIM's `classes: 16` beside its 16 class weights). */
const CLASS_COUNT_KEYS = ['classes', 'num_classes', 'n_classes', 'nclasses', 'num_class', 'nclass', 'class_num', 'num_labels'];

function classCountName(ctx: FieldContext): string | undefined {
  return CLASS_COUNT_KEYS.find((k) => ctx.siblings.includes(k));
}

/** A flat list of numbers exactly as long as a sibling's class count is one number per class, written by hand. */
function isPerClassList(ctx: FieldContext): boolean {
  if (ctx.shape !== 'numeric-list' || ctx.value.kind !== 'seq') return false;
  const name = classCountName(ctx);
  return name !== undefined && siblingNumber(ctx, name) === ctx.value.items.length;
}

/** Keys that hold a class's arguments beside its name (`type` + `params`, jsonargparse's `class_path` + `init_args`). */
const ARGUMENT_BLOCKS = new Set(['params', 'kwargs', 'args', 'init_args', 'options']);

/** A sibling block of arguments holding a learning rate. */
function argumentsHoldRate(ctx: FieldContext): boolean {
  return ctx.container.entries.some((e) => e.value.kind === 'map' && ARGUMENT_BLOCKS.has(normalizeKey(String(e.key.value))) &&
    e.value.entries.some((a) => { const k = normalizeKey(String(a.key.value)); return k === 'lr' || k === 'learning_rate'; }));
}

/** Whether the field's own mapping has one of these keys. */
function hasChild(ctx: FieldContext, ...names: string[]): boolean {
  if (ctx.value.kind !== 'map') return false;
  return ctx.value.entries.some((e) => names.includes(normalizeKey(String(e.key.value))));
}
