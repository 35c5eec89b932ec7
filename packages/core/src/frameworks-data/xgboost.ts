/**
 * XGBoost parameter names. With `validate_parameters` (on by default in Python, R and the CLI)
 * XGBoost warns "Parameters: { ... } are not used" and ignores unknown keys.
 *
 * Source: dmlc/xgboost `doc/parameter.rst` (2.x: general, tree booster, categorical, DART, linear
 * booster, learning task, Tweedie, Pseudo-Huber, quantile, AFT, learning-to-rank and command-line
 * parameters) and the scikit-learn wrapper's arguments (`XGBModel.__init__`: `n_estimators`,
 * `learning_rate`, `reg_alpha`, `reg_lambda`, `random_state`, `n_jobs`, `early_stopping_rounds`, ...).
 */
export const XGBOOST_PARAMS: ReadonlySet<string> = new Set([
  'verbosity', 'use_rmm', 'booster', 'device', 'validate_parameters', 'nthread', 'disable_default_eval_metric', 'num_feature', 'eta',
  'learning_rate', 'gamma', 'min_split_loss', 'max_depth', 'min_child_weight', 'max_delta_step', 'subsample', 'sampling_method',
  'colsample_bytree', 'colsample_bylevel', 'colsample_bynode', 'lambda', 'reg_lambda', 'alpha', 'reg_alpha', 'tree_method', 'sketch_eps',
  'scale_pos_weight', 'updater', 'refresh_leaf', 'process_type', 'grow_policy', 'max_leaves', 'max_bin', 'predictor', 'num_parallel_tree',
  'monotone_constraints', 'interaction_constraints', 'multi_strategy', 'max_cached_hist_node', 'single_precision_histogram',
  'max_cat_to_onehot', 'max_cat_threshold', 'sample_type', 'normalize_type', 'rate_drop', 'one_drop', 'skip_drop', 'feature_selector', 'top_k',
  'tweedie_variance_power', 'objective', 'base_score', 'eval_metric', 'seed', 'seed_per_iteration', 'huber_slope', 'quantile_alpha',
  'aft_loss_distribution', 'aft_loss_distribution_scale', 'lambdarank_pair_method', 'lambdarank_num_pair_per_sample', 'lambdarank_unbiased',
  'lambdarank_bias_norm', 'ndcg_exp_gain', 'num_class', 'gpu_id',
  // command-line parameters (valid in a CLI .conf, not in a booster params dict)
  'num_round', 'data', 'test:data', 'save_period', 'task', 'model_in', 'model_out', 'model_dir', 'fmap', 'dump_format', 'name_dump', 'name_pred',
  'pred_margin',
  // scikit-learn wrapper arguments
  'n_estimators', 'random_state', 'n_jobs', 'early_stopping_rounds', 'enable_categorical', 'feature_types', 'feature_weights', 'callbacks',
  'importance_type', 'missing', 'max_num_features', 'num_boost_round', 'verbose_eval',
]);

/** Keys that mark a mapping as an XGBoost parameter set. */
export const XGBOOST_MARKERS: ReadonlySet<string> = new Set([
  'eta', 'booster', 'tree_method', 'colsample_bytree', 'colsample_bylevel', 'colsample_bynode', 'min_child_weight', 'max_delta_step',
  'scale_pos_weight', 'grow_policy', 'eval_metric',
]);

/**
 * Tree-boosting parameters that XGBoost, LightGBM and scikit-learn's ensembles share: beside them `eta` is the
 * shrinkage (XGBoost's learning rate), even next to `learning_rate`; without them, `eta` beside a learning rate is
 * another coefficient (ESD concept erasure's negative-guidance strength, OVANet's entropy weight). XGBoost's `gamma`,
 * `lambda` and `alpha` are left out: a discount, a focal loss and a regulariser use those names too.
 */
export const BOOSTING_SIGNS: readonly string[] = [
  'max_depth', 'objective', 'booster', 'n_estimators', 'num_round', 'num_boost_round', 'subsample', 'colsample_bytree', 'min_child_weight',
  'tree_method', 'num_leaves', 'eval_metric', 'max_leaves', 'reg_alpha', 'reg_lambda',
];
