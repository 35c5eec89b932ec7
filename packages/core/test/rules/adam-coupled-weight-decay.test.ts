import { describe, expect, it } from 'vitest';
import { analysisOf } from '../document-helpers.js';
import { findings, positions } from '../helpers.js';

const RULE = 'adam-coupled-weight-decay';

describe(RULE, () => {
  it('flags NeMo `adam` with weight decay (CORPUS-NOTES W5), on the weight decay', () => {
    const text = 'model:\n  optim:\n    name: adam\n    lr: .1\n    betas: [0.9, 0.999]\n    weight_decay: 0.0001\n    sched:\n      name: CosineAnnealing\ntrainer:\n  max_epochs: 5\nexp_manager:\n  exp_dir: null\n';
    const d = findings(RULE, text);
    expect(positions(d)).toEqual(['6:19']);
    expect(d[0].message).toBe('adam applies weight decay 0.0001 as an L2 penalty, not decoupled weight decay.');
    expect(d[0].path).toBe('/model/optim/weight_decay');
    expect(d[0].explanation).toMatch(/Loshchilov & Hutter/);
    expect(d[0].suggestions?.[0].edits[0].text).toBe('adamw');
    expect(d[0].fix).toBeUndefined();
  });

  it('flags a SpeechBrain torch.optim.Adam whose weight decay is a !ref (CORPUS-NOTES W7)', () => {
    const d = findings(RULE, 'lr: 0.0001\nweight_decay: 0.00002\nopt_class: !name:torch.optim.Adam\n  lr: !ref <lr>\n  weight_decay: !ref <weight_decay>\n');
    expect(positions(d)).toEqual(['5:22']); // the referenced name after the `!ref` tag
    expect(d[0].message).toBe('torch.optim.Adam applies weight decay 2e-5 as an L2 penalty, not decoupled weight decay.');
  });

  it('leaves a decay outside a block built from its own keys, which the block never names (skinahan\'s REEGNet)', () => {
    const speechbrain = 'lr: 0.0001\noptimizer: !name:torch.optim.Adam\n  lr: !ref <lr>\nweight_decay: 0.0001\nnumber_of_epochs: 200\n';
    expect(findings(RULE, speechbrain)).toEqual([]);
    expect(findings(RULE, 'lr: 0.001\nweight_decay: 0.01\noptimizer:\n  _target_: torch.optim.Adam\n  lr: ${lr}\n')).toEqual([]);
    // Referred to from the block (the test above), or beside a block the program builds itself, the decay reaches Adam.
    expect(positions(findings(RULE, speechbrain.replace('  lr: !ref <lr>\n', '  lr: !ref <lr>\n  weight_decay: !ref <weight_decay>\n')))).toEqual(['4:22']);
    expect(positions(findings(RULE, 'lr: 0.001\nweight_decay: 0.01\noptimizer:\n  name: adam\n  betas: [0.9, 0.999]\n'))).toEqual(['2:15']);
  });

  it('flags DeepSpeed Adam with adam_w_mode false in JSON, and torch Adam in TOML', () => {
    const ds = findings(RULE, '{"zero_optimization": {"stage": 2}, "optimizer": {"type": "Adam", "params": {"lr": 0.001, "weight_decay": 3e-7, "adam_w_mode": false}}}', 'json');
    expect(positions(ds)).toEqual(['1:107']);
    expect(ds[0].message).toBe('Adam applies weight decay 3e-7 as an L2 penalty, not decoupled weight decay.');
    expect(ds[0].suggestions?.[0].edits[0].text).toBe('"AdamW"');
    expect(positions(findings(RULE, '[optimizer]\nname = "Adam"\nlr = 3e-4\nweight_decay = 0.1\n', 'toml'))).toEqual(['4:16']);
  });

  it("leaves a decay too small to change any gradient (GMN's `weight_decay: 1e-10`, EGNN's 1e-12)", () => {
    expect(findings(RULE, 'optimizer:\n  name: Adam\n  lr: 0.0005\n  weight_decay: 1e-10\n', 'yaml', { loader: 'yaml-1.2' })).toEqual([]);
    expect(findings(RULE, '{"optimizer": {"type": "Adam", "lr": 0.0005, "weight_decay": 1e-12}}', 'json')).toEqual([]);
    expect(positions(findings(RULE, '{"optimizer": {"type": "Adam", "lr": 0.0005, "weight_decay": 1e-6}}', 'json'))).toEqual(['1:62']);
  });

  it('flags Ludwig\'s default optimizer (Adam) with weight decay in trainer.optimizer', () => {
    const d = findings(RULE, 'input_features: []\noutput_features: []\ntrainer:\n  learning_rate: 0.001\n  optimizer:\n    weight_decay: 0.01\n');
    expect(positions(d)).toEqual(['6:19']);
    expect(d[0].explanation).toContain("framework's default");
    expect(d[0].suggestions).toBeUndefined(); // nothing written to replace
  });

  it('does not flag DeepSpeed Adam, which defaults to AdamW mode (RULES-CATALOG F1)', () => {
    expect(findings(RULE, '{"zero_optimization": {"stage": 2}, "optimizer": {"type": "Adam", "params": {"lr": 0.001, "betas": [0.8, 0.999], "eps": 1e-8, "weight_decay": 3e-7}}}', 'json')).toEqual([]);
  });

  it('does not flag fairseq `--optimizer adam` written as a configargparse file (HAT), which decays like AdamW', () => {
    const hat = 'arch: transformersuper_iwslt_de_en\nmax-tokens: 4096\noptimizer: adam\nadam-betas: (0.9, 0.98)\nweight-decay: 0.0001\nmax-update: 50000\nwarmup-updates: 4000\nlr-scheduler: inverse_sqrt\nwarmup-init-lr: 1e-7\nlr: 0.0005\n';
    expect(findings(RULE, hat)).toEqual([]);
    // The same optimizer keys without fairseq's command-line options are torch's Adam.
    expect(positions(findings(RULE, 'optimizer: adam\nweight-decay: 0.0001\nlr: 0.0005\nepochs: 10\n'))).toEqual(['2:15']);
  });

  it('does not flag NeMo fused_adam, which is AdamW mode (CORPUS-NOTES §8)', () => {
    expect(findings(RULE, 'model:\n  optim:\n    name: fused_adam\n    lr: 1e-4\n    weight_decay: 0.01\ntrainer:\n  max_steps: 10\nexp_manager:\n  exp_dir: null\n')).toEqual([]);
  });

  it("leaves an RAdam named for timm's create_optimizer, whose decay depends on the timm installed (HVTSurv's lookahead_radam)", () => {
    // Before timm 1.0 (and in the copies of its factory that projects vendor) `radam` is timm's own RAdam, which decays
    // the weights directly; since, it is torch's, an L2 term. The file cannot say which.
    const hvtsurv = 'Optimizer:\n    opt: lookahead_radam\n    lr: 0.0002\n    opt_eps: null\n    opt_betas: null\n    momentum: null\n    weight_decay: 0.00001\n';
    expect(findings(RULE, hvtsurv)).toEqual([]);
    expect(findings(RULE, hvtsurv.replace('lookahead_radam', 'radam'))).toEqual([]);
    // timm's `adam` is torch's Adam in every version: still reported.
    expect(positions(findings(RULE, hvtsurv.replace('lookahead_radam', 'lookahead_adam')))).toEqual(['7:19']);
  });

  it('does not flag NeMo RAdam, which is NeMo\'s own decoupled RAdam (rad-tts_feature_pred_ipa.yaml), but flags torch.optim.RAdam', () => {
    const nemo = 'name: RadTTS\nmodel:\n  optim:\n    name: RAdam\n    lr: 0.001\n    betas: [0.9, 0.98]\n    weight_decay: 0.000001\n    sched:\n      name: exp_decay\ntrainer:\n  devices: 8\n  max_epochs: 1000\nexp_manager:\n  exp_dir: null\n';
    expect(findings(RULE, nemo)).toEqual([]);
    // torch.optim.RAdam's weight_decay is an L2 penalty unless decoupled_weight_decay is set.
    const torch = findings(RULE, 'optimizer:\n  _target_: torch.optim.RAdam\n  lr: 0.001\n  weight_decay: 0.01\n');
    expect(torch.map((d) => d.message)).toEqual(['torch.optim.RAdam applies weight decay 0.01 as an L2 penalty, not decoupled weight decay.']);
    // A RAdam from the project's own module or a library (das-mil's Lookahead over `dasmil.optim.radam.RAdam`) is
    // LiyuanLucasLiu's, which decays the weights directly.
    expect(findings(RULE, 'optimizer:\n  _target_: dasmil.optim.lookahead.Lookahead\n  base_optimizer:\n    _target_: dasmil.optim.radam.RAdam\n    _partial_: true\n    lr: 2e-4\n    weight_decay: 1e-5\n')).toEqual([]);
    expect(findings(RULE, 'optimizer:\n  _target_: torch_optimizer.RAdam\n  lr: 0.001\n  weight_decay: 0.01\n')).toEqual([]);
  });

  it('does not flag SpeechBrain key `Adam` whose class is AdamW (CORPUS-NOTES §8)', () => {
    expect(findings(RULE, 'lr_adam: 0.0008\nAdam: !name:torch.optim.AdamW\n  lr: !ref <lr_adam>\n  eps: 0.000000001\n  weight_decay: 0.001\n')).toEqual([]);
  });

  it('does not flag decoupled_weight_decay, Keras optimizers, AdamW or a zero weight decay', () => {
    expect(findings(RULE, 'optimizer:\n  _target_: torch.optim.Adam\n  lr: 0.001\n  weight_decay: 0.01\n  decoupled_weight_decay: true\n')).toEqual([]);
    expect(findings(RULE, '{"compile_config": {"optimizer": {"class_name": "Adam", "config": {"learning_rate": 0.001, "weight_decay": 0.004}}}}', 'json')).toEqual([]);
    expect(findings(RULE, 'optimizer:\n  _target_: torch.optim.AdamW\n  lr: 0.001\n  weight_decay: 0.01\n')).toEqual([]);
    expect(findings(RULE, 'optimizer:\n  _target_: torch.optim.Adam\n  _partial_: true\n  lr: 0.001\n  weight_decay: 0.0\n')).toEqual([]);
    // AdamP (clovaai, timm) decays the weights directly, as AdamW does (WaveBYOL's pretext configs); Adamax does not.
    expect(findings(RULE, '{"optimizer_name": "AdamP", "learning_rate": 0.0005, "betas": [0.9, 0.999], "weight_decay": 1.5e-6}', 'json')).toEqual([]);
    expect(findings(RULE, '{"optimizer_name": "Adamax", "learning_rate": 0.0005, "weight_decay": 1.5e-6}', 'json')).toHaveLength(1);
  });

  it('does not flag HRNet pose configs, whose `get_optimizer` builds Adam from the rate alone, but still reads their SGD', () => {
    const hrnet = (optimizer: string): string => `GPUS: (0,1)\nMODEL:\n  NAME: pose_higher_hrnet\n  NUM_JOINTS: 17\nLOSS:\n  USE_TARGET_WEIGHT: true\nTRAIN:\n  BEGIN_EPOCH: 0\n  END_EPOCH: 300\n  OPTIMIZER: ${optimizer}\n  LR: 0.001\n  LR_FACTOR: 0.1\n  LR_STEP: [200, 260]\n  WD: 0.0001\n  GAMMA1: 0.99\n  GAMMA2: 0.0\n  MOMENTUM: 0.9\n  NESTEROV: false\nTEST:\n  FLIP_TEST: true\n`;
    expect(analysisOf(hrnet('adam')).frameworks.map((f) => f.id)).toContain('hrnet-pose');
    expect(findings(RULE, hrnet('adam'))).toEqual([]);
    expect(analysisOf(hrnet('sgd')).runs[0]?.optimizer.weightDecay?.value).toBe(0.0001);
    // The same file without HRNet's names: a yacs config whose Adam gets the decay.
    const plain = 'TRAIN:\n  OPTIMIZER: adam\n  LR: 0.001\n  WD: 0.0001\n';
    expect(positions(findings(RULE, plain))).toEqual(['4:7']);
  });

  it('pairs an optimizer chosen in a Hydra defaults list only with a decay in its own group (planTF)', () => {
    // `- optimizer: adam` builds nuPlan's Adam from its group's file; the top-level `weight_decay` goes to planTF's own AdamW.
    const primary = 'defaults:\n  - default_experiment\n  - optimizer: adam\n  - lr_scheduler: null\nepochs: 25\nwarmup_epochs: 3\nlr: 1e-3\nweight_decay: 0.0001\n';
    expect(findings(RULE, primary)).toEqual([]);
    expect(positions(findings(RULE, primary + 'optimizer:\n  weight_decay: 0.01\n'))).toEqual(['10:17']);
  });

  it('stays quiet when the weight decay is a placeholder', () => {
    expect(findings(RULE, 'optimizer:\n  _target_: torch.optim.Adam\n  lr: 0.001\n  weight_decay: ${oc.env:WD}\n')).toEqual([]);
    expect(findings(RULE, '{"optimizer": {"type": "Adam", "params": {"weight_decay": "auto", "adam_w_mode": false}}}', 'json')).toEqual([]);
  });

  it('reads an optimizer\'s own file that names it with `name`, `type` or `method` beside a rate (a Hydra `optim/adam.yaml`)', () => {
    expect(positions(findings(RULE, 'name: "adam"\nlr: 1.e-2\nmomentum: 0.9\nweight_decay: 1.e-5\n'))).toEqual(['4:15']);
    expect(positions(findings(RULE, 'type: Adam\nlearning_rate: 0.001\nweight_decay: 0.0001\n'))).toEqual(['3:15']);
    // A run's or a model's own name is not an optimizer's, even beside a rate.
    expect(findings(RULE, 'name: adam_baseline\nlr: 0.001\nweight_decay: 0.0001\n')).toEqual([]);
  });

  it('reads one that names it with Hydra\'s `_target_` or keeps its arguments in a block (medical-segmentation\'s `type` + `params`)', () => {
    expect(positions(findings(RULE, '_target_: torch.optim.Adam\n_partial_: true\nlr: 0.001\nweight_decay: 1.0e-5\n'))).toEqual(['4:15']);
    expect(positions(findings(RULE, 'type: torch.optim.Adam\nparams:\n  lr: 3.0e-4\n  weight_decay: 1.0e-5\n'))).toEqual(['4:17']);
    expect(positions(findings(RULE, 'class_path: torch.optim.Adam\ninit_args:\n  lr: 3.0e-4\n  weight_decay: 1.0e-5\n'))).toEqual(['4:17']);
    // Without a rate beside it or in its arguments, a class name alone says nothing of the run's optimizer.
    expect(findings(RULE, '_target_: torch.optim.Adam\nparams:\n  weight_decay: 1.0e-5\n')).toEqual([]);
  });
});
