/**
 * Optimizer names → families. Families decide which learning rates are unusual, whether weight
 * decay is decoupled, and which rules apply at all (L-BFGS at lr 1, Prodigy at lr 1, Muon at 0.02
 * and Adadelta at 1.0 are the conventional settings, not mistakes).
 */
export type OptimizerFamily =
  | 'adam'
  | 'adamw'
  | 'adafactor'
  | 'lion'
  | 'sgd'
  | 'rmsprop'
  | 'adagrad'
  | 'adadelta'
  | 'lbfgs'
  | 'lars-lamb'
  | 'muon'
  | 'novograd'
  | 'adaptive'
  | 'schedule-free'
  | 'gbdt'
  | 'unknown';

const RULES: readonly [RegExp, OptimizerFamily][] = [
  [/schedule_?free|sf_adamw|schedulefree/, 'schedule-free'],
  [/prodigy|dadapt|d_adapt|\bdadam\b|mechanic|dog\b|cocob/, 'adaptive'], // audiocraft's `dadam` is D-Adaptation Adam
  [/lbfgs/, 'lbfgs'],
  [/lars|lamb/, 'lars-lamb'],
  [/muon/, 'muon'],
  [/novograd/, 'novograd'],
  [/adafactor/, 'adafactor'],
  [/adadelta/, 'adadelta'],
  [/adagrad/, 'adagrad'],
  [/rmsprop/, 'rmsprop'],
  [/lion/, 'lion'],
  // FusedAdam (apex, DeepSpeed, and wrappers such as SwissArmyTransformer's FusedEmaAdam) defaults to adam_w_mode.
  // OpenPCDet's `adam_onecycle` / `adam_cosineanneal` wrap Adam in fastai's OptimWrapper with `true_wd=True`.
  // AdamP (clovaai, timm) decays the weights directly: `p.data.mul_(1 - lr * weight_decay * wd_ratio)`.
  [/adam_onecycle|adam_cosineanneal|adamw|adam_w|adamp\b|decoupled_?adam|adamwscheduled|stable_adamw|fused_?(?:\w*_?)?adam|apex.*fusedadam|galore_adamw|lomo|adalomo|apollo/, 'adamw'],
  [/adam|adamax|amsgrad/, 'adam'],
  [/\bsgd|momentum|nesterov/, 'sgd'],
];

/** Family of an optimizer name or class path (`torch.optim.AdamW`, `adamw_bnb_8bit`, `fused_adam`). */
export function optimizerFamily(name: string | undefined): OptimizerFamily {
  if (!name) return 'unknown';
  const n = name.toLowerCase().replace(/^!(?:name|new):/, '');
  for (const [re, family] of RULES) if (re.test(n)) return family;
  return 'unknown';
}

/** Families whose usual learning rate is 1e-3 or below (the Adam family and its relatives). */
export const ADAPTIVE_LR_FAMILIES: ReadonlySet<OptimizerFamily> = new Set(['adam', 'adamw', 'lion', 'rmsprop', 'adagrad', 'adafactor']);

/**
 * Families tuned without a decaying schedule or at a learning rate near 1 by design. Gradient boosting's
 * `learning_rate` (`eta`) is the shrinkage applied to every tree, constant over the boosting rounds.
 * Adagrad divides each step by the root of all squared gradients so far, so its steps shrink by
 * construction (Duchi et al.), and its usual rate (torch's default) is 0.01, not Adam's 1e-3.
 */
export const SCHEDULE_EXEMPT_FAMILIES: ReadonlySet<OptimizerFamily> = new Set(['lbfgs', 'adaptive', 'schedule-free', 'lars-lamb', 'muon', 'adadelta', 'adafactor', 'adagrad', 'gbdt']);

/**
 * Settings of boosted trees (LightGBM, XGBoost, CatBoost, scikit-learn's gradient boosting). Two of
 * them beside a learning rate make it a shrinkage rate, whatever framework detection said (qlib wraps
 * LightGBM and CatBoost in `task.model.kwargs`).
 */
export const TREE_BOOSTING_KEYS: ReadonlySet<string> = new Set([
  'num_leaves', 'max_depth', 'min_child_weight', 'min_child_samples', 'min_data_in_leaf', 'min_sum_hessian_in_leaf', 'colsample_bytree',
  'colsample_bylevel', 'colsample_bynode', 'lambda_l1', 'lambda_l2', 'reg_alpha', 'reg_lambda', 'l2_leaf_reg', 'grow_policy', 'bootstrap_type',
  'border_count', 'tree_method', 'booster', 'boosting_type', 'boosting', 'feature_fraction', 'bagging_fraction', 'bagging_freq', 'subsample_freq',
  'max_bin', 'min_split_gain', 'min_gain_to_split', 'min_samples_split', 'min_samples_leaf', 'n_estimators', 'num_boost_round', 'num_iterations',
  'num_trees', 'max_leaves', 'scale_pos_weight', 'max_delta_step',
  // CatBoost's own, and the boosting round count all three libraries stop early on.
  'od_type', 'od_wait', 'one_hot_max_size', 'random_strength', 'bagging_temperature', 'leaf_estimation_iterations', 'leaf_estimation_method',
  'allow_writing_files', 'early_stopping_rounds',
]);
