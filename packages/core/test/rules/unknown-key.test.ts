import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';
import { lint } from '../../src/index.js';

const AXOLOTL = 'base_model: google/gemma-3-27b-it\nmicro_batch_size: 1\nsequence_len: 2048\nsample_packing: true\n';
const LUDWIG = 'input_features:\n  - name: x\n    type: number\noutput_features:\n  - name: y\n    type: number\n';

const LLAMA_FACTORY = 'model_name_or_path: Qwen/Qwen2.5-7B-Instruct\nstage: sft\ndo_train: true\nfinetuning_type: lora\nlora_target: all\n' +
  'dataset: alpaca_en_demo\ntemplate: qwen\ncutoff_len: 2048\noutput_dir: saves/qwen\nper_device_train_batch_size: 1\n' +
  'gradient_accumulation_steps: 8\nlearning_rate: 1.0e-4\nnum_train_epochs: 3.0\nlr_scheduler_type: cosine\nwarmup_ratio: 0.1\nbf16: true\n';

describe('unknown-key', () => {
  describe('LLaMA-Factory, whose parser refuses extra keys', () => {
    it('stays quiet on the keys of every argument dataclass, HF\'s included, and on older releases\' keys', () => {
      const all = `${LLAMA_FACTORY}flash_attn: fa2\nenable_liger_kernel: true\nquantization_bit: 4\nimage_max_pixels: 262144\nvllm_maxlen: 4096\n` +
        'ray_num_workers: 2\nfreeze_vision_tower: true\npref_beta: 0.1\nuse_galore: false\nswanlab_project: x\npacking: false\n' +
        'enable_thinking: false\nmax_new_tokens: 512\nreport_to: wandb\ndeepspeed: ds_z3.json\nplot_loss: true\nvisual_inputs: true\nsft_packing: true\n';
      expect(findings('unknown-key', all)).toEqual([]);
    });

    it('leaves alone a key it does not know that is no near-miss of one: newer releases add settings (use_eaft_loss, include_mfu)', () => {
      expect(findings('unknown-key', `${LLAMA_FACTORY}use_eaft_loss: true\ninclude_mfu: true\nmy_project_setting: 3\n`)).toEqual([]);
    });

    it('reports a typo, and a key of another framework with LLaMA-Factory\'s name for it', () => {
      const d = findings('unknown-key', `${LLAMA_FACTORY}lora_r: 8\nlearning_rat: 1e-4\nwarmup_step: 10\n`);
      expect(d.map((x) => [x.line, x.message])).toEqual([
        [17, '`lora_r` is not a known setting of LLaMA-Factory.'],
        [18, '`learning_rat` is not a known setting of LLaMA-Factory (did you mean `learning_rate`?).'],
        [19, '`warmup_step` is not a known setting of LLaMA-Factory (did you mean `warmup_steps`?).'],
      ]);
      expect(d[0].explanation).toContain('`lora_rank`');
      expect(d[0].explanation).toContain('Some keys are not used by the HfArgumentParser');
    });

    it('leaves alone files read by mcore_adapter\'s Megatron arguments (USE_MCA) and programs that borrow the names', () => {
      expect(findings('unknown-key', `${LLAMA_FACTORY}tensor_model_parallel_size: 2\nbias_activation_fusion: true\n`)).toEqual([]);
      const own = `${LLAMA_FACTORY}reward_fn: f1\nrollout_n: 8\nkl_coef: 0.01\nactor_lr: 1e-6\ncritic_lr: 1e-5\nmax_prompt_len: 512\nmax_response_len: 1024\n`;
      expect(findings('unknown-key', own)).toEqual([]);
    });

    it('judges a file both profiles match against the keys of the one it matches best, so a key gets one finding', () => {
      // Shared names, axolotl's `base_model` and `micro_batch_size`, LLaMA-Factory's `finetuning_type` and `stage`
      // (the stronger match), and a stranger.
      const both = 'base_model: x\nmicro_batch_size: 1\nfinetuning_type: lora\nstage: sft\nlearning_rate: 1.0e-4\nlora_alpha: 16\n' +
        'lora_dropout: 0.05\ngradient_accumulation_steps: 4\nweight_decay: 0.0\nwarmup_steps: 10\nseed: 1\nlora_dropuot: 0.1\n';
      expect(findings('unknown-key', both).map((x) => x.message)).toEqual([
        '`base_model` is not a known setting of LLaMA-Factory.',
        '`micro_batch_size` is not a known setting of LLaMA-Factory.',
        '`lora_dropuot` is not a known setting of LLaMA-Factory (did you mean `lora_dropout`?).',
      ]);
    });
  });

  describe('Unity ML-Agents, whose settings classes refuse options they do not define', () => {
    // ML-Agents' own config/imitation/CrawlerStaticSAC.yaml, abridged: every key of SACSettings, GAIL and TrainerSettings.
    const SAC = 'behaviors:\n  CrawlerStatic:\n    trainer_type: sac\n    hyperparameters:\n      learning_rate: 0.0003\n' +
      '      learning_rate_schedule: constant\n      batch_size: 256\n      buffer_size: 500000\n      buffer_init_steps: 2000\n      tau: 0.005\n' +
      '      steps_per_update: 20.0\n      save_replay_buffer: false\n      init_entcoef: 1.0\n      reward_signal_steps_per_update: 20.0\n' +
      '    network_settings:\n      normalize: true\n      hidden_units: 512\n      memory:\n        sequence_length: 64\n        memory_size: 128\n' +
      '    reward_signals:\n      gail:\n        gamma: 0.99\n        strength: 1.0\n        encoding_size: 128\n        learning_rate: 0.0003\n' +
      '        use_actions: false\n        use_vail: false\n        demo_path: Demos/Expert.demo\n    keep_checkpoints: 5\n    even_checkpoints: true\n' +
      '    max_steps: 3000000\n    time_horizon: 1000\n    summary_freq: 30000\n    threaded: true\n' +
      'env_settings:\n  num_envs: 1\n  seed: 1\n  num_areas: 8\nengine_settings:\n  time_scale: 20\n  no_graphics: true\ntorch_settings:\n  device: cuda\n';

    it('stays quiet on a file of ML-Agents\' own, and on a plugin trainer\'s hyperparameters and a fork\'s reward signal', () => {
      expect(findings('unknown-key', SAC)).toEqual([]);
      const plugin = 'behaviors:\n  Walker:\n    trainer_type: ase\n    hyperparameters:\n      batch_size: 4096\n      latent_dim: 4\n' +
        '    reward_signals:\n      ase:\n        latent_dim: 4\n    max_steps: 1.0e8\n    time_horizon: 1000\n    summary_freq: 10000\n';
      expect(findings('unknown-key', plugin)).toEqual([]);
    });

    it('reports another trainer\'s hyperparameter, with the trainer that has it', () => {
      const d = findings('unknown-key', SAC.replace('      tau: 0.005\n', '      lambd: 0.95\n'));
      expect(d.map((x) => [x.line, x.column, x.message])).toEqual([[10, 7, '`lambd` is not a known setting of ML-Agents\' sac hyperparameters (SACSettings).']]);
      expect(d[0].explanation).toContain('TrainerConfigError');
      expect(d[0].explanation).toContain('`lambd` is a hyperparameter of the ppo trainer, not of sac');
    });

    it('takes the trainer type from default_settings when a behavior does not name one', () => {
      const text = 'default_settings:\n  trainer_type: ppo\n  time_horizon: 64\nbehaviors:\n  A:\n    hyperparameters:\n      beta: 0.005\n      tau: 0.01\n';
      expect(findings('unknown-key', text).map((x) => x.message)).toEqual(['`tau` is not a known setting of ML-Agents\' ppo hyperparameters (PPOSettings).']);
    });

    it('reports keys of the layout before release 10 inside a behaviors block, and says where they moved', () => {
      const d = findings('unknown-key', SAC.replace('    threaded: true\n', '    threaded: true\n    use_recurrent: true\n    trainer: sac\n'));
      expect(d.map((x) => x.message)).toEqual([
        '`use_recurrent` is not a known setting of ML-Agents\' trainer settings.',
        '`trainer` is not a known setting of ML-Agents\' trainer settings.',
      ]);
      expect(d[0].explanation).toContain('network_settings.memory');
      expect(d[1].explanation).toContain('`trainer_type`');
    });

    it('reports typos in reward signals, the command-line sections and the top level, and a dropped torch setting', () => {
      const text = SAC.replace('        strength: 1.0\n', '        strenght: 1.0\n').replace('      gail:\n', '      curiousity:\n        strength: 0.02\n      gail:\n')
        .replace('  no_graphics: true\n', '  no_graphic: true\n') + '  threads: 4\ncheckpoint_setting:\n  run_id: x\n';
      const d = findings('unknown-key', text);
      expect(d.map((x) => x.message)).toEqual([
        '`curiousity` is not a known setting of ML-Agents\' reward signals (did you mean `curiosity`?).',
        '`strenght` is not a known setting of ML-Agents\' `gail` reward signal (did you mean `strength`?).',
        '`no_graphic` is not a known setting of ML-Agents\' `engine_settings` (did you mean `no_graphics`?).',
        '`threads` is not a known setting of ML-Agents\' `torch_settings`.',
        '`checkpoint_setting` is not a known setting of ML-Agents\' run options (did you mean `checkpoint_settings`?).',
      ]);
      expect(d[3].explanation).toContain('drops any other key without a warning');
    });

    it('reports the keys that network_settings, its memory, self_play and behavioral_cloning drop, with the key meant', () => {
      const text = SAC.replace('      hidden_units: 512\n', '      hidden_unit: 512\n      conditioning_type: hyper\n')
        .replace('        memory_size: 128\n', '        memory_size: 128\n        use_recurrent: true\n')
        .replace('        demo_path: Demos/Expert.demo\n', '        demo_path: Demos/Expert.demo\n        network_settings:\n          hidden_units: 64\n          num_layer: 2\n')
        .replace('    threaded: true\n', '    threaded: true\n    self_play:\n      window: 10\n      swap_step: 2000\n    behavioral_cloning:\n      demo_path: x.demo\n      strength: 0.5\n      epochs: 3\n');
      const d = findings('unknown-key', text);
      expect(d.map((x) => [x.line, x.column, x.message])).toEqual([
        [17, 7, '`hidden_unit` is not a known setting of ML-Agents\' `network_settings` (NetworkSettings) (did you mean `hidden_units`?).'],
        [18, 7, '`conditioning_type` is not a known setting of ML-Agents\' `network_settings` (NetworkSettings).'],
        [22, 9, '`use_recurrent` is not a known setting of ML-Agents\' `memory` (MemorySettings).'],
        [34, 11, '`num_layer` is not a known setting of ML-Agents\' `network_settings` (NetworkSettings) (did you mean `num_layers`?).'],
        [43, 7, '`swap_step` is not a known setting of ML-Agents\' `self_play` (SelfPlaySettings) (did you mean `swap_steps`?).'],
        [47, 7, '`epochs` is not a known setting of ML-Agents\' `behavioral_cloning` (BehavioralCloningSettings).'],
      ]);
      expect(d[0].explanation).toContain('drops any other key without a warning, so this setting has no effect');
      expect(d[1].explanation).toContain('The key is `goal_conditioning_type`.');
      expect(findings('unknown-key', SAC.replace('      normalize: true\n', '      normalize: true\n      sequence_length: 64\n'))[0].explanation).toContain('under `network_settings.memory`');
    });

    it('leaves alone the layout before release 10, which ML-Agents read as plain dictionaries', () => {
      const legacy = 'default:\n  trainer: ppo\n  batch_size: 1024\n  beta: 5.0e-3\n  lambd: 0.95\n  time_horizon: 64\n  summary_freq: 10000\n  use_recurrent: false\n';
      expect(findings('unknown-key', legacy)).toEqual([]);
    });
  });

  it('flags axolotl eta_min (RULES-CATALOG R4) and explains the axolotl equivalent', () => {
    const d = findings('unknown-key', `${AXOLOTL}lr_scheduler: cosine\nlearning_rate: 5e-6\neta_min: 7e-7\n`);
    expect(positions(d)).toEqual(['7:1']);
    expect(d[0].message).toBe('`eta_min` is not a known setting of axolotl.');
    expect(d[0].explanation).toContain('cosine_min_lr_ratio');
  });

  it('suggests the closest axolotl key for a typo', () => {
    const d = findings('unknown-key', `${AXOLOTL}gradient_acumulation_steps: 4\n`);
    expect(d[0].message).toBe('`gradient_acumulation_steps` is not a known setting of axolotl (did you mean `gradient_accumulation_steps`?).');
    expect(d[0].suggestions?.[0].edits[0].text).toBe('gradient_accumulation_steps');
  });

  it('leaves alone a program of its own that borrows axolotl\'s names, whose keys are largely not axolotl\'s', () => {
    // A spoken-LM project's training YAML: axolotl's `base_model`, `micro_batch_size`, `num_epochs` beside its own keys.
    const own = 'job_name: stage1\nmodel_mode: SpeechAutoEncoder\nbase_model: ./storage/exp/\ndata_stage: 1\nlimit_eval_data: 50000\nactual_batch_size: 256\n' +
      'gradient_accumulation_steps: 2\nmicro_batch_size: 128\ntest_micro_batch_size: 64\nnum_epochs: 2\nlr_scheduler: cosine\nwarmup_steps: 100\nlearning_rate: 2e-4\ntmp_dir: ./tmp/\n';
    expect(findings('unknown-key', own)).toEqual([]);
    // Four strangers among eleven keys are still reported: a real axolotl file with mistakes.
    const mistakes = `${AXOLOTL}lr_scheduler: cosine\nlearning_rate: 5e-6\nnum_epochs: 3\noptimizer: adamw_torch\neta_min: 7e-7\nlr_scheduler_type: cosine\nnum_train_epochs: 3\nper_device_train_batch_size: 2\n`;
    expect(findings('unknown-key', mistakes).map((d) => d.line)).toEqual([9, 10, 11, 12]);
  });

  it('names the plugin a plugin key needs, and tolerates keys of listed plugins', () => {
    const d = findings('unknown-key', `${AXOLOTL}liger_rms_norm: true\n`);
    expect(d[0].message).toBe("`liger_rms_norm` belongs to axolotl's LigerPlugin, which `plugins:` does not enable.");
    expect(findings('unknown-key', `plugins:\n  - axolotl.integrations.liger.LigerPlugin\n${AXOLOTL}liger_rms_norm: true\n`)).toEqual([]);
    // Turned off without its plugin, the feature is off either way (formalize's `cut_cross_entropy: false`).
    expect(findings('unknown-key', `plugins:\n  - axolotl.integrations.liger.LigerPlugin\n${AXOLOTL}cut_cross_entropy: false\n`)).toEqual([]);
    expect(findings('unknown-key', `${AXOLOTL}cut_cross_entropy: true\n`).map((x) => x.message)).toEqual(["`cut_cross_entropy` belongs to axolotl's CutCrossEntropyPlugin, which `plugins:` does not enable."]);
    // With any plugin listed, a non-core key is only reported when it looks like a typo.
    expect(findings('unknown-key', `plugins:\n  - axolotl.integrations.kernels.KernelsPlugin\n${AXOLOTL}fused_attn_kernel: true\n`)).toEqual([]);
  });

  it('flags unknown Ludwig optimizer fields and scheduler `type` (ludwig examples/optimizers)', () => {
    const d = findings('unknown-key', `${LUDWIG}trainer:\n  epochs: 50\n  optimizer:\n    type: adamw\n    momentum: 0.9\n  learning_rate_scheduler:\n    type: cosine\n`);
    expect(positions(d)).toEqual(['11:5', '13:5']);
    expect(d[0].message).toBe("`momentum` is not a known setting of Ludwig's `adamw` optimizer.");
    expect(d[1].message).toBe("`type` is not a known setting of Ludwig's learning-rate scheduler.");
    expect(d[1].explanation).toContain('`decay`');
    expect(d[1].explanation).toBe(d[1].explanation.trim());
  });

  it('leaves a learning rate under Ludwig\'s top-level trainer.optimizer to optimizer-specific-hparams-ignored (one finding per key)', () => {
    const text = `${LUDWIG}trainer:\n  epochs: 50\n  optimizer:\n    type: adamw\n    lr: 0.0001\n`;
    expect(findings('unknown-key', text)).toEqual([]);
    const all = lint(text, { format: 'yaml', filePath: 'config.yaml', settings: { extends: ['recommended'] } }).diagnostics.filter((x) => x.line === 11);
    expect(all.map((x) => x.ruleId)).toEqual(['optimizer-specific-hparams-ignored']);
    // A trainer below the top level (optimizer-specific-hparams-ignored reads only the top-level one): unknown-key reports it.
    const nested = findings('unknown-key', `${LUDWIG}variant:\n  trainer:\n    optimizer:\n      type: adamw\n      lr: 0.0001\n`);
    expect(nested.map((x) => x.message)).toEqual(["`lr` is not a known setting of Ludwig's `adamw` optimizer."]);
    expect(nested[0].explanation).toContain('trainer.learning_rate');
  });

  it('flags unknown zero_optimization keys in DeepSpeed JSON and typos at its top level', () => {
    const d = findings('unknown-key', '{\n  "train_micro_batch_size_per_gpu": 1,\n  "gradient_clippping": 1.0,\n  "zero_optimization": {"stage": 2, "offload_everything": true}\n}', 'json');
    expect(d.map((x) => x.message)).toEqual([
      '`gradient_clippping` is not a known setting of DeepSpeed (did you mean `gradient_clipping`?).',
      "`offload_everything` is not a known setting of DeepSpeed's `zero_optimization`.",
    ]);
  });

  it("flags ZeRO's settings written at DeepSpeed's top level, which it ignores there (fmengine's offload_optimizer), but not a program's own keys nor Lightning's flat strategy arguments", () => {
    const text = '{\n  "train_micro_batch_size_per_gpu": 1,\n  "lr-decay-style": "cosine",\n  "warmup": 0.1,\n  "offload_optimizer": {"device": "cpu"},\n  "fp16": {"enabled": true}\n}';
    const d = findings('unknown-key', text, 'json');
    expect(d.map((x) => `${x.line}:${x.column} ${x.message}`)).toEqual(['5:3 `offload_optimizer` is not a known setting of DeepSpeed.']);
    expect(d[0]!.explanation).toContain('It is a setting of `zero_optimization`, which DeepSpeed reads only inside that block: move it there.');
    // Lightning's DeepSpeedStrategy arguments, flat (RNAformer's `deepspeed:` block), name ZeRO's settings at their top.
    const strategy = 'deepspeed:\n  zero_optimization: true\n  stage: 2\n  contiguous_gradients: false\n  overlap_comm: true\n  zero_allow_untested_optimizer: true\n';
    expect(findings('unknown-key', strategy, 'yaml', { frameworks: ['deepspeed'] })).toEqual([]);
  });

  it('flags typos in DeepSpeed\'s bf16 and fp16 blocks, whose pydantic models forbid extra fields (PandaGPT\'s `"enable"`)', () => {
    const d = findings('unknown-key', '{\n  "train_micro_batch_size_per_gpu": 2,\n  "fp16": {"enabled": true, "opt_level": "O2", "min_los_scale": 1},\n  "bf16": {\n    "enable": true\n  }\n}', 'json');
    expect(d.map((x) => `${x.line}:${x.column} ${x.message}`)).toEqual([
      "3:48 `min_los_scale` is not a known setting of DeepSpeed's `fp16` (did you mean `min_loss_scale`?).",
      "5:5 `enable` is not a known setting of DeepSpeed's `bf16` (did you mean `enabled`?).",
    ]);
    expect(d[1]!.explanation).toContain('the run stops at start-up');
    expect(d[1]!.suggestions?.[0]?.edits[0]?.text).toBe('"enabled"');
  });

  it('flags typos of HF TrainingArguments but not script arguments', () => {
    const d = findings('unknown-key', 'model_name_or_path: x\nper_device_train_batch_size: 8\nnum_train_epoch: 3\ndataset_name: y\nmy_custom_flag: true\n');
    expect(d.map((x) => x.message)).toEqual(['`num_train_epoch` is not a known setting of HF TrainingArguments (did you mean `num_train_epochs`?).']);
  });

  it('flags LightGBM and XGBoost typos only', () => {
    expect(findings('unknown-key', 'num_leaves: 31\nbagging_fraction: 0.8\nfeature_fracton: 0.9\nmy_wrapper_option: 3\n').map((x) => x.path)).toEqual(['/feature_fracton']);
    expect(findings('unknown-key', '{"eta": 0.1, "max_depth": 6, "colsample_bytree": 0.8, "subsampel": 0.9}', 'json').map((x) => x.path)).toEqual(['/subsampel']);
  });

  it('does not take a numbered setting of a wrapper for a typo (qlib DoubleEnsemble `alpha1`, `alpha2` beside LightGBM\'s `alpha`)', () => {
    const qlib = 'kwargs:\n  base_model: gbm\n  alpha1: 1\n  alpha2: 1\n  num_leaves: 210\n  lambda_l1: 205.7\n  lambda_l2: 580.9\n  alpah: 0.9\n';
    expect(findings('unknown-key', qlib).map((x) => x.path)).toEqual(['/kwargs/alpah']);
  });

  it('does not take other parallelism degrees or the plural of numbered keys for typos of HF arguments (unilm PFPO)', () => {
    const hf = 'per_device_train_batch_size: 4\nlr_scheduler_type: cosine\nnum_train_epochs: 3\ndp_size: 4\npp_size: 2\nep_size: 8\nadam_betas: [0.9, 0.98]\nlearning_rat: 1e-5\n';
    expect(findings('unknown-key', hf).map((x) => x.path)).toEqual(['/learning_rat']);
  });

  it('stays quiet on valid configs, empty keys and Ludwig files that look like axolotl', () => {
    expect(findings('unknown-key', `${AXOLOTL}learning_rate: 0.0002\nlr_scheduler: cosine\ndebug:\n`)).toEqual([]);
    expect(findings('unknown-key', `${LUDWIG}trainer:\n  optimizer:\n    type: adafactor\n    lr: 0.001\n  learning_rate_scheduler:\n    decay: cosine\n    t_0: 10\n`)).toEqual([]);
    expect(findings('unknown-key', `${LUDWIG}base_model: x\nadapter:\n  type: lora\nquantization:\n  bits: 4\n`)).toEqual([]);
    // LightGBM aliases are known (RULES-CATALOG F13: `num_trees`).
    expect(findings('unknown-key', 'num_leaves: 31\nbagging_fraction: 0.8\nnum_trees: 100\nsub_feature: 0.9\n')).toEqual([]);
  });

  it('reports DeepSpeed settings in an Accelerate config\'s `deepspeed_config`, which `accelerate launch` ignores', () => {
    const acc = 'compute_environment: LOCAL_MACHINE\ndistributed_type: DEEPSPEED\nnum_processes: 2\ndeepspeed_config:\n  zero_stage: 3\n  gradient_clipping: 1.0\n  zero_optimization:\n    stage: 3\n    overlap_comm: true\n  optimizer:\n    type: adamw_torch_fused\n';
    const d = findings('unknown-key', acc);
    expect(d.map((x) => `${x.path}@${x.line}`)).toEqual(['/deepspeed_config/zero_optimization@7', '/deepspeed_config/optimizer@10']);
    expect(d[0].explanation).toContain('deepspeed_config_file');
    // The block is not a DeepSpeed config: DeepSpeed's optimizer names are not checked in it.
    const all = lint(acc, { format: 'yaml', filePath: 'acc.yaml', settings: { extends: ['strict'] } }).diagnostics;
    expect(all.filter((x) => x.ruleId === 'enum-optimizer-name')).toEqual([]);
  });
});
