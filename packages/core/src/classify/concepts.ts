/**
 * The concept vocabulary: what a field means, whatever a framework calls it.
 *
 * Names come from RULES-CATALOG.md section B (HF Transformers/TRL, axolotl, DeepSpeed, PyTorch,
 * Lightning/LitGPT, Hydra, NeMo, Ludwig, torchtitan, LLM Foundry/Composer, OLMo, detectron2, Keras,
 * scikit-learn, XGBoost, LightGBM, PEFT, nanoGPT, mmengine, Ultralytics). Names are matched after
 * normalisation (`learningRate`, `LEARNING_RATE`, `learning-rate` → `learning_rate`).
 *
 * Ambiguous names (`alpha`, `gamma`, `beta`, `p`, `rate`, `r`, `bias`, `kernel`, `steps`, `momentum`,
 * `eps`, `weights`, `threshold`) are not listed here; `disambiguate.ts` decides them from context.
 */

export type FieldKind = 'hyperparameter' | 'learned-parameter' | 'other';

export type ConceptGroup =
  | 'optimizer'
  | 'schedule'
  | 'batch'
  | 'duration'
  | 'architecture'
  | 'regularization'
  | 'precision'
  | 'evaluation'
  | 'adapter'
  | 'trees'
  | 'data'
  | 'runtime'
  | 'learned';

export interface ConceptDef {
  readonly id: string;
  readonly kind: FieldKind;
  readonly group: ConceptGroup;
  readonly label: string;
  /** Normalised names (snake_case, lower case). */
  readonly names: readonly string[];
  /** Name patterns tried after exact names, in order of the concept list. */
  readonly patterns?: readonly RegExp[];
}

const H = 'hyperparameter' as const;
const L = 'learned-parameter' as const;
const O = 'other' as const;

export const CONCEPTS: readonly ConceptDef[] = [
  // -- optimizer ----------------------------------------------------------------------------
  {
    id: 'learning-rate', kind: H, group: 'optimizer', label: 'learning rate',
    names: ['lr', 'learning_rate', 'learningrate', 'base_lr', 'base_learning_rate', 'lr0', 'shrinkage_rate', 'shrinkage',
      'learning_rate_init', 'eta0', 'max_lr', 'peak_lr', 'warmup_max_lr', 'cycle_max_lr', 'init_lr', 'initial_lr',
      'initial_learning_rate', 'lr_adam', 'lr_sgd', 'lr_wav2vec', 'lr_rate', 'step_size_lr', 'lr_max', 'lr_initial',
      // TarDAL's YOLO-derived `lr_i` (initial) beside `lr_f` (final). The mmsr/BasicSR lineage (ESRGAN, IRN, EditGuard):
      // the generator's and discriminator's `lr_G`, `lr_D`.
      'lr_i', 'lr_g', 'lr_d'],
    // KAIR's generator and discriminator settings: `G_optimizer_lr`, `D_optimizer_lr`.
    // `flip_lr` is a left-right flip's probability (TarDAL's YOLO-style augmentations), not a learning rate, and
    // `log_lr: -5` its logarithm (bnn's Hydra config; the script takes `10 ** log_lr`). NNCF's `epochs_lr` is the length
    // of a stage's rate schedule, in epochs.
    patterns: [/^(?!flip_|log(?:10)?_|epochs?_|steps?_|iters?_|iterations_)(?:[a-z0-9]+_)?lr$/, /^lr_(?:adam|sgd|model|main|base|head|backbone|encoder|decoder|[a-z]+_lr)$/, /^(?!log(?:10)?_)(?:.*_)?learning_rate$/, /^lr_(?:autoencoder|generator|discriminator|critic|actor|policy|embeddings?)$/,
      /^[gd]_optimizer_lr$/],
  },
  {
    id: 'min-learning-rate', kind: H, group: 'schedule', label: 'minimum learning rate',
    names: ['min_lr', 'eta_min', 'cosine_min_lr_ratio', 'min_lr_ratio', 'warmup_min_lr', 'cycle_min_lr', 'base_lr_end', 'lrf',
      'final_div_factor', 'div_factor', 'alpha_f', 'final_lr', 'lr_min', 'end_lr', 'min_learning_rate', 'final_learning_rate', 'lr_end', 'min_lr_rate', 'min_lr_factor', 'final_lr_frac', 'final_lr_fraction', 'min_lr_frac', 'lr_f'],
    // A parameter group's own end rate: 3D Gaussian Splatting's `position_lr_final`.
    patterns: [/^[a-z0-9]+_lr_(?:final|end|min)$/],
  },
  {
    id: 'optimizer', kind: H, group: 'optimizer', label: 'optimizer',
    names: ['optimizer', 'optim', 'optimizer_type', 'optimizer_name', 'opt_type', 'optim_type', 'opt', 'solver', 'opt_class', 'optimizer_class', 'optimizer_config',
      'optim_wrapper', 'optimizer_cfg', 'optimizer_args', 'optim_args', 'optimizer_kwargs', 'optimizer_params', 'adam_w_mode'],
    patterns: [/_opt_class$/, /_optimi[sz]er$/, /_optim$/, /^optimi[sz]er_[a-z]+$/, /^optim_[a-z]+$/, /^opt_class_[a-z]+$/, /^[gd]_optimizer_type$/],
  },
  {
    id: 'momentum', kind: H, group: 'optimizer', label: 'momentum',
    names: ['momentum', 'nesterov', 'nesterovs_momentum', 'dampening', 'base_momentum', 'max_momentum', 'cycle_momentum',
      'cycle_min_mom', 'cycle_max_mom', 'warmup_momentum', 'rho', 'sgd_momentum'],
  },
  {
    id: 'betas', kind: H, group: 'optimizer', label: 'Adam betas',
    names: ['betas', 'adam_beta1', 'adam_beta2', 'adam_beta3', 'beta1', 'beta2', 'beta_1', 'beta_2', 'b1', 'b2', 'adam_betas', 'beta3', 'adam_b1', 'adam_b2'],
    patterns: [/^[gd]_optimizer_betas$/],
  },
  {
    id: 'epsilon', kind: H, group: 'optimizer', label: 'optimizer epsilon',
    names: ['adam_epsilon', 'adam_eps', 'optimizer_epsilon', 'opt_eps'],
  },
  {
    id: 'gradient-clipping', kind: H, group: 'optimizer', label: 'gradient clipping',
    names: ['max_grad_norm', 'gradient_clipping', 'gradient_clip_val', 'gradient_clip_algorithm', 'grad_clip', 'clip_grad', 'clipnorm',
      'clipvalue', 'global_clipnorm', 'clip_grad_norm', 'clip_value', 'clip_norm', 'clip_gradients', 'grad_clip_norm', 'clipglobalnorm',
      'max_norm', 'grad_norm_clip', 'clip_grad_val', 'gradient_clip', 'max_gradient_norm', 'max_grad_norm_ratio', 'clipping_type', 'clipping_threshold', 'clip_type', 'clip_value_max'],
    patterns: [/^grad(?:ient)?_clip(?:ping)?_/, /^[gd]_optimizer_clipgrad$/]
  },
  // -- schedule -----------------------------------------------------------------------------
  {
    id: 'lr-schedule', kind: H, group: 'schedule', label: 'learning-rate schedule',
    names: ['lr_scheduler_type', 'lr_scheduler', 'scheduler', 'learning_rate_scheduler', 'lr_config', 'param_scheduler',
      'lr_scheduler_name', 'decay_lr', 'sched', 'lr_schedule', 'schedule', 'lr_policy', 'lr_scheduler_kwargs', 'scheduler_type',
      'lr_decay_style', 'decay_style', 'lr_decay', 'learning_rate_decay', 'cos_lr', 'anneal_strategy', 'lr_scheduler_config', 'scheduler_name', 'decay',
      'lr_annealing', 'noam_annealing', 'lr_sched', 'decay_type', 'lr_decay_type', 'schedulers', 'decay_method',
      // dessurt's trainers: `use_learning_schedule: "detector"` (a warmup, then an inverse-power decay), `"step"`, `"cyclic"`.
      'use_learning_schedule', 'learning_schedule',
      // NJUNMT-pytorch: `schedule_method: noam` beside `scheduler_configs: {d_model, warmup_steps}`.
      'schedule_method', 'scheduler_method', 'lr_schedule_method'],
    // classifier-balancing's `scheduler_params: {gamma: 0.1, step_size: 1}`: a scheduler's arguments, not a run setting.
    patterns: [/^lr_annealing/, /_lr_scheduler$/, /^lr_scheduler_/, /_scheduler$/, /^[gd]_scheduler_type$/, /^scheduler_(?:params|args|kwargs|configs?|cfg|conf|opts|options|settings)$/],
  },
  {
    id: 'lr-decay', kind: H, group: 'schedule', label: 'learning-rate decay',
    names: ['decay_rate', 'decay_steps', 'lr_decay_iters', 'lr_decay_steps', 'milestones', 't_max', 't_0', 't_mult', 'staircase',
      'lr_decay_rate', 'lr_gamma', 'step_size', 'power', 'decay_epochs', 'lr_decay_epochs', 'reduce_on_plateau', 'reduce_on_plateau_rate',
      'patience', 'factor', 'cooldown', 'lr_step', 'lr_steps', 'lr_decay_factor', 'decay_factor', 'num_cycles', 't_cosine', 'alpha_f',
      'cosine_cycle_ratio', 'lr_decay_ratio', 'decay_ratio', 'anneal_epochs', 'total_num_steps', 'pct_start', 'lr_warmup_decay', 'lr_cooldown_steps', 'lr_total_steps', 'lr_decay_every', 'cooldown_steps', 'decay_every', 'annealing_factor', 'improvement_threshold',
      'warmdown_ratio', 'warmdown_iters', 'warmdown_steps', 'warmdown_frac', 'cooldown_frac', 'cooldown_ratio',
      // mdistiller's `SOLVER.LR_DECAY_STAGES: [30, 60, 90]`: the epochs its loop divides the rate at.
      'lr_decay_stages', 'decay_stages', 'lr_milestones', 'lr_decay_milestones', 'decay_milestones', 'scheduler_milestones',
      // GOOD's `train.mile_stones: [150]`, handed to `MultiStepLR`.
      'mile_stones',
      // Plato's `lr_milestone_steps: 80ep,120ep` beside `lr_gamma`.
      'milestone_steps', 'lr_milestone_steps'],
    patterns: [/^[gd]_scheduler_(?:milestones|gamma)$/],
  },
  {
    id: 'warmup', kind: H, group: 'schedule', label: 'warmup',
    names: ['warmup_steps', 'warmup_ratio', 'num_warmup_steps', 'warmup_iters', 'warmup_num_steps', 'warmup_fraction',
      'warmup_evaluations', 'wsd_warmup_fraction', 'warmup_epochs', 'lr_warmup_steps', 'lr_warmup_iters', 'lr_warmup_fraction',
      't_warmup', 'warmup', 'warmup_factor', 'warmup_method', 'warmup_type', 'warmup_tokens', 'warmup_proportion', 'warmup_iter',
      'warmup_length', 'warmup_bias_lr', 'lr_warmup_init', 'warmup_init_lr', 'warmup_start_lr', 'warmup_lr', 'warmup_updates',
      'num_warmup_iters', 'warmup_step', 'lr_warmup', 'warmup_duration', 'lr_warmup_ratio', 'n_warmup_steps', 'warmup_epoch',
      // meta-pseudo-labels-pytorch's `comm: {n_steps: 1000000, n_warmup: 2000}`.
      'n_warmup'],
    // Also spelt `warm_up_*` (wedefense's `scheduler_args.warm_up_epoch`).
    patterns: [/(?:^|_)warm_?up_(?:steps?|iters?|ratio|epochs?|fraction)$/]
  },
  // -- duration -----------------------------------------------------------------------------
  {
    id: 'epochs', kind: H, group: 'duration', label: 'number of epochs',
    names: ['epochs', 'num_train_epochs', 'num_epochs', 'max_epochs', 'min_epochs', 'n_epochs', 'epoch', 'train_epochs',
      'number_of_epochs', 'total_epochs', 'nb_epoch', 'nb_epochs', 'num_epoch', 'max_epoch', 'n_epoch',
      // graphium's `WarmUpLinearLR(max_num_epochs=…)`, the schedule's length in epochs.
      'max_num_epochs'],
  },
  {
    id: 'max-steps', kind: H, group: 'duration', label: 'number of training steps',
    names: ['max_steps', 'train_steps', 'max_iters', 'max_iter', 'total_steps', 'num_iterations', 'num_iteration', 'n_iter',
      'max_duration', 'train_iters', 'total_iters', 'num_steps', 'num_train_steps', 'training_steps', 'num_training_steps',
      'max_train_steps', 'total_training_steps', 'num_updates', 'max_update', 'max_updates', 'max_num_steps', 'iterations', 'iters',
      'train_iterations', 'n_steps', 'num_iters', 'stop_at_step', 'max_train_tokens', 'max_tokens', 'training_iters', 'min_steps', 'stop_at', 'optimizer_step_limit', 'step_limit'],
  },
  {
    id: 'boosting-rounds', kind: H, group: 'trees', label: 'number of boosting rounds',
    names: ['n_estimators', 'num_boost_round', 'num_round', 'num_rounds', 'nrounds', 'num_trees', 'num_tree', 'num_boost_rounds', 'iterations_boost'],
  },
  // -- batch --------------------------------------------------------------------------------
  {
    id: 'batch-size', kind: H, group: 'batch', label: 'batch size',
    names: ['batch_size', 'batch', 'bs', 'train_batch_size', 'effective_batch_size', 'max_batch_size', 'bsz', 'batchsize',
      'training_batch_size', 'train_bs', 'batch_size_train', 'minibatch_size', 'mini_batch_size', 'tokens_per_batch',
      'max_tokens_per_batch', 'batch_size_per_device', 'samples_per_batch', 'batch_tokens', 'max_batch_length', 'max_batch_ex', 'batch_duration', 'max_batch_tokens'],
    patterns: [/^max_batch_length_(?:train|training)$/]
  },
  {
    id: 'micro-batch-size', kind: H, group: 'batch', label: 'micro (per-device) batch size',
    names: ['micro_batch_size', 'per_device_train_batch_size', 'per_gpu_train_batch_size', 'train_micro_batch_size_per_gpu',
      'device_train_microbatch_size', 'device_train_batch_size', 'local_batch_size', 'micro_batch', 'per_device_batch_size',
      'batch_size_per_gpu', 'train_micro_batch_size', 'microbatch_size', 'local_batch', 'per_gpu_batch_size'],
  },
  {
    id: 'global-batch-size', kind: H, group: 'batch', label: 'global batch size',
    names: ['global_batch_size', 'ims_per_batch', 'global_train_batch_size', 'total_batch_size', 'global_batch', 'base_batch_size', 'nbs'],
  },
  {
    id: 'eval-batch-size', kind: H, group: 'batch', label: 'evaluation batch size',
    names: ['eval_batch_size', 'per_device_eval_batch_size', 'per_gpu_eval_batch_size', 'device_eval_batch_size', 'valid_batch_size',
      'val_batch_size', 'test_batch_size', 'eval_micro_batch_size', 'batch_size_eval', 'batch_size_test', 'batch_size_val', 'inference_batch_size'],
    patterns: [/^max_batch_length_(?:val|valid|test|eval)$/]
  },
  {
    id: 'gradient-accumulation', kind: H, group: 'batch', label: 'gradient accumulation steps',
    names: ['gradient_accumulation_steps', 'accumulate_grad_batches', 'accum_grad', 'update_freq', 'grad_accum_steps',
      'gradient_accumulation', 'grad_accum', 'accumulation_steps', 'gradient_accumulation_iters', 'accum_iter', 'accum_steps', 'gradient_accumulate_every', 'grad_accumulation_factor', 'gradient_accumulation_factor'],
  },
  // -- architecture -------------------------------------------------------------------------
  {
    id: 'num-layers', kind: H, group: 'architecture', label: 'number of layers',
    names: ['num_layers', 'num_hidden_layers', 'n_layer', 'n_layers', 'num_fc_layers', 'encoder_num_blocks', 'depth', 'num_encoder_layers',
      'num_decoder_layers', 'encoder_layers', 'decoder_layers', 'nlayers', 'num_blocks', 'n_blocks', 'num_conv_layers', 'num_stacked_layers',
      'layers_num', 'num_rnn_layers', 'num_lstm_layers', 'n_enc_layers', 'n_dec_layers', 'num_transformer_layers', 'num_layer', 'num_fc', 'num_conv', 'pred_rnn_layers', 'encoder_num_layers', 'decoder_num_layers'],
    patterns: [/^(?:[a-z0-9]+_)?(?:num_layers|n_layers)$/, /^(?:cnn|dnn|rnn|lstm|gru|conv|fc|mlp|transformer|encoder|decoder)_(?:blocks|layers)$/]
  },
  {
    id: 'hidden-units', kind: H, group: 'architecture', label: 'hidden units (width)',
    names: ['hidden_size', 'n_embd', 'd_model', 'embed_dim', 'output_size', 'units', 'hidden_layer_sizes', 'intermediate_size', 'ff_dim',
      'dim_feedforward', 'linear_units', 'hidden_dim', 'dim', 'fc_size', 'num_units', 'emb_dim', 'embedding_size', 'd_ff', 'ffn_dim',
      'ffn_hidden_size', 'hidden_units', 'hidden_dims', 'hidden_channels', 'channels', 'num_channels', 'd_inner', 'inter_dim',
      'embedding_dim', 'hidden', 'width', 'n_hidden', 'num_hidden', 'hidden_layers', 'mlp_dim', 'mlp_ratio', 'n_embed', 'model_dim',
      'encoder_dim', 'decoder_dim', 'attention_dim', 'lstm_hidden_size', 'rnn_hidden_size', 'fc_layers', 'd_hidden', 'hid_dim', 'ffn_hidden_dim',
      'n_embd_head', 'out_channels', 'in_channels', 'num_filters', 'filters', 'conv_channels', 'enc_dim', 'dec_dim', 'head_size', 'head_dim', 'mlp_hidden_size', 'expansion_ratio', 'ff_expansion_factor', 'inner_size', 'output_dim', 'in_features', 'out_features', 'emb_size', 'token_dim', 'pred_hidden', 'joint_hidden', 'enc_hidden'],
    patterns: [/_neurons$/, /(?:^|_)channels$/, /_hidden_(?:size|dim)$/, /_d_model$/, /^lin\d*_size$/, /_dim$/]
  },
  {
    id: 'num-heads', kind: H, group: 'architecture', label: 'number of attention heads',
    names: ['num_heads', 'num_attention_heads', 'n_head', 'nhead', 'attention_heads', 'num_key_value_heads', 'n_heads', 'n_kv_heads',
      'n_query_groups', 'num_kv_heads', 'heads', 'att_heads', 'num_query_groups', 'attention_num_heads', 'encoder_attention_heads',
      'decoder_attention_heads', 'n_att_heads'],
  },
  {
    id: 'activation', kind: H, group: 'architecture', label: 'activation function',
    names: ['activation', 'hidden_act', 'act', 'activation_fn', 'nonlinearity', 'activation_function', 'act_fn', 'act_layer',
      'activation_type', 'activations', 'mlp_activation', 'ffn_activation', 'output_activation', 'hidden_activation', 'act_type'],
  },
  {
    id: 'weight-init', kind: H, group: 'architecture', label: 'weight initialization',
    names: ['initializer_range', 'init_std', 'kernel_initializer', 'bias_initializer', 'weights_initializer', 'init_lora_weights',
      'init_method', 'initializer', 'weight_init', 'init_scale', 'init_fn', 'init_method_std', 'beta_initializer',
      'gamma_initializer', 'moving_mean_initializer', 'moving_variance_initializer', 'recurrent_initializer', 'embeddings_initializer',
      'init_type', 'init_gain', 'weight_init_std', 'initialization', 'init_weights', 'means_init', 'weights_init', 'precisions_init', 'init_cutoff_factor', 'column_init_method', 'row_init_method', 'd_initial', 'reinit_weights', 'init'],
    patterns: [/^init_(?:[a-z]+_)*(?:std|mean|scale|range|bound|factor|method|fn|type|gain)$/, /_init_(?:method|std|range)$/]
  },
  {
    id: 'batch-norm', kind: H, group: 'architecture', label: 'batch-normalization setting',
    names: ['bn_momentum', 'bn_epsilon', 'bn_eps', 'batch_norm_momentum', 'batch_norm_epsilon', 'bn_virtual_bs', 'bn_virtual_divider',
      'norm_params', 'conv_norm', 'sync_batchnorm', 'track_running_stats', 'layer_norm_eps', 'layer_norm_epsilon', 'norm_eps',
      'rms_norm_eps', 'norm', 'norm_type', 'normalization', 'use_batch_norm', 'batch_norm', 'batchnorm', 'norm_layer', 'use_bn',
      'fc_norm', 'norm_epsilon', 'ln_eps', 'layernorm_epsilon', 'sync_bn', 'bn_decay', 'batch_norm_decay', 'norm_class_name', 'norm_after', 'pre_ln', 'post_ln', 'bias_for_layer_norm'],
    patterns: [/^(?:attention_)?layer_norm(?:_[a-z]+)*$/, /_norm_type$/]
  },
  {
    id: 'kernel-size', kind: H, group: 'architecture', label: 'kernel size',
    names: ['kernel_size', 'filter_size', 'conv_kernel_size', 'ksize', 'kernel_sizes', 'conv_kernel', 'filter_sizes', 'kernel_size_conv', 'kernel_size_factor'],
    patterns: [/kernel_?sizes?$/]
  },
  {
    id: 'pool-size', kind: H, group: 'architecture', label: 'pooling size',
    names: ['pool_size', 'pool_kernel_size', 'pool_function', 'pool_strides', 'pooling', 'pool_stride', 'pooling_size', 'pool_type',
      'pooling_type', 'pool_sizes', 'reduce_output', 'pool', 'pooler_resolution'],
    patterns: [/pool(?:ing|er)_(?:size|resolution)$/]
  },
  {
    id: 'sequence-length', kind: H, group: 'architecture', label: 'sequence length',
    names: ['max_seq_len', 'max_seq_length', 'sequence_len', 'block_size', 'context_length', 'seq_len', 'max_length', 'seq_length',
      'max_position_embeddings', 'cutoff_len', 'max_sequence_length', 'model_max_length', 'context_len', 'n_ctx', 'max_len', 'max_prompt_length', 'max_completion_length', 'max_target_length', 'pos_emb_max_len'],
    patterns: [/^max_[a-z0-9]+(?:_[a-z0-9]+)*_len$/]
  },
  {
    id: 'vocab-size', kind: H, group: 'architecture', label: 'vocabulary size',
    names: ['vocab_size', 'padded_vocab_size', 'n_vocab', 'vocab_dim', 'num_tokens', 'output_neurons', 'num_classes', 'num_class', 'n_classes', 'num_labels', 'out_n_neurons', 'out_neurons', 'output_classes'],
  },
  // -- regularization -----------------------------------------------------------------------
  {
    id: 'weight-decay', kind: H, group: 'regularization', label: 'weight decay',
    names: ['weight_decay', 'wd', 'weight_decay_norm', 'weight_decay_bias', 'norm_decay_mult', 'bias_decay_mult', 'weight_decay_rate',
      'decay_mult', 'weight_decay_embed', 'embedding_weight_decay', 'weightdecay', 'decay_norm_and_bias', 'decay_embeddings', 'decay_bias'],
    patterns: [/(?:^|_)weight_decay$/, /^[gd]_optimizer_wd$/],
  },
  {
    id: 'l2-regularization', kind: H, group: 'regularization', label: 'L2 regularization strength',
    names: ['regularization_lambda', 'reg_lambda', 'lambda_l2', 'l2_regularization', 'l2', 'l2_reg', 'l2_lambda', 'kernel_regularizer',
      'bias_regularizer', 'activity_regularizer', 'l2_leaf_reg', 'lambda2'],
  },
  {
    id: 'l1-regularization', kind: H, group: 'regularization', label: 'L1 regularization strength',
    names: ['lambda_l1', 'reg_alpha', 'l1_regularization', 'l1', 'l1_reg', 'l1_lambda', 'l1_ratio', 'lambda1'],
  },
  {
    id: 'regularization-type', kind: H, group: 'regularization', label: 'regularization type',
    names: ['regularization_type', 'penalty', 'regularizer'],
  },
  {
    id: 'dropout', kind: H, group: 'regularization', label: 'dropout rate',
    names: ['dropout', 'dropout_rate', 'hidden_dropout_prob', 'attention_probs_dropout_prob', 'attention_dropout', 'attn_dropout',
      'resid_pdrop', 'embd_pdrop', 'attn_pdrop', 'lora_dropout', 'drop_path_rate', 'modality_dropout', 'fc_dropout', 'dropout_prob',
      'emb_dropout', 'classifier_dropout', 'dropatt', 'drop_path', 'drop_rate_path', 'stochastic_depth', 'dropout_p', 'dropout_ratio',
      'hidden_dropout', 'residual_dropout', 'embedding_dropout', 'summary_first_dropout', 'activation_dropout', 'word_dropout',
      'spatial_dropout', 'recurrent_dropout', 'dropout_attn', 'dropout_emb', 'drop_prob', 'attn_drop_rate', 'proj_drop_rate',
      'dropout_input', 'dropout_features', 'layerdrop', 'layer_drop', 'encoder_layerdrop', 'decoder_layerdrop', 'mask_prob',
      'dropout_layer', 'p_dropout', 'dropconnect'],
    // `dropout_epoch: 35`, `dropout_inc_epoch: 10` (Thin-Plate-Spline's dropout ramp) count epochs, not a rate;
    // `num_samples_dropout: 10` (Graph-Posterior-Network's MC-dropout passes) counts samples. TensorFlow's keep
    // probabilities (`dropout_keep: 0.7`, `dropout_keep_prob`, as contact_graspnet writes them) are the share kept, the
    // complement of a rate.
    patterns: [/^(?!(?:num|n|number)_)(?!\w*keep)(?:\w*_)?dropout(?:_rate|_prob|_p|_ratio)?$/, /^dropout_(?!\w*(?:epoch|step|iter|freq|interval)s?$)(?!\w*keep)/, /_pdrop$/, /(?:^|_)drop_path(?:_rate)?$/, /(?:^|_)drop_prob$/],
  },
  {
    // TensorFlow's spelling (`tf.nn.dropout(x, keep_prob)`, `DropoutWrapper(input_keep_prob=...)`, contact_graspnet's
    // `dropout_keep: 0.7`): the share of units kept, the complement of a dropout rate, so rules on rates do not read it.
    id: 'dropout-keep', kind: H, group: 'regularization', label: 'dropout keep probability',
    names: ['keep_prob', 'keep_probability', 'dropout_keep', 'dropout_keep_prob', 'dropout_keep_probability', 'input_keep_prob', 'output_keep_prob', 'state_keep_prob'],
    // session-rec's GRU4Rec writes `dropout_pkeep`.
    patterns: [/(?:^|_)keep_prob(?:ability)?$/, /^dropout_p?keep(?:_\w+)?$/, /(?:^|_)pkeep$/],
  },
  {
    id: 'label-smoothing', kind: H, group: 'regularization', label: 'label smoothing',
    names: ['label_smoothing', 'label_smoothing_factor', 'smoothing', 'lsm_weight', 'label_smoothing_weight'],
  },
  {
    id: 'ema', kind: H, group: 'regularization', label: 'weight averaging (EMA)',
    names: ['ema_decay', 'ema_momentum', 'ema', 'use_ema', 'ema_overwrite_frequency', 'ema_update_after_step', 'ema_power', 'ema_rate', 'ema_config'],
  },
  // -- loss ---------------------------------------------------------------------------------
  {
    id: 'loss', kind: H, group: 'optimizer', label: 'loss function',
    names: ['loss', 'loss_fn', 'loss_type', 'objective', 'criterion', 'loss_function', 'dpo_loss_type', 'objective_type', 'loss_name',
      'class_weight', 'class_weights', 'pos_weight', 'scale_pos_weight', 'is_unbalance', 'loss_weights', 'loss_weight',
      'focal_gamma', 'focal_alpha', 'label_gain', 'dpo_loss_weights', 'ctc_weight', 'aux_loss_weight', 'z_loss', 'mask_prompt', 'answer_only_loss', 'loss_reduction', 'softmax_auxiliary_loss', 'auxiliary_loss_multiplier', 'z_loss_multiplier', 'c_mel', 'c_kl', 'min_snr_gamma', 'fastemit_lambda', 'compute_cost', 'train_on_inputs'],
    patterns: [/(?:^|_)loss_(?:beta|gamma|alpha|scale|type|fn|weights?)$/]
  },
  {
    id: 'preference-beta', kind: H, group: 'optimizer', label: 'preference-optimization beta (DPO/ORPO KL coefficient)',
    names: ['dpo_beta', 'orpo_beta', 'kl_coef', 'kl_beta', 'init_kl_coef', 'cpo_alpha', 'simpo_gamma', 'rpo_alpha', 'rl_beta'],
  },
  {
    id: 'temperature', kind: H, group: 'optimizer', label: 'temperature',
    names: ['temperature', 'distillation_temperature', 'kd_temperature', 'softmax_temperature'],
  },
  // -- precision ----------------------------------------------------------------------------
  {
    id: 'precision', kind: H, group: 'precision', label: 'numeric precision',
    names: ['fp16', 'bf16', 'tf32', 'precision', 'mixed_precision', 'dtype', 'torch_dtype', 'amp', 'use_amp', 'fp16_full_eval',
      'bf16_full_eval', 'half', 'mixed_precision_dtype', 'param_dtype', 'reduce_dtype', 'compute_dtype', 'fp8', 'use_fp16', 'use_bf16',
      'amp_dtype', 'autocast', 'enable_amp', 'bnb_4bit_compute_dtype', 'model_dtype', 'mixed_precision_param', 'mixed_precision_reduce',
      'loss_scale', 'initial_scale_power', 'fp16_opt_level', 'precision_plugin', 'amp_level', 'amp_backend', 'loss_scale_window', 'hysteresis', 'min_loss_scale', 'fsdp_grad_reduce_dtype', 'grad_reduce_dtype'],
  },
  // -- adapters -----------------------------------------------------------------------------
  {
    id: 'lora-rank', kind: H, group: 'adapter', label: 'LoRA rank',
    names: ['lora_r', 'lora_rank', 'rank_lora', 'lora_dim', 'linear_dim', 'network_dim', 'adapter_rank', 'peft_r'],
  },
  {
    id: 'lora-alpha', kind: H, group: 'adapter', label: 'LoRA alpha (scaling)',
    names: ['lora_alpha', 'network_alpha', 'linear_alpha', 'lora_scaling', 'adapter_alpha', 'peft_alpha'],
  },
  {
    id: 'adapter', kind: H, group: 'adapter', label: 'adapter setting',
    names: ['adapter', 'lora_target_modules', 'target_modules', 'lora_target_linear', 'use_rslora', 'use_dora', 'peft_type',
      'load_in_4bit', 'load_in_8bit', 'lora_modules_to_save', 'modules_to_save', 'layers_to_transform', 'layers_pattern',
      'peft_layers_pattern', 'lora_fan_in_fan_out', 'fan_in_fan_out', 'loraplus_lr_ratio', 'loraplus_lr_embedding', 'lora_target_parameters',
      'network_type', 'quantization', 'bits', 'lora_bias', 'use_peft', 'peft_scheme', 'peft_config', 'num_virtual_tokens', 'virtual_tokens', 'quantize'],
    patterns: [/^lora_(?:query|key|value|projection|mlp|head)$/]
  },
  // -- trees (GBDT) -------------------------------------------------------------------------
  {
    id: 'tree-complexity', kind: H, group: 'trees', label: 'tree complexity',
    names: ['max_depth', 'num_leaves', 'num_leaf', 'max_leaves', 'max_leaf', 'max_leaf_nodes', 'min_child_weight', 'min_sum_hessian_in_leaf',
      'min_hessian', 'min_data_in_leaf', 'min_data', 'min_child_samples', 'min_samples_leaf', 'min_samples_split', 'min_split_loss',
      'min_gain_to_split', 'min_split_gain', 'max_bin', 'max_bins', 'grow_policy', 'max_delta_step', 'path_smooth', 'tree_method',
      'boosting', 'boosting_type', 'booster', 'min_impurity_decrease', 'ccp_alpha', 'max_cat_to_onehot', 'num_parallel_tree'],
  },
  {
    id: 'sampling', kind: H, group: 'trees', label: 'row or column sampling',
    names: ['subsample', 'bagging_fraction', 'sub_row', 'bagging', 'bagging_freq', 'subsample_freq', 'colsample_bytree', 'feature_fraction',
      'sub_feature', 'colsample_bylevel', 'colsample_bynode', 'feature_fraction_bynode', 'max_features', 'max_samples', 'bootstrap',
      'pos_bagging_fraction', 'neg_bagging_fraction', 'drop_rate', 'rate_drop', 'skip_drop', 'max_drop', 'top_rate', 'other_rate'],
  },
  // -- evaluation, checkpointing and runtime (training settings, not hyperparameters) --------
  {
    id: 'evaluation-schedule', kind: O, group: 'evaluation', label: 'evaluation and checkpoint cadence',
    names: ['eval_strategy', 'evaluation_strategy', 'eval_steps', 'save_strategy', 'save_steps', 'logging_steps', 'logging_strategy',
      'load_best_model_at_end', 'metric_for_best_model', 'greater_is_better', 'evals_per_epoch', 'saves_per_epoch', 'val_check_interval',
      'check_val_every_n_epoch', 'eval_interval', 'log_every_n_steps', 'save_interval', 'eval_iters', 'checkpoints_per_epoch',
      'steps_per_checkpoint', 'early_stop', 'early_stopping_round', 'early_stopping_rounds', 'early_stopping_patience', 'save_total_limit',
      'eval_every', 'save_every', 'log_interval', 'eval_freq', 'save_freq', 'val_interval', 'eval_subset_num_batches', 'save_num_checkpoints_to_keep',
      'early_stopping', 'validation_fraction', 'n_iter_no_change', 'eval_accumulation_steps', 'eval_on_start', 'do_eval', 'eval_first', 'eval_period', 'num_sanity_val_steps', 'val_set_size', 'test_split_size', 'valid_size', 'test_size', 'val_size', 'val_split_fraction', 'train_split', 'train_val_test_split', 'steps_per_print', 'initial_validation', 'final_validation'],
    patterns: [/(?:^|_)(?:log|logging|eval|save|checkpoint|ckpt|sample|print|val|valid|validation)_(?:interval|every|freq|frequency|period)(?:_[a-z]+)?$/]
  },
  {
    id: 'seed', kind: O, group: 'runtime', label: 'random seed',
    names: ['seed', 'random_seed', 'random_state', 'data_seed', 'manual_seed', 'global_seed', 'rng_seed', 'shuffle_seed', 'projection_prng_key', 'prng_key'],
    patterns: [/(?:^|_)seed$/],
  },
  {
    id: 'world-size', kind: O, group: 'runtime', label: 'number of devices',
    names: ['world_size', 'num_gpus', 'devices', 'nproc_per_node', 'num_nodes', 'num_processes', 'gpus', 'n_gpu', 'num_machines',
      'data_parallel_shard_degree', 'data_parallel_replicate_degree', 'tensor_parallel_degree', 'pipeline_parallel_degree', 'tensor_model_parallel_size',
      'pipeline_model_parallel_size', 'ngpus', 'num_devices', 'tensor_parallel_size', 'context_parallel_size', 'expert_parallel_size', 'dp_shard_size', 'dp_replicate_size', 'sequence_parallel_size'],
    patterns: [/_parallel_(?:size|degree)$/]
  },
  {
    id: 'zero-optimization', kind: O, group: 'runtime', label: 'ZeRO / sharding setting',
    names: ['zero_optimization', 'stage', 'offload_optimizer', 'offload_param', 'fsdp', 'fsdp_config', 'deepspeed', 'zero_stage',
      'sharding_strategy', 'zero_allow_untested_optimizer', 'fsdp_sharding_strategy', 'distributed_strategy', 'deepspeed_config'],
  },
  // -- learned parameters (belong in a checkpoint) ------------------------------------------
  {
    id: 'weights', kind: L, group: 'learned', label: 'learned weights',
    names: ['in_proj_weight', 'weight_g', 'weight_v', 'weight_orig', 'lora_magnitude_vector', 'embeddings', 'recurrent_kernel', 'lora_kernel_a',
      'lora_kernel_b', 'kernel_scale', 'position_embeddings', 'word_embeddings', 'token_embeddings', 'embed_tokens', 'weights_'],
    patterns: [/\.weight$/, /(?:^|\.)weight_(?:ih|hh)_l\d+(?:_reverse)?$/, /(?:^|\.)lora_(?:a|b|embedding_a|embedding_b)(?:\.|$)/],
  },
  {
    id: 'biases', kind: L, group: 'learned', label: 'learned biases',
    names: ['in_proj_bias', 'intercept_', 'intercepts_', 'intercept'],
    patterns: [/\.bias$/, /(?:^|\.)bias_(?:ih|hh)_l\d+(?:_reverse)?$/],
  },
  {
    id: 'kernel-weights', kind: L, group: 'learned', label: 'learned kernel weights',
    names: ['conv_kernel_weights', 'kernel_weights'],
  },
  {
    id: 'feature-weights', kind: L, group: 'learned', label: 'learned feature weights',
    names: ['feature_importances_', 'feature_weights_', 'idf_', 'scalings_', 'feature_log_prob_', 'class_log_prior_', 'theta_', 'sigma_'],
  },
  {
    id: 'coefficients', kind: L, group: 'learned', label: 'learned coefficients',
    names: ['coef_', 'coefs_', 'dual_coef_', 'coef', 'coefficients', 'components_', 'cluster_centers_', 'means_', 'covariances_', 'precisions_',
      'precisions_cholesky_', 'explained_variance_', 'explained_variance_ratio_', 'singular_values_', 'mixing_', 'base_weights', 'leaf_coeff', 'leaf_const'],
  },
  {
    id: 'decision-thresholds', kind: L, group: 'learned', label: 'learned decision thresholds',
    names: ['best_threshold_', 'split_conditions', 'thresholds_', 'threshold_'],
  },
  {
    id: 'support-vectors', kind: L, group: 'learned', label: 'support vectors',
    names: ['support_vectors_', 'support_', 'n_support_'],
  },
  {
    id: 'running-stats', kind: L, group: 'learned', label: 'running statistics',
    names: ['running_mean', 'running_var', 'num_batches_tracked', 'moving_mean', 'moving_variance', 'mean_', 'var_', 'scale_', 'n_samples_seen_'],
    patterns: [/\.(?:running_mean|running_var|num_batches_tracked|moving_mean|moving_variance)$/],
  },
  {
    id: 'optimizer-state', kind: L, group: 'learned', label: 'optimizer state',
    names: ['exp_avg', 'exp_avg_sq', 'max_exp_avg_sq', 'momentum_buffer', 'square_avg', 'grad_avg', 'acc_delta'],
  },
  {
    id: 'tree-structure', kind: L, group: 'learned', label: 'fitted tree structure',
    names: ['split_indices', 'left_children', 'right_children', 'parents', 'default_left', 'loss_changes', 'sum_hessian', 'learner_model_param',
      'split_feature', 'split_gain', 'leaf_value', 'leaf_weight', 'leaf_count', 'internal_value', 'internal_weight', 'internal_count',
      'tree_structure', 'tree_info', 'left_child', 'right_child', 'decision_type', 'estimators_', 'tree_', 'estimator_'],
  },
  {
    id: 'fitted-attributes', kind: L, group: 'learned', label: 'fitted attributes',
    names: ['classes_', 'n_features_in_', 'feature_names_in_', 'n_iter_', 'loss_curve_', 'labels_', 'inertia_', 'vocabulary_', 'categories_',
      'oob_score_', 'best_params_', 'best_estimator_', 'cv_results_', 'best_score_', 'n_outputs_', 'noise_variance_'],
  },
];

export type ConceptId = string;

const BY_ID = new Map(CONCEPTS.map((c) => [c.id, c]));

export function conceptById(id: string): ConceptDef | undefined {
  return BY_ID.get(id);
}
