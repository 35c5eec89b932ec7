import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/index.js';
import { findings, positions } from '../helpers.js';

describe('deprecated-key', () => {
  it('renames evaluation_strategy to eval_strategy', () => {
    const text = 'per_device_train_batch_size: 8\nnum_train_epochs: 3\nevaluation_strategy: steps  # old name\n';
    const d = findings('deprecated-key', text);
    expect(positions(d)).toEqual(['3:1']);
    expect(d[0].message).toBe('`evaluation_strategy` is deprecated; use `eval_strategy`.');
    expect(applyFixes(text, d).output).toBe('per_device_train_batch_size: 8\nnum_train_epochs: 3\neval_strategy: steps  # old name\n');
  });

  it('explains evaluation_strategy in axolotl as axolotl does (eaft-example.yml), once', () => {
    const d = findings('deprecated-key', 'base_model: x\nmicro_batch_size: 2\nsequence_len: 512\nevaluation_strategy: "no"\n');
    expect(d.map((x) => x.message)).toEqual(['`evaluation_strategy` is deprecated; use `eval_strategy`.']);
    expect(d[0].explanation).toContain('axolotl warns');
    expect(d[0].explanation).not.toContain('HfArgumentParser');
  });

  it("renames HF's deprecated arguments in a nested block a program hands to TrainingArguments whole (TeenyTinyLlama)", () => {
    const text = 'model_args:\n  model_name: gpt2\ntraining_args:\n  output_dir: out\n  per_device_train_batch_size: 8\n  num_train_epochs: 3\n  learning_rate: 0.0006\n  evaluation_strategy: steps\n  no_cuda: false\n  save_strategy: steps\n';
    const d = findings('deprecated-key', text);
    expect(d.map((x) => x.message)).toEqual(['`evaluation_strategy` is deprecated; use `eval_strategy`.', '`no_cuda` is deprecated; use `use_cpu`.']);
    expect(positions(d)).toEqual(['8:3', '9:3']);
    // The block may be read key by key (Whisper_finetuning's `model_train_argv["evaluation_strategy"]`): the rename is
    // offered as a suggestion, not applied by --fix.
    expect(d[0].fix).toBeUndefined();
    expect(d[0].suggestions?.[0].edits[0].text).toBe('eval_strategy');
    expect(d[0].explanation).toContain('wherever a script reads');
    // A program's own block that borrows a few HF names is not TrainingArguments.
    expect(findings('deprecated-key', 'train_cfgs:\n  epochs: 3\n  evaluation_strategy: steps\n  eval_interval: 10\n  ds_cfgs: ds.json\n  seed: 1\n')).toEqual([]);
  });

  it('does not rename when the new key is already set, in JSON', () => {
    const d = findings('deprecated-key', '{"per_device_train_batch_size": 8, "num_train_epochs": 3, "eval_strategy": "no", "evaluation_strategy": "steps"}', 'json');
    expect(d).toHaveLength(1);
    expect(d[0].fix).toBeUndefined();
    expect(d[0].explanation).toContain('remove it');
  });

  it('keeps the names of a file a script reads into its own arguments (KoELECTRA: `train_batch_size` beside `no_cuda`)', () => {
    const own = '{"num_train_epochs": 10, "logging_steps": 2000, "output_dir": "ckpt", "max_grad_norm": 1.0, "no_cuda": false, "train_batch_size": 32, "eval_batch_size": 128}';
    expect(findings('deprecated-key', own, 'json')).toEqual([]);
    // Handed to TrainingArguments whole (per-device sizes), the same key is deprecated there.
    const handed = own.replace('"train_batch_size"', '"per_device_train_batch_size"').replace('"eval_batch_size"', '"per_device_eval_batch_size"');
    expect(findings('deprecated-key', handed, 'json').map((d) => d.message)).toEqual(['`no_cuda` is deprecated; use `use_cpu`.']);
  });

  it('flags axolotl legacy attention flags and renamed keys', () => {
    const text = 'base_model: x\nmicro_batch_size: 2\nsequence_len: 512\nflash_attention: true\nnoisy_embedding_alpha: 5\n';
    const d = findings('deprecated-key', text);
    expect(d.map((x) => x.message)).toEqual([
      '`flash_attention` is deprecated; use attn_implementation: flash_attention_2.',
      '`noisy_embedding_alpha` is deprecated; use `neftune_noise_alpha`.',
    ]);
    expect(d[0].fix).toBeUndefined();
    expect(applyFixes(text, d).output).toContain('neftune_noise_alpha: 5');
  });

  it('renames axolotl\'s eval_table_max_new_tokens, which current axolotl drops (My-Simulacrum config.yml)', () => {
    const text = 'base_model: x\nmicro_batch_size: 2\nsequence_len: 512\neval_table_size:\neval_table_max_new_tokens: 128\n';
    const d = findings('deprecated-key', text);
    expect(d.map((x) => [x.line, x.message])).toEqual([[5, '`eval_table_max_new_tokens` is deprecated; use `eval_max_new_tokens`.']]);
    expect(d[0].explanation).toContain('drops the old key');
    expect(applyFixes(text, d).output).toContain('eval_max_new_tokens: 128');
    // Left empty, the key sets nothing.
    expect(findings('deprecated-key', text.replace(': 128', ':'))).toEqual([]);
    // unknown-key does not report it a second time.
    expect(findings('unknown-key', text)).toEqual([]);
  });

  it('renames LLaMA-Factory\'s DPO keys of before 0.8, which its parser now refuses (EgoBlind-RA dpo_unified.yaml)', () => {
    const text = 'model_name_or_path: x\nstage: dpo\nfinetuning_type: lora\ntemplate: qwen\ndpo_beta: 0.1\ndpo_loss: sigmoid\n';
    const d = findings('deprecated-key', text);
    expect(d.map((x) => [x.line, x.message])).toEqual([[5, '`dpo_beta` is deprecated; use `pref_beta`.'], [6, '`dpo_loss` is deprecated; use `pref_loss`.']]);
    expect(d[0].explanation).toContain('refuses the old name');
    expect(applyFixes(text, d).output).toBe(text.replace('dpo_beta', 'pref_beta').replace('dpo_loss', 'pref_loss'));
  });

  it('flags deprecated values with an exact fix', () => {
    const text = '{"eta": 0.1, "max_depth": 3, "objective": "reg:linear", "eval_metric": "rmse"}';
    const d = findings('deprecated-key', text, 'json');
    expect(d[0].message).toBe('`objective: reg:linear` is deprecated; use `reg:squarederror`.');
    expect(applyFixes(text, d).output).toBe('{"eta": 0.1, "max_depth": 3, "objective": "reg:squarederror", "eval_metric": "rmse"}');
  });

  it('flags DeepSpeed and Keras deprecations', () => {
    expect(findings('deprecated-key', '{"zero_optimization": {"stage": 2, "cpu_offload": true}}', 'json').map((x) => x.message)).toEqual(['`cpu_offload` is deprecated; use offload_optimizer: {device: cpu}.']);
    // Set to false (GPT-NeoX's configs), the key asks for the default: the advice is to remove it, not to turn offloading on.
    const off = findings('deprecated-key', '{"zero_optimization": {"stage": 1, "cpu_offload": false}}', 'json');
    expect(off.map((x) => x.message)).toEqual(['`cpu_offload` is deprecated; remove it, as false is the default.']);
    expect(off[0].explanation).toContain('changes nothing');
    const keras = '{"compile_config": {"optimizer": {"class_name": "Adam", "config": {"lr": 0.001, "decay": 1e-6}}}}';
    expect(findings('deprecated-key', keras, 'json').map((x) => x.path)).toEqual(['/compile_config/optimizer/config/lr', '/compile_config/optimizer/config/decay']);
  });

  it('flags warmup_ratio only when the transformersV5 option is on', () => {
    const text = 'per_device_train_batch_size: 8\nnum_train_epochs: 3\nwarmup_ratio: 0.1\n';
    expect(findings('deprecated-key', text)).toEqual([]);
    expect(findings('deprecated-key', text, 'yaml', { options: { transformersV5: true } })).toHaveLength(1);
  });

  it('flags ML-Agents\' trainer-config layout from before release 10 once, and not the current layout', () => {
    const legacy = 'default:\n  trainer: ppo\n  batch_size: 1024\n  beta: 5.0e-3\n  time_horizon: 64\n  summary_freq: 1000\n  use_recurrent: false\n' +
      'Walker:\n  trainer: ppo\n  max_steps: 2e7\n';
    const d = findings('deprecated-key', legacy);
    expect(d.map((x) => [x.line, x.column, x.message])).toEqual([[1, 1, 'This trainer config has ML-Agents\' layout from before release 10, which current mlagents-learn refuses.']]);
    expect(d[0]!.explanation).toContain('python -m mlagents.trainers.upgrade_config');
    expect(findings('deprecated-key', 'behaviors:\n  Walker:\n    trainer_type: ppo\n    time_horizon: 64\n    summary_freq: 1000\n')).toEqual([]);
  });

  it('leaves current keys and unrelated frameworks alone', () => {
    expect(findings('deprecated-key', 'per_device_train_batch_size: 8\nnum_train_epochs: 3\neval_strategy: steps\n')).toEqual([]);
    expect(findings('deprecated-key', 'model:\n  decay: 0.999\n  lr: 0.1\n')).toEqual([]);
    expect(findings('deprecated-key', 'base_model: x\nmicro_batch_size: 2\nsequence_len: 512\nflash_attention: false\n')).toEqual([]);
  });
});
