/**
 * Names that mean different things in different places. `alpha` is LoRA scaling next to `r`,
 * RMSprop smoothing in an RMSprop block and an L1 penalty in XGBoost; `gamma` is a StepLR decay,
 * an XGBoost split loss or a Keras BatchNorm scale; `weight` is a state-dict tensor or a loss's class
 * weights. Each decision here looks at the field's ancestors, siblings, the class its mapping
 * instantiates, the detected frameworks and the value's shape.
 */
import type { ConfigNode } from '../document/types.js';
import type { FrameworkId } from '../model/frameworks.js';
import type { FieldKind } from './concepts.js';
import { isTensorLike, type ValueShape } from './shape.js';

export interface FieldContext {
  readonly name: string;
  readonly shape: ValueShape;
  readonly value: ConfigNode;
  /** Normalised names of enclosing keys, outermost first. */
  readonly ancestors: readonly string[];
  /** Normalised names in the same mapping (the field's own name included). */
  readonly siblings: ReadonlySet<string>;
  /** Lower-cased class this mapping instantiates (`torch.optim.rmsprop`, `dropout`), if named. */
  readonly classMarker: string | undefined;
  readonly frameworks: ReadonlySet<FrameworkId>;
  readonly parentConcept: string | undefined;
}

export interface Decision {
  kind: FieldKind;
  concept?: string;
  evidence: string[];
}

const hp = (concept: string | undefined, why: string): Decision => ({ kind: 'hyperparameter', ...(concept ? { concept } : {}), evidence: [why] });
const learned = (concept: string, why: string): Decision => ({ kind: 'learned-parameter', concept, evidence: [why] });
const other = (why: string): Decision => ({ kind: 'other', evidence: [why] });

const within = (ctx: FieldContext, re: RegExp): boolean => ctx.ancestors.some((a) => re.test(a));
const hasSibling = (ctx: FieldContext, ...names: string[]): boolean => names.some((n) => ctx.siblings.has(n));
const isClass = (ctx: FieldContext, re: RegExp): boolean => re.test(ctx.classMarker ?? '');

const LORA_CONTEXT = /(?:^|_)(?:lora|adapter|peft|qlora|dora|network)(?:_|$)/;
const SCHEDULER_CONTEXT = /(?:^|_)(?:sched|scheduler|lr_scheduler|lr_config|learning_rate_scheduler|param_scheduler|lr_schedule|solver)(?:_|$)/;
const OPTIMIZER_CONTEXT = /(?:^|_)(?:optim|optimizer|opt|optimizer_config|optim_wrapper|init_args|params)(?:_|$)/;
const NORM_CONTEXT = /(?:^|_)(?:bn|batch_norm|batchnorm|norm|norm_params|layer_norm|group_norm|normalization)(?:_|$)/;
const TREE_DUMP = /^(?:trees|tree_info|tree_structure|gradient_booster|model|learner)$/;

function loraContext(ctx: FieldContext): boolean {
  return within(ctx, LORA_CONTEXT) || hasSibling(ctx, 'lora_alpha', 'lora_dropout', 'target_modules', 'lora_target_modules', 'peft_type', 'r', 'use_rslora');
}

function gbdt(ctx: FieldContext): boolean {
  return ctx.frameworks.has('xgboost') || ctx.frameworks.has('lightgbm');
}

function sklearnish(ctx: FieldContext): boolean {
  return ctx.frameworks.has('sklearn') || hasSibling(ctx, 'solver', 'penalty', 'l1_ratio', 'fit_intercept', 'max_iter', 'tol', 'learning_rate_init');
}

/** A decision for names that need context, or undefined to fall back to the vocabulary. */
export function disambiguate(ctx: FieldContext): Decision | undefined {
  const tensor = isTensorLike(ctx.value, ctx.shape);
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
      if (tensor) return learned('weights', '`gamma` holding a tensor is a normalization scale (learned)');
      if (within(ctx, SCHEDULER_CONTEXT) || hasSibling(ctx, 'step_size', 'milestones', 'steps', 'base_lr', 'decay_steps') || isClass(ctx, /steplr|exponentiallr|multisteplr|lr/)) {
        return hp('lr-decay', '`gamma` of a learning-rate schedule is its decay factor');
      }
      if (gbdt(ctx)) return hp('tree-complexity', '`gamma` in XGBoost is the minimum split loss');
      if (within(ctx, /loss|focal/) || hasSibling(ctx, 'alpha')) return hp('loss', '`gamma` of a focal loss is its focusing parameter');
      return other('`gamma` without a schedule, GBDT or loss context');
    case 'beta':
      if (tensor) return learned('weights', '`beta` holding a tensor is a normalization offset (learned)');
      if (ctx.frameworks.has('trl') || hasSibling(ctx, 'loss_type', 'max_prompt_length', 'max_length', 'ref_model', 'dpo_loss_type') || within(ctx, /dpo|orpo|kto|rl|trl|preference/)) {
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
      if (loraContext(ctx) || ctx.frameworks.has('peft')) return hp('lora-rank', `\`${ctx.name}\` next to LoRA settings is the adapter rank`);
      return other(`\`${ctx.name}\` without a LoRA context`);
    case 'momentum':
      if (within(ctx, NORM_CONTEXT) || isClass(ctx, /batchnorm|batch_norm|\bbn\b/)) return hp('batch-norm', '`momentum` of a normalization layer updates its running statistics');
      return undefined;
    case 'eps':
    case 'epsilon':
      if (within(ctx, NORM_CONTEXT) || isClass(ctx, /norm/)) return hp('batch-norm', `\`${ctx.name}\` of a normalization layer`);
      if (within(ctx, OPTIMIZER_CONTEXT) || hasSibling(ctx, 'lr', 'learning_rate', 'betas', 'weight_decay', 'momentum', 'beta_1', 'rho') || isClass(ctx, /adam|optim|rmsprop|adagrad|sgd|lamb|lion/)) {
        return hp('epsilon', `\`${ctx.name}\` of an optimizer is its numerical-stability term`);
      }
      return other(`\`${ctx.name}\` without an optimizer or normalization context`);
    case 'eta':
      return hp('learning-rate', '`eta` is the XGBoost (and sklearn SGD) name of the learning rate');
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
      if (tensor || ctx.shape === 'numeric-list') return learned('biases', '`bias` holding numbers is a learned bias vector');
      if (ctx.shape === 'string' && loraContext(ctx)) return hp('adapter', '`bias: none|all|lora_only` chooses which biases LoRA trains');
      if (ctx.shape === 'string' || ctx.shape === 'boolean') return hp(undefined, '`bias` as a flag or mode is an architecture choice, not a learned bias');
      return other('`bias` that is neither a tensor nor a flag');
    case 'weight':
    case 'weights':
    case 'w':
      if (ctx.shape === 'numeric-matrix' || (tensor && !within(ctx, /loss|sampler|class|criterion/))) return learned('weights', `\`${ctx.name}\` holding a tensor is a learned weight matrix`);
      if (ctx.shape === 'numeric-list' || ctx.shape === 'number') return hp('loss', `\`${ctx.name}\` holding a few numbers weights classes or loss terms`);
      if (ctx.shape === 'string') return other(`\`${ctx.name}\` holding a string references a checkpoint or initialisation, not learned values`);
      return other(`\`${ctx.name}\` that holds no numbers`);
    case 'kernel':
      if (tensor) return learned('kernel-weights', '`kernel` holding a tensor is a learned kernel');
      if (ctx.shape === 'string') return hp(undefined, '`kernel` naming a kernel function (e.g. `rbf`) is a model choice');
      if (ctx.shape === 'number' || ctx.shape === 'numeric-list') return hp('kernel-size', '`kernel` as a small number or pair is a kernel size');
      return other('`kernel` without numbers or a kernel name');
    case 'threshold':
    case 'thresholds':
      if (within(ctx, TREE_DUMP) && (ctx.shape === 'numeric-list' || ctx.shape === 'number' || tensor)) return learned('decision-thresholds', '`threshold` inside a fitted tree holds learned split points');
      if (tensor) return learned('decision-thresholds', '`threshold` holding many numbers is a learned set of split points');
      if (ctx.shape === 'number' || ctx.shape === 'numeric-string') return hp(undefined, '`threshold` as one number is a chosen cut-off (e.g. FixedThresholdClassifier, ReduceLROnPlateau)');
      return other('`threshold` without numbers');
    case 'embeddings':
    case 'moving_mean':
    case 'moving_variance':
      if (!tensor && ctx.shape !== 'numeric-list') return other(`\`${ctx.name}\` that holds no learned values`);
      return undefined;
    default:
      return undefined;
  }
}
