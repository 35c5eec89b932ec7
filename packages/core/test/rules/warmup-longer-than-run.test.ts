import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'warmup-longer-than-run';

describe(RULE, () => {
  it('flags LitGPT warmup longer than max_steps (CORPUS-NOTES W2), on the warmup', () => {
    const d = findings(RULE, 'checkpoint_dir: checkpoints/google/gemma-2b\ntrain:\n  global_batch_size: 16\n  lr_warmup_steps: 100\n  max_steps: 50\n');
    expect(positions(d)).toEqual(['4:20']);
    expect(d[0].message).toBe('Warmup lasts 100 steps but training stops after 50 steps.');
    expect(d[0].path).toBe('/train/lr_warmup_steps');
    expect(d[0].explanation).toContain('`train.max_steps` is 50 steps');
  });

  it('flags OLMo t_warmup longer than max_duration (CORPUS-NOTES W3)', () => {
    const d = findings(RULE, 'run_name: custom\nmax_duration: 515\nscheduler:\n  name: cosine_with_warmup\n  t_warmup: 1000\n');
    expect(positions(d)).toEqual(['5:13']);
    expect(d[0].message).toBe('Warmup lasts 1000 steps but training stops after 515 steps.');
  });

  it('flags DeepSpeed warmup longer than its schedule in JSON, and torchtitan in TOML', () => {
    const ds = findings(RULE, '{"train_micro_batch_size_per_gpu": 1, "scheduler": {"type": "WarmupDecayLR", "params": {"warmup_num_steps": 1000, "total_num_steps": 500}}}', 'json');
    expect(ds.map((d) => d.message)).toEqual(['Warmup lasts 1000 steps but the schedule ends after 500 steps.']);
    expect(ds[0].path).toBe('/scheduler/params/warmup_num_steps');
    const titan = findings(RULE, '[lr_scheduler]\nwarmup_steps = 2_000\n[training]\nsteps = 1_000\n', 'toml');
    expect(positions(titan)).toEqual(['2:16']);
    expect(titan[0].message).toBe('Warmup lasts 2000 steps but training stops after 1000 steps.');
  });

  it('flags a Cerebras ModelZoo trainer whose LinearLR warmup outlasts its loop (gigaGPT\'s 111m.yaml), on the warmup\'s length', () => {
    const text = 'trainer:\n  init:\n    loop:\n      num_steps: 1000\n    optimizer:\n      AdamW:\n        learning_rate: 6.0e-4\n    schedulers:\n      SequentialLR:\n        schedulers:\n          - LinearLR:\n              initial_learning_rate: 0.0\n              end_learning_rate: 6.0e-4\n              total_iters: 1500\n          - CosineDecayLR:\n              initial_learning_rate: 6.0e-4\n              end_learning_rate: 6.0e-5\n              total_iters: 7537\n';
    const d = findings(RULE, text);
    expect(positions(d)).toEqual(['14:28']);
    expect(d[0].message).toBe('Warmup lasts 1500 steps but training stops after 1000 steps.');
    expect(findings(RULE, text.replace('num_steps: 1000', 'num_steps: 9037'))).toEqual([]);
  });

  it("leaves the warmup of a weight average alone: `ema.warmup_steps` ramps the average's decay, not the rate", () => {
    const run = 'train:\n  lr: 0.001\n  max_steps: 5000\n';
    expect(findings(RULE, `${run}ema:\n  decay: 0.9999\n  warmup_steps: 20000\n`)).toEqual([]);
    // The same length as the rate's own warmup is reported.
    expect(positions(findings(RULE, `${run}  warmup_steps: 20000\n`))).toEqual(['4:17']);
  });

  it('leaves warmup next to HF\'s `constant` schedule, which ignores it, to constant-schedule-ignores-warmup', () => {
    const text = 'per_device_train_batch_size: 8\nlr_scheduler_type: constant\nwarmup_steps: 100\nmax_steps: 50\n';
    expect(findings(RULE, text)).toEqual([]);
    expect(positions(findings(RULE, text.replace('constant', 'cosine')))).toEqual(['3:15']);
    // With both set, HF uses warmup_steps and ignores the ratio.
    expect(findings(RULE, 'per_device_train_batch_size: 8\nlr_scheduler_type: cosine\nwarmup_steps: 10\nwarmup_ratio: 1.5\nmax_steps: 50\n')).toEqual([]);
  });

  it('flags warmup in epochs as long as the run or longer (wedefense: `warm_up_epoch: 6` in 5 epochs)', () => {
    const wedefense = 'num_epochs: 5\noptimizer: Adam\nscheduler: ExponentialDecrease\nscheduler_args:\n  initial_lr: 0.0001\n  final_lr: 0.0000001\n  warm_up_epoch: 6\n  warm_from_zero: True\n';
    const d = findings(RULE, wedefense);
    expect(positions(d)).toEqual(['7:18']);
    expect(d[0]!.message).toBe('Warmup lasts 6 epochs but training stops after 5 epochs.');
    expect(positions(findings(RULE, 'epochs: 3\nwarmup_epochs: 5\nlr: 5e-4\n'))).toEqual(['2:16']);
    expect(findings(RULE, wedefense.replace('warm_up_epoch: 6', 'warm_up_epoch: 1'))).toEqual([]);
    expect(findings(RULE, 'epochs: 300\nwarmup_epochs: 5\nlr: 5e-4\n')).toEqual([]);
    // The epochs nearest the warmup count (W-MAE: the MAE section's own 900, not the forecasting section's 25).
    expect(findings(RULE, 'forecast:\n  max_epochs: 25\n  lr: 5e-4\nmae:\n  epochs: 900\n  blr: 1e-3\n  warmup_epochs: 40\n')).toEqual([]);
    // A section that merges another keeps the merged warmup with the merged epochs (W-MAE's `precip:`).
    expect(findings(RULE, 'backbone: &backbone\n  epochs: 900\n  blr: 1e-3\n  warmup_epochs: 40\nprecip:\n  <<: *backbone\n  lr: 2.5e-4\n  max_epochs: 25\n')).toEqual([]);
    // Far beyond the run it counts something else (LHRS-Bot hands `warmup_epochs` to its hook as iterations).
    expect(findings(RULE, 'lr: 0.0002\nepochs: 1\nschedule:\n  name: cosine\n  warmup_epochs: 300\n  warmup_method: linear\n')).toEqual([]);
  });

  it('flags warmup that exactly fills the run, with Composer units', () => {
    expect(findings(RULE, 'max_duration: 200ba\nscheduler:\n  name: cosine_with_warmup\n  t_warmup: 200ba\n').map((d) => d.message)).toEqual(['Warmup lasts 200 steps but training stops after 200 steps.']);
    expect(findings(RULE, 'max_duration: 100ba\nscheduler:\n  t_warmup: 1.0dur\n').map((d) => d.message)).toEqual(['Warmup of 1dur covers the whole run.']);
    // One of a unit is singular (llm-foundry's `max_duration: 1ep`).
    expect(findings(RULE, 'max_duration: 1ep\nscheduler:\n  name: cosine_with_warmup\n  t_warmup: 2ep\n').map((d) => d.message)).toEqual(['Warmup lasts 2 epochs but training stops after 1 epoch.']);
  });

  it('leaves a warmup ratio above 1, which is out of range, to warmup-ratio-range', () => {
    const text = 'warmup_ratio: 10\nper_device_train_batch_size: 1\n';
    expect(findings(RULE, text)).toEqual([]);
    expect(findings('warmup-ratio-range', text).map((d) => d.message)).toEqual(['Warmup ratio 10 is outside [0, 1].']);
  });

  it('flags a warmup ratio of 1', () => {
    const d = findings(RULE, 'warmup_ratio: 1.0\nper_device_train_batch_size: 1\n');
    expect(positions(d)).toEqual(['1:15']);
    expect(d[0].message).toBe('Warmup ratio 1 makes warmup last the whole run.');
  });

  it('accepts a short warmup, including LLM Foundry\'s 50% smoke test and nanoGPT\'s defaults', () => {
    expect(findings(RULE, 'max_duration: 200ba\nscheduler:\n  t_warmup: 100ba\n')).toEqual([]);
    expect(findings(RULE, 'warmup_iters: 2000\nlr_decay_iters: 600000\nmax_iters: 600000\n')).toEqual([]);
  });

  it('does not compare different units, HF -1 or HF 5 ratios written as warmup_steps (CORPUS-NOTES §4)', () => {
    expect(findings(RULE, 'max_duration: 1ep\nscheduler:\n  t_warmup: 100ba\n')).toEqual([]);
    expect(findings(RULE, 'warmup_steps: 10\nmax_steps: -1\nper_device_train_batch_size: 1\n')).toEqual([]);
    expect(findings(RULE, 'warmup_steps: 0.1\nmax_steps: 10\nper_device_train_batch_size: 1\n')).toEqual([]);
  });

  it('does not take an on-policy RL rollout (`n_steps` beside PPO settings) for the run\'s length', () => {
    const ppo = 'n_timesteps: 1000000\nbatch_size: 64\nn_steps: 512\ngae_lambda: 0.92\nclip_range: 0.2\nlearning_rate: 0.0003\nwarmup_steps: 1000\n';
    expect(findings(RULE, ppo)).toEqual([]);
    expect(positions(findings(RULE, 'n_steps: 512\nlearning_rate: 0.0003\nwarmup_steps: 1000\n'))).toEqual(['3:15']);
  });

  it('does not take GRPO\'s updates per generated batch (`num_iterations` beside `num_generations`) for the run\'s length (MindRLHF)', () => {
    const grpo = 'rl_config:\n  epochs: 10\n  num_generations: 8\n  num_iterations: 1\nactor_config:\n  lr_schedule:\n    lr: 5.0e-7\n    warmup_step: 10\n';
    expect(findings(RULE, grpo)).toEqual([]);
    expect(findings(RULE, 'num_generations: 8\nnum_iterations: 1\nlearning_rate: 1.0e-6\nwarmup_steps: 10\n')).toEqual([]);
    // Elsewhere, in a training block, it is the run's length.
    expect(positions(findings(RULE, grpo.replace('rl_config', 'training').replace('  num_generations: 8\n', '')))).toEqual(['7:18']);
  });

  it('does not take the period of an exponential decay (`decay_steps` beside `decay_rate`) for the schedule\'s end', () => {
    // TF Model Garden: the rate is multiplied by 0.96 every 3127 steps for all 625,500 training steps.
    const garden = 'trainer:\n  train_steps: 625500\n  optimizer_config:\n    learning_rate:\n      type: exponential\n      exponential:\n        initial_learning_rate: 0.064\n        decay_steps: 3127\n        decay_rate: 0.96\n        staircase: true\n    warmup:\n      type: linear\n      linear:\n        warmup_steps: 6255\n';
    expect(findings(RULE, garden)).toEqual([]);
    expect(positions(findings(RULE, garden.replace('train_steps: 625500', 'train_steps: 5000')))).toEqual(['14:23']);
  });

  it('does not take the decay phase of a warmup-stable-decay schedule (`decay_steps` beside `stable_steps`) for its end', () => {
    // DataDog's Toto: 1,000 warmup + 200 stable + 200 decay steps in a 1,400-step run.
    const toto = 'model:\n  lr: 0.00004\n  min_lr: 0.00001\n  warmup_steps: 1000\n  stable_steps: 200\n  decay_steps: 200\ntrainer:\n  max_steps: 1400\n';
    expect(findings(RULE, toto)).toEqual([]);
    expect(positions(findings(RULE, toto.replace('max_steps: 1400', 'max_steps: 900')))).toEqual(['4:17']);
    expect(positions(findings(RULE, toto.replace('  stable_steps: 200\n', '')))).toEqual(['4:17']);
  });

  it('treats DeepSpeed "auto" as unresolved', () => {
    expect(findings(RULE, '{"scheduler": {"type": "WarmupDecayLR", "params": {"warmup_num_steps": "auto", "total_num_steps": "auto"}}}', 'json')).toEqual([]);
  });

  it('does not take seconds of audio in a data block for the run\'s length (Amphion `preprocess.max_duration`)', () => {
    const valle = '{"preprocess": {"max_duration": 14}, "train": {"max_epoch": 20, "scheduler": "cosine", "warmup_steps": 16000, "total_training_steps": 800000}}';
    expect(findings(RULE, valle, 'json')).toEqual([]);
  });
  it('does not take the step cap of each episode (`max_steps` beside `num_episodes`) for the run\'s length', () => {
    // MADDPG-CityLearn: 100 episodes of a year of hourly steps each.
    const maddpg = 'maddpg:\n  actor_lr: 0.0003\n  batch_size: 512\ntraining:\n  num_episodes: 100\n  max_steps: 8760\n  warmup_steps: 10000\n';
    expect(findings(RULE, maddpg)).toEqual([]);
    expect(positions(findings(RULE, maddpg.replace('  num_episodes: 100\n', '')))).toEqual(['6:17']);
    expect(findings(RULE, 'training:\n  n_episodes: 5\n  num_steps: 200\n  warmup_steps: 1000\n')).toEqual([]);
  });
  it('reads ALBEF\'s `schedular.warmup_epochs` as steps of 100 iterations in the first epoch (ViCHA\'s pretraining)', () => {
    const vicha = 'bert_config: configs/config_bert.json\nimage_res: 256\nbatch_size_train: 64\nqueue_size: 65536\noptimizer: {opt: adamW, lr: 1e-4, weight_decay: 0.02}\nschedular: {sched: cosine, lr: 1e-4, epochs: 11, min_lr: 1e-5, decay_rate: 1, warmup_lr: 1e-5, warmup_epochs: 20, cooldown_epochs: 0}\n';
    expect(findings(RULE, vicha)).toEqual([]);
    // Outside an ALBEF-style project the block's warmup_epochs are epochs, as in timm's scheduler arguments.
    expect(positions(findings(RULE, 'model: vit_base\nschedular: {sched: cosine, lr: 1e-4, epochs: 11, min_lr: 1e-5, warmup_lr: 1e-5, warmup_epochs: 20}\n'))).toEqual(['2:96']);
  });
  it('does not take slot attention\'s refinement rounds (`model.SAVi.num_iterations`) for the run\'s length (OCVP)', () => {
    const ocvp = '{"model": {"SAVi": {"num_slots": 6, "num_iterations_first": 2, "num_iterations": 2}}, "training_slots": {"num_epochs": 2000, "lr": 0.0001, "scheduler": "cosine_annealing", "lr_warmup": true, "warmup_steps": 2500}}';
    expect(findings(RULE, ocvp, 'json')).toEqual([]);
    // At the top of the run, or in a training block (the decoupling lineage's `training_opt`), it is the run's length.
    expect(findings(RULE, 'num_iterations: 2000\nwarmup_steps: 2500\nlr: 0.1\n')).toHaveLength(1);
    expect(findings(RULE, 'training_opt:\n  num_iterations: 2000\n  warmup_steps: 2500\n')).toHaveLength(1);
  });
});
