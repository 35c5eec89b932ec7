import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';
import { lint } from '../../src/index.js';

const RULE = 'lr-too-high-for-optimizer';

describe(RULE, () => {
  it('flags NeMo adam at lr .1 (CORPUS-NOTES W5)', () => {
    const d = findings(RULE, 'name: citrinet\nmodel:\n  train_ds:\n    batch_size: 32\n  optim:\n    name: adam\n    lr: .1\n    weight_decay: 0.0001\n    sched:\n      name: CosineAnnealing\nexp_manager:\n  exp_dir: null\n');
    expect(positions(d)).toEqual(['7:9']);
    expect(d[0]!.message).toBe('Learning rate 0.1 is far above the usual range for `adam`.');
  });

  it('pairs the optimizer with the rate written beside its name, not another model\'s (a BPR baseline beside a two-tower model)', () => {
    const two = 'bpr:\n  embedding_dim: 64\n  learning_rate: 0.05\n  epochs: 20\ntwo_tower:\n  training:\n    optimizer: AdamW\n    learning_rate: LR\n    batch_size: 256\n';
    expect(findings(RULE, two.replace('LR', '0.001'))).toEqual([]);
    expect(positions(findings(RULE, two.replace('LR', '0.05')))).toEqual(['8:20']);
  });

  it('flags the HF default optimizer and SGD beyond linear scaling (TOML)', () => {
    expect(findings(RULE, 'per_device_train_batch_size: 8\nlr_scheduler_type: cosine\nlearning_rate: 0.3\n')[0]!.explanation).toContain("framework's default optimizer");
    expect(findings(RULE, '[optimizer]\nname = "SGD"\nlr = 2.0\n[training]\nbatch_size = 256\nsteps = 1000\n', 'toml')).toHaveLength(1);
    // `batchsize` (HugeCTR's solver, Caffe-style files) is the batch that scales SGD's rate: 8 at 16,384 is 0.125 per 256.
    const hugectr = '{"solver": {"lr_policy": "fixed", "max_iter": 256054, "batchsize": 16384}, "optimizer": {"type": "SGD", "sgd_hparam": {"learning_rate": 8.0, "warmup_steps": 1000}}}';
    expect(findings(RULE, hugectr, 'json')).toEqual([]);
    expect(findings(RULE, hugectr.replace('16384', '512'), 'json')).toHaveLength(1);
  });

  it('counts a batch that may be one process\'s once per process: the file\'s own count, the `worldSize` setting, or the explanation says how many', () => {
    // vits-robustness (timm's train.py args): SGD at 3.2 beside each process's `batch_size: 64`.
    const timm = 'opt: sgd\nlr: 3.2\nmomentum: 0.9\nsched: step\ndecay_epochs: 30\nepochs: 100\nbatch_size: 64\n';
    const d = findings(RULE, timm);
    expect(positions(d)).toEqual(['2:5']);
    expect(d[0]!.explanation).toContain('If `batch_size` (64) is one process\'s batch, as in data-parallel programs that give each process its own, 13 or more processes make the global batch large enough for this rate; set the `worldSize` setting');
    expect(findings(RULE, timm, 'yaml', { worldSize: 16 })).toEqual([]);
    expect(findings(RULE, timm, 'yaml', { worldSize: 8 })[0]!.explanation).not.toContain('one process');
    expect(findings(RULE, `${timm}world_size: 16\n`)).toEqual([]);
    // A per-device batch and its accumulation, times the processes the file names.
    const hf = 'optim: sgd\nlearning_rate: 1.5\nper_device_train_batch_size: 32\ngradient_accumulation_steps: 2\nlr_scheduler_type: cosine\n';
    expect(findings(RULE, hf)[0]!.explanation).toContain('If `per_device_train_batch_size` × `gradient_accumulation_steps` (64) is one process\'s batch, as in data-parallel programs that give each process its own, 7 or more');
    expect(findings(RULE, `${hf}num_gpus: 8\n`)).toEqual([]);
    // A batch that is no batch (0, a fraction) gets no count of processes.
    expect(findings(RULE, timm.replace('batch_size: 64', 'batch_size: 0'))[0]!.explanation).not.toContain('processes make');
    expect(findings(RULE, timm.replace('batch_size: 64', 'batch_size: 0.5'))[0]!.explanation).not.toContain('processes make');
    // A global batch leaves nothing to multiply.
    expect(findings(RULE, '[optimizer]\nname = "SGD"\nlr = 2.0\n[training]\nglobal_batch_size = 256\n', 'toml', { worldSize: 8 })[0]!.explanation).not.toContain('one process');
  });

  it('does not compare SGD with clipped gradients to linear scaling (OpenNMT-tf: SGD at 1.0, clip 5, as Luong et al.)', () => {
    const nmt = 'params:\n  optimizer: SGD\n  learning_rate: 1.0\nCLIP  decay_type: "exponential_decay"\n  decay_rate: 0.7\ntrain:\n  batch_size: 64\n';
    expect(findings(RULE, nmt.replace('CLIP', '  clip_gradients: 5.0\n'))).toEqual([]);
    expect(positions(findings(RULE, nmt.replace('CLIP', '')))).toEqual(['3:18']);
  });

  it('stays quiet on the false-positive traps (Noam, Adadelta, L-BFGS, Muon, linear scaling, TabNet, unknown optimizers)', () => {
    // NeMo conformer: NoamAnnealing treats lr as a multiplier.
    expect(findings(RULE, 'model:\n  optim:\n    name: adamw\n    lr: 5.0\n    sched:\n      name: NoamAnnealing\n      d_model: 256\nexp_manager:\n  exp_dir: null\n')).toEqual([]);
    expect(findings(RULE, 'lr: 1.0\nopt_class: !name:torch.optim.Adadelta\n  lr: !ref <lr>\n')).toEqual([]);
    expect(findings(RULE, 'input_features: [{name: x, type: number}]\noutput_features: [{name: y, type: binary}]\ntrainer:\n  batch_size: 32769\n  learning_rate: 1\n  optimizer:\n    type: lbfgs\n')).toEqual([]);
    expect(findings(RULE, 'base_model: m\nmicro_batch_size: 2\nsequence_len: 512\noptimizer: muon\nlearning_rate: 0.02\nlr_scheduler: cosine\n')).toEqual([]);
    expect(findings(RULE, '_BASE_: "../Base-RCNN-FPN.yaml"\nMODEL:\n  META_ARCHITECTURE: GeneralizedRCNN\nSOLVER:\n  IMS_PER_BATCH: 64\n  BASE_LR: 0.08\n')).toEqual([]);
    expect(findings(RULE, 'input_features: [{name: x, type: number}]\noutput_features: [{name: y, type: binary}]\ncombiner:\n  type: tabnet\n  bn_momentum: 0.4\ntrainer:\n  batch_size: 16384\n  learning_rate: 0.02\n')).toEqual([]);
    expect(findings(RULE, 'lr: 0.5\noptimizer: my_custom_thing\n')).toEqual([]);
  });

  it('leaves soft-prompt training alone, whose usual rate is 0.3 (ATTEMPT, PEFT prompt learning), but not a full fine-tune beside it', () => {
    const attempt = '{\n  "model_name_or_path": "t5-base",\n  "prefix_tuning": true,\n  "prefix_dim": 100,\n  "learning_rate": 3e-1,\n  "output_dir": "out",\n  "num_train_epochs": 20\n}\n';
    expect(findings(RULE, attempt, 'json')).toEqual([]);
    expect(findings(RULE, attempt.replace('"prefix_tuning": true', '"attn_prefix_tuning": true'), 'json')).toEqual([]);
    expect(findings(RULE, 'model_name_or_path: t5-base\npeft_type: PROMPT_TUNING\nlearning_rate: 0.3\noutput_dir: out\n')).toEqual([]);
    expect(findings(RULE, 'model_name_or_path: t5-base\nnum_virtual_tokens: 20\nlearning_rate: 0.3\noutput_dir: out\n')).toEqual([]);
    // Switched off, or not named at all, it is a full fine-tune at 0.3.
    expect(positions(findings(RULE, attempt.replace('"prefix_tuning": true', '"prefix_tuning": false'), 'json'))).toEqual(['5:20']);
    expect(positions(findings(RULE, attempt.replace('  "prefix_tuning": true,\n', ''), 'json'))).toEqual(['4:20']);
  });

  it('leaves a Ludwig trainer learning rate above 1, which Ludwig refuses, to lr-max-one', () => {
    const text = 'input_features: [{name: x, type: number}]\noutput_features: [{name: y, type: binary}]\ntrainer:\n  learning_rate: 3\n';
    expect(findings(RULE, text)).toEqual([]);
    expect(findings('lr-max-one', text).map((d) => d.message)).toEqual(["Ludwig's trainer learning rate 3 is above 1."]);
    expect(findings(RULE, text.replace('learning_rate: 3', 'learning_rate: 0.5'))).toHaveLength(1);
  });

  it("reads NJUNMT-pytorch's `schedule_method: noam` as a multiplier (batch 243: Adam's 0.2 scales d_model^-0.5 · warmup)", () => {
    const njunmt = 'optimizer_configs:\n  optimizer: "adam"\n  learning_rate: 0.2\n  grad_clip: -1.0\n  schedule_method: METHOD\n  scheduler_configs:\n    d_model: 512\n    warmup_steps: 8000\ntraining_configs:\n  max_epochs: 50\n  batch_size: 2500\n';
    expect(findings(RULE, njunmt.replace('METHOD', 'noam'))).toEqual([]);
    expect(positions(findings(RULE, njunmt.replace('METHOD', 'loss')))).toEqual(['3:18']);
  });

  it('reads OpenNMT-py\'s `decay_method: noam` as a multiplier, and its `optim` as OpenNMT\'s, not HF Trainer\'s', () => {
    const onmt = 'src_vocab: v.src\ntgt_vocab: v.tgt\nsave_model: m\ngpu_ranks: [0, 1]\naccum_count: [3]\noptim: fusedadam\nlearning_rate: 2\nwarmup_steps: 6000\ndecay_method: noam\n';
    const all = lint(onmt, { format: 'yaml', filePath: 'wmt.yaml', settings: { extends: ['strict'] } }).diagnostics;
    expect(all.filter((d) => d.ruleId === RULE || d.ruleId === 'enum-optimizer-name')).toEqual([]);
  });

  it('reads Adam at 1.0 beside a warmup step count in a program of its own as a Noam factor, but not in HF Trainer', () => {
    // OpenTransformer's ASR trainer: `lr` scales d_model^-0.5 · min(step^-0.5, step · warmup^-1.5).
    const own = 'train:\n  scheduler: stepwise\n  optimizer: adam\n  warmup_steps: 25000\n  lr: 1.0\n  epochs: 5\n';
    expect(findings(RULE, own)).toEqual([]);
    // Without a warmup, or read by HF Trainer, 1.0 is the rate itself.
    expect(findings(RULE, own.replace('  warmup_steps: 25000\n', ''))).toHaveLength(1);
    // Chemformer's `warm_up_steps` (its `schedule: transformer` is the Noam formula).
    expect(findings(RULE, 'optimizer: adam\nlearning_rate: 1.0\nschedule: transformer\nwarm_up_steps: 8000\nd_model: 512\n')).toEqual([]);
    expect(findings(RULE, 'per_device_train_batch_size: 8\noptim: adamw_torch\nlearning_rate: 1.0\nwarmup_steps: 500\nnum_train_epochs: 3\n')).toHaveLength(1);
  });
});
