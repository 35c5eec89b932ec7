import { describe, expect, it } from 'vitest';
import { analysisOf } from '../document-helpers.js';
import { findings, positions } from '../helpers.js';
import { lint } from '../../src/index.js';

const RULE = 'lr-without-schedule';

describe(RULE, () => {
  it('flags a high learning rate with no optimizer and no schedule (CORPUS-NOTES W9), on the value', () => {
    const d = findings(RULE, 'db: mnist\nlearning_rate: 0.1\nbatch_size: 32\n');
    expect(positions(d)).toEqual(['2:16']);
    expect(d[0].message).toBe('Learning rate 0.1 is high for an unspecified optimizer and nothing decays it.');
    expect(d[0].path).toBe('/learning_rate');
    expect(d[0].explanation).toContain('no learning-rate schedule is configured');
  });

  it('leaves an unnamed optimizer at rates SGD is run at alone (UniMatch 0.01 with poly decay in code, BYOL SGD 0.03), unless the option lowers the threshold', () => {
    expect(findings(RULE, 'dataset: acdc\nepochs: 300\nbatch_size: 12\nlr: 0.01\n')).toEqual([]);
    expect(findings(RULE, 'trainer:\n  batch_size: 64\n  max_epochs: 40\noptimizer:\n  params:\n    lr: 0.03\n    momentum: 0.9\n')).toEqual([]);
    const d = lint('dataset: acdc\nepochs: 300\nbatch_size: 12\nlr: 0.01\n', { format: 'yaml', filePath: 'c.yaml', settings: { rules: { [RULE]: ['warn', { unknownThreshold: 0.01 }] } } }).diagnostics;
    expect(d.filter((x) => x.ruleId === RULE).map((x) => `${x.line}:${x.column}`)).toEqual(['4:5']);
  });

  it('leaves an unnamed optimizer with Adadelta\'s `rho` beside the rate alone (Adadelta runs at 1.0), but not a named one', () => {
    expect(findings(RULE, 'optim: False\nlr: 1.\nrho: 0.95\neps: 0.00000001\nnum_iter: 300000\n')).toEqual([]);
    expect(positions(findings(RULE, 'optim: adam\nlr: 0.01\nrho: 0.95\nnum_iter: 300000\n'))).not.toEqual([]);
  });

  it('flags a learning rate of 0.3 in JSON with no scheduler and no optimizer named (CORPUS-NOTES W11)', () => {
    const d = findings(RULE, '{"lr": 3e-1, "lr_scheduler": null}', 'json');
    expect(positions(d)).toEqual(['1:8']);
    expect(d[0].message).toBe('Learning rate 0.3 is high for an unspecified optimizer and nothing decays it.');
  });

  it('takes the rate named for the optimizer chosen beside it (NCFM `eval_optimizer: adamw`, `adamw_lr: 0.001`), not the plain one', () => {
    const ncfm = 'train:\n  epochs: 60\n  batch_size: 256\n  lr: 0.01\n  adamw_lr: 0.001\n  eval_optimizer: adamw\n  weight_decay: 0.01\n';
    expect(findings(RULE, ncfm)).toEqual([]);
    // A rate named for another optimizer says nothing of AdamW's.
    expect(positions(findings(RULE, ncfm.replace('adamw_lr', 'sgd_lr')))).toEqual(['4:7']);
    expect(positions(findings(RULE, ncfm.replace('adamw_lr: 0.001', 'adamw_lr: 0.02')))).toEqual(['5:13']);
  });

  it('leaves a rate far above its optimizer\'s range to lr-too-high-for-optimizer (one finding per key)', () => {
    const text = '{"optimizer_type": "AdamW", "lr": 3e-1, "lr_scheduler": null}';
    expect(findings(RULE, text, 'json')).toEqual([]);
    const all = lint(text, { format: 'json', filePath: 'c.json', settings: { extends: ['strict'] } }).diagnostics;
    expect(all.map((x) => `${x.ruleId} ${x.line}:${x.column}`)).toEqual(['lr-too-high-for-optimizer 1:35']);
  });

  it('flags Ludwig Adam with no scheduler, since Ludwig keeps the rate constant (RULES-CATALOG R7)', () => {
    const d = findings(RULE, 'input_features: []\noutput_features: []\ntrainer:\n  batch_size: 35\n  learning_rate: 0.0258479746528337\n');
    expect(positions(d)).toEqual(['5:18']);
    expect(d[0].message).toBe('Learning rate 0.025848 is high for adam and nothing decays it.');
    expect(d[0].explanation).toContain('the framework keeps it constant when no schedule is set');
  });

  it('flags DeepSpeed WarmupLR (warmup, then constant) and an explicit constant schedule in TOML', () => {
    const ds = findings(RULE, '{"train_micro_batch_size_per_gpu": 8, "optimizer": {"type": "Adam", "params": {"lr": 0.01}}, "scheduler": {"type": "WarmupLR", "params": {"warmup_num_steps": 10}}}', 'json');
    expect(ds.map((d) => d.message)).toEqual(['Learning rate 0.01 is high for Adam and the schedule keeps it constant.']);
    const sgd = findings(RULE, '[optimizer]\nname = "SGD"\nlr = 0.5\n[lr_scheduler]\nname = "constant"\n', 'toml');
    expect(positions(sgd)).toEqual(['3:6']);
    expect(sgd[0].explanation).toContain('0.1 per 256 examples');
  });

  it('scales the SGD threshold with the global batch (linear scaling, Goyal et al.)', () => {
    const sgd = (batch: number): string => `[optimizer]\nname = "SGD"\nlr = 0.3\n[lr_scheduler]\nname = "constant"\n[training]\nglobal_batch_size = ${batch}\n`;
    expect(findings(RULE, sgd(256), 'toml').map((d) => d.message)).toEqual(['Learning rate 0.3 is high for SGD and the schedule keeps it constant.']);
    expect(findings(RULE, sgd(1024), 'toml')).toEqual([]); // 0.1 × 1024/256 = 0.4
  });

  it('takes thresholds from options', () => {
    const text = 'optimizer: adamw_torch\nlr_scheduler_type: constant\nlearning_rate: 0.002\nper_device_train_batch_size: 4\n';
    expect(findings(RULE, text)).toEqual([]);
    expect(positions(findings(RULE, text, 'yaml', { options: { adaptiveThreshold: 0.001 } }))).toEqual(['3:16']);
  });

  it('does not flag schedules that decay, cycle or drop on plateau', () => {
    expect(findings(RULE, 'optimizer: adamw_torch\nlr_scheduler_type: cosine\nlearning_rate: 0.01\nper_device_train_batch_size: 4\n')).toEqual([]);
    expect(findings(RULE, 'optimizer:\n  _target_: torch.optim.SGD\n  lr: 0.5\nscheduler:\n  _target_: torch.optim.lr_scheduler.OneCycleLR\n  max_lr: 0.5\n')).toEqual([]);
    expect(findings(RULE, 'optimizer:\n  _target_: torch.optim.Adam\n  lr: 0.01\nscheduler:\n  _target_: torch.optim.lr_scheduler.ReduceLROnPlateau\n  factor: 0.1\n')).toEqual([]);
    // HF Trainer's default schedule is linear decay.
    expect(findings(RULE, 'learning_rate: 0.01\nper_device_train_batch_size: 8\nnum_train_epochs: 3\n')).toEqual([]);
  });

  it('does not flag NeMo NoamAnnealing, whose lr is a multiplier (CORPUS-NOTES §8)', () => {
    expect(findings(RULE, 'model:\n  optim:\n    name: adamw\n    lr: 5.0\n    sched:\n      name: NoamAnnealing\n      d_model: 256\n      warmup_steps: 10000\ntrainer:\n  max_epochs: 100\nexp_manager:\n  exp_dir: null\n')).toEqual([]);
  });

  it("does not flag an optimizer named for the Noam schedule, whose lr is its scale (EEND's `optimizer: noam`, `lr: 1.0`)", () => {
    const eend = 'max_epochs: 100\ngradclip: 5\nbatchsize: 64\noptimizer: noam\nlr: 1.0\nnoam_warmup_steps: 25000\n';
    expect(findings(RULE, eend)).toEqual([]);
    expect(positions(findings(RULE, eend.replace('optimizer: noam', 'optimizer: adam').replace('lr: 1.0', 'lr: 0.01')))).toEqual(['5:5']);
  });

  it('does not flag Adadelta at 1.0, L-BFGS at 1, Muon at 0.02 or Prodigy at 1.0 (CORPUS-NOTES §8, RULES-CATALOG F2/F3)', () => {
    expect(findings(RULE, 'lr: 1.0\nnumber_of_epochs: 20\nopt_class: !name:torch.optim.Adadelta\n  lr: !ref <lr>\n  rho: 0.95\n  eps: 1.e-8\n')).toEqual([]);
    expect(findings(RULE, 'input_features: []\noutput_features: []\ntrainer:\n  batch_size: 32769\n  train_steps: 1\n  learning_rate: 1\n  optimizer:\n    type: lbfgs\n    max_iter: 100\n')).toEqual([]);
    expect(findings(RULE, 'base_model: Qwen/Qwen2.5-0.5B\nmicro_batch_size: 4\noptimizer: muon\nlearning_rate: 0.02\nlr_scheduler: constant\n')).toEqual([]);
    expect(findings(RULE, 'optimizer: prodigy\nlearning_rate: 1.0\nlr_scheduler_type: constant\nper_device_train_batch_size: 1\n')).toEqual([]);
    expect(findings(RULE, 'optimizer:\n  type: LAMB\n  lr: 0.01\n')).toEqual([]);
  });

  it('does not flag schedule-free AdamW, which has no schedule by design (CORPUS-NOTES §8)', () => {
    expect(findings(RULE, 'input_features: []\noutput_features: []\ntrainer:\n  # Do NOT add a learning_rate_scheduler\n  learning_rate: 0.0025\n  optimizer:\n    type: schedule_free_adamw\n')).toEqual([]);
  });

  it('does not flag detectron2 linear scaling (CORPUS-NOTES §8: BASE_LR 0.08 for batch 64)', () => {
    expect(findings(RULE, '_BASE_: "../Base-RCNN-FPN.yaml"\nSOLVER:\n  IMS_PER_BATCH: 64  # 4x\n  BASE_LR: 0.08\n  STEPS: (187500, 197500)\n  MAX_ITER: 202500\n')).toEqual([]);
  });

  it('stays quiet on placeholders and on partial configs', () => {
    expect(findings(RULE, '{"optimizer": {"type": "AdamW", "params": {"lr": "auto"}}, "train_micro_batch_size_per_gpu": "auto"}', 'json')).toEqual([]);
    expect(findings(RULE, 'lr: ${model.lr}\n')).toEqual([]);
    expect(findings(RULE, '# @package _global_\ndefaults:\n  - override /model: mnist\nmodel:\n  optimizer:\n    lr: 0.5\n')).toEqual([]);
  });

  it('treats a defaults list that only picks hydra/ plugins as a full config (CORPUS-NOTES W10)', () => {
    const d = findings(RULE, 'defaults:\n  - override hydra/sweeper: nevergrad\nhydra:\n  sweeper:\n    params:\n      lr: {init: 0.02, step: 2.0}\ndb: cifar\nlr: 0.2\ndropout: 0.6\n');
    expect(positions(d)).toEqual(['8:5']);
  });
  it('does not report Ultralytics `cos_lr: false` (linear decay), schedule objects or scheduler lists that decay', () => {
    expect(findings(RULE, 'lr0: 0.01\nlrf: 0.01\ncos_lr: false\nwarmup_epochs: 3.0\nepochs: 100\noptimizer: auto\n')).toEqual([]);
    const garden = 'trainer:\n  train_steps: 625500\n  optimizer_config:\n    learning_rate:\n      type: TYPE\n      TYPE:\n        initial_learning_rate: 0.64\n';
    expect(findings(RULE, garden.replaceAll('TYPE', 'exponential'))).toEqual([]);
    expect(positions(findings(RULE, garden.replaceAll('TYPE', 'constant')))).toEqual(['7:32']);
    expect(findings(RULE, 'optimizer:\n  decoupled_sgdw:\n    lr: 2.048\nschedulers:\n  - warmup:\n      warmup_iters: 8ep\n  - cosine_decay:\n      T_max: 82ep\nmax_duration: 90ep\n')).toEqual([]);
  });

  it('does not report a rate beside a horizon to decay over or a rate to decay to, with no schedule named (GPT-SoVITS)', () => {
    const sovits = 'train:\n  epochs: 20\noptimizer:\n  lr: 0.2\n  lr_init: 0.00001\n  lr_end: 0.0001\n  warmup_steps: 2000\n  decay_steps: 40000\n';
    expect(findings(RULE, sovits)).toEqual([]);
    expect(findings(RULE, 'train:\n  epochs: 20\noptimizer:\n  lr: 0.2\n  min_lr: 0.0001\n')).toEqual([]);
    // Warmup alone says nothing about what follows it.
    expect(positions(findings(RULE, 'train:\n  epochs: 20\noptimizer:\n  lr: 0.2\n  warmup_steps: 2000\n'))).toEqual(['4:7']);
  });

  it('reads `learning_rate_decay` as a decay, like `lr_decay` (DeepPavlov\'s Keras models: time-based decay)', () => {
    expect(findings(RULE, '{"optimizer": "Adam", "learning_rate": 0.01, "learning_rate_decay": 0.1, "epochs": 100}', 'json')).toEqual([]);
    expect(positions(findings(RULE, '{"optimizer": "Adam", "learning_rate": 0.01, "epochs": 100}', 'json'))).toEqual(['1:40']);
  });

  it('reads the decay phase of a warmup-stable-decay schedule, or a final fraction of the rate, as a decay (nanochat TOML)', () => {
    const nanochat = 'num_iterations = 5075\ndevice_batch_size = 8\nembedding_lr = 0.2\nmatrix_lr = 0.02\nwarmup_ratio = 0.0\nEXTRA\n';
    expect(findings(RULE, nanochat.replace('EXTRA', 'warmdown_ratio = 0.2'), 'toml')).toEqual([]);
    expect(findings(RULE, nanochat.replace('EXTRA', 'final_lr_frac = 0.0'), 'toml')).toEqual([]);
    expect(findings(RULE, nanochat.replace('EXTRA', 'cooldown_frac = 0.4'), 'toml')).toEqual([]);
    // A decay phase of length 0 decays nothing.
    expect(positions(findings(RULE, nanochat.replace('EXTRA', 'warmdown_ratio = 0.0'), 'toml'))).toEqual(['3:16']);
  });

  it('reads decay milestones with no schedule named as a step decay (2s-AGCN `step: [45, 55]`, SupContrast `lr_decay_epochs`)', () => {
    const agcn = 'weight_decay: 0.0001\nbase_lr: 0.1\nMILESTONES\nbatch_size: 128\nnum_epoch: 65\nnesterov: True\n';
    expect(findings(RULE, agcn.replace('MILESTONES', 'step: [45, 55]'))).toEqual([]);
    expect(findings(RULE, agcn.replace('MILESTONES', 'steps: [45, 55]'))).toEqual([]);
    expect(findings(RULE, 'learning_rate: 0.5\nlr_decay_epochs: [700, 800, 900]\nepochs: 1000\n')).toEqual([]);
    // As one string the program splits (an argparse flag's text), or with Plato's units (`80ep`, `1000it`).
    expect(findings(RULE, 'learning_rate: 0.5\nlr_decay_epochs: "700,800,900"\nepochs: 1000\n')).toEqual([]);
    expect(findings(RULE, 'trainer:\n  optimizer: SGD\n  learning_rate: 0.1\n  lr_gamma: 0.1\n  lr_milestone_steps: 80ep,120ep\n  epochs: 160\n')).toEqual([]);
    expect(positions(findings(RULE, 'learning_rate: 0.5\nlr_decay_epochs: "900,800"\nepochs: 1000\n'))).toEqual(['1:16']);
    // Not milestones: out of order, or a list that is not numbers.
    expect(positions(findings(RULE, agcn.replace('MILESTONES', 'step: [55, 45]')))).toEqual(['2:10']);
    expect(positions(findings(RULE, agcn.replace('MILESTONES', 'step: [a, b]')))).toEqual(['2:10']);
  });

  it('reads TextBox\'s `learner: schedule` as its warmup-and-decay schedule, and `learner: adam` as the optimizer', () => {
    const textbox = 'embedding_size: 512\nnum_enc_layers: 6\nnum_dec_layers: 6\nattn_weight_dropout_ratio: 0.1\nlearning_rate: 1.0\nlearner: LEARNER\nwarmup_steps: 4000\ndecoding_strategy: beam_search\n';
    expect(findings(RULE, textbox.replace('LEARNER', 'schedule'))).toEqual([]);
    // Adam at 1.0 is far above its range: that rule speaks, this one leaves it to it.
    expect(findings('lr-too-high-for-optimizer', textbox.replace('LEARNER', 'adam')).map((d) => d.message)).toEqual(['Learning rate 1 is far above the usual range for `adam`.']);
  });

  it('reads the factor of a decay named as the rate\'s (PyTorch-VAE `scheduler_gamma: 0.95`) as a decay, and a factor of 1 as none', () => {
    const vae = 'exp_params:\n  optimizer: adam\n  LR: 0.005\n  weight_decay: 0.0\nGAMMA\n  kld_weight: 0.00025\ntrainer_params:\n  max_epochs: 100\n';
    expect(findings(RULE, vae.replace('GAMMA', '  scheduler_gamma: 0.95'))).toEqual([]);
    expect(findings(RULE, vae.replace('GAMMA', '  lr_gamma: 0.1'))).toEqual([]);
    // vq_vae.yaml's `scheduler_gamma: 0.0`: ExponentialLR multiplies the rate by 0 after the first epoch.
    expect(findings(RULE, vae.replace('GAMMA', '  scheduler_gamma: 0.0'))).toEqual([]);
    expect(positions(findings(RULE, vae.replace('GAMMA', '  scheduler_gamma: 1.0')))).toEqual(['3:7']);
    expect(positions(findings(RULE, vae.replace('GAMMA', '  scheduler_gamma: null')))).toEqual(['3:7']);
    // A plain `gamma` may be a discount or a focal loss's.
    expect(positions(findings(RULE, vae.replace('GAMMA', '  gamma: 0.95')))).toEqual(['3:7']);
  });

  it('reads a parameter named after a decay schedule as that schedule (nnDetection `poly_gamma`)', () => {
    const nndet = 'max_num_epochs: 50\ninitial_lr: 0.2\nweight_decay: 3.e-5\nwarm_iterations: 4000\nPOLY\n';
    expect(findings(RULE, nndet.replace('POLY', 'poly_gamma: 0.9'))).toEqual([]);
    expect(positions(findings(RULE, nndet.replace('POLY', 'gamma: 0.9')))).toEqual(['2:13']);
  });

  it('does not report gradient boosting\'s learning rate, a per-tree shrinkage that no schedule decays (LightGBM, qlib CatBoost)', () => {
    expect(findings(RULE, 'learning_rate: 0.2\nnum_leaves: 210\nlambda_l1: 205.7\nobjective: regression\n')).toEqual([]);
    const catboost = 'task:\n  model:\n    class: CatBoostModel\n    kwargs:\n      loss: RMSE\n      learning_rate: 0.0421\n      max_depth: 6\n      grow_policy: Lossguide\n      bootstrap_type: Poisson\n';
    expect(findings(RULE, catboost)).toEqual([]);
    const catboostParams = "model_name: 'ModelCatRegressor'\nparams: {\n  'depth': 6,\n  'learning_rate': 0.1,\n  'iterations': 10,\n  'loss_function': 'RMSE',\n  'allow_writing_files': False,\n  'early_stopping_rounds': 50\n}\n";
    expect(findings(RULE, catboostParams)).toEqual([]); // ayniy's CatBoost runs
    // A count of estimators beside the rate is enough: tabml's CatBoost wrapper sets `learning_rate`, `n_estimators`, `objective`.
    expect(findings(RULE, 'model_wrapper:\n  cls_name: wrappers.CatBoostRegressorModelWrapper\n  model_params:\n    learning_rate: 0.1\n    n_estimators: 200\n    objective: RMSE\n')).toEqual([]);
    // One tree-like name beside the rate is not enough.
    expect(positions(findings(RULE, 'model:\n  learning_rate: 0.1\n  max_depth: 6\n  epochs: 10\n'))).toEqual(['2:18']);
  });

  it('does not report Adagrad, whose steps shrink by construction and whose default rate is 0.01 (pykg2vec), but still Adam', () => {
    expect(findings(RULE, 'model_name: TransE\nlearning_rate: 0.01\noptimizer: adagrad\nepochs: 500\nbatch_size: 128\n')).toEqual([]);
    expect(positions(findings(RULE, 'model_name: TransE\nlearning_rate: 0.01\noptimizer: adam\nepochs: 500\nbatch_size: 128\n'))).toEqual(['2:16']);
  });

  it('does not report TensorFlow TPU ResNet, whose program always warms up and decays in steps', () => {
    const tpu = 'resnet_depth: 50\ntrain_batch_size: 1024\nnum_train_images: 1281167\ntrain_steps: 112590\nbase_learning_rate: 0.1\niterations_per_loop: 1251\nuse_tpu: True\nnum_label_classes: 1000\nmomentum: 0.9\n';
    expect(findings(RULE, tpu)).toEqual([]);
  });

  it('reads a group\'s end rate (3DGS `position_lr_final`) as a schedule, even where the framework default is constant', () => {
    const gs = 'defaults:\n  - _self_\nsystem:\n  geometry:\n    position_lr_init: 0.001\n    position_lr_final: 0.00002\n    position_lr_max_steps: 1000\n    feature_lr: 0.01\n    opacity_lr: 0.05\ntrainer:\n  max_steps: 1000\n';
    expect(findings(RULE, gs)).toEqual([]);
  });

  it('does not report a rate handed to a model class, whose own code picks the optimizer and schedule (torchgeo SimCLRTask)', () => {
    const task = 'trainer:\n  max_epochs: 200\nmodel:\n  class_path: SimCLRTask\n  init_args:\n    model: resnet50\n    lr: 0.12\n';
    expect(findings(RULE, task)).toEqual([]);
    // An optimizer given to LightningCLI without a scheduler stays constant.
    expect(positions(findings(RULE, 'trainer:\n  max_epochs: 200\noptimizer:\n  class_path: torch.optim.SGD\n  init_args:\n    lr: 0.5\n'))).toEqual(['6:9']);
  });

  it('reads a schedule that wraps the optimizer (tiny-cuda-nn ExponentialDecay around Adam, JSON with comments)', () => {
    const tcnn = '{\n  "loss": {"otype": "L2"},\n  "optimizer": {\n    // "otype": "Ema",\n    "otype": "ExponentialDecay", "decay_start": 20000, "decay_interval": 10000, "decay_base": 0.33,\n    "nested": {"otype": "Adam", "learning_rate": 1e-1}\n  },\n  "encoding": {"otype": "HashGrid"},\n  "network": {"otype": "FullyFusedMLP"}\n}\n';
    expect(findings(RULE, tcnn, 'json')).toEqual([]);
    expect(positions(findings(RULE, tcnn.replace('"ExponentialDecay"', '"Ema"'), 'json'))).toEqual(['6:50']);
  });

  it('knows the defaults of federated and GNN frameworks: FedScale decays, Flower clients run SGD, GraphGym runs cosine', () => {
    const fedscale = 'ps_ip: 10.0.0.1\nexp_path: x\naggregator_entry: aggregation/aggregator.py\nexecutor_entry: execution/executor.py\njob_conf:\n  - rounds: 1000\n  - learning_rate: 0.05\n';
    expect(findings(RULE, fedscale)).toEqual([]);
    const flower = '[algorithm]\nnum_server_rounds = 100\nfraction_fit = 0.01\nmin_fit_clients = 1000\nmin_available_clients = 1000\nlocal_epochs = 10\nlearning_rate = 0.03\n';
    expect(findings(RULE, flower, 'toml')).toEqual([]);
    // Federated clients run SGD at a constant rate by design (FedML, pfl-research); Adam on clients is still judged (FL-bench).
    expect(findings(RULE, 'train_args:\n  federated_optimizer: FedOpt\n  client_num_per_round: 10\n  comm_round: 4000\n  epochs: 1\n  batch_size: 20\n  client_optimizer: sgd\n  learning_rate: 0.3\n  lr_schedule: None\n')).toEqual([]);
    expect(findings(RULE, 'central_optimizer: adam\nlearning_rate: 1.0\ncohort_size: 50\ncentral_num_iterations: 1500\nlocal_num_epochs: 1\nlocal_learning_rate: 0.1\n')).toEqual([]);
    expect(positions(findings(RULE, 'common:\n  global_epoch: 100\n  local_epoch: 5\n  batch_size: 32\n  optimizer:\n    name: adam\n    lr: 0.03\n  lr_scheduler:\n    name: null\n'))).toEqual(['7:9']);
    // FederatedScope: `federate: {client_num, sample_client_num, total_round_num}`.
    expect(findings(RULE, 'federate:\n  mode: standalone\n  total_round_num: 20\n  sample_client_num: 13\n  client_num: 200\ntrain:\n  local_update_steps: 2\n  optimizer:\n    lr: 0.5\n')).toEqual([]);
    // FLSim (`users_per_round`, a `server_optimizer`), FLUTE (`server_config` beside `client_config`), Plato
    // (`clients: {total_clients, per_round}`): client SGD at a constant rate; Adam on clients is still judged.
    expect(findings(RULE, '{"trainer": {"server": {"server_optimizer": {"lr": 2.13}}, "client": {"epochs": 1, "optimizer": {"_base_": "base_optimizer_sgd", "lr": 0.1}}}}', 'json')).toEqual([]);
    const flute = 'server_config:\n  max_iteration: 3500\n  optimizer_config:\n    type: sgd\n    lr: 1.0\nclient_config:\n  optimizer_config:\n    type: OPT\n    lr: 0.1\n';
    expect(findings(RULE, flute.replace('OPT', 'sgd'))).toEqual([]);
    expect(positions(findings(RULE, 'clients:\n  total_clients: 3\n  per_round: 2\ntrainer:\n  rounds: 10\n  epochs: 5\n  optimizer: Adam\n  learning_rate: 0.01\n'))).toEqual(['8:18']);
    expect(findings(RULE, 'clients:\n  total_clients: 3\n  per_round: 2\ntrainer:\n  rounds: 10\n  epochs: 5\n  optimizer: SGD\n  learning_rate: 0.1\n')).toEqual([]);
    // A server and a client block that are not siblings say nothing (a serving section beside a training one).
    expect(positions(findings(RULE, 'deploy:\n  server:\n    port: 80\ntrain:\n  client:\n    name: a\n  optimizer: sgd\n  lr: 0.4\n  epochs: 90\n'))).toEqual(['8:7']);
    // MAML's inner loop takes a fixed step on each task (pytorch-maml-rl's `fast-lr`, aw_nas's base optimizer
    // beside its meta optimizer): constant by design; the meta optimizer is the run's.
    expect(findings(RULE, 'fast-batch-size: 20\nnum-steps: 1\nfast-lr: 0.1\nnum-batches: 500\nmeta-batch-size: 20\n')).toEqual([]);
    const awnas = 'trainer_cfg:\n  epochs: 10\n  controller_base_optimizer:\n    lr: 30\n    type: SGD\n  controller_meta_optimizer:\n    lr: LR\n    type: SGD\n';
    expect(findings(RULE, awnas.replace('LR', '0.001'))).toEqual([]);
    expect(positions(findings(RULE, awnas.replace('LR', '0.5')))).toEqual(['7:9']);
    // Beside a meta-update's rate, the block's other rates are the inner loop's whatever their names (MetaWSD's
    // `output_lr` and `learner_lr` beside `meta_lr`); the meta rate itself is still judged.
    const metawsd = 'meta_learner: maml\nnum_updates: 7\noutput_lr: 0.1\nlearner_lr: 0.001\nmeta_lr: META\nnum_meta_epochs: 25\n';
    expect(findings(RULE, metawsd.replace('META', '0.00005'))).toEqual([]);
    expect(positions(findings(RULE, metawsd.replace('META', '0.5')))).toEqual(['5:10']);
    expect(positions(findings(RULE, metawsd.replace('meta_lr: META\n', '')))).toEqual(['3:12']);
    // HowToTrainYourMAML's `init_inner_loop_learning_rate`.
    expect(findings(RULE, 'init_inner_loop_learning_rate: 0.1\nnumber_of_training_steps_per_iter: 5\ntotal_epochs: 100\n')).toEqual([]);
    // FedPFT's `server-lr` trains on the server, not in the clients' rounds.
    expect(findings(RULE, 'num-rounds = 20\nfraction-fit = 1\nmin-fit-clients = 2\nmin-available-clients = 2\nserver-lr = 0.05\n', 'toml')).toEqual([]);
    // mdistiller (yacs): `LR_DECAY_STAGES` are the epochs its loop divides the rate at.
    expect(findings(RULE, 'SOLVER:\n  BATCH_SIZE: 512\n  EPOCHS: 100\n  LR: 0.2\n  LR_DECAY_STAGES: [30, 60, 90]\n  LR_DECAY_RATE: 0.1\n  MOMENTUM: 0.9\n  TYPE: "SGD"\n')).toEqual([]);
    // PyCIL's models build SGD with their own cosine or multi-step decay: its `exps/*.json` name no schedule.
    expect(findings(RULE, '{"memory_size": 2000, "memory_per_class": 20, "fixed_memory": true, "init_cls": 10, "increment": 10, "model_name": "foster", "convnet_type": "resnet32", "init_lr": 0.1, "lr": 0.1, "batch_size": 128}', 'json')).toEqual([]);
    const graphgym = 'out_dir: results\nmetric_best: auc\ndataset:\n  task_type: classification\ngnn:\n  layers_pre_mp: 1\n  layers_mp: 2\noptim:\n  optimizer: adam\n  base_lr: 0.01\n  max_epoch: 100\n';
    expect(findings(RULE, graphgym)).toEqual([]);
  });

  it('lets a trainer the file configures decide the default schedule when Hydra only loads the file', () => {
    const lintAs = (text: string, composedBy?: { framework: 'hydra'; evidence: string; primary?: boolean }) =>
      lint(text, { format: 'yaml', filePath: 'conf/train.yaml', ...(composedBy ? { composedBy } : {}), settings: { extends: [], rules: { [RULE]: 'error' } } }).diagnostics.filter((d) => d.ruleId === RULE);
    const script = { framework: 'hydra', evidence: 'primary config of a script', primary: true } as const;
    // detectron2 warms up and steps down by default, whether or not a Hydra script loads the file.
    const detectron2 = 'MODEL:\n  META_ARCHITECTURE: GeneralizedRCNN\nSOLVER:\n  BASE_LR: 0.2\n  MAX_ITER: 90000\n  IMS_PER_BATCH: 16\n';
    expect(lintAs(detectron2)).toEqual([]);
    expect(lintAs(detectron2, script)).toEqual([]);
    // A plain Hydra app names its schedule or has none.
    expect(lintAs('optimizer: adamw\nlr: 0.01\nepochs: 100\n', script).map((d) => d.ruleId)).toEqual([RULE]);
  });
  it('leaves model-editing hyperparameters alone: a few dozen steps on one edit (MEMIT `v_lr`, EasyEdit GRACE `edit_lr`)', () => {
    const memit = '{\n  "layers": [4, 5, 6, 7, 8],\n  "clamp_norm_factor": 0.75,\n  "fact_token": "subject_last",\n  "v_num_grad_steps": 25,\n  "v_lr": 5e-1,\n  "v_loss_layer": 31,\n  "v_weight_decay": 0.5,\n  "kl_factor": 0.0625,\n  "rewrite_module_tmp": "model.layers.{}.mlp.down_proj",\n  "mom2_dataset": "wikipedia",\n  "mom2_n_samples": 100000\n}\n';
    expect(findings(RULE, memit, 'json')).toEqual([]);
    expect(analysisOf(memit, 'json').frameworks.map((f) => f.id)).toContain('model-editing');
    const grace = 'alg_name: "GRACE"\nmodel_name: "meta-llama/Llama-3.2-3B-Instruct"\ndevice: 0\ninner_params:\n  - model.layers[27].mlp.down_proj.weight\nedit_lr: 1.0\nn_iter: 50\n';
    expect(findings(RULE, grace)).toEqual([]);
    // The same rate in a training config is reported.
    expect(findings(RULE, 'lr: 1.0\nepochs: 50\n').map((d) => d.ruleId)).toEqual([RULE]);
  });

  it('takes 0.01 as the reference rate of Adam in graph learning: a benchmark graph named, or a graph library imported', () => {
    const gcn = 'dataset:\n  name: "Cora"\nmodel:\n  hidden_channels: 16\noptimizer: adam\ntraining:\n  epochs: 200\n  lr: 0.01\n';
    expect(findings(RULE, gcn)).toEqual([]);
    const high = findings(RULE, gcn.replace('lr: 0.01', 'lr: 0.04'));
    expect(positions(high)).toEqual(['8:7']);
    expect(high[0].explanation).toContain('at or above 0.03 (three times the 0.01 that graph networks are trained with at a constant rate (`name: Cora`, a benchmark graph))');
    // The same file for another dataset is judged with Adam's usual 1e-3.
    expect(positions(findings(RULE, gcn.replace('"Cora"', '"imagenet"')))).toEqual(['8:7']);
    const scripts = { graphLearning: '`from torch_geometric.nn import GCNConv` in train.py' };
    const withScripts = lint(gcn.replace('"Cora"', '"my_graph"'), { format: 'yaml', filePath: 'configs/run.yaml', scripts }).diagnostics.filter((d) => d.ruleId === RULE);
    expect(withScripts).toEqual([]);
  });
});
