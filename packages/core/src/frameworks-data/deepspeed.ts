/**
 * DeepSpeed config keys, optimizer and scheduler names, and where HF Trainer or Accelerate replace
 * `"auto"`.
 *
 * Sources: microsoft/DeepSpeed `deepspeed/runtime/constants.py` and `runtime/config.py`
 * (`_initialize_params`, `DEEPSPEED_OPTIMIZERS`), `runtime/zero/config.py` (DeepSpeedZeroConfig,
 * a pydantic model with `extra="forbid"`: unknown keys in `zero_optimization` are rejected, and
 * `"auto"` values in these pydantic blocks are dropped so the default applies),
 * `runtime/lr_schedules.py` (`VALID_LR_SCHEDULES`); huggingface/transformers
 * `integrations/deepspeed.py` (`HfTrainerDeepSpeedConfig.trainer_config_process/finalize`).
 */

/** Top-level keys DeepSpeed reads. Unknown top-level keys are ignored without a warning. */
export const DS_TOP_LEVEL_KEYS: ReadonlySet<string> = new Set([
  'train_batch_size', 'train_micro_batch_size_per_gpu', 'gradient_accumulation_steps', 'steps_per_print', 'dump_state', 'disable_allgather',
  'communication_data_type', 'seq_parallel_communication_data_type', 'prescale_gradients', 'gradient_predivide_factor', 'sparse_gradients',
  'zero_optimization', 'activation_checkpointing', 'comms_logger', 'tensorboard', 'wandb', 'csv_monitor', 'comet', 'gradient_clipping',
  'fp16', 'bf16', 'bfloat16', 'amp', 'torch_autocast', 'compression_training', 'graph_harvesting', 'optimizer', 'zero_allow_untested_optimizer',
  'zero_force_ds_cpu_optimizer', 'scheduler', 'flops_profiler', 'wall_clock_breakdown', 'memory_breakdown', 'autotuning', 'eigenvalue',
  'use_data_before_expert_parallelism', 'hybrid_engine', 'sparse_attention', 'pipeline', 'progressive_layer_drop', 'curriculum_learning',
  'data_efficiency', 'checkpoint', 'data_types', 'aio', 'dataloader_drop_last', 'nebula', 'datastates', 'weight_quantization', 'compile',
  'timers', 'tensor_parallel', 'elasticity', 'fp32_allreduce', 'vocabulary_size', 'quantize_training', 'zero_optimization_stage',
  'load_universal_checkpoint', 'expert_parallel', 'monitor_config',
]);

/** `zero_optimization` fields (with their `stage3_*` aliases). */
export const DS_ZERO_KEYS: ReadonlySet<string> = new Set([
  'stage', 'contiguous_gradients', 'reduce_scatter', 'reduce_bucket_size', 'use_multi_rank_bucket_allreduce', 'allgather_partitions',
  'allgather_bucket_size', 'overlap_comm', 'load_from_fp32_weights', 'elastic_checkpoint', 'offload_param', 'offload_optimizer',
  'sub_group_size', 'cpu_offload_param', 'cpu_offload_use_pin_memory', 'cpu_offload', 'prefetch_bucket_size', 'stage3_prefetch_bucket_size',
  'param_persistence_threshold', 'stage3_param_persistence_threshold', 'model_persistence_threshold', 'stage3_model_persistence_threshold',
  'max_live_parameters', 'stage3_max_live_parameters', 'max_reuse_distance', 'stage3_max_reuse_distance', 'gather_16bit_weights_on_model_save',
  'stage3_gather_16bit_weights_on_model_save', 'module_granularity_threshold', 'stage3_module_granularity_threshold',
  'use_all_reduce_for_fetch_params', 'stage3_use_all_reduce_for_fetch_params', 'stage3_gather_fp16_weights_on_model_save',
  'ignore_unused_parameters', 'legacy_stage1', 'round_robin_gradients', 'zero_hpz_partition_size', 'zero_quantized_weights',
  'zero_quantized_nontrainable_weights', 'zero_quantized_gradients', 'zeropp_loco_param', 'mics_shard_size', 'mics_hierarchical_params_gather',
  'memory_efficient_linear', 'pipeline_loading_checkpoint', 'override_module_apply', 'allgather_size',
]);

/** `bf16` fields (DeepSpeed's `DeepSpeedBF16Config`). */
export const DS_BF16_KEYS: ReadonlySet<string> = new Set(['enabled', 'immediate_grad_update', 'check_grad_overflow', 'bf16_master_weights_and_grads', 'bf16_optimizer_states']);

/** `fp16` fields (DeepSpeed's `DeepSpeedFP16Config`). */
export const DS_FP16_KEYS: ReadonlySet<string> = new Set(['enabled', 'auto_cast', 'loss_scale', 'initial_scale_power', 'loss_scale_window', 'hysteresis',
  'consecutive_hysteresis', 'min_loss_scale', 'fp16_master_weights_and_grads']);

/** Optimizer types DeepSpeed implements itself (compared lower-cased). */
export const DS_OPTIMIZERS: readonly string[] = [
  'adagrad', 'adam', 'adamw', 'lamb', 'onebitadam', 'zerooneadam', 'onebitlamb', 'muadam', 'muadamw', 'musgd', 'lion', 'muon',
];

/** DeepSpeed's own schedulers; any `torch.optim.lr_scheduler` class name is accepted too. */
export const DS_SCHEDULERS: readonly string[] = ['LRRangeTest', 'OneCycle', 'WarmupLR', 'WarmupDecayLR', 'WarmupCosineLR'];

/** Dotted paths whose `"auto"` HF Trainer fills from TrainingArguments. */
export const DS_HF_FILLED: ReadonlySet<string> = new Set([
  'train_micro_batch_size_per_gpu', 'gradient_accumulation_steps', 'train_batch_size', 'gradient_clipping', 'optimizer.params.lr',
  'optimizer.params.betas', 'optimizer.params.eps', 'optimizer.params.weight_decay', 'scheduler.params.warmup_min_lr',
  'scheduler.params.warmup_max_lr', 'scheduler.params.warmup_num_steps', 'scheduler.params.total_num_steps', 'fp16.enabled', 'bf16.enabled',
  'amp.enabled', 'amp.opt_level', 'zero_optimization.reduce_bucket_size', 'zero_optimization.stage3_prefetch_bucket_size',
  'zero_optimization.stage3_param_persistence_threshold',
]);

/** Dotted paths whose `"auto"` Accelerate fills from its launcher config (`DeepSpeedPlugin.deepspeed_config_process`). */
export const DS_ACCELERATE_FILLED: ReadonlySet<string> = new Set([
  'train_micro_batch_size_per_gpu', 'train_batch_size', 'gradient_accumulation_steps', 'gradient_clipping', 'zero_optimization.stage',
  'zero_optimization.offload_optimizer.device', 'zero_optimization.offload_param.device', 'zero_optimization.offload_param.nvme_path',
  'zero_optimization.offload_optimizer.nvme_path', 'zero_optimization.stage3_gather_16bit_weights_on_model_save', 'fp16.enabled', 'bf16.enabled',
]);
