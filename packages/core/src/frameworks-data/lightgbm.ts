/**
 * LightGBM parameter names and aliases. LightGBM warns "Unknown parameter: x" and ignores keys it
 * does not know.
 *
 * Source: microsoft/LightGBM `src/io/config_auto.cpp` @0050954 (`Config::parameter_set()` and
 * `Config::alias_table()`, generated from `include/LightGBM/config.h`), plus the parameters 4.x added
 * (`linear_tree`, `linear_lambda`, `deterministic`, `data_sample_strategy`, `use_quantized_grad`,
 * `num_grad_quant_bins`, `quant_train_renew_leaf`, `stochastic_rounding`, `interaction_constraints`,
 * `monotone_penalty`, `bagging_by_query`, `num_gpu`, ...) as listed in `docs/Parameters.rst`, and
 * the scikit-learn wrapper's own arguments (`LGBMModel.__init__`: `class_weight`, `importance_type`).
 */
export const LIGHTGBM_PARAMS: ReadonlySet<string> = new Set([
  'config', 'task', 'objective', 'boosting', 'data', 'valid', 'num_iterations', 'learning_rate', 'num_leaves', 'tree_learner', 'num_threads',
  'device_type', 'seed', 'force_col_wise', 'force_row_wise', 'histogram_pool_size', 'max_depth', 'min_data_in_leaf', 'min_sum_hessian_in_leaf',
  'bagging_fraction', 'pos_bagging_fraction', 'neg_bagging_fraction', 'bagging_freq', 'bagging_seed', 'feature_fraction',
  'feature_fraction_bynode', 'feature_fraction_seed', 'extra_trees', 'extra_seed', 'early_stopping_round', 'first_metric_only',
  'max_delta_step', 'lambda_l1', 'lambda_l2', 'min_gain_to_split', 'drop_rate', 'max_drop', 'skip_drop', 'xgboost_dart_mode', 'uniform_drop',
  'drop_seed', 'top_rate', 'other_rate', 'min_data_per_group', 'max_cat_threshold', 'cat_l2', 'cat_smooth', 'max_cat_to_onehot', 'top_k',
  'monotone_constraints', 'monotone_constraints_method', 'feature_contri', 'forcedsplits_filename', 'refit_decay_rate', 'cegb_tradeoff',
  'cegb_penalty_split', 'cegb_penalty_feature_lazy', 'cegb_penalty_feature_coupled', 'path_smooth', 'verbosity', 'input_model', 'output_model',
  'snapshot_freq', 'max_bin', 'max_bin_by_feature', 'min_data_in_bin', 'bin_construct_sample_cnt', 'data_random_seed', 'is_enable_sparse',
  'enable_bundle', 'use_missing', 'zero_as_missing', 'feature_pre_filter', 'pre_partition', 'two_round', 'header', 'label_column',
  'weight_column', 'group_column', 'ignore_column', 'categorical_feature', 'forcedbins_filename', 'save_binary', 'num_iteration_predict',
  'predict_raw_score', 'predict_leaf_index', 'predict_contrib', 'predict_disable_shape_check', 'pred_early_stop', 'pred_early_stop_freq',
  'pred_early_stop_margin', 'output_result', 'convert_model_language', 'convert_model', 'objective_seed', 'num_class', 'is_unbalance',
  'scale_pos_weight', 'sigmoid', 'boost_from_average', 'reg_sqrt', 'alpha', 'fair_c', 'poisson_max_delta_step', 'tweedie_variance_power',
  'lambdarank_truncation_level', 'lambdarank_norm', 'label_gain', 'metric', 'metric_freq', 'is_provide_training_metric', 'eval_at',
  'multi_error_top_k', 'auc_mu_weights', 'num_machines', 'local_listen_port', 'time_out', 'machine_list_filename', 'machines',
  'gpu_platform_id', 'gpu_device_id', 'gpu_use_dp',
  // 4.x additions
  'linear_tree', 'linear_lambda', 'deterministic', 'data_sample_strategy', 'use_quantized_grad', 'num_grad_quant_bins', 'quant_train_renew_leaf',
  'stochastic_rounding', 'interaction_constraints', 'monotone_penalty', 'bagging_by_query', 'num_gpu', 'precise_float_parser',
  'parser_config_file', 'saved_feature_importance_type', 'start_iteration_predict', 'lambdarank_position_bias_regularization',
  // scikit-learn wrapper arguments
  'class_weight', 'importance_type', 'n_jobs', 'random_state', 'verbose', 'boosting_type', 'n_estimators', 'subsample_for_bin',
  'min_split_gain', 'min_child_weight', 'min_child_samples', 'subsample', 'subsample_freq', 'colsample_bytree', 'reg_alpha', 'reg_lambda',
]);

/** Aliases → canonical parameter (`config_auto.cpp` `alias_table`). */
export const LIGHTGBM_ALIASES: Readonly<Record<string, string>> = {
  config_file: 'config', task_type: 'task', objective_type: 'objective', app: 'objective', application: 'objective', boosting_type: 'boosting',
  boost: 'boosting', train: 'data', train_data: 'data', train_data_file: 'data', data_filename: 'data', test: 'valid', valid_data: 'valid',
  valid_data_file: 'valid', test_data: 'valid', test_data_file: 'valid', valid_filenames: 'valid', num_iteration: 'num_iterations',
  n_iter: 'num_iterations', num_tree: 'num_iterations', num_trees: 'num_iterations', num_round: 'num_iterations', num_rounds: 'num_iterations',
  num_boost_round: 'num_iterations', n_estimators: 'num_iterations', shrinkage_rate: 'learning_rate', eta: 'learning_rate',
  num_leaf: 'num_leaves', max_leaves: 'num_leaves', max_leaf: 'num_leaves', tree: 'tree_learner', tree_type: 'tree_learner',
  tree_learner_type: 'tree_learner', num_thread: 'num_threads', nthread: 'num_threads', nthreads: 'num_threads', n_jobs: 'num_threads',
  device: 'device_type', random_seed: 'seed', random_state: 'seed', hist_pool_size: 'histogram_pool_size', min_data_per_leaf: 'min_data_in_leaf',
  min_data: 'min_data_in_leaf', min_child_samples: 'min_data_in_leaf', min_sum_hessian_per_leaf: 'min_sum_hessian_in_leaf',
  min_sum_hessian: 'min_sum_hessian_in_leaf', min_hessian: 'min_sum_hessian_in_leaf', min_child_weight: 'min_sum_hessian_in_leaf',
  sub_row: 'bagging_fraction', subsample: 'bagging_fraction', bagging: 'bagging_fraction', pos_sub_row: 'pos_bagging_fraction',
  pos_subsample: 'pos_bagging_fraction', pos_bagging: 'pos_bagging_fraction', neg_sub_row: 'neg_bagging_fraction',
  neg_subsample: 'neg_bagging_fraction', neg_bagging: 'neg_bagging_fraction', subsample_freq: 'bagging_freq', bagging_fraction_seed: 'bagging_seed',
  sub_feature: 'feature_fraction', colsample_bytree: 'feature_fraction', sub_feature_bynode: 'feature_fraction_bynode',
  colsample_bynode: 'feature_fraction_bynode', early_stopping_rounds: 'early_stopping_round', early_stopping: 'early_stopping_round',
  n_iter_no_change: 'early_stopping_round', max_tree_output: 'max_delta_step', max_leaf_output: 'max_delta_step', reg_alpha: 'lambda_l1',
  reg_lambda: 'lambda_l2', lambda: 'lambda_l2', min_split_gain: 'min_gain_to_split', rate_drop: 'drop_rate', topk: 'top_k',
  mc: 'monotone_constraints', monotone_constraint: 'monotone_constraints', monotone_constraining_method: 'monotone_constraints_method',
  mc_method: 'monotone_constraints_method', feature_contrib: 'feature_contri', fc: 'feature_contri', fp: 'feature_contri',
  feature_penalty: 'feature_contri', fs: 'forcedsplits_filename', forced_splits_filename: 'forcedsplits_filename',
  forced_splits_file: 'forcedsplits_filename', forced_splits: 'forcedsplits_filename', verbose: 'verbosity', model_input: 'input_model',
  model_in: 'input_model', model_output: 'output_model', model_out: 'output_model', save_period: 'snapshot_freq',
  subsample_for_bin: 'bin_construct_sample_cnt', data_seed: 'data_random_seed', is_sparse: 'is_enable_sparse', enable_sparse: 'is_enable_sparse',
  sparse: 'is_enable_sparse', is_enable_bundle: 'enable_bundle', bundle: 'enable_bundle', is_pre_partition: 'pre_partition',
  two_round_loading: 'two_round', use_two_round_loading: 'two_round', has_header: 'header', label: 'label_column', weight: 'weight_column',
  group: 'group_column', group_id: 'group_column', query_column: 'group_column', query: 'group_column', query_id: 'group_column',
  ignore_feature: 'ignore_column', blacklist: 'ignore_column', cat_feature: 'categorical_feature', categorical_column: 'categorical_feature',
  cat_column: 'categorical_feature', is_save_binary: 'save_binary', is_save_binary_file: 'save_binary', is_predict_raw_score: 'predict_raw_score',
  predict_rawscore: 'predict_raw_score', raw_score: 'predict_raw_score', is_predict_leaf_index: 'predict_leaf_index', leaf_index: 'predict_leaf_index',
  is_predict_contrib: 'predict_contrib', contrib: 'predict_contrib', predict_result: 'output_result', prediction_result: 'output_result',
  predict_name: 'output_result', prediction_name: 'output_result', pred_name: 'output_result', name_pred: 'output_result',
  convert_model_file: 'convert_model', num_classes: 'num_class', unbalance: 'is_unbalance', unbalanced_sets: 'is_unbalance', metrics: 'metric',
  metric_types: 'metric', output_freq: 'metric_freq', training_metric: 'is_provide_training_metric', is_training_metric: 'is_provide_training_metric',
  train_metric: 'is_provide_training_metric', ndcg_eval_at: 'eval_at', ndcg_at: 'eval_at', map_eval_at: 'eval_at', map_at: 'eval_at',
  num_machine: 'num_machines', local_port: 'local_listen_port', port: 'local_listen_port', machine_list_file: 'machine_list_filename',
  machine_list: 'machine_list_filename', mlist: 'machine_list_filename', workers: 'machines', nodes: 'machines',
};

/** Keys that mark a mapping as a LightGBM parameter set (names only LightGBM uses). */
export const LIGHTGBM_MARKERS: ReadonlySet<string> = new Set([
  'num_leaves', 'bagging_fraction', 'feature_fraction', 'min_data_in_leaf', 'lambda_l1', 'lambda_l2', 'bagging_freq', 'min_sum_hessian_in_leaf',
  'min_gain_to_split', 'is_unbalance', 'num_iterations', 'feature_fraction_bynode',
]);
