/**
 * The keys `mlagents-learn config.yaml` accepts, for `unknown-key`. Since release 10 (the `behaviors:` layout) ML-Agents
 * structures the file into attrs classes with cattrs, and `strict_to_cls`/`check_and_structure` refuse any key the class
 * does not define: "The option {key} was specified in your YAML file for {class}, but is invalid." (TrainerConfigError),
 * at start-up. `RunOptions.from_argparse` does the same for the top-level keys. `network_settings` (and its `memory`),
 * `self_play`, `behavioral_cloning` and `torch_settings` are structured by plain cattrs, which drops extra keys without a
 * word: those are listed apart, in `ML_AGENTS_DROPPING_BLOCKS`.
 *
 * Source: Unity-Technologies/ml-agents `ml-agents/mlagents/trainers/settings.py` @3b9589b (release 10–12: `framework`,
 * `TrainerType` ppo/sac), @024010d (POCA, COMA, `torch_settings`, `default_settings`, RND) and the current one (`trainer_type`
 * a string looked up among plugins, `even_checkpoints`, `check_hyperparam_schedules`), and the trainers' settings
 * classes in `ppo/trainer.py`, `sac/optimizer_torch.py`, `poca/optimizer_torch.py`. Keys of every version are kept, so a
 * file written for an older release is not flagged.
 */
const words = (s: string): readonly string[] => s.trim().split(/\s+/);

/** `RunOptions`' fields: the top level of the file. */
export const ML_AGENTS_RUN_KEYS: ReadonlySet<string> = new Set(words(`
  default_settings behaviors env_settings engine_settings environment_parameters checkpoint_settings torch_settings debug
`));

/** `TrainerSettings`' fields: each behavior's block and `default_settings`. `framework` is popped with a warning. */
export const ML_AGENTS_TRAINER_KEYS: ReadonlySet<string> = new Set(words(`
  trainer_type hyperparameters checkpoint_interval network_settings reward_signals init_path keep_checkpoints even_checkpoints
  max_steps time_horizon summary_freq threaded self_play behavioral_cloning framework
`));

const HYPERPARAMETERS = words('batch_size buffer_size learning_rate learning_rate_schedule');
const ON_POLICY = [...HYPERPARAMETERS, ...words('num_epoch beta epsilon lambd beta_schedule epsilon_schedule')];

/** The hyperparameter settings class of each built-in trainer type; a plugin's trainer types have their own. */
export const ML_AGENTS_HYPERPARAMETERS: Readonly<Record<string, { readonly className: string; readonly keys: ReadonlySet<string> }>> = {
  ppo: { className: 'PPOSettings', keys: new Set([...ON_POLICY, 'shared_critic']) },
  poca: { className: 'POCASettings', keys: new Set(ON_POLICY) },
  coma: { className: 'POCASettings', keys: new Set(ON_POLICY) },
  sac: {
    className: 'SACSettings',
    keys: new Set([...HYPERPARAMETERS, ...words('buffer_init_steps tau steps_per_update save_replay_buffer init_entcoef reward_signal_steps_per_update')]),
  },
};

const REWARD_SIGNAL = words('gamma strength network_settings');
const LEARNED_REWARD_SIGNAL = [...REWARD_SIGNAL, ...words('learning_rate encoding_size')];

/** The reward signals (`RewardSignalType`) and their settings classes' fields. */
export const ML_AGENTS_REWARD_SIGNALS: Readonly<Record<string, ReadonlySet<string>>> = {
  extrinsic: new Set(REWARD_SIGNAL),
  gail: new Set([...LEARNED_REWARD_SIGNAL, ...words('use_actions use_vail demo_path')]),
  curiosity: new Set(LEARNED_REWARD_SIGNAL),
  rnd: new Set(LEARNED_REWARD_SIGNAL),
};

/** The command-line sections, structured with `strict_to_cls`, and `torch_settings`, structured by plain cattrs (extra keys dropped). */
export const ML_AGENTS_SECTIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  checkpoint_settings: new Set(words('run_id initialize_from load_model resume force train_model inference results_dir')),
  env_settings: new Set(words(`
    env_path env_args base_port num_envs num_areas timeout_wait seed max_lifetime_restarts restarts_rate_limit_n restarts_rate_limit_period_s
  `)),
  engine_settings: new Set(words('width height quality_level time_scale target_frame_rate capture_frame_rate no_graphics no_graphics_monitor')),
  torch_settings: new Set(words('device')),
};

const UNDER_MEMORY_BLOCK = 'it belongs one level down, under `network_settings.memory` (with `sequence_length` and `memory_size`)';

/**
 * A trainer block's (or reward signal's) settings that cattrs builds without the strict check, so an unknown key is
 * dropped and its setting has no effect: `NetworkSettings`, its `MemorySettings`, `SelfPlaySettings` and
 * `BehavioralCloningSettings`. `equivalents` are the slips seen in real files.
 */
export const ML_AGENTS_DROPPING_BLOCKS: Readonly<Record<string, { readonly className: string; readonly keys: ReadonlySet<string>; readonly equivalents?: Readonly<Record<string, string>> }>> = {
  network_settings: {
    className: 'NetworkSettings',
    keys: new Set(words('normalize hidden_units num_layers vis_encode_type memory goal_conditioning_type deterministic')),
    equivalents: {
      conditioning_type: 'the key is `goal_conditioning_type`',
      use_recurrent: 'a recurrent network is turned on by writing a `memory:` block (`sequence_length`, `memory_size`); there is no switch',
      sequence_length: UNDER_MEMORY_BLOCK, memory_size: UNDER_MEMORY_BLOCK,
    },
  },
  memory: { className: 'MemorySettings', keys: new Set(words('sequence_length memory_size')) },
  self_play: { className: 'SelfPlaySettings', keys: new Set(words('save_steps team_change swap_steps window play_against_latest_model_ratio initial_elo')) },
  behavioral_cloning: { className: 'BehavioralCloningSettings', keys: new Set(words('demo_path steps strength samples_per_update num_epoch batch_size')) },
};

const UNDER_HYPERPARAMETERS = 'since release 10 it belongs under `hyperparameters:`';
const UNDER_NETWORK = 'since release 10 it belongs under `network_settings:`';
const UNDER_MEMORY = 'since release 10 a recurrent network is set with `network_settings.memory` (`sequence_length`, `memory_size`)';

/**
 * Keys of the layout before release 10 (one flat block per behavior, `trainer: ppo`), which `mlagents-learn` refuses
 * in a `behaviors:` block; `upgrade_config.py` moves them.
 */
export const ML_AGENTS_LEGACY_TRAINER_KEYS: Readonly<Record<string, string>> = {
  trainer: 'since release 10 the trainer is chosen with `trainer_type`',
  batch_size: UNDER_HYPERPARAMETERS, buffer_size: UNDER_HYPERPARAMETERS, learning_rate: UNDER_HYPERPARAMETERS,
  learning_rate_schedule: UNDER_HYPERPARAMETERS, beta: UNDER_HYPERPARAMETERS, epsilon: UNDER_HYPERPARAMETERS, lambd: UNDER_HYPERPARAMETERS,
  num_epoch: UNDER_HYPERPARAMETERS, buffer_init_steps: UNDER_HYPERPARAMETERS, tau: UNDER_HYPERPARAMETERS, init_entcoef: UNDER_HYPERPARAMETERS,
  steps_per_update: UNDER_HYPERPARAMETERS, save_replay_buffer: UNDER_HYPERPARAMETERS,
  hidden_units: UNDER_NETWORK, num_layers: UNDER_NETWORK, normalize: UNDER_NETWORK, vis_encode_type: UNDER_NETWORK,
  use_recurrent: UNDER_MEMORY, sequence_length: UNDER_MEMORY, memory_size: UNDER_MEMORY,
  gamma: 'since release 10 the discount is set per reward signal, as `reward_signals.extrinsic.gamma`',
};

/** `ScheduleType`: the values of `learning_rate_schedule`, `beta_schedule` and `epsilon_schedule`. */
export const ML_AGENTS_SCHEDULES: readonly string[] = ['constant', 'linear'];
/** `EncoderType`: the values of `network_settings.vis_encode_type` (`fully_connected` and `match3` since release 11). */
export const ML_AGENTS_ENCODERS: readonly string[] = ['simple', 'nature_cnn', 'resnet', 'match3', 'fully_connected'];
/** `ConditioningType`: the values of `network_settings.goal_conditioning_type`. */
export const ML_AGENTS_CONDITIONING: readonly string[] = ['hyper', 'none'];
/** The built-in trainers' default `batch_size` (`HyperparamSettings`, and `SACSettings`'). */
export const ML_AGENTS_DEFAULT_BATCH: Readonly<Record<string, number>> = { ppo: 1024, poca: 1024, coma: 1024, sac: 128 };
