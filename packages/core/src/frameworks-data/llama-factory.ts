/**
 * The top-level keys `llamafactory-cli train x.yaml` accepts, for `unknown-key`. LLaMA-Factory reads the file with
 * OmegaConf and hands the dict to `HfArgumentParser(_TRAIN_ARGS).parse_dict(args, allow_extra_keys=False)` (unless the
 * environment sets `ALLOW_EXTRA_ARGS`), which refuses any key no argument dataclass defines.
 *
 * Source: hiyouga/LLaMA-Factory `src/llamafactory/hparams/` — `parser.py` (`_TRAIN_ARGS = [ModelArguments,
 * DataArguments, TrainingArguments, FinetuningArguments, GeneratingArguments]`), `model_args.py` and
 * `finetuning_args.py` @00577a8, `training_args.py` (RayArguments, on top of HF's Seq2SeqTrainingArguments, whose
 * keys are HF_TRAINING_ARGS), `data_args.py` @072bfe2, `generating_args.py` @cd9847f; older releases from
 * `src/llmtuner/hparams/` (@031f479, @056d2d9, @01d478b) and `evaluation_args.py` (`llamafactory-cli eval`).
 * Keys of every version are kept, so a config written for an older release is not flagged; the renamed DPO keys get
 * their own finding in `deprecated-key`. The last line holds keys of newer releases' example files
 * (`examples/extras/eaft`, `cce`, `mfu`, `dyn_rope`, `callback`, `advanced_training`), which the dataclasses read above
 * predate: LLaMA-Factory adds settings every few weeks, so `unknown-key` reports only near-misses of these names. `ModelArguments`' own fields are `init=False` and refused
 * (`compute_dtype`, `device_map`, `model_max_length`, `block_diag_attn`), so they are not listed.
 */
export const LLAMA_FACTORY_KEYS: ReadonlySet<string> = new Set(
  `
  model_name_or_path adapter_name_or_path adapter_folder cache_dir use_fast_tokenizer resize_vocab split_special_tokens add_tokens
  add_special_tokens new_special_tokens_config init_special_tokens model_revision low_cpu_mem_usage rope_scaling flash_attn shift_attn
  mixture_of_depths use_unsloth use_unsloth_gc enable_liger_kernel moe_aux_loss_coef disable_gradient_checkpointing use_reentrant_gc
  upcast_layernorm upcast_lmhead_output train_from_scratch infer_backend offload_folder use_kv_cache use_v1_kernels infer_dtype
  hf_hub_token ms_hub_token om_hub_token print_param_status trust_remote_code
  quantization_method quantization_bit quantization_type double_quantization quantization_device_map fp8 fp8_backend
  fp8_enable_fsdp_float8_all_gather
  image_max_pixels image_min_pixels image_do_pan_and_scan crop_to_patches video_max_pixels video_min_pixels video_fps video_maxlen
  use_audio_in_video audio_sampling_rate
  export_dir export_size export_device export_quantization_bit export_quantization_dataset export_quantization_nsamples
  export_quantization_maxlen export_legacy_format export_hub_model_id
  vllm_maxlen vllm_gpu_util vllm_enforce_eager vllm_max_lora_rank vllm_config
  sglang_maxlen sglang_mem_fraction sglang_tp_size sglang_config sglang_lora_backend
  use_kt kt_optimize_rule cpu_infer chunk_size mode kt_maxlen kt_use_cuda_graph kt_mode kt_force_think
  ray_run_name ray_storage_path ray_storage_filesystem ray_num_workers resources_per_worker placement_strategy ray_init_kwargs
  overwrite_output_dir
  freeze_trainable_layers freeze_trainable_modules freeze_extra_modules
  additional_target lora_alpha lora_dropout lora_rank lora_target loraplus_lr_ratio loraplus_lr_embedding use_rslora use_dora pissa_init
  pissa_iter pissa_convert create_new_adapter
  module_dropout oft_rank oft_block_size oft_target
  pref_beta pref_ftx pref_bco_weight pref_loss dpo_label_smoothing kto_chosen_weight kto_rejected_weight simpo_gamma ppo_buffer_size
  ppo_epochs ppo_score_norm ppo_target ppo_whiten_rewards ref_model ref_model_adapters ref_model_quantization_bit reward_model
  reward_model_adapters reward_model_quantization_bit reward_model_type ld_alpha
  use_galore galore_target galore_rank galore_update_interval galore_scale galore_proj_type galore_layerwise
  use_apollo apollo_target apollo_rank apollo_update_interval apollo_scale apollo_proj apollo_proj_type apollo_scale_type
  apollo_layerwise apollo_scale_front
  use_badam badam_mode badam_start_block badam_switch_mode badam_switch_interval badam_update_ratio badam_mask_mode badam_verbose
  use_swanlab swanlab_project swanlab_workspace swanlab_run_name swanlab_mode swanlab_api_key swanlab_logdir swanlab_lark_webhook_url
  swanlab_lark_secret
  pure_bf16 stage finetuning_type use_llama_pro use_adam_mini use_mca use_muon use_dft_loss freeze_vision_tower
  freeze_multi_modal_projector freeze_language_model compute_accuracy disable_shuffling early_stopping_steps plot_loss
  include_effective_tokens_per_second
  template dataset eval_dataset dataset_dir media_dir cutoff_len train_on_prompt mask_history streaming buffer_size mix_strategy
  interleave_probs overwrite_cache preprocessing_batch_size preprocessing_num_workers max_samples eval_num_beams
  ignore_pad_token_for_loss val_size eval_on_each_dataset packing neat_packing tool_format tokenized_path default_system
  enable_thinking data_shared_file_system
  do_sample temperature top_p top_k num_beams max_length max_new_tokens repetition_penalty length_penalty skip_special_tokens
  task task_dir batch_size lang n_shot save_dir download_mode
  name_module_trainable num_layer_trainable dpo_beta dpo_loss dpo_ftx ppo_logger lora_lr_ratio visual_inputs orpo_beta checkpoint_dir
  train_last_turn_only split reserved_label_len sft_packing cache_path system_message
  use_eaft_loss use_kernels kernel_name attn use_cce include_mfu mfu_profile_every mfu_warmup_steps callbacks model_capacity
  `.trim().split(/\s+/),
);

/**
 * Keys that mean something else under LLaMA-Factory's names: name → advice. Written by people who know axolotl's, the
 * alpaca-lora scripts' or PEFT's spellings; LLaMA-Factory refuses them.
 */
export const LLAMA_FACTORY_EQUIVALENTS: Readonly<Record<string, string>> = {
  lora_r: 'LLaMA-Factory names the LoRA rank `lora_rank`',
  lora_target_modules: 'LLaMA-Factory names the LoRA target modules `lora_target` (a comma-separated string, or `all`)',
  target_modules: 'LLaMA-Factory names the LoRA target modules `lora_target` (a comma-separated string, or `all`)',
  num_epochs: 'LLaMA-Factory takes HF\'s `num_train_epochs`',
  epochs: 'LLaMA-Factory takes HF\'s `num_train_epochs`',
  lr: 'LLaMA-Factory takes HF\'s `learning_rate`',
  micro_batch_size: 'LLaMA-Factory takes HF\'s `per_device_train_batch_size`',
  max_seq_length: 'LLaMA-Factory names the sequence length `cutoff_len`',
  max_seq_len: 'LLaMA-Factory names the sequence length `cutoff_len`',
  sequence_len: 'LLaMA-Factory names the sequence length `cutoff_len`',
  base_model: 'LLaMA-Factory names the model `model_name_or_path`',
};

/**
 * Keys of mcore_adapter's TrainingArguments (Megatron), which replace LLaMA-Factory's own when `USE_MCA` is set: a
 * file with one of them is read by a parser whose fields are not listed here.
 */
export const LLAMA_FACTORY_MCA_MARKERS: readonly string[] = [
  'tensor_model_parallel_size', 'pipeline_model_parallel_size', 'expert_model_parallel_size', 'virtual_pipeline_model_parallel_size',
  'context_parallel_size', 'sequence_parallel', 'recompute_granularity',
];
