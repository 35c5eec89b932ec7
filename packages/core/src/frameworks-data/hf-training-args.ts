/**
 * HF Transformers `TrainingArguments`: field names, `OptimizerNames`, `SchedulerType` and the
 * strategy enums. TRL's configs (SFTConfig, DPOConfig, ...) extend these fields.
 *
 * Source: huggingface/transformers `src/transformers/training_args.py` @00349ae (v5 line) and a v4.5x
 * copy of the same file (fields removed in v5 such as `evaluation_strategy`, `per_gpu_*`, `no_cuda`,
 * `fp16_backend`, `adafactor` stay known so v4 configs are not flagged); `trainer_utils.py`
 * (`SchedulerType`, `IntervalStrategy`, `SaveStrategy`, `HubStrategy`). `Seq2SeqTrainingArguments`' own fields
 * (`training_args_seq2seq.py`: `sortish_sampler`, `predict_with_generate`, `generation_max_length`,
 * `generation_num_beams`, `generation_config`) count too: a speech or summarization program's argument block uses them.
 */
export const HF_TRAINING_ARGS: ReadonlySet<string> = new Set(
  `
  accelerator_config adafactor adam_beta1 adam_beta2 adam_epsilon auto_find_batch_size average_tokens_across_devices batch_eval_metrics bf16 
  bf16_full_eval data_seed dataloader_drop_last dataloader_num_workers dataloader_persistent_workers dataloader_pin_memory dataloader_prefetch_factor 
  ddp_backend ddp_broadcast_buffers ddp_bucket_cap_mb ddp_find_unused_parameters ddp_timeout debug deepspeed disable_tqdm dispatch_batches do_eval 
  do_predict do_train enable_jit_checkpoint eval_accumulation_steps eval_delay eval_do_concat_batches eval_on_start eval_steps eval_strategy 
  eval_use_gather_object evaluation_strategy fp16 fp16_backend fp16_full_eval fp16_opt_level fsdp fsdp_config fsdp_min_num_params 
  fsdp_transformer_layer_cls_to_wrap full_determinism gradient_accumulation_steps gradient_checkpointing gradient_checkpointing_kwargs 
  greater_is_better group_by_length half_precision_backend hub_always_push hub_model_id hub_private_repo hub_revision hub_strategy hub_token 
  ignore_data_skip include_for_metrics include_inputs_for_metrics include_num_input_tokens_seen include_tokens_per_second jit_mode_eval label_names 
  label_smoothing_factor learning_rate length_column_name liger_kernel_config load_best_model_at_end local_rank log_level log_level_replica 
  log_on_each_node logging_dir logging_first_step logging_nan_inf_filter logging_steps logging_strategy lr_scheduler_kwargs lr_scheduler_type 
  max_grad_norm max_steps metric_for_best_model mp_parameters neftune_noise_alpha no_cuda num_train_epochs optim optim_args optim_target_modules 
  output_dir overwrite_output_dir parallelism_config past_index per_device_eval_batch_size per_device_train_batch_size per_gpu_eval_batch_size 
  per_gpu_train_batch_size prediction_loss_only project push_to_hub push_to_hub_model_id push_to_hub_organization push_to_hub_token ray_scope 
  remove_unused_columns report_to restore_callback_states_from_checkpoint resume_from_checkpoint run_name save_on_each_node save_only_model 
  save_safetensors save_steps save_strategy save_total_limit seed skip_memory_metrics split_batches tf32 torch_compile torch_compile_backend 
  torch_compile_mode torch_empty_cache_steps torchdynamo tp_size tpu_metrics_debug tpu_num_cores trackio_space_id train_sampling_strategy use_cache 
  use_cpu use_ipex use_legacy_prediction_loop use_liger_kernel use_mps_device warmup_ratio warmup_steps weight_decay
  sortish_sampler predict_with_generate generation_max_length generation_num_beams generation_config `
    .trim()
    .split(/\s+/),
);

/** `OptimizerNames` values (v5) plus `adamw_hf`, removed in v5 but accepted by v4. */
export const HF_OPTIMIZER_NAMES: readonly string[] = [
  'adamw_torch', 'adamw_torch_fused', 'adamw_torch_xla', 'adamw_torch_npu_fused', 'adamw_apex_fused', 'adafactor', 'adamw_anyprecision',
  'adamw_torch_4bit', 'adamw_torch_8bit', 'ademamix', 'sgd', 'adagrad', 'adamw_bnb_8bit', 'adamw_8bit', 'ademamix_8bit', 'lion_8bit',
  'lion_32bit', 'paged_adamw_32bit', 'paged_adamw_8bit', 'paged_ademamix_32bit', 'paged_ademamix_8bit', 'paged_lion_32bit', 'paged_lion_8bit',
  'rmsprop', 'rmsprop_bnb', 'rmsprop_bnb_8bit', 'rmsprop_bnb_32bit', 'galore_adamw', 'galore_adamw_8bit', 'galore_adafactor',
  'galore_adamw_layerwise', 'galore_adamw_8bit_layerwise', 'galore_adafactor_layerwise', 'lomo', 'adalomo', 'grokadamw',
  'schedule_free_radam', 'schedule_free_adamw', 'schedule_free_sgd', 'apollo_adamw', 'apollo_adamw_layerwise', 'stable_adamw', 'adamw_hf',
];

/** `SchedulerType` values. */
export const HF_SCHEDULER_TYPES: readonly string[] = [
  'linear', 'cosine', 'cosine_with_restarts', 'polynomial', 'constant', 'constant_with_warmup', 'inverse_sqrt', 'reduce_lr_on_plateau',
  'cosine_with_min_lr', 'cosine_warmup_with_min_lr', 'warmup_stable_decay',
];

/** `IntervalStrategy` (eval/logging) and `SaveStrategy` (adds `best`) values. */
export const HF_INTERVAL_STRATEGIES: readonly string[] = ['no', 'steps', 'epoch'];
export const HF_SAVE_STRATEGIES: readonly string[] = ['no', 'steps', 'epoch', 'best'];
export const HF_HUB_STRATEGIES: readonly string[] = ['end', 'every_save', 'checkpoint', 'all_checkpoints'];

/**
 * An allow-list, not a schema: keys that scripts built on TrainingArguments commonly parse next to it
 * (TRL's ScriptArguments/ModelConfig and SFT/DPO/GRPO configs, the transformers example scripts'
 * ModelArguments/DataTrainingArguments, as seen in the alignment-handbook and TRL recipes). Such a
 * key is never reported as a typo of a TrainingArguments field.
 */
export const HF_SCRIPT_KEYS: ReadonlySet<string> = new Set([
  'model_name_or_path', 'model_revision', 'torch_dtype', 'dtype', 'trust_remote_code', 'attn_implementation', 'use_peft', 'lora_r', 'lora_alpha',
  'lora_dropout', 'lora_target_modules', 'lora_modules_to_save', 'lora_task_type', 'use_rslora', 'use_dora', 'load_in_8bit', 'load_in_4bit',
  'bnb_4bit_quant_type', 'use_bnb_nested_quant', 'dataset_name', 'dataset_config', 'dataset_train_split', 'dataset_test_split', 'dataset_mixer',
  'dataset_splits', 'dataset_text_field', 'max_seq_length', 'max_length', 'packing', 'dataset_num_proc', 'max_prompt_length',
  'max_completion_length', 'beta', 'loss_type', 'num_generations', 'temperature', 'use_vllm', 'model_init_kwargs', 'ref_model_init_kwargs',
  'chat_template', 'tokenizer_name_or_path', 'preprocessing_num_workers', 'truncation_side', 'auto_insert_empty_system_msg', 'config_name',
  'tokenizer_name', 'cache_dir', 'use_fast_tokenizer', 'dataset_config_name', 'train_file', 'validation_file', 'block_size',
  'overwrite_cache', 'validation_split_percentage', 'max_train_samples', 'max_eval_samples', 'streaming', 'low_cpu_mem_usage',
]);
