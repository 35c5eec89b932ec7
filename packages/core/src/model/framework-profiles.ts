/**
 * The framework profiles: for each program whose configs mlconfig knows, the key fingerprints that
 * identify its files and what it implies for reading them (its YAML loader, keys it converts with
 * `float()`, its JSON dialect, frameworks whose names it shares but which do not read the file).
 * Detection itself is in frameworks.ts; this file is data.
 */
import { ALL_TOP_LEVEL_KEYS } from '../loader/apply-loader.js';
import type { LoaderId } from '../loader/profiles.js';
import { ANGLE_REFERENCE } from './references.js';
import type { KeyIndex } from './key-index.js';

export type FrameworkId =
  | 'hf-trainer'
  | 'trl'
  | 'axolotl'
  | 'llama-factory'
  | 'deepspeed'
  | 'accelerate'
  | 'hydra'
  | 'lightning'
  | 'litgpt'
  | 'nemo'
  | 'ludwig'
  | 'torchtitan'
  | 'llm-foundry'
  | 'olmo'
  | 'detectron2'
  | 'speechbrain'
  | 'speakerlab'
  | 'keras'
  | 'sklearn'
  | 'xgboost'
  | 'lightgbm'
  | 'peft'
  | 'ai-toolkit'
  | 'ultralytics'
  | 'yacs'
  | 'megatron'
  | 'levanter'
  | 'torchtune'
  | 'autotrain'
  | 'verl'
  | 'ml-agents'
  | 'lavis'
  | 'nemo-rl'
  | 'lingua'
  | 'coqui-tts'
  | 'rl-games'
  | 'qlib'
  | 'paddleclas'
  | 'recbole'
  | 'mmrec'
  | 'paddlevideo'
  | 'mindcv'
  | 'marian'
  | 'pycil'
  | 'deepda'
  | 'autogluon'
  | 'graphgym'
  | 'mava'
  | 'tpu-resnet'
  | 'opennmt'
  | 'fairseq-cli'
  | 'fairseq-hydra'
  | 'dreamerv3'
  | 'konfai'
  | 'tiny-cuda-nn'
  | 'amphion'
  | 'albef-blip'
  | 'fedscale'
  | 'flower'
  | 'sat'
  | 'glm-finetune'
  | 'mmf'
  | 'pytorch-tabular'
  | 'graphmae'
  | 'tune-a-video'
  | 'open-assistant'
  | 'paddlenlp'
  | 'paddlespeech-asr'
  | 'jaxmarl'
  | 'voxceleb-trainer'
  | 'gliner'
  | 'imaginaire'
  | 'hysts-classification'
  | 'invoke-training'
  | 'gymnax-blines'
  | 'simclr-lineage'
  | 'trl-online'
  | 'donut'
  | 'uniter-lineage'
  | 'pfl-research'
  | 'kair-options'
  | 'textbox'
  | 'taming-main'
  | 'torchrl-sota'
  | 'contrastors'
  | 'zju3dv-config'
  | 'animate-anyone'
  | 'x-flux'
  | 'kong-separation'
  | 'msst-htdemucs'
  | 'yparams'
  | 'determined'
  | 'guild'
  | 'rvt'
  | 'sevennet'
  | 'hrnet-pose'
  | 'model-editing'
  | 'veomni'
  | 'libkge'
  | 'espnet'
  | 'kohya'
  | 'simpletuner'
  | 'oumi'
  | 'areal'
  | 'timm'
  | 'mlx-lm'
  | 'dlhpcstarter'
  | 'mace'
  | 'matten';

export interface FrameworkProfile {
  readonly id: FrameworkId;
  readonly name: string;
  /** The YAML loader this framework uses, when it reads YAML. */
  readonly yamlLoader?: LoaderId;
  /** Keys whose values the program converts with `float()`, so `1e-4` that PyYAML leaves a string still works. */
  readonly floatKeys?: readonly string[];
  /**
   * The program builds `torch.optim.Adam` from the learning rate alone, so a weight decay written beside
   * `adam` never reaches it (Microsoft's HRNet code: `optim.Adam(model.parameters(), lr=cfg.TRAIN.LR)`).
   */
  readonly adamIgnoresWeightDecay?: boolean;
  /**
   * The Python library the program reads its YAML with (`sconf`; `yacs` for a `CfgNode` the file is merged into): a
   * project whose scripts read configs with PyYAML and never use it borrowed the program's key names, and its files are
   * read with PyYAML (OpenSeeD's UPPER_CASE files, read with `yaml.safe_load` and detectron2's `LazyConfig`).
   */
  readonly readsWith?: readonly string[];
  /**
   * Its reader matches key names exactly and they are lower case (HfArgumentParser's dataclass fields in HF Trainer, TRL
   * and LLaMA-Factory, axolotl's and PEFT's typed fields): a key written in UPPER_CASE (tae898/erc's `NUM_TRAIN_EPOCHS`,
   * handed to its own function) is not one of its settings.
   */
  readonly lowerCaseNames?: true;
  /** How it reads `.json` files when they are not strict JSON: comments stripped (Coqui), or JSON5 (Amphion). */
  readonly jsonDialect?: 'comments' | 'json5';
  /** Frameworks whose names it shares but which do not read the file (OpenNMT's `optim`, `warmup_steps` are not HF's). */
  readonly excludes?: readonly FrameworkId[];
  /** The score from which `excludes` applies (default: the threshold). */
  readonly excludesFrom?: number;
  /** The formats its configs come in, when it reads only some: axolotl's and LLaMA-Factory's command lines read YAML or JSON (or a typed TS/JS object the user's code writes out), never TOML. */
  readonly formats?: readonly KeyIndex['format'][];
  /**
   * Frameworks detected in the same file whose loader this one's goes before, because this program is what
   * reads the file although the others' names fingerprint it as well (often more strongly): the first
   * detected framework with a YAML loader decides how the file is read. `'all'` puts it before every other
   * one; `unlessKeys` are keys that show the other program does read it after all.
   */
  readonly readsBefore?: { readonly frameworks: readonly FrameworkId[] | 'all'; readonly unlessKeys?: readonly string[] };
  /** Score at which the framework counts as detected. */
  readonly threshold: number;
  readonly signals: readonly Signal[];
}

export interface Signal {
  readonly weight: number;
  readonly evidence: string;
  readonly test: (k: KeyIndex) => boolean;
  /**
   * The one key name whose presence the test checks, and in which of the index's sets: detection looks such signals up
   * from the file's keys (frameworks.ts) instead of asking each of the thousand signals in turn.
   */
  readonly key?: { readonly in: 'topLevel' | 'paths' | 'names'; readonly name: string };
}

export interface DetectedFramework {
  readonly id: FrameworkId;
  readonly name: string;
  readonly score: number;
  readonly evidence: readonly string[];
  /** True when the user forced this framework in settings. */
  readonly forced?: boolean;
}

const top = (name: string, weight: number): Signal => ({ weight, evidence: `top-level key \`${name}\``, test: (k) => k.topLevel.has(name), key: { in: 'topLevel', name } });
const path = (p: string, weight: number): Signal => ({ weight, evidence: `key \`${p}\``, test: (k) => k.paths.has(p), key: { in: 'paths', name: p } });
/** A top-level key of a file whose top-level keys are all UPPER_CASE (the case lowers to `name`). */
const upperTop = (name: string, weight: number): Signal => ({ weight, evidence: `UPPER_CASE top-level key \`${name.toUpperCase()}\``, test: (k) => k.upperCaseTopLevel && k.topLevel.has(name) });
const anyKey = (name: string, weight: number): Signal => ({ weight, evidence: `key \`${name}\``, test: (k) => k.names.has(name), key: { in: 'names', name } });
const value = (p: string, re: RegExp, weight: number, what: string): Signal => ({
  weight,
  evidence: `\`${p}\` is ${what}`,
  test: (k) => re.test(k.values.get(p) ?? ''),
});
const anyValue = (re: RegExp, weight: number, what: string): Signal => ({
  weight,
  evidence: what,
  test: (k) => {
    for (const v of k.values.values()) if (re.test(v)) return true;
    return false;
  },
});
const format = (f: KeyIndex['format'][], weight: number): Signal => ({ weight, evidence: `${f.join('/')} file`, test: (k) => f.includes(k.format) });
const tag = (re: RegExp, weight: number, what: string): Signal => ({
  weight,
  evidence: what,
  test: (k) => {
    for (const t of k.tags) if (re.test(t)) return true;
    return false;
  },
});
const comment = (re: RegExp, weight: number, what: string): Signal => ({ weight, evidence: what, test: (k) => k.comments.some((c) => re.test(c)) });
const fileName = (re: RegExp, weight: number, what: string): Signal => ({ weight, evidence: what, test: (k) => re.test(k.filePath ?? '') });
/** A top-level list whose first item names another top-level key of the file (a grid search over the file's own keys). */
const namesOwnKeys = (name: string, weight: number, what: string): Signal => ({
  weight,
  evidence: what,
  test: (k) => k.topLevelKinds.get(name) === 'seq' && k.topLevel.has(k.values.get(name) ?? '\u0000'),
});

/** A top-level block built by calling its class with its arguments, speakerlab's way: `optimizer: {obj: …, args: {…}}`. */
const objArgsBlock = (weight: number): Signal => ({
  weight,
  evidence: 'a block of `obj` and `args`',
  test: (k) => {
    for (const t of k.topLevel) if (k.paths.has(`${t}.obj`) && k.paths.has(`${t}.args`)) return true;
    return false;
  },
});
/** A value that is exactly `<name>` of a top-level key (speakerlab's references; a placeholder names no key of the file). */
const angleReference = (weight: number): Signal => ({
  weight,
  evidence: '`<name>` references to top-level keys',
  test: (k) => {
    for (const v of k.values.values()) {
      const m = ANGLE_REFERENCE.exec(v);
      if (m && k.topLevel.has(m[1]!)) return true;
    }
    return false;
  },
});

/**
 * NeMo and Hydra apps run PyTorch Lightning's Trainer, so their `trainer:` keys also fingerprint Lightning;
 * but OmegaConf reads those files, not LightningCLI's jsonargparse, unless the file uses jsonargparse's own
 * `class_path`/`init_args`.
 */
const OMEGACONF_APP_BEFORE_LIGHTNING = { frameworks: ['lightning'], unlessKeys: ['class_path', 'init_args'] } as const;

/** Hydra's weakest signs, a top-level `defaults` that holds a list: a program of its own may write one too. */
const HYDRA_DEFAULTS_KEY = top('defaults', 1);
// A defaults *list* composes config groups; Ludwig's `defaults:` is a mapping.
const HYDRA_DEFAULTS_LIST: Signal = { weight: 1, evidence: '`defaults` is a list (Hydra defaults list)', test: (k) => k.topLevelKinds.get('defaults') === 'seq' };
/** The evidence those two signs give (engine/analyze.ts: a file known as Hydra's by them alone may be read otherwise). */
export const HYDRA_DEFAULTS_EVIDENCE: ReadonlySet<string> = new Set([HYDRA_DEFAULTS_KEY.evidence, HYDRA_DEFAULTS_LIST.evidence]);

export const FRAMEWORKS: readonly FrameworkProfile[] = [
  {
    id: 'deepspeed', name: 'DeepSpeed', threshold: 2,
    signals: [top('zero_optimization', 2), top('train_micro_batch_size_per_gpu', 2), top('steps_per_print', 1), top('wall_clock_breakdown', 1),
      // `{type, params}` blocks are DeepSpeed's shape but also MMF's and others': alone they do not make a DeepSpeed file.
      path('optimizer.params', 0.75), path('scheduler.params', 0.75), path('fp16.loss_scale', 1), path('fp16.initial_scale_power', 1),
      top('zero_allow_untested_optimizer', 1), top('gradient_clipping', 0.5), fileName(/(?:^|[/\\]|__)(?:ds|deepspeed|zero)[^/\\]*\.json$/i, 1, 'DeepSpeed-style file name')],
  },
  {
    id: 'accelerate', name: 'Accelerate launcher', yamlLoader: 'pyyaml', threshold: 2,
    signals: [top('compute_environment', 2), top('distributed_type', 2), top('deepspeed_config', 1), top('num_processes', 0.5), top('machine_rank', 1), top('main_training_function', 1)],
  },
  {
    id: 'llama-factory', name: 'LLaMA-Factory', lowerCaseNames: true, yamlLoader: 'omegaconf', formats: ['yaml', 'json', 'jsonc', 'js'], threshold: 3,
    signals: [top('finetuning_type', 2), value('stage', /^(?:pt|sft|rm|ppo|dpo|kto)$/, 2, 'a LLaMA-Factory stage'), top('template', 1), top('cutoff_len', 1), top('dataset_dir', 1)],
  },
  {
    id: 'axolotl', name: 'axolotl', lowerCaseNames: true, yamlLoader: 'pyyaml', formats: ['yaml', 'json', 'jsonc', 'js'], threshold: 3,
    // `base_model` and `adapter` also open Ludwig's LLM configs, so alone they do not make an axolotl file; nor do
    // `micro_batch_size` and `num_epochs`, which the alpaca-lora lineage's own configs write too (baichuan2-lora).
    signals: [top('base_model', 1.5), top('micro_batch_size', 1.5), top('sample_packing', 2), top('sequence_len', 2), top('val_set_size', 1.5),
      top('num_epochs', 1), top('lr_scheduler', 1), top('lora_r', 1), top('adapter', 1), top('datasets', 0.5), top('pad_to_sequence_len', 1),
      top('flash_attention', 1), top('lora_model_dir', 1), top('evals_per_epoch', 1), top('saves_per_epoch', 1), top('output_dir', 0.5)],
  },
  {
    id: 'trl', name: 'TRL', lowerCaseNames: true, yamlLoader: 'pyyaml', threshold: 3,
    signals: [top('max_prompt_length', 2), top('max_completion_length', 2), top('num_generations', 2), top('dataset_name', 1), top('model_name_or_path', 1),
      top('beta', 1), top('loss_type', 0.5), top('max_length', 0.5), top('use_peft', 1), top('dataset_mixer', 1)],
  },
  {
    // `lr_scheduler_type` alone is not enough: programs of their own use the name too (MOMENT's
    // `lr_scheduler_type: onecyclelr`, pytorch-template's `ExponentialLR`).
    id: 'hf-trainer', name: 'HF Transformers Trainer', yamlLoader: 'pyyaml', lowerCaseNames: true, threshold: 2,
    signals: [top('per_device_train_batch_size', 2), top('lr_scheduler_type', 1.5), top('num_train_epochs', 2), top('eval_strategy', 1), top('evaluation_strategy', 1),
      top('save_strategy', 1), top('logging_steps', 1), top('load_best_model_at_end', 1), top('optim', 1), top('output_dir', 0.5), top('warmup_ratio', 0.5),
      top('gradient_checkpointing', 0.5), top('per_device_eval_batch_size', 1), top('hub_model_id', 1), top('push_to_hub', 0.5), top('report_to', 0.5),
      top('adam_beta1', 0.5), top('adam_beta2', 0.5), top('max_grad_norm', 0.5), top('save_total_limit', 0.5)],
  },
  {
    // A Hydra app hands its config to its own code (unilm PFPO's trainer reads `per_gpu_train_batch_size`),
    // not to HfArgumentParser: with strong evidence, HF Trainer's and TRL's schemas do not apply.
    id: 'hydra', name: 'Hydra/OmegaConf', yamlLoader: 'omegaconf', threshold: 2, excludes: ['hf-trainer', 'trl'], excludesFrom: 5, readsBefore: OMEGACONF_APP_BEFORE_LIGHTNING,
    signals: [anyKey('_target_', 2), HYDRA_DEFAULTS_KEY, top('hydra', 2), comment(/@package/, 2, '`# @package` directive'), anyKey('_partial_', 1),
      HYDRA_DEFAULTS_LIST,
      { weight: 0.5, evidence: '`${...}` interpolation', test: (k) => k.hasInterpolation }, anyValue(/^\?\?\?$/, 2, '`???` mandatory values'),
      // Relative (`${..seed}`) and resolver (`${oc.env:HOME}`, `${if:...}`) interpolations are OmegaConf's own;
      // a shell default (`${VAR:-x}`) is not.
      // An absolute dotted path (`${training.outdir}`) too, which shell-style `${VAR}` never is.
      anyValue(/\$\{(?:\.+\w|[a-z_][\w.]*:(?!-)|[a-z_]\w*(?:\.\w+)+\})/, 1.5, 'OmegaConf relative, resolver or dotted-path interpolation')],
  },
  {
    id: 'nemo', name: 'NVIDIA NeMo', yamlLoader: 'omegaconf', threshold: 3, readsBefore: OMEGACONF_APP_BEFORE_LIGHTNING,
    signals: [path('model.optim', 1.5), path('model.optim.sched', 2), top('exp_manager', 2), path('model.train_ds', 1.5), path('model.validation_ds', 1),
      path('trainer.devices', 0.5), top('name', 0.5), path('model.optim.name', 1), anyValue(/^nemo\.collections\./, 2, 'a `nemo.collections` class')],
  },
  {
    id: 'lightning', name: 'PyTorch Lightning', yamlLoader: 'jsonargparse', threshold: 2,
    signals: [path('trainer.max_epochs', 1), path('trainer.accelerator', 1), path('trainer.accumulate_grad_batches', 1), path('trainer.gradient_clip_val', 1),
      path('trainer.precision', 0.5), path('trainer.devices', 0.5), path('trainer.check_val_every_n_epoch', 1), anyKey('class_path', 1), anyKey('init_args', 1),
      path('trainer.log_every_n_steps', 1), path('trainer.val_check_interval', 1)],
  },
  {
    id: 'litgpt', name: 'LitGPT', yamlLoader: 'jsonargparse', threshold: 3,
    signals: [path('train.lr_warmup_steps', 2), path('train.global_batch_size', 1.5), path('train.micro_batch_size', 1.5), path('train.save_interval', 1),
      path('train.max_seq_length', 1), path('optimizer.class_path', 1), path('optimizer.init_args', 0.5), top('checkpoint_dir', 1), top('out_dir', 0.5),
      path('eval.interval', 1), top('initial_checkpoint_dir', 1), top('model_name', 0.5), path('train.lr_warmup_fraction', 1)],
  },
  {
    id: 'ludwig', name: 'Ludwig', yamlLoader: 'pyyaml', threshold: 3,
    signals: [top('input_features', 2), top('output_features', 2), top('combiner', 1), path('trainer.learning_rate_scheduler', 1), top('hyperopt', 0.5),
      path('trainer.optimizer.type', 0.5), top('model_type', 0.5), top('preprocessing', 0.5)],
  },
  {
    id: 'torchtitan', name: 'torchtitan', threshold: 3,
    signals: [format(['toml'], 1), top('job', 1), top('training', 1), top('lr_scheduler', 0.5), top('parallelism', 1.5), path('job.dump_folder', 1.5),
      path('training.steps', 1), path('lr_scheduler.warmup_steps', 1), top('activation_checkpoint', 1), top('float8', 0.5)],
  },
  {
    id: 'olmo', name: 'OLMo', yamlLoader: 'omegaconf', threshold: 3,
    // OLMo shares Composer's names (max_duration, t_warmup, device_train_microbatch_size) with LLM Foundry;
    // those count little, so each framework needs keys of its own.
    signals: [top('run_name', 0.5), path('data.paths', 1.5), path('tokenizer.identifier', 2), path('model.d_model', 0.5), top('save_folder', 0.5), top('load_path', 0.25),
      top('device_train_microbatch_size', 0.25), top('global_train_batch_size', 0.25), top('max_duration', 0.25), path('scheduler.t_warmup', 0.25), top('save_interval', 0.5),
      top('evaluators', 1), top('save_overwrite', 0.5), path('model.init_fn', 1), top('dry_run', 0.5)],
  },
  {
    id: 'llm-foundry', name: 'LLM Foundry/Composer', yamlLoader: 'omegaconf', threshold: 3,
    signals: [top('max_duration', 0.5), path('scheduler.t_warmup', 0.5), top('train_loader', 1.5), top('eval_loader', 1), top('device_train_microbatch_size', 0.5),
      top('global_train_batch_size', 0.5), value('optimizer.name', /decoupled_/, 2, 'a Composer decoupled optimizer'), top('fsdp_config', 0.5),
      top('eval_interval', 0.5), top('variables', 1), path('parameters.max_duration', 2), path('parameters.train_loader', 1.5), top('integrations', 0.5)],
  },
  {
    // detectron2's CfgNode is fvcore's, built on yacs: merge_from_file decodes values as yacs does.
    id: 'detectron2', name: 'detectron2', yamlLoader: 'yacs', readsWith: ['yacs'], threshold: 3,
    signals: [top('solver', 1), top('_base_', 2), path('solver.base_lr', 2), path('solver.ims_per_batch', 1), path('solver.max_iter', 1),
      path('model.meta_architecture', 2), top('input', 0.5), top('datasets', 0.5), path('model.weights', 0.5), path('model.resnets', 1)],
  },
  {
    // HyperPyYAML resolves `!ref`s with ruamel.yaml, then (since 1.2, PR #17) builds the objects with ruamel's
    // Loader too: YAML 1.2, so `lr: 1e-4` is a float (SpeechBrain, CosyVoice, WeNet-style recipes).
    id: 'speechbrain', name: 'SpeechBrain (HyperPyYAML)', yamlLoader: 'yaml-1.2', threshold: 2,
    signals: [tag(/^!(?:new|name|apply):/, 2, 'HyperPyYAML object tags'), tag(/^!ref$/, 2, 'HyperPyYAML `!ref` references'), tag(/^!PLACEHOLDER$/, 1, '`!PLACEHOLDER` tag')],
  },
  {
    // 3D-Speaker's speakerlab (and projects that copy its builder): `yaml.load(f, Loader=yaml.FullLoader)`, YAML 1.1, so
    // its recipes write `min_lr: !!float 5e-5`; a block `{obj: torch.optim.SGD, args: {...}}` is built as
    // `obj(**args)`, and a value that is exactly `<lr>` is the top-level key `lr` (speakerlab/utils/builder.py).
    id: 'speakerlab', name: '3D-Speaker (speakerlab)', yamlLoader: 'pyyaml', threshold: 3,
    signals: [anyValue(/^speakerlab\./, 3, 'a speakerlab class'), objArgsBlock(1.5), angleReference(1.5)],
  },
  {
    id: 'keras', name: 'Keras', threshold: 2,
    signals: [anyKey('class_name', 1), top('compile_config', 2), path('config.layers', 1), anyValue(/^keras(?:\.|$)/, 1, 'a Keras module'), anyKey('build_config', 1)],
  },
  {
    id: 'xgboost', name: 'XGBoost', threshold: 2,
    signals: [anyKey('eta', 1), anyKey('booster', 1), anyKey('tree_method', 1.5), anyKey('colsample_bytree', 1), anyKey('min_child_weight', 1),
      anyValue(/^(?:binary|reg|multi|rank|count|survival):/, 2, 'an XGBoost objective'), anyKey('num_boost_round', 1), anyKey('eval_metric', 0.5),
      anyKey('reg_lambda', 0.5), anyKey('reg_alpha', 0.5), anyKey('max_leaves', 0.5), anyKey('scale_pos_weight', 0.5)],
  },
  {
    id: 'lightgbm', name: 'LightGBM', threshold: 2,
    signals: [anyKey('num_leaves', 1.5), anyKey('bagging_fraction', 1), anyKey('feature_fraction', 1), anyKey('min_data_in_leaf', 1), anyKey('lambda_l1', 1),
      anyKey('lambda_l2', 1), anyKey('bagging_freq', 1), anyKey('min_sum_hessian_in_leaf', 1), anyKey('boosting', 0.5), anyKey('boosting_type', 0.5),
      anyKey('num_iterations', 0.5), anyKey('is_unbalance', 1), anyKey('min_gain_to_split', 1), anyKey('max_bin', 0.5)],
  },
  {
    id: 'sklearn', name: 'scikit-learn', threshold: 2,
    signals: [anyKey('solver', 0.5), anyKey('penalty', 1), anyKey('c', 0.5), anyKey('l1_ratio', 1), anyKey('max_features', 0.5), anyKey('min_samples_leaf', 1),
      anyKey('min_samples_split', 1), anyKey('oob_score', 1), anyKey('class_weight', 0.5), anyKey('random_state', 0.5), anyKey('learning_rate_init', 1.5),
      anyKey('hidden_layer_sizes', 1.5), anyKey('n_jobs', 0.5), anyKey('coef_', 2), anyKey('intercept_', 2), anyKey('tol', 0.5),
      { weight: 2, evidence: 'keys with `__` estimator nesting', test: (k) => [...k.names].some((n) => /^[a-z0-9]+__[a-z]/.test(n)) }],
  },
  {
    id: 'peft', name: 'PEFT', lowerCaseNames: true, threshold: 2,
    signals: [top('peft_type', 3), top('target_modules', 1), top('lora_alpha', 1), top('r', 0.5), top('task_type', 0.5), top('base_model_name_or_path', 1), top('init_lora_weights', 1)],
  },
  {
    // ai-toolkit reads YAML with `fixed_loader` (toolkit/config.py): PyYAML's SafeLoader plus the same
    // scientific-notation float resolver OmegaConf adds, so `lr: 1e-4` is a float there.
    id: 'ai-toolkit', name: 'ai-toolkit', yamlLoader: 'omegaconf', threshold: 3,
    signals: [top('job', 1), path('config.process', 2), path('config.process.train', 2), path('config.process.network', 1), path('config.process.sample', 1)],
  },
  {
    // kohya-ss sd-scripts (`--config_file` TOML, read with `toml.load` into argparse) and the kohya_ss GUI's JSON,
    // which a launcher turns into sd-scripts flags: `lr_scheduler`, `output_dir`, `max_grad_norm`,
    // `gradient_checkpointing` are sd-scripts' own options there, not HF TrainingArguments (headshots-lora).
    id: 'kohya', name: 'kohya-ss sd-scripts', excludes: ['hf-trainer', 'trl', 'axolotl'], threshold: 3,
    signals: [top('network_module', 2), top('network_dim', 1.5), top('network_alpha', 1), top('LoRA_type', 2), top('save_model_as', 1.5), top('save_precision', 1),
      top('unet_lr', 1), top('text_encoder_lr', 1), top('optimizer_type', 0.5), top('train_data_dir', 1), top('cache_latents', 1), top('lr_scheduler_num_cycles', 1),
      top('min_snr_gamma', 1), top('noise_offset', 1), top('clip_skip', 1), top('shuffle_caption', 1), top('caption_extension', 1), top('max_train_epochs', 0.5)],
  },
  {
    // AReaL (inclusionAI's asynchronous RL for LLMs): `load_expr_config` reads the YAML with OmegaConf into structured
    // dataclasses, and its engines build `torch.optim.AdamW` for `optimizer.type: adam` (fsdp_engine, archon, megatron).
    id: 'areal', name: 'AReaL', yamlLoader: 'omegaconf', threshold: 3,
    signals: [top('allocation_mode', 2), path('cluster.name_resolve', 1.5), path('rollout.max_head_offpolicyness', 2), path('gconfig.n_samples', 1),
      path('actor.mb_spec', 1), path('actor.ppo_n_minibatches', 1), path('actor.behav_imp_weight_cap', 1), path('actor.optimizer.warmup_steps_proportion', 1),
      path('model.mb_spec', 1), path('model.optimizer.warmup_steps_proportion', 1)],
  },
  {
    // Oumi (formerly LeMa) reads `oumi train -c train.yaml` with `OmegaConf.load` and merges it into its structured
    // `TrainingConfig` (`model`, `data`, `training`, `peft` sections), so `learning_rate: 3e-4` is a float there.
    id: 'oumi', name: 'Oumi', yamlLoader: 'omegaconf', threshold: 3,
    signals: [path('training.trainer_type', 2), path('model.torch_dtype_str', 2), path('model.load_pretrained_weights', 1.5), path('training.enable_wandb', 1),
      path('training.log_model_summary', 1), path('training.empty_device_cache_steps', 1), path('training.include_performance_metrics', 1),
      path('training.enable_gradient_checkpointing', 1), path('data.train.datasets', 0.5), path('model.model_name', 0.5)],
  },
  {
    // SimpleTuner's `config.json`/`config.toml`: its own argparse options, written as plain keys or as the flags
    // themselves (`"--learning_rate": 1e-4`), which its launcher turns back into a command line. `output_dir`,
    // `gradient_checkpointing`, `push_to_hub` and `report_to` are its options there, not HF TrainingArguments.
    id: 'simpletuner', name: 'SimpleTuner', excludes: ['hf-trainer', 'trl', 'axolotl'], threshold: 3,
    signals: [top('data_backend_config', 2), top('model_family', 1.5), top('base_model_precision', 1), top('validation_guidance', 1), top('lora_type', 1),
      top('validation_guidance_rescale', 1), top('validation_num_inference_steps', 0.5), top('tracker_project_name', 0.5), top('checkpointing_steps', 0.5)],
  },
  {
    // timm's `train.py` settings (its `args.yaml`, or a YAML given with `-c`): `yaml.safe_load`, then
    // `parser.set_defaults(**cfg)`, and argparse converts a string default with the option's `type`, so `lr: 5e-4`
    // reaches training a float (Spikformer and the many timm-based trainers). Keys timm does not declare stay as read.
    id: 'timm', name: 'timm train.py', threshold: 4,
    floatKeys: ['lr', 'lr_base', 'lr_noise_pct', 'lr_noise_std', 'lr_cycle_mul', 'lr_cycle_decay', 'lr_k_decay', 'warmup_lr', 'min_lr', 'epoch_repeats', 'decay_epochs',
      'decay_rate', 'opt_eps', 'momentum', 'weight_decay', 'clip_grad', 'layer_decay', 'smoothing', 'mixup', 'cutmix', 'mixup_prob', 'mixup_switch_prob', 'drop',
      'drop_path', 'drop_block', 'bn_momentum', 'bn_eps', 'model_ema_decay', 'reprob', 'color_jitter', 'crop_pct', 'aug_repeats', 'bce_target_thresh'],
    signals: [top('reprob', 1.5), top('remode', 1.5), top('mixup_off_epoch', 1.5), top('train_interpolation', 1.5), top('dist_bn', 1.5), top('no_prefetcher', 1.5),
      top('lr_cycle_mul', 1.5), top('cooldown_epochs', 1), top('warmup_lr', 1), top('sched', 1), top('aa', 1), top('mixup_switch_prob', 1), top('lr_noise', 1),
      top('model_ema_decay', 1), top('clip_mode', 1), top('opt', 0.5), top('smoothing', 0.5), top('crop_pct', 0.5), top('decay_rate', 0.5), top('drop_path', 0.5)],
  },
  {
    // `mlx_lm.lora --config lora.yaml` (Apple's MLX LM): its loader is PyYAML's SafeLoader with a float resolver that
    // accepts `1e-5`, so `learning_rate: 3e-5` and `lr_schedule.arguments: [3e-5, 3000, 1e-7]` are numbers (mlx_lm/lora.py).
    id: 'mlx-lm', name: 'MLX LM (mlx_lm.lora)', yamlLoader: 'pyyaml-sci', excludes: ['hf-trainer', 'trl'], threshold: 3,
    signals: [top('fine_tune_type', 1.5), top('lora_parameters', 1.5), top('steps_per_report', 1.5), top('steps_per_eval', 1), top('resume_adapter_file', 1.5),
      top('val_batches', 1), top('test_batches', 1), top('grad_checkpoint', 1), top('adapter_path', 1), top('mask_prompt', 1), top('save_every', 0.5), top('iters', 0.5),
      path('lr_schedule.warmup_init', 1), path('lr_schedule.arguments', 1)],
  },
  {
    // aehrc's dlhpcstarter (cvt2distilgpt2, cxrmate's predecessors): `module:` and `definition:` name the
    // LightningModule to import, and the file is read with Hydra's compose API, so OmegaConf reads `encoder_lr: 5e-5`
    // as a float. The reader is the installed package, not a script beside the config.
    id: 'dlhpcstarter', name: 'dlhpcstarter', yamlLoader: 'omegaconf', threshold: 3,
    signals: [top('definition', 1.5), top('module', 1), top('ckpt_zoo_dir', 1.5), top('exp_dir', 0.5), top('dataset_dir', 0.5), top('venv_path', 1),
      top('mbatch_size', 1), top('every_n_epochs', 0.5), top('monitor_mode', 0.5)],
  },
  {
    // MACE interatomic potentials (`mace_run_train --config file.yaml`): configargparse's YAML parser hands each value to
    // an argparse option with `type=float`/`int`, so `weight_decay: 1e-5` is a number. `optimizer: adam` builds
    // `torch.optim.Adam` with the decay as an L2 penalty; `adamw` builds AdamW.
    id: 'mace', name: 'MACE (configargparse)', yamlLoader: 'typed', threshold: 3,
    signals: [top('e0s', 1.5), top('swa_energy_weight', 1.5), top('swa_forces_weight', 1.5), top('error_table', 1.5), top('start_swa', 1), top('r_max', 1),
      top('max_ell', 1), top('correlation', 1), top('num_interactions', 1), top('hidden_irreps', 1), top('mlp_irreps', 1), top('interaction_first', 1),
      top('compute_avg_num_neighbors', 1), top('energy_key', 0.5), top('forces_key', 0.5), top('default_dtype', 0.5), top('num_channels', 0.5)],
  },
  {
    // matten (equivariant networks for materials tensors): a LightningCLI subclass that links `optimizer` and
    // `lr_scheduler` into the model's hyperparameters; its `configure_optimizers` builds them and returns the scheduler
    // with the monitor `val/score`. Users' runs keep the files without matten's code beside them.
    id: 'matten', name: 'matten', threshold: 3,
    signals: [path('data.tensor_target_name', 1.5), path('data.tensor_target_formula', 1.5), path('data.atom_selector', 1), path('model.output_formula', 1),
      path('model.output_format', 0.5), path('model.irreps_edge_sh', 1), path('model.conv_layer_irreps', 1), path('model.species_embedding_dim', 1),
      path('data.r_cut', 0.5)],
  },
  {
    id: 'ultralytics', name: 'Ultralytics YOLO', yamlLoader: 'pyyaml', threshold: 3,
    signals: [top('lr0', 2), top('lrf', 1.5), top('warmup_epochs', 1), top('nbs', 1), top('warmup_bias_lr', 1), top('mosaic', 1)],
  },
  {
    // Megatron-LM's YAML arguments (`--yaml-cfg`, read with PyYAML's FullLoader) and recipes that hold
    // its command-line arguments by their snake_case names.
    id: 'megatron', name: 'Megatron-LM', yamlLoader: 'pyyaml', threshold: 3,
    // Nanotron shares some names (`lr_decay_style`, `make_vocab_size_divisible_by`, `clip_grad`); they count little.
    signals: [anyKey('tensor_model_parallel_size', 1), anyKey('pipeline_model_parallel_size', 1), anyKey('lr_decay_style', 1), anyKey('lr_warmup_fraction', 1),
      anyKey('use_distributed_optimizer', 1), anyKey('make_vocab_size_divisible_by', 0.5), anyKey('lr_warmup_init', 1), anyKey('untie_embeddings_and_output_weights', 1),
      anyKey('lr_decay_iters', 0.5), anyKey('train_iters', 0.5), anyKey('init_method_std', 0.5), anyKey('clip_grad', 0.25)],
  },
  {
    // Levanter (JAX) configs, parsed by draccus into typed dataclasses.
    id: 'levanter', name: 'Levanter', yamlLoader: 'typed', threshold: 3,
    signals: [path('trainer.num_train_steps', 1.5), path('trainer.per_device_parallelism', 1.5), path('trainer.mp', 1), path('trainer.model_axis_size', 1),
      path('trainer.per_device_eval_parallelism', 1), path('trainer.tracker', 0.5), path('trainer.train_batch_size', 0.5), path('trainer.checkpointer', 0.5)],
  },
  {
    // torchtune recipes: OmegaConf.load, objects built from `_component_` keys.
    id: 'torchtune', name: 'torchtune', yamlLoader: 'omegaconf', threshold: 3,
    signals: [anyKey('_component_', 3), path('tokenizer._component_', 1), path('checkpointer._component_', 1), path('loss._component_', 0.5)],
  },
  {
    // AutoTrain Advanced: PyYAML, then `params` validated by pydantic models that convert numeric strings.
    id: 'autotrain', name: 'AutoTrain Advanced', yamlLoader: 'typed', threshold: 3,
    signals: [top('task', 1), top('project_name', 1), top('params', 1), path('data.column_mapping', 1.5), top('backend', 0.5), path('params.lr', 0.5), top('hub', 0.5)],
  },
  {
    // verl: Hydra/OmegaConf trainer configs (`actor_rollout_ref`, `critic`, `algorithm`).
    id: 'verl', name: 'verl', yamlLoader: 'omegaconf', threshold: 3,
    signals: [top('actor_rollout_ref', 3), top('critic', 0.5), top('algorithm', 0.5), top('reward_model', 0.5), path('trainer.project_name', 0.5),
      // A config group file of verl's own (`optim/fsdp.yaml`) names the dataclass it fills: `verl.workers.config.FSDPOptimizerConfig`.
      value('_target_', /^verl\./, 3, 'a verl config class'),
      // verl's SFT trainer config (`fsdp_sft_trainer.py`, Hydra): `model.partial_pretrain`, Ulysses, an HDFS copy.
      path('model.partial_pretrain', 2), top('ulysses_sequence_parallel_size', 1), path('trainer.default_hdfs_dir', 1.5), path('optim.warmup_steps_ratio', 1),
      top('use_remove_padding', 0.5)],
  },
  {
    // Unity ML-Agents trainer configs (`behaviors:` with `trainer_type`, or the legacy per-behavior layout):
    // cattrs converts each value to its settings field's type, and `max_steps` goes through int(float(v)).
    id: 'ml-agents', name: 'Unity ML-Agents', yamlLoader: 'typed', threshold: 3,
    signals: [top('behaviors', 1.5), anyKey('trainer_type', 1), anyKey('time_horizon', 1.5), anyKey('summary_freq', 1), anyKey('lambd', 1), anyKey('reward_signals', 1),
      anyKey('num_epoch', 0.5), anyKey('buffer_size', 0.5), anyKey('min_lesson_length', 1.5), anyKey('signal_smoothing', 1),
      anyKey('use_recurrent', 1), anyKey('batches_per_epoch', 1), anyKey('demo_path', 0.5),
      // A short `behaviors:` file may name neither `time_horizon` nor `summary_freq`: its blocks' own names still tell.
      anyKey('network_settings', 1), anyKey('vis_encode_type', 1.5), anyKey('beta_schedule', 1), anyKey('epsilon_schedule', 1)],
  },
  {
    // Salesforce LAVIS and the projects built on it (MiniGPT-4): OmegaConf.load, a `run:` block with `lr_sched`.
    id: 'lavis', name: 'LAVIS', yamlLoader: 'omegaconf', threshold: 3,
    signals: [path('run.lr_sched', 2), path('run.init_lr', 1.5), path('run.warmup_lr', 1), path('run.task', 0.5), path('model.arch', 1), path('run.iters_per_epoch', 0.5),
      // The MiniGPT-4 / InstructBLIP lineage (ST-LLM, video LLMs) keeps LAVIS's `Config`: a registry's `arch` and
      // `model_type` pair, `datasets:` by name, and a `run:` block (ST-LLM's holds HF Trainer arguments).
      path('model.model_type', 1), top('datasets', 0.5),
      // SALMONN and its fine-tunes keep LAVIS's `Config` (OmegaConf.load) with the optimizer in `run.optims`.
      path('run.optims.init_lr', 2), path('run.accum_grad_iters', 0.5)],
  },
  {
    // NeMo RL (GRPO, DPO, SFT recipes): OmegaConf, with `defaults:` naming a parent file.
    id: 'nemo-rl', name: 'NeMo RL', yamlLoader: 'omegaconf', threshold: 3,
    signals: [top('grpo', 1.5), top('sft', 1), top('dpo', 1), top('policy', 1), top('cluster', 1), path('policy.dtensor_cfg', 1.5), path('policy.generation', 1),
      top('checkpointing', 0.5), top('loss_fn', 0.5)],
  },
  {
    // Meta Lingua: OmegaConf.load, then a dataclass (`optim.lr_min_ratio`, `distributed.fsdp_type`).
    id: 'lingua', name: 'Meta Lingua', yamlLoader: 'omegaconf', threshold: 3,
    signals: [top('dump_dir', 1), path('optim.lr_min_ratio', 1.5), path('distributed.fsdp_type', 1.5), path('distributed.model_dtype', 1), path('data.sources', 1),
      path('data.n_views', 1), top('probe_freq', 1), top('profiling', 0.5)],
  },
  {
    // Coqui TTS and Mozilla TTS (and their forks): JSON read by `read_json_with_comments` / `load_config`,
    // which remove `//` and `/* */` comments before `json.loads`, so commented JSON is valid there.
    id: 'coqui-tts', name: 'Coqui TTS', jsonDialect: 'comments', threshold: 3,
    signals: [path('audio.fft_size', 1), path('audio.num_mels', 1), path('audio.do_trim_silence', 1), path('audio.stats_path', 0.5), top('run_description', 1),
      top('run_name', 0.5), top('text_cleaner', 1), top('phoneme_cache_path', 1), top('use_phonemes', 0.5), top('print_step', 0.5), top('tb_plot_step', 1),
      top('tb_model_param_stats', 1), top('generator_model', 1), top('discriminator_model', 0.5), top('lr_gen', 0.5)],
  },
  {
    // rl_games (and IsaacGymEnvs, IsaacLab, which train with it): `params: {algo, model, network, config}`.
    // The agents call `float()` on `learning_rate` (a2c_common, central_value), so `3e-4` is a number there.
    id: 'rl-games', name: 'rl_games', floatKeys: ['learning_rate'], threshold: 3,
    signals: [path('params.algo.name', 1.5), path('params.network.mlp', 1), path('params.config.e_clip', 1.5), path('params.config.horizon_length', 1),
      path('params.config.mini_epochs', 1), path('params.config.kl_threshold', 0.5), path('params.config.critic_coef', 0.5), anyKey('e_clip', 0.5)],
  },
  {
    // Microsoft qlib workflows (`qrun`): read with ruamel.yaml's safe loader, YAML 1.2, after a Jinja2 pass.
    id: 'qlib', name: 'qlib', yamlLoader: 'yaml-1.2', threshold: 3,
    signals: [top('qlib_init', 2), top('port_analysis_config', 1.5), top('data_handler_config', 1), top('market', 0.5), top('benchmark', 0.5),
      anyValue(/^qlib\./, 1.5, 'a qlib module path')],
  },
  {
    // PaddleClas: PyYAML, then `create_attr_dict` runs `literal_eval` on each string value of a mapping, as yacs does.
    id: 'paddleclas', name: 'PaddleClas', yamlLoader: 'yacs', threshold: 3,
    signals: [path('arch.name', 1.5), top('data_loader', 1), path('global.eval_during_train', 1), path('global.print_batch_step', 1), path('global.save_interval', 0.5),
      path('global.use_visualdl', 1), path('optimizer.lr.learning_rate', 0.5)],
  },
  {
    // PaddleVideo: the same `create_attr_dict` as PaddleClas (`paddlevideo/utils/config.py`), so `value: 1e-4` in a
    // mapping is `literal_eval`ed to a float; upper-case sections, and the rate inside the schedule.
    id: 'paddlevideo', name: 'PaddleVideo', yamlLoader: 'yacs', threshold: 3,
    signals: [path('model.framework', 1.5), path('optimizer.learning_rate.name', 1.5), top('pipeline', 1), top('dataset', 0.5), top('metric', 1),
      top('inference', 1), top('precisebn', 1), top('mix', 0.5), top('model_name', 0.5)],
  },
  {
    // MindCV (MindSpore's image classification): `config.py` `parse_args` passes the flat YAML to argparse as defaults,
    // and argparse converts a string default with the argument's `type=float`, so `min_lr: 1e-5` is a float.
    id: 'mindcv', name: 'MindCV', yamlLoader: 'typed', threshold: 3,
    signals: [top('dataset_sink_mode', 2), top('epoch_size', 1), top('val_while_train', 1.5), top('lr_epoch_stair', 1.5), top('amp_level', 1),
      top('keep_checkpoint_max', 1), top('ckpt_save_policy', 1), top('filter_bias_and_bn', 1), top('dataset_download', 1), top('distribute', 0.5)],
  },
  {
    // Marian NMT: the C++ binary reads its `--config` files with yaml-cpp and converts each option to its declared
    // type, so `optimizer-params: [0.9, 0.98, 1e-09]` holds numbers. Options are kebab-case (`learn-rate`).
    id: 'marian', name: 'Marian NMT', yamlLoader: 'yaml-1.2', threshold: 3,
    signals: [top('mini_batch_fit', 2), top('lr_decay_inv_sqrt', 2), top('maxi_batch', 2), top('optimizer_delay', 1.5), top('cost_type', 1.5),
      top('disp_freq', 1.5), top('valid_mini_batch', 1.5), top('learn_rate', 1), top('optimizer_params', 1), top('valid_freq', 1), top('exponential_smoothing', 1),
      top('lr_report', 1), top('dec_depth', 0.5), top('enc_depth', 0.5)],
  },
  {
    // taming-transformers' `main.py` and the programs copied from it (latent diffusion, Stable Diffusion and its
    // fine-tuners, RestoreFormer, Stability's generative-models): `OmegaConf.load` of a `model: {base_learning_rate,
    // target, params}` file, with a `lightning:` block for the Trainer. The same `target`/`params` layout alone is
    // not enough (AudioLDM reads it with PyYAML, its `base_learning_rate` inside `params`).
    id: 'taming-main', name: 'taming-transformers/latent-diffusion main.py', yamlLoader: 'omegaconf', threshold: 3,
    signals: [path('model.base_learning_rate', 1.5), path('model.target', 1), path('model.params', 0.5), top('lightning', 1.5), path('lightning.trainer', 0.5),
      path('data.target', 0.5)],
  },
  {
    // TextBox (RUCAIBox's text generation library, RecBole's sibling): the same `Config` with a float resolver
    // added to PyYAML's FullLoader; overall, dataset and model property files are merged in that order.
    id: 'textbox', name: 'TextBox', yamlLoader: 'pyyaml-sci', threshold: 3,
    signals: [top('generated_text_dir', 2), top('valid_strategy', 1), top('valid_intervals', 1), top('adafactor_kwargs', 1), top('decoding_strategy', 1),
      top('learner', 1), top('stopping_steps', 0.5), top('attn_weight_dropout_ratio', 1), top('num_enc_layers', 0.5), top('num_dec_layers', 0.5),
      fileName(/(?:^|[/\\]|__)textbox(?:[/\\]|__)properties(?:[/\\]|__)/, 3, 'a TextBox properties file')],
  },
  {
    // RecBole: its Config adds a float resolver to PyYAML's FullLoader (`_build_yaml_loader`); model defaults
    // live in `recbole/properties/`.
    id: 'recbole', name: 'RecBole', yamlLoader: 'pyyaml-sci', threshold: 3,
    signals: [top('learner', 0.5), top('train_neg_sample_args', 2), top('eval_args', 1), top('valid_metric_bigger', 1.5), top('metric_decimal_place', 1.5),
      top('loss_decimal_place', 1.5), top('stopping_step', 1), top('load_col', 1), top('user_id_field', 1), top('item_id_field', 1), top('topk', 0.5),
      // Copies of a repository often flatten paths with `__` (`recbole__properties__model__SASRec.yaml`).
      // The libraries built on it keep theirs the same way (RecBole-GNN's `recbole_gnn/properties/model/SimGCL.yaml`).
      fileName(/(?:^|[/\\]|__)recbole(?:_[a-z]+)?(?:[/\\]|__)properties(?:[/\\]|__)/, 3, 'a RecBole properties file'),
      // A model's own properties file (SASRec's and the sequential models built on it, in RecBole and the projects that
      // extend it: UniSRec's `props/UniSRec.yaml`): RecBole's names for the transformer, and its loss types.
      top('attn_dropout_prob', 1), top('inner_size', 1), value('loss_type', /^(?:ce|bpr)$/, 1, 'a RecBole loss type (`CE`, `BPR`)')],
  },
  {
    // MMRec (multimodal recommendation toolbox, and the models built in it): RecBole's `Config` with the same float
    // resolver; a model file names its grid search's keys in `hyper_parameters` and holds their candidate lists.
    id: 'mmrec', name: 'MMRec', yamlLoader: 'pyyaml-sci', threshold: 3,
    signals: [namesOwnKeys('hyper_parameters', 3, '`hyper_parameters` lists keys of the file (MMRec\'s grid search)'), top('learning_rate_scheduler', 1),
      top('req_training', 1.5), top('is_multimodal_model', 1.5), top('inter_splitting_label', 1.5), top('use_full_sampling', 1), top('training_neg_sample_num', 1)],
  },
  {
    // PyCIL (class-incremental learning) and the toolboxes copied from it (LAMDA-PILOT, PyCIL-based papers): `json.load`
    // of an `exps/*.json` merged over argparse; each model's code builds SGD with its own cosine or multi-step decay.
    id: 'pycil', name: 'PyCIL', threshold: 3,
    signals: [top('memory_per_class', 1.5), top('fixed_memory', 1.5), top('init_cls', 1.5), top('increment', 1), top('memory_size', 1), top('convnet_type', 1),
      top('backbone_type', 1), top('model_name', 0.5)],
  },
  {
    // DeepDA (transferlearning's domain adaptation code, and its copies): configargparse's YAML parser hands each value
    // to an argparse option with `type=float`/`int`, so `weight_decay: 5e-4` is a number.
    id: 'deepda', name: 'DeepDA (configargparse)', yamlLoader: 'typed', threshold: 3,
    signals: [top('transfer_loss_weight', 2), top('transfer_loss', 1.5), top('use_bottleneck', 1), top('n_iter_per_epoch', 0.5), top('lr_gamma', 0.5), top('lr_decay', 0.5)],
  },
  {
    // AutoGluon multimodal presets: `OmegaConf.load`, merged group by group (`env`, `optim`, `model`, `data`).
    id: 'autogluon', name: 'AutoGluon', yamlLoader: 'omegaconf', threshold: 3,
    signals: [path('env.per_gpu_batch_size', 1.5), path('env.inference_batch_size_ratio', 1.5), path('env.num_workers_inference', 1), path('optim.lr_choice', 1.5),
      path('optim.optim_type', 1), path('optimization.lr_choice', 1.5), path('optimization.optim_type', 1), path('model.names', 1)],
  },
  {
    // PyG GraphGym and GraphGPS: the file is merged into a yacs `CfgNode` (`load_cfg` → `merge_from_file`).
    id: 'graphgym', name: 'GraphGym (yacs)', yamlLoader: 'yacs', readsWith: ['yacs'], threshold: 3,
    signals: [top('metric_best', 1.5), path('dataset.task_type', 1), path('dataset.transductive', 1), path('gnn.layers_pre_mp', 1.5), path('gnn.layers_mp', 1),
      path('gnn.dim_inner', 1), path('optim.max_epoch', 1), path('train.eval_period', 0.5), path('train.ckpt_period', 0.5), top('out_dir', 0.5)],
  },
  {
    // InstaDeep Mava and Stoix system configs: Hydra config groups, so OmegaConf reads them.
    id: 'mava', name: 'Mava (Hydra)', yamlLoader: 'omegaconf', threshold: 3,
    signals: [top('add_agent_id', 1.5), top('update_batch_size', 1.5), top('rollout_length', 1), top('num_updates', 0.5), top('total_timesteps', 0.5),
      top('sample_sequence_length', 1), top('num_minibatches', 0.5), top('ppo_epochs', 0.5), top('decay_learning_rates', 1), top('system_name', 1)],
  },
  {
    // TensorFlow TPU ResNet and ResNet-RS (`resnet_main.py`): the rate always follows warmup then step
    // decay at 30, 60 and 80 of 90 epochs' worth of `train_steps`; no key chooses the schedule.
    id: 'tpu-resnet', name: 'TensorFlow TPU ResNet', threshold: 3,
    signals: [top('iterations_per_loop', 1.5), top('use_tpu', 1), top('num_train_images', 1), top('num_label_classes', 1), top('transpose_input', 1),
      top('resnet_depth', 1), top('base_learning_rate', 0.5), top('skip_host_call', 1), top('enable_lars', 1)],
  },
  {
    // OpenNMT-py: configargparse hands each YAML value to argparse as text, which converts it to the option's
    // type; `decay_method: noam` makes `learning_rate` a multiplier, and without a method the rate still decays
    // exponentially from `start_decay_steps` (50,000 by default).
    id: 'opennmt', name: 'OpenNMT-py', yamlLoader: 'typed', excludes: ['hf-trainer', 'trl'], threshold: 3,
    signals: [top('src_vocab', 1.5), top('tgt_vocab', 1), top('save_model', 1), top('valid_steps', 1), top('decay_method', 1), top('batch_type', 1),
      top('encoder_type', 1), top('decoder_type', 1), top('gpu_ranks', 1.5), top('accum_count', 1.5), top('share_vocab', 1), top('save_checkpoint_steps', 0.5),
      top('src_seq_length', 1), top('report_every', 0.5)],
  },
  {
    // fairseq's command-line options written as a configargparse file (HAT's `--configs=common.yml`: `max-update`,
    // `warmup-updates`, `lr-scheduler: cosine`): configargparse hands each value to argparse as text, which converts it
    // to the option's type, so `warmup-init-lr: 1e-7` is a float. fairseq's own Hydra configs nest these keys under
    // `optimization`, `dataset` and `checkpoint`; at the top of a file they are command-line options.
    id: 'fairseq-cli', name: 'fairseq command-line options (configargparse)', yamlLoader: 'typed', threshold: 3,
    signals: [top('warmup_updates', 1.5), top('max_update', 1.5), top('warmup_init_lr', 1.5), top('update_freq', 1), top('lr_shrink', 1), top('max_tokens', 1),
      top('ddp_backend', 1), top('keep_last_epochs', 1), top('share_all_embeddings', 1), top('share_decoder_input_output_embed', 1), top('adam_betas', 0.5),
      top('clip_norm', 0.5), top('label_smoothing', 0.5)],
  },
  {
    // fairseq's own Hydra configs (`fairseq-hydra-train --config-dir … --config-name …`): sections named after its
    // dataclasses, each choice under `_name` (`optimizer: {_name: adam, adam_eps: 1e-06}`). Hydra reads them with
    // OmegaConf, so `1e-06` is a float. fairseq's examples start `# @package _group_` (the Hydra profile sees that); a
    // copy written without the header is read the same way.
    id: 'fairseq-hydra', name: 'fairseq (fairseq-hydra-train)', yamlLoader: 'omegaconf', threshold: 3,
    signals: [path('optimizer._name', 1.5), path('lr_scheduler._name', 1.5), path('task._name', 1), path('criterion._name', 1), path('model._name', 0.5),
      path('optimization.max_update', 1.5), path('optimization.update_freq', 1), path('checkpoint.save_interval_updates', 1), path('dataset.max_tokens', 1),
      path('distributed_training.distributed_world_size', 1), path('common.log_interval', 0.5)],
  },
  {
    // DreamerV2/V3 (`configs.yaml`) and their PyTorch ports (dreamerv3-torch): read with ruamel.yaml's safe
    // loader, YAML 1.2, so `steps: 1e6` and `model_lr: 1e-4` are floats.
    id: 'dreamerv3', name: 'DreamerV3', yamlLoader: 'yaml-1.2', threshold: 3,
    signals: [path('defaults.batch_length', 1.5), path('defaults.replay_context', 1.5), path('defaults.consec_train', 1), path('defaults.report_length', 1),
      path('defaults.logdir', 0.5), path('defaults.replay', 0.5), path('defaults.agent', 0.5), path('defaults.imag_horizon', 1), path('defaults.discount_lambda', 1),
      path('defaults.train_ratio', 1), path('defaults.kl_free', 0.5), path('defaults.expl_behavior', 0.5)],
  },
  {
    // tiny-cuda-nn networks and instant-ngp configs: nlohmann::json parsed with comments ignored.
    id: 'tiny-cuda-nn', name: 'tiny-cuda-nn / instant-ngp', jsonDialect: 'comments', threshold: 3,
    signals: [path('encoding.otype', 2), path('network.otype', 2), path('optimizer.otype', 2), path('loss.otype', 1), anyKey('otype', 1),
      path('optimizer.nested', 1)],
  },
  {
    // Amphion (TTS, SVC, codecs): `load_config` reads JSON with `json5`, so comments and trailing commas are fine.
    id: 'amphion', name: 'Amphion', jsonDialect: 'json5', threshold: 3,
    signals: [top('base_config', 1), top('model_type', 0.5), top('preprocess', 1), top('supported_model_type', 2), path('preprocess.processed_dir', 1),
      path('train.max_epoch', 0.5), path('train.save_checkpoint_stride', 1.5), path('train.keep_checkpoint_max', 1), path('train.run_eval', 1), top('log_dir', 0.5),
      path('preprocess.extract_mel', 1), path('preprocess.extract_audio', 1), path('preprocess.mel_extract_mode', 1), top('task_type', 0.5)],
  },
  {
    // KonfAI (medical imaging; `konfai TRAIN --config Config.yml`): `konfai/utils/config.py` reads the file with
    // ruamel.yaml's round-trip `YAML()`, YAML 1.2, and converts each value to its constructor's annotated type.
    id: 'konfai', name: 'KonfAI', yamlLoader: 'yaml-1.2', threshold: 3,
    signals: [path('trainer.model.classpath', 2), path('trainer.it_validation', 1.5), path('trainer.dataset.groups_src', 1.5), path('trainer.train_name', 1),
      path('trainer.save_checkpoint_mode', 1), path('trainer.gpu_checkpoints', 1), path('trainer.data_log', 0.5)],
  },
  {
    // Salesforce ALBEF and BLIP: `yaml.load(..., Loader=yaml.Loader)` with `import ruamel_yaml as yaml`, YAML 1.2.
    id: 'albef-blip', name: 'ALBEF / BLIP', yamlLoader: 'yaml-1.2', threshold: 3,
    signals: [top('schedular', 2), top('bert_config', 1), top('image_res', 1), top('batch_size_train', 1), top('queue_size', 0.5), top('vit_grad_ckpt', 1.5),
      top('vit_ckpt_layer', 1.5), top('ann_root', 1), top('image_root', 0.5), top('init_lr', 0.5), anyValue(/sfr-vision-language-research/, 2, 'a Salesforce ALBEF/BLIP checkpoint')],
  },
  {
    // KAIR, SR3 and the restoration code of the early BasicSR/ESRGAN era: JSON option files with `//` comments, which
    // `parse()` strips line by line (`line.split('//')[0]`) before `json.loads`.
    id: 'kair-options', name: 'KAIR/SR3-style JSON options', jsonDialect: 'comments', threshold: 3,
    signals: [top('gpu_ids', 1), path('path.tb_logger', 1), path('path.resume_state', 1), path('path.pretrained_netg', 1.5), path('path.root', 0.5),
      top('netg', 1), top('merge_bn', 1), path('train.g_optimizer_lr', 2), path('train.g_lossfn_type', 1), path('train.n_iter', 1),
      path('train.val_freq', 0.5), path('model.which_model_g', 1.5), path('train.ema_scheduler', 1), path('model.beta_schedule', 1)],
  },
  {
    // Apple's pfl-research benchmarks: `--args_config` is read with `yaml.safe_load` and each value is put back on the
    // command line as `--key str(value)`, which argparse converts to the option's type (`central_delta: 1e-6` is a float).
    id: 'pfl-research', name: 'pfl-research', yamlLoader: 'typed', threshold: 3,
    signals: [top('central_num_iterations', 2), top('central_privacy_mechanism', 1.5), top('cohort_size', 1), top('local_num_epochs', 1),
      top('local_learning_rate', 1), top('noise_cohort_size', 1), top('val_cohort_size', 1), top('central_eval_batch_size', 1), top('add_all_arguments', 1)],
  },
  {
    // FedScale: `job_conf` entries become `--key=value` arguments, which argparse converts to the option's type.
    id: 'fedscale', name: 'FedScale', yamlLoader: 'typed', threshold: 3,
    signals: [top('job_conf', 2), top('exp_path', 1), top('executor_entry', 1.5), top('aggregator_entry', 1.5), top('worker_ips', 1), top('ps_ip', 1),
      top('setup_commands', 0.5)],
  },
  {
    // Flower apps and baselines (`[tool.flwr.app.config]`, or their own TOML/YAML): federated rounds of client SGD.
    id: 'flower', name: 'Flower', threshold: 3,
    signals: [path('tool.flwr', 2), anyKey('fraction_fit', 1.5), anyKey('min_fit_clients', 1.5), anyKey('min_available_clients', 1), anyKey('num_server_rounds', 1.5),
      anyKey('fraction_evaluate', 1), anyKey('min_evaluate_clients', 1), anyKey('num_rounds', 0.5), anyKey('num_clients', 0.5)],
  },
  {
    // SwissArmyTransformer (CogVideoX's `sat/`): `OmegaConf.load` and merge, then `args`, `model` and a `deepspeed` block.
    id: 'sat', name: 'SwissArmyTransformer', yamlLoader: 'omegaconf', threshold: 3,
    signals: [path('args.model_parallel_size', 1.5), path('args.checkpoint_activations', 1), path('args.train_iters', 1), path('args.eval_iters', 1),
      path('args.experiment_name', 0.5), path('args.mode', 0.5), path('args.save_interval', 0.5), path('deepspeed.train_micro_batch_size_per_gpu', 0.5)],
  },
  {
    // ChatGLM3 and GLM-4 `finetune_demo`: `ruamel.yaml` `YAML(typ='safe')`, YAML 1.2; `training_args` go to
    // `Seq2SeqTrainingArguments(**training_args)`.
    id: 'glm-finetune', name: 'ChatGLM / GLM-4 finetune', yamlLoader: 'yaml-1.2', threshold: 3,
    signals: [top('data_config', 1.5), path('data_config.train_file', 1), top('max_input_length', 1), top('max_output_length', 1), top('training_args', 1),
      top('peft_config', 0.5), top('freeze_v', 1), top('combine', 0.5)],
  },
  {
    // Meta's MMF: configs merged with OmegaConf (`includes:`), `optimizer`/`scheduler` named from MMF's own registry
    // (`adam_w`, `warmup_linear`), not DeepSpeed's.
    id: 'mmf', name: 'MMF', yamlLoader: 'omegaconf', excludes: ['deepspeed'], threshold: 3,
    signals: [top('model_config', 1.5), top('dataset_config', 1.5), top('includes', 1), path('training.max_updates', 1), path('training.evaluation_interval', 1),
      path('training.checkpoint_interval', 1), path('training.early_stop', 0.5), path('evaluation.metrics', 0.5)],
  },
  {
    // PyTorch Tabular: DataConfig/ModelConfig/OptimizerConfig/TrainerConfig files read with `OmegaConf.load`
    // (`tabular_model.py`, `_read_parse_config`), so `weight_decay: 1e-5` is a float.
    id: 'pytorch-tabular', name: 'PyTorch Tabular', yamlLoader: 'omegaconf', threshold: 3,
    signals: [top('optimizer_params', 1.5), top('lr_scheduler_params', 1), top('lr_scheduler_monitor_metric', 2), top('_module_src', 2), top('_model_name', 1),
      top('_config_name', 1), top('continuous_cols', 1.5), top('categorical_cols', 1), top('metrics_params', 1), top('checkpoints_mode', 1),
      top('early_stopping_mode', 1), top('load_best', 1)],
  },
  {
    // GraphMAE: one block of settings per dataset, read with `yaml.load(FullLoader)`; `load_best_configs` then
    // casts every key naming `lr` or `weight_decay` with `float()`, so `weight_decay: 2e-4` works.
    id: 'graphmae', name: 'GraphMAE', yamlLoader: 'pyyaml', floatKeys: ['lr', 'lr_f', 'weight_decay', 'weight_decay_f'], threshold: 3,
    signals: [anyKey('lr_f', 1.5), anyKey('weight_decay_f', 1.5), anyKey('max_epoch_f', 1), anyKey('mask_rate', 1), anyKey('replace_rate', 1), anyKey('alpha_l', 1)],
  },
  {
    // Tune-A-Video and the video-diffusion fine-tuners built on it (Text-To-Video-Finetuning, AnimateDiff's
    // training configs): `main(**OmegaConf.load(args.config))`, so `learning_rate: 1e-5` is a float.
    id: 'tune-a-video', name: 'Tune-A-Video-style trainer', yamlLoader: 'omegaconf', threshold: 3,
    signals: [top('trainable_modules', 1.5), path('train_data.n_sample_frames', 1.5), path('train_data.sample_frame_rate', 1), top('pretrained_model_path', 0.5),
      path('validation_data.num_inference_steps', 0.5), path('validation_data.guidance_scale', 0.5), top('use_8bit_adam', 0.5), top('checkpointing_steps', 0.5)],
  },
  {
    // Open-Assistant's model_training: named presets of settings, read with `yaml.safe_load`; the trainers pass
    // `float(training_conf.learning_rate)` and `float(training_conf.adam_epsilon)` to TrainingArguments.
    id: 'open-assistant', name: 'Open-Assistant model_training', yamlLoader: 'pyyaml', floatKeys: ['learning_rate', 'adam_epsilon'], threshold: 3,
    signals: [anyKey('use_custom_sampler', 1.5), anyKey('datasets_extra', 1.5), anyKey('per_digit_tokens', 1.5), anyKey('sort_by_length', 1), anyKey('fuse_gelu', 1),
      anyKey('freeze_layer', 0.5), anyKey('residual_dropout', 0.5), anyKey('samples_mixing', 1), anyKey('is_reward_model', 1)],
  },
  {
    // PaddleNLP's `llm/` argument files, read by `PdArgumentParser` into PaddleNLP's own TrainingArguments: HF's
    // names, but not HF's list or deprecations (`evaluation_strategy` is still the name there). PaddleFormers, its
    // successor, keeps those TrainingArguments; its ERNIEKit files (`erniekit train x.yaml`) add a data section
    // (`train_dataset_prob`, `max_estimate_samples`) and FlexCheckpoint's formats.
    id: 'paddlenlp', name: 'PaddleNLP / PaddleFormers', yamlLoader: 'pyyaml', excludes: ['hf-trainer', 'trl'], threshold: 3,
    signals: [top('dataset_name_or_path', 2), top('tensor_parallel_degree', 1), top('pipeline_parallel_degree', 1), top('sharding_parallel_degree', 1),
      top('unified_checkpoint', 1.5), top('fp16_opt_level', 0.5), top('zero_padding', 1), top('amp_master_grad', 1), top('recompute', 0.5),
      top('max_estimate_samples', 1.5), top('train_dataset_prob', 1), top('pre_alloc_memory', 1), top('save_checkpoint_format', 1)],
  },
  {
    // PaddleSpeech's speech-recognition recipes (`examples/*/asr*/conf/*.yaml`): `CfgNode.merge_from_file`, which
    // decodes `weight_decay: 1e-6` with `literal_eval` as yacs does. (WeNet's look-alike files use `max_epoch` and
    // `grad_clip` and are read with plain PyYAML.)
    id: 'paddlespeech-asr', name: 'PaddleSpeech ASR', yamlLoader: 'yacs', readsWith: ['yacs'], threshold: 3,
    signals: [anyKey('global_grad_clip', 1.5), anyKey('n_epoch', 1), top('collator', 1), anyKey('kbest_n', 1), anyKey('latest_n', 0.5), anyKey('accum_grad', 0.5)],
  },
  {
    // JaxMARL baselines (PureJaxRL-style UPPER_CASE settings): `@hydra.main` per script, so OmegaConf reads
    // `"TOTAL_TIMESTEPS": 1e7` as a float (the scripts divide it with `//`).
    id: 'jaxmarl', name: 'JaxMARL (Hydra)', yamlLoader: 'omegaconf', threshold: 3,
    signals: [upperTop('total_timesteps', 1), upperTop('num_envs', 1), upperTop('num_steps', 0.5), upperTop('env_kwargs', 1), upperTop('env_name', 0.5),
      upperTop('anneal_lr', 1), upperTop('lr_linear_decay', 1), upperTop('update_epochs', 0.5), upperTop('num_minibatches', 0.5), upperTop('gae_lambda', 0.5),
      upperTop('clip_eps', 0.5), upperTop('alg_name', 1), upperTop('wandb_mode', 0.5)],
  },
  {
    // voxceleb_trainer (`trainSpeakerNet.py`) and the speaker-verification repositories built on it: each YAML
    // value goes through the type of the argparse option of the same name, so `lr: 5e-05` becomes a float.
    id: 'voxceleb-trainer', name: 'voxceleb_trainer', yamlLoader: 'typed', threshold: 3,
    signals: [top('n_per_speaker', 1.5), top('trainfunc', 1.5), top('n_classes', 1), top('n_out', 1), top('max_frames', 1), top('eval_frames', 1), top('encoder_type', 0.5),
      top('log_input', 1), top('test_interval', 0.5), top('max_epoch', 0.5)],
  },
  {
    // GLiNER's `train.py` settings: `yaml.safe_load`, then `float(config.lr_encoder)` and `float(config.lr_others)`
    // (and the weight decays), so `lr_encoder: 1e-5` works.
    id: 'gliner', name: 'GLiNER', yamlLoader: 'pyyaml', floatKeys: ['lr_encoder', 'lr_others', 'weight_decay_encoder', 'weight_decay_other', 'weight_decay_others'], threshold: 3,
    signals: [top('lr_others', 1.5), top('span_mode', 1.5), top('max_neg_type_ratio', 1.5), top('lr_encoder', 1), top('max_types', 1), top('shuffle_types', 1),
      top('random_drop', 1), top('max_width', 0.5)],
  },
  {
    // NVIDIA Imaginaire and the projects on it (Neuralangelo, SPADE/vid2vid ports): `Config` adds a float resolver
    // to PyYAML's SafeLoader, so `lr: 1e-3` is a float; `_parent_` names the file this one overrides.
    id: 'imaginaire', name: 'Imaginaire', yamlLoader: 'pyyaml-sci', threshold: 3,
    signals: [top('wandb_scalar_iter', 1.5), top('wandb_image_iter', 1), top('snapshot_save_iter', 1.5), top('image_save_iter', 1), top('image_display_iter', 1),
      top('logging_iter', 0.5), top('validation_iter', 0.5), top('speed_benchmark', 1), top('_parent_', 1), path('checkpoint.save_iter', 1), path('trainer.amp_config', 1),
      path('trainer.ema_config', 0.5), top('gen_opt', 1), top('dis_opt', 1)],
  },
  {
    // hysts' classification and gaze repositories: a yacs `ConfigNode` with lower-case namespaces
    // (`train.base_lr`, `scheduler.type`) into which the YAML file is merged, so `1e-4` is decoded with `literal_eval`.
    id: 'hysts-classification', name: 'hysts pytorch_image_classification (yacs)', yamlLoader: 'yacs', readsWith: ['yacs'], threshold: 3,
    signals: [path('train.subdivision', 1.5), path('train.use_test_as_val', 1.5), path('train.base_lr', 1), path('train.checkpoint_period', 0.5), path('train.log_period', 0.5),
      path('train.val_ratio', 1), path('model.init_mode', 1), path('train.no_weight_decay_on_bn', 1), path('train.precision', 0.5)],
  },
  {
    // invoke-training pipelines: `yaml.safe_load`, then pydantic validates the whole file (`TypeAdapter(PipelineConfig)`),
    // converting `learning_rate: 1e-4` to a float.
    id: 'invoke-training', name: 'invoke-training', yamlLoader: 'typed', threshold: 3,
    signals: [top('base_output_dir', 1.5), top('validate_every_n_steps', 1), top('save_every_n_steps', 0.5), top('max_checkpoints', 1), top('cache_vae_outputs', 1),
      top('num_validation_images_per_prompt', 1), top('lr_warmup_steps', 0.5), path('optimizer.optimizer_type', 1.5), path('data_loader.dataset', 0.5)],
  },
  {
    // gymnax-blines and the JAX RL code built on it: `yaml.load(FullLoader)` into a DotMap, then the PPO loop
    // builds `optax.linear_schedule(init_value=-float(config.lr_begin), end_value=-float(config.lr_end))`.
    id: 'gymnax-blines', name: 'gymnax-blines', yamlLoader: 'pyyaml', floatKeys: ['lr_begin', 'lr_end'], threshold: 3,
    signals: [path('train_config.lr_begin', 1.5), path('train_config.lr_end', 1), path('train_config.num_train_envs', 1), path('train_config.lr_warmup', 1),
      path('train_config.train_type', 1), path('log_config.time_to_track', 1), path('device_config.num_devices', 0.5)],
  },
  {
    // sthalles/SimCLR's original trainer and the projects copied from it (MolCLR and its descendants, many
    // contrastive-learning ports): `yaml.load(FullLoader)`, then
    // `torch.optim.Adam(..., weight_decay=eval(config['weight_decay']))`, so `weight_decay: 1e-5` works.
    id: 'simclr-lineage', name: 'SimCLR (sthalles) lineage', yamlLoader: 'pyyaml', floatKeys: ['weight_decay', 'learning_rate'], threshold: 3,
    signals: [top('fp16_precision', 1.5), top('eval_every_n_epochs', 1), top('fine_tune_from', 1), top('save_every_n_epochs', 0.5),
      top('log_every_n_steps', 0.5), top('init_base_lr', 0.5), top('warm_up', 0.5)],
  },
  {
    // TRL's online trainers (GRPO, RLOO, online DPO): their scripts read the recipe with TrlParser's `--config`,
    // which sets each value as the default of an argparse argument, and argparse converts a string default with
    // the argument's type, so `learning_rate: 5e-6` is a float. Its recipes fingerprint HF Trainer and TRL too, often
    // more strongly (their keys are TrainingArguments'), so it reads before them; the alignment handbook's
    // H4ArgumentParser (`dataset_mixer`) does not convert, and excludes this.
    id: 'trl-online', name: 'TRL online trainer (TrlParser)', lowerCaseNames: true, yamlLoader: 'typed', threshold: 3, readsBefore: { frameworks: 'all' },
    signals: [top('num_generations', 2), top('max_completion_length', 1.5), top('use_vllm', 1), top('vllm_gpu_memory_utilization', 0.5),
      top('vllm_mode', 0.5), top('reward_funcs', 1), top('reward_weights', 0.5), top('max_prompt_length', 0.5),
      { weight: -10, evidence: 'key `dataset_mixer` (the alignment handbook\'s H4ArgumentParser)', test: (k) => k.topLevel.has('dataset_mixer') }],
  },
  {
    // Donut and the document-understanding fine-tuners copied from it: `sconf.Config` reads the file with
    // ruamel.yaml's round-trip loader (YAML 1.2), so `lr: 3e-5` is a float.
    id: 'donut', name: 'Donut (sconf)', yamlLoader: 'yaml-1.2', readsWith: ['sconf'], threshold: 3,
    signals: [top('train_batch_sizes', 1.5), top('val_batch_sizes', 1), top('dataset_name_or_paths', 1.5), top('num_training_samples_per_epoch', 1.5),
      top('sort_json_key', 1), top('align_long_axis', 1), top('resume_from_checkpoint_path', 0.5), top('result_path', 0.5)],
  },
  {
    // UNITER and the vision-language trainers built on its code (ClipBERT, HERO, VILLA, LightningDOT, VALOR): a JSON file
    // whose values override argparse defaults; `optim` is their own choice of `adam`, `adamax` or `adamw`, not
    // HF TrainingArguments' `optim`, although `num_train_epochs` and `output_dir` share its names.
    id: 'uniter-lineage', name: 'UNITER-style trainer', excludes: ['hf-trainer'], excludesFrom: 3, threshold: 3,
    signals: [top('grad_norm', 1.5), top('val_batch_size', 1), value('decay', /^(?:linear|invsqrt|constant|vqa_\w+)$/, 1, 'a decay name of UNITER\'s schedules'),
      top('valid_steps', 1), top('num_valid', 1), top('min_valid_steps', 1), top('conf_th', 1), top('max_bb', 1), top('cnn_learning_rate', 1),
      top('max_txt_len', 0.5), top('train_batch_size', 0.5), value('optim', /^(?:adam|adamax|adamw)$/, 0.5, 'one of `adam`, `adamax`, `adamw`'),
      // VALOR and other later descendants keep UNITER's data-loader switches.
      top('pin_mem', 1), top('n_workers', 0.5)],
  },
  {
    // TorchRL's SOTA implementations and the projects built from them: `@hydra.main(config_name="config_mujoco")`
    // reads a file with no defaults list, so OmegaConf reads `lr: 3e-4` as a float.
    id: 'torchrl-sota', name: 'TorchRL (Hydra scripts)', yamlLoader: 'omegaconf', threshold: 3,
    signals: [path('collector.frames_per_batch', 1.5), path('collector.total_frames', 1), path('loss.clip_epsilon', 1), path('loss.ppo_epochs', 1),
      path('loss.mini_batch_size', 0.5), path('optim.anneal_lr', 1), path('logger.test_interval', 0.5), path('logger.backend', 0.5), path('env.env_name', 0.5),
      path('collector.init_random_frames', 1), path('replay_buffer.size', 0.5), path('loss.loss_critic_type', 1)],
  },
  {
    // nomic-ai/contrastors: `Config(**yaml.safe_load(f))`, a pydantic model whose `TrainArgs.eps: float` converts `1e-6`.
    id: 'contrastors', name: 'contrastors', yamlLoader: 'typed', threshold: 3,
    signals: [path('train_args.schedule_type', 1.5), path('train_args.warmup_pct', 1), path('train_args.cooldown_steps', 1), path('train_args.log_grads_every', 1),
      path('train_args.wandb_project_name', 1), path('train_args.log_lr_every', 1), top('model_args', 0.5), top('train_args', 0.5)],
  },
  {
    // zju3dv's NeRF and human-rendering code (Neural Body, EasyVolcap's predecessors, ENeRF, animatable_nerf):
    // a vendored yacs whose merge runs `literal_eval` on every string, so `lr: 5e-4` is a float; `parent_cfg`
    // names the file merged first.
    id: 'zju3dv-config', name: 'zju3dv yacs configs (Neural Body lineage)', yamlLoader: 'yacs', readsWith: ['yacs'], threshold: 3,
    signals: [top('parent_cfg', 1.5), top('train_dataset_module', 1.5), top('network_module', 1), top('renderer_module', 1), top('ep_iter', 1),
      top('save_ep', 0.5), top('eval_ep', 0.5), top('trained_model_dir', 0.5), top('network_path', 0.5), top('visualizer_module', 0.5)],
  },
  {
    // Moore-AnimateAnyone and the pose/audio-driven animation trainers built on its scripts (Champ, MusePose,
    // Hallo, EchoMimic): `OmegaConf.load(args.config)`; diffusers' arguments grouped under `solver:`.
    id: 'animate-anyone', name: 'AnimateAnyone-style trainer', yamlLoader: 'omegaconf', threshold: 3,
    signals: [top('noise_scheduler_kwargs', 1.5), path('solver.enable_xformers_memory_efficient_attention', 1), path('solver.use_8bit_adam', 0.5),
      path('solver.scale_lr', 0.5), path('solver.lr_warmup_steps', 0.5), path('data.train_bs', 1), top('uncond_ratio', 1), top('weight_dtype', 0.5),
      top('snr_gamma', 0.5), top('noise_offset', 0.5)],
  },
  {
    // XLabs-AI x-flux LoRA/ControlNet trainers: `OmegaConf.load(parse_args())`, so `learning_rate: 1e-5` is a float.
    // Its diffusers-style names (`lr_scheduler`, `adam_beta1`, `checkpointing_steps`) fingerprint HF Trainer too.
    id: 'x-flux', name: 'x-flux trainer', yamlLoader: 'omegaconf', threshold: 3, readsBefore: { frameworks: ['hf-trainer'] },
    signals: [top('single_blocks', 1.5), top('double_blocks', 1.5), top('data_config', 1), path('data_config.img_dir', 1), top('disable_sampling', 1),
      top('sample_every', 0.5), top('is_openpose', 1), top('tracker_project_name', 0.5), value('model_name', /^flux/, 1, 'a FLUX model name')],
  },
  {
    // Qiuqiang Kong's separation code (bytesep, music_source_separation, AudioSep): PyYAML, then
    // `float(configs['train']['optimizer']['learning_rate'])`.
    id: 'kong-separation', name: 'bytesep / AudioSep trainer', yamlLoader: 'pyyaml', floatKeys: ['learning_rate'], threshold: 3,
    signals: [path('train.optimizer.lr_lambda_type', 1.5), path('train.optimizer.warm_up_steps', 1), path('train.optimizer.reduce_lr_steps', 1),
      path('train.optimizer.optimizer_type', 0.5), path('train.evaluate_step_frequency', 0.5), path('train.save_step_frequency', 0.5), path('train.early_stop_steps', 0.5)],
  },
  {
    // ZFTurbo's Music-Source-Separation-Training reads its files with PyYAML's FullLoader, except HTDemucs ones
    // (`--model_type htdemucs`), which go through `OmegaConf.load`: `dconv_init: 1e-3` is a float there.
    id: 'msst-htdemucs', name: 'Music-Source-Separation-Training (HTDemucs)', yamlLoader: 'omegaconf', threshold: 3,
    signals: [value('model', /^htdemucs$/, 1.5, '`model` is `htdemucs`'), top('htdemucs', 1), path('training.instruments', 0.5), path('training.target_instrument', 0.5),
      path('training.num_steps', 0.5), path('inference.num_overlap', 0.5), path('augmentations.enable', 0.5)],
  },
  {
    // FourCastNet's `YParams` and the weather and climate models copied from it: `ruamel.yaml.YAML().load(f)[section]`,
    // a YAML 1.2 loader, so `lr: 1E-3` is a float; sections share settings through anchors and `<<` merges.
    id: 'yparams', name: 'YParams (FourCastNet lineage)', yamlLoader: 'yaml-1.2', threshold: 3,
    signals: [anyKey('log_to_screen', 1), anyKey('time_means_path', 1), anyKey('global_means_path', 1), anyKey('global_stds_path', 0.5),
      anyKey('n_grid_channels', 1), anyKey('n_history', 0.5), anyKey('prediction_type', 0.5), anyKey('orography_path', 0.5), anyKey('two_step_training', 0.5)],
  },
  {
    // Determined AI experiment configs (`det experiment create const.yaml .`): the CLI reads the file with ruamel's
    // `YAML(typ="safe", pure=True)`, YAML 1.2, so `hyperparameters.lr: 1e-4` reaches the trial as a float.
    id: 'determined', name: 'Determined AI experiment', yamlLoader: 'yaml-1.2', threshold: 3,
    signals: [path('searcher.name', 1), path('searcher.metric', 1), path('searcher.max_length', 1), path('searcher.max_steps', 0.5),
      path('searcher.smaller_is_better', 1), path('resources.slots_per_trial', 1.5), top('entrypoint', 1), top('hyperparameters', 0.5),
      top('min_validation_period', 1), top('records_per_epoch', 1), top('max_restarts', 0.5), top('checkpoint_storage', 0.5)],
  },
  {
    // Guild AI's `guild.yml`: importing guild patches PyYAML's float resolver (guild/yaml_util.py
    // `patch_yaml_resolver`: the sign and the decimal point of an exponent are optional), so `geom_end: 1e12` is a float.
    id: 'guild', name: 'Guild AI guildfile', yamlLoader: 'pyyaml-sci', threshold: 3,
    signals: [fileName(/(?:^|[/\\]|__)guild\.ya?ml$/i, 3, 'a Guild AI guildfile name')],
  },
  {
    // NVlabs RVT/RVT-2 and the manipulation policies built on them: a yacs `CfgNode` with lower-case namespaces
    // (`peract:`, `rvt:`) into which the file is merged, so `lambda_weight_l2: 1e-4` is decoded with `literal_eval`.
    id: 'rvt', name: 'RVT (yacs)', yamlLoader: 'yacs', readsWith: ['yacs'], threshold: 3,
    signals: [top('sample_distribution_mode', 1.5), path('peract.lr_cos_dec', 1.5), path('peract.transform_augmentation_xyz', 1),
      path('peract.transform_augmentation_rpy', 0.5), path('peract.lambda_weight_l2', 1), path('rvt.place_with_mean', 1), top('exp_id', 0.5)],
  },
  {
    // SevenNet (an equivariant interatomic potential, `sevenn`): `read_config_yaml` uses `yaml.safe_load`, then
    // `config_initialize` calls each key's condition from `_const.py`, and a condition that is a type casts:
    // `force_loss_weight: float` and `stress_loss_weight: float`, so `stress_loss_weight: 1e-06` is a number.
    // `optim_param` goes to the torch optimizer unconverted, so an `lr: 1e-3` there is still a string.
    id: 'sevennet', name: 'SevenNet', yamlLoader: 'pyyaml', floatKeys: ['force_loss_weight', 'stress_loss_weight'], threshold: 3,
    signals: [path('model.chemical_species', 1), path('model.num_convolution_layer', 1.5), path('model.is_parity', 1), path('model.self_connection_type', 1),
      path('train.is_train_stress', 1.5), path('train.stress_loss_weight', 1), path('train.error_record', 1), path('data.data_divide_ratio', 1)],
  },
  {
    // Microsoft's HRNet pose code (deep-high-resolution-net, HigherHRNet) and the pose estimators copied from it:
    // a yacs `CfgNode` whose `get_optimizer` passes `TRAIN.WD` and `TRAIN.MOMENTUM` to SGD only; `adam` gets the rate.
    id: 'hrnet-pose', name: 'HRNet pose estimation (yacs)', yamlLoader: 'yacs', readsWith: ['yacs'], adamIgnoresWeightDecay: true, threshold: 3,
    signals: [path('train.gamma1', 1), path('train.gamma2', 1), path('train.lr_factor', 0.5), path('train.begin_epoch', 0.5), path('loss.use_target_weight', 1),
      path('test.flip_test', 1), path('test.post_process', 0.5), path('debug.save_heatmaps_gt', 1), path('model.num_joints', 0.5), path('dataset.num_joints', 0.5)],
  },
  {
    // Model-editing hyperparameters: ROME and MEMIT (`hparams/MEMIT/gpt2-xl.json`) and their successors (AlphaEdit), and
    // EasyEdit's `hparams/<ALG>/<model>.yaml`. `v_lr` drives a few dozen Adam steps on one edit's value vector and
    // `edit_lr` a handful of weights or codebook entries (GRACE, WISE) per edit: no training run, so no schedule or
    // warmup. EasyEdit's `HyperParams` passes each top-level string through `float()`
    // (`construct_float_from_scientific_notation`), so `lr: 5e-4` there is a number.
    id: 'model-editing', name: 'model-editing hyperparameters (ROME/MEMIT/EasyEdit)', yamlLoader: 'pyyaml', floatKeys: [ALL_TOP_LEVEL_KEYS], threshold: 3,
    signals: [top('v_num_grad_steps', 2), top('v_lr', 1), top('v_loss_layer', 1.5), top('v_weight_decay', 1), top('mom2_dataset', 1.5), top('mom2_n_samples', 1),
      top('rewrite_module_tmp', 2), top('layer_module_tmp', 1), top('mlp_module_tmp', 1), top('clamp_norm_factor', 1), top('fact_token', 1), top('alg_name', 2),
      top('edit_lr', 1), top('inner_params', 1), top('n_iter', 0.5), top('norm_constraint', 1), top('kl_factor', 0.5)],
  },
  {
    // ByteDance's VeOmni (`tasks/train_torch.py`, forks that import `veomni`): `parse_args` hands each YAML value to an
    // argparse option typed by its dataclass field, so `lr_min: 3e-6` arrives as a float. Its `train` block shares
    // `global_batch_size` and `micro_batch_size` with LitGPT, whose `data` block it is not.
    id: 'veomni', name: 'VeOmni', yamlLoader: 'typed', excludes: ['litgpt'], threshold: 3,
    signals: [path('train.ulysses_parallel_size', 2), path('train.data_parallel_mode', 1.5), path('train.rmpad', 1.5), path('train.rmpad_with_pos_ids', 1.5),
      path('train.lr_decay_style', 1), path('train.lr_warmup_ratio', 0.5), path('train.enable_full_shard', 1), path('train.ckpt_manager', 1),
      path('train.enable_mixed_precision', 1), path('model.model_path', 1), path('data.train_path', 1), path('data.datasets_type', 1), path('data.dataloader_type', 1),
      path('model.accelerator', 1), path('train.bsz_warmup_ratio', 1)],
  },
  {
    // LibKGE and the projects built on it (HittER, kge-iclr20's search results): `yaml.load(SafeLoader)`, then
    // `Config.set` turns every string that reads as a number into one, so `eps: 1e-6` is a float. With `auto_correct`
    // on, a negative dropout is set to 0: Ax searches give the value 0 weight that way.
    id: 'libkge', name: 'LibKGE', yamlLoader: 'typed', threshold: 3,
    signals: [top('lookup_embedder', 2), path('train.optimizer_args', 1.5), path('train.auto_correct', 1.5), path('job.auto_correct', 1.5), path('eval.metrics_per', 1),
      path('eval.trace_level', 1), path('train.loss_arg', 1), path('train.lr_scheduler_args', 1), path('valid.early_stopping.min_threshold', 1),
      path('negative_sampling.implementation', 1), path('job.type', 0.5), path('dataset.name', 0.5), top('import', 0.5)],
  },
  {
    // ESPnet2 recipes (`egs2/*/asr1/conf/*.yaml`) and WeNet's look-alikes: each component is a name beside its `_conf`
    // mapping (`optim: adam` + `optim_conf`, `encoder: conformer` + `encoder_conf`), read with PyYAML into ESPnet's own
    // argparse. Its `optim` and `save_strategy` are ESPnet's options, not HF Trainer's (SeediqSpeech's LoRA recipe).
    id: 'espnet', name: 'ESPnet/WeNet recipe', yamlLoader: 'pyyaml', threshold: 3, excludes: ['hf-trainer', 'trl'],
    signals: [top('optim_conf', 1.5), top('scheduler_conf', 1), top('encoder_conf', 1), top('decoder_conf', 0.5), top('frontend_conf', 1), top('specaug_conf', 1),
      top('model_conf', 0.5), top('batch_type', 1), top('batch_bins', 1), top('accum_grad', 0.5), top('best_model_criterion', 2), top('keep_nbest_models', 2),
      top('max_epoch', 0.5)],
  },
  {
    // yacs `CfgNode` configs (Swin Transformer, maskrcnn-benchmark, many vision repositories): the
    // program defines every key in Python with UPPER_CASE names and merges the YAML file into them.
    id: 'yacs', name: 'yacs (CfgNode)', yamlLoader: 'yacs', readsWith: ['yacs'], threshold: 3,
    signals: [{ weight: 2, evidence: 'every key is UPPER_CASE, as yacs `CfgNode` defaults are', test: (k) => k.upperCaseKeys && k.format === 'yaml' },
      // CSAILVision's semantic segmentation: `DATASET:`, `MODEL:`, `TRAIN:` namespaces holding `lr_pow`, `weight_decay`.
      { weight: 1.5, evidence: 'UPPER_CASE namespaces at the top, as yacs `CfgNode` defaults are', test: (k) => !k.upperCaseKeys && k.upperCaseNamespaces && k.format === 'yaml' },
      top('model', 0.5), top('solver', 1), top('train', 1), top('data', 0.5), top('input', 0.5), top('test', 0.5), top('output_dir', 0.5), top('_base_', 0.5), top('aug', 0.5),
      // MPRNet's `config.py`: `OPTIM:` and `TRAINING:` namespaces merged into its CfgNode defaults.
      top('optim', 0.5), top('training', 0.5)],
  },
];
