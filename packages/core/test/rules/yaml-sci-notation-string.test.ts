import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/index.js';
import { findings, positions } from '../helpers.js';

const RULE = 'yaml-sci-notation-string';

describe(RULE, () => {
  it('flags `2e-5` under PyYAML (HF Trainer), on the value, with a fix', () => {
    const text = 'learning_rate: 2e-5\nweight_decay: 1.0e-2\nadam_epsilon: 1e-8\nper_device_train_batch_size: 8\n';
    const d = findings(RULE, text);
    expect(positions(d)).toEqual(['1:16', '3:15']);
    expect(d[0].message).toBe('2e-5 is read as the string "2e-5" by PyYAML (YAML 1.1), not as a number.');
    expect(d[0].path).toBe('/learning_rate');
    expect(d[0].fix?.edits).toEqual([{ range: [15, 19], text: '2.0e-5' }]);
    expect(applyFixes(text, d).output).toBe('learning_rate: 2.0e-5\nweight_decay: 1.0e-2\nadam_epsilon: 1.0e-8\nper_device_train_batch_size: 8\n');
  });

  it('writes an exponent sign when the fix needs one (`1e3` → `1.0e+3`)', () => {
    const d = findings(RULE, 'name: 1e3\n');
    expect(d[0].fix?.edits[0].text).toBe('1.0e+3');
  });

  it('flags list items and nested values (Ludwig optimizer block, RULES-CATALOG R5)', () => {
    expect(findings(RULE, 'betas: [9e-1, 0.999]\n').map((d) => `${d.line}:${d.column} ${d.path}`)).toEqual(['1:9 /betas/0']);
    expect(positions(findings(RULE, 'input_features: []\noutput_features: []\ntrainer:\n  epochs: 50\n  optimizer:\n    type: adamw\n    lr: 1e-4\n'))).toEqual(['7:9']);
  });

  it('leaves environment variables a launcher sets alone (SkyPilot `envs`), but not an RL `env:` block\'s settings', () => {
    expect(findings(RULE, 'name: llama8b-lora\nenvs:\n  LEARNING_RATE: 1e-4\n  WARMUP_STEPS: 5000\nrun: |\n  torchrun train.py --lr $LEARNING_RATE\n')).toEqual([]);
    expect(findings(RULE, 'services:\n  trainer:\n    environment:\n      LR: 3e-4\n')).toEqual([]);
    expect(positions(findings(RULE, 'env:\n  name: CartPole-v1\n  learning_rate: 3e-4\n'))).toEqual(['3:18']);
  });

  it('does not flag OmegaConf or jsonargparse configs, which read 2e-5 as a float (RULES-CATALOG F6)', () => {
    expect(findings(RULE, 'finetuning_type: lora\nstage: sft\ntemplate: llama3\nlearning_rate: 2e-5\nlr_scheduler_type: cosine\n')).toEqual([]); // LLaMA-Factory
    expect(findings(RULE, 'defaults:\n  - _self_\nmodel:\n  optimizer:\n    _target_: torch.optim.Adam\n    lr: 2e-5\n')).toEqual([]); // Hydra
    expect(findings(RULE, 'optimizer:\n  class_path: torch.optim.AdamW\n  init_args:\n    lr: 3e-4\ntrainer:\n  max_epochs: 1\n')).toEqual([]); // LightningCLI
    expect(findings(RULE, 'job: extension\nconfig:\n  process:\n    - type: sd_trainer\n      train:\n        lr: 1e-4\n')).toEqual([]); // ai-toolkit's own loader
    expect(findings(RULE, 'lr: 2e-5\n', 'yaml', { loader: 'omegaconf' })).toEqual([]);
  });

  it('flags only list items in yacs configs, whose merge decodes a mapping\'s string values with literal_eval', () => {
    // Swin Transformer-style yacs file: every key UPPER_CASE; `BASE_LR: 1e-4` is merged as the float 1e-4.
    const swin = 'MODEL:\n  TYPE: swin\n  DROP_PATH_RATE: 0.1\nTRAIN:\n  EPOCHS: 30\n  BASE_LR: 2e-05\n  WARMUP_LR: 2e-08\n  WEIGHT_DECAY: 1e-8\n  STEPS: [1e-3, 2]\n';
    const d = findings(RULE, swin);
    expect(d.map((x) => `${x.line}:${x.column} ${x.path}`)).toEqual(['9:11 /TRAIN/STEPS/0']);
    expect(d[0].message).toBe('1e-3 is read as the string "1e-3" by yacs (PyYAML, YAML 1.1), not as a number.');
    expect(findings(RULE, 'lr: 2e-5\nsteps: [1e-3]\n', 'yaml', { loader: 'yacs' }).map((x) => x.path)).toEqual(['/steps/0']);
    expect(positions(findings(RULE, 'lr: 2e-5\n', 'yaml', { loader: 'pyyaml' }))).toEqual(['1:5']);
  });

  it('does not flag HyperPyYAML recipes (YAML 1.2 since HyperPyYAML 1.2) or the keys rl_games converts with float()', () => {
    expect(findings(RULE, 'lr: 1e-5\nopt_class: !name:torch.optim.Adam\n  lr: !ref <lr>\n')).toEqual([]); // SpeechBrain, CosyVoice
    const rlGames = 'params:\n  algo:\n    name: a2c_discrete\n  config:\n    learning_rate: 5e-4\n    kl_threshold: 8e-3\n    e_clip: 0.2\n    horizon_length: 16\n    mini_epochs: 4\n';
    expect(findings(RULE, rlGames).map((d) => d.path)).toEqual(['/params/config/kl_threshold']);
  });

  it('says when PyYAML was only assumed, and how to name the loader', () => {
    const [assumed] = findings(RULE, 'optim:\n  lr: 2e-4\n');
    expect(assumed.explanation).toContain('assumed PyYAML');
    expect(assumed.explanation).toContain('`loader` setting');
    // HF Trainer files are read by HfArgumentParser's PyYAML: nothing is assumed there.
    const [hf] = findings(RULE, 'per_device_train_batch_size: 4\nlr_scheduler_type: cosine\nlearning_rate: 2e-5\n');
    expect(hf.explanation).not.toContain('assumed PyYAML');
  });

  it('does not flag command-line flags written as keys, whose values become text on a command line', () => {
    expect(findings(RULE, 'MODEL_ARGS:\n  --lr: 1e-4\n  --moe-aux-loss-coeff: 1e-2\n  lr: 1e-4\n').map((d) => d.path)).toEqual(['/MODEL_ARGS/lr']);
  });

  it('does not flag the bounds of a search-space range, which NePS and ConfigSpace pass through float()', () => {
    const space = 'learning_rate:\n  lower: 1e-5\n  upper: 1e-1\n  log: True\n  default: 3e-4\nweight_decay:\n  choices: [1e-4, 1e-3]\nepsilon: 1e-8\n';
    // The range's bounds and default are converted; list items and other values are not.
    expect(positions(findings(RULE, space))).toEqual(['7:13', '7:19', '8:10']);
    // `lower` alone is not a range.
    expect(positions(findings(RULE, 'clip:\n  lower: 1e-5\n'))).toEqual(['2:10']);
  });

  it("does not flag EasyEdit's top-level hyperparameters, which its HyperParams passes through float(), but flags a nested one", () => {
    const lora = 'alg_name: "LoRA"\nmodel_name: "meta-llama/Llama-3.2-3B-Instruct"\ndevice: 0\nlora_type: "lora"\nnum_steps: 25\nlr: 5e-4\nweight_decay: 0\nkl_factor: 0\nnorm_constraint: false\n';
    expect(findings(RULE, lora)).toEqual([]);
    expect(positions(findings(RULE, lora + 'extra:\n  lr: 5e-4\n'))).toEqual(['11:7']);
  });

  it('does not flag axolotl top-level fields, which pydantic coerces to floats', () => {
    expect(findings(RULE, 'base_model: x\nmicro_batch_size: 1\nsequence_len: 1\nlearning_rate: 5e-6\n')).toEqual([]);
    expect(positions(findings(RULE, 'base_model: x\nmicro_batch_size: 1\nsequence_len: 1\nextra:\n  lr: 1e-4\n'))).toEqual(['5:7']);
  });

  it('does not flag quoted or tagged values, durations, dotted floats, JSON or TOML', () => {
    expect(findings(RULE, 'a: "1e-4"\nb: !!float 1e-8\nc: 1.0e-5\nmax_duration: 2e12T\nd: .1\ne: 1.e-8\n')).toEqual([]);
    expect(findings(RULE, '{"lr": 1e-4}', 'json')).toEqual([]);
    expect(findings(RULE, 'lr = 1e-4\n', 'toml')).toEqual([]);
  });
});
