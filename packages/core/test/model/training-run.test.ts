import { describe, expect, it } from 'vitest';
import { optimizerFamily, toDotted, type ConfigFormat, type ModelValue, type TrainingRun } from '../../src/index.js';
import { analysisOf, at } from '../document-helpers.js';

/** The single training run of a config. */
function run(text: string, format: ConfigFormat = 'yaml', frameworks?: string[]): TrainingRun {
  const a = analysisOf(text, format, frameworks ? { frameworks } : {});
  expect(a.runs).toHaveLength(1);
  return a.runs[0];
}

/** `value@path` of a model value (`undefined(auto)@lr` for a placeholder). */
function mv<T>(v: ModelValue<T> | undefined): string | undefined {
  if (!v) return undefined;
  const value = v.value === undefined ? 'undefined' : JSON.stringify(v.value);
  return `${value}${v.special ? `(${v.special})` : ''}@${toDotted(v.field.path)}`;
}

describe('optimizer families', () => {
  it.each([
    ['torch.optim.AdamW', 'adamw'],
    ['adamw_torch', 'adamw'],
    ['adamw_bnb_8bit', 'adamw'],
    ['paged_adamw_32bit', 'adamw'],
    ['fused_adam', 'adamw'], // NeMo/apex FusedAdam defaults to adam_w_mode
    ['fusedadam', 'adamw'], // OpenNMT-py's `optim: fusedadam` is apex FusedAdam
    ['sat.ops.FusedEmaAdam', 'adamw'], // SwissArmyTransformer's FusedAdam with EMA
    ['decoupled_adamw', 'adamw'],
    ['adam_onecycle', 'adamw'], // OpenPCDet: fastai OptimWrapper with true_wd=True
    ['adam_cosineanneal', 'adamw'],
    ['torch.optim.Adam', 'adam'],
    ['adam', 'adam'],
    ['Adamax', 'adam'],
    ['torch.optim.SGD', 'sgd'],
    ['sgd', 'sgd'],
    ['LBFGS', 'lbfgs'],
    ['lbfgs', 'lbfgs'],
    ['muon', 'muon'],
    ['Prodigy', 'adaptive'],
    ['dadapt_adam', 'adaptive'],
    ['dadam', 'adaptive'], // audiocraft's D-Adaptation Adam
    ['schedule_free_adamw', 'schedule-free'],
    ['adamw_schedule_free', 'schedule-free'],
    ['LAMB', 'lars-lamb'],
    ['lars', 'lars-lamb'],
    ['adafactor', 'adafactor'],
    ['Adadelta', 'adadelta'],
    ['novograd', 'novograd'],
    ['lion_8bit', 'lion'],
    ['RMSprop', 'rmsprop'],
    ['!name:torch.optim.Adam', 'adam'],
    ['mystery', 'unknown'],
  ])('%s is %s', (name, family) => {
    expect(optimizerFamily(name)).toBe(family);
  });

  it('has no family without a name', () => {
    expect(optimizerFamily(undefined)).toBe('unknown');
  });
});

describe('optimizer model', () => {
  it('reads an HF Trainer run: default AdamW, lr, betas, eps, weight decay', () => {
    const r = run('learning_rate: 2.0e-5\nlr_scheduler_type: cosine\nper_device_train_batch_size: 8\nadam_beta1: 0.9\nadam_beta2: 0.95\nadam_epsilon: 1.0e-8\nweight_decay: 0.1\n');
    expect(r.optimizer.name).toBeUndefined();
    expect(r.optimizer.nameFromDefault).toBe(true);
    expect(r.optimizer.family).toBe('adamw'); // HF's default optim is adamw_torch
    expect(r.optimizer.decoupledWeightDecay).toBe(true);
    expect(mv(r.optimizer.lr)).toBe('0.00002@learning_rate');
    expect(mv(r.optimizer.beta1)).toBe('0.9@adam_beta1');
    expect(mv(r.optimizer.beta2)).toBe('0.95@adam_beta2');
    expect(mv(r.optimizer.eps)).toBe('1e-8@adam_epsilon');
    expect(mv(r.optimizer.weightDecay)).toBe('0.1@weight_decay');
  });

  it('reads an optimizer block with a betas list, linking each beta to its list item', () => {
    const text = 'optimizer:\n  _target_: torch.optim.Adam\n  lr: 0.001\n  betas: [0.8, 0.99]\n  weight_decay: 0.01\n';
    const a = analysisOf(text);
    const r = a.runs[0];
    expect(mv(r.optimizer.name)).toBe('"torch.optim.Adam"@optimizer._target_');
    expect(r.optimizer.family).toBe('adam');
    expect(r.optimizer.decoupledWeightDecay).toBe(false);
    expect(toDotted(r.optimizer.block!.path)).toBe('optimizer');
    expect(r.optimizer.beta2?.value).toBe(0.99);
    expect(at(a.document, r.optimizer.beta2!.node.range[0])).toBe('4:16');
  });

  it('knows DeepSpeed Adam is AdamW unless adam_w_mode is false (CORPUS-NOTES §4)', () => {
    const ds = (params: string): TrainingRun =>
      run(`{"train_micro_batch_size_per_gpu": 4, "zero_optimization": {"stage": 2}, "optimizer": {"type": "Adam", "params": {"lr": 0.001, "weight_decay": 3e-7${params}}}}`, 'json');
    expect(ds('').optimizer.decoupledWeightDecay).toBe(true);
    expect(ds(', "adam_w_mode": false').optimizer.decoupledWeightDecay).toBe(false);
    expect(ds(', "adam_w_mode": true').optimizer.decoupledWeightDecay).toBe(true);
  });

  it('honours decoupled_weight_decay on torch Adam and Keras\'s always-decoupled weight decay', () => {
    expect(run('optimizer:\n  _target_: torch.optim.Adam\n  lr: 0.001\n  weight_decay: 0.01\n  decoupled_weight_decay: true\n').optimizer.decoupledWeightDecay).toBe(true);
    const keras = run('{"compile_config": {"optimizer": {"class_name": "Adam", "config": {"learning_rate": 0.001, "weight_decay": 0.004}}}}', 'json');
    expect(keras.optimizer.family).toBe('adam');
    expect(keras.optimizer.decoupledWeightDecay).toBe(true);
  });

  it('takes the class from a HyperPyYAML tag, not from the key (CORPUS-NOTES §4: key `Adam`, class AdamW)', () => {
    const r = run('lr_adam: 0.0008\nAdam: !name:torch.optim.AdamW\n  lr: !ref <lr_adam>\n  betas: (0.9, 0.98)\n  eps: 0.000000001\n  weight_decay: 0.001\n');
    expect(mv(r.optimizer.name)).toBe('"torch.optim.AdamW"@Adam');
    expect(r.optimizer.family).toBe('adamw');
    expect(r.optimizer.decoupledWeightDecay).toBe(true);
  });

  it('takes the class from the key of the block holding the rate (Cerebras ModelZoo `optimizer: {AdamW: {...}}`)', () => {
    const cerebras = run('trainer:\n  init:\n    optimizer:\n      AdamW:\n        learning_rate: 6.0e-4\n        weight_decay: 0.1\n    loop:\n      num_steps: 1000\n');
    expect([mv(cerebras.optimizer.name), cerebras.optimizer.family, cerebras.optimizer.decoupledWeightDecay]).toEqual(['"AdamW"@trainer.init.optimizer.AdamW', 'adamw', true]);
    // The key is no scalar to rewrite: no rule offers to rename it.
    expect(cerebras.optimizer.name?.node.kind).toBe('map');
    const course = run('training:\n  adam:\n    learning_rate: 2.5e-4\n    beta_1: 0.9\n  batch_size: 128\n');
    expect([course.optimizer.name?.value, course.optimizer.family]).toEqual(['adam', 'adam']);
    // A block only named after Adam's settings is no optimizer class; a type key beside the rate still wins.
    expect(run('adam_params:\n  lr: 0.001\n').optimizer.family).toBe('unknown');
    expect(run('optimizer:\n  name: sgd\n  adam:\n    lr: 0.001\n').optimizer.name?.value).toBe('sgd');
  });

  it("pairs scikit-learn's `solver` only with the rate beside it, not with another model's block", () => {
    // TabPFNCredit: `lr` is a logistic regression, `xgb.learning_rate` XGBoost's shrinkage.
    const models = run('toy:\n  lr:\n    C: 1.0\n    solver: liblinear\n  xgb:\n    n_estimators: 100\n    max_depth: 3\n    learning_rate: 0.1\n');
    expect([models.optimizer.name, models.optimizer.family]).toEqual([undefined, 'gbdt']);
    const mlp = run('mlp:\n  hidden_layer_sizes: [64]\n  solver: adam\n  learning_rate_init: 0.001\n  max_iter: 200\n');
    expect([mlp.optimizer.name?.value, mlp.optimizer.family]).toEqual(['adam', 'adam']);
  });

  it('follows `!ref <name>` to the referenced top-level value', () => {
    const text = 'lr: 0.001\nweight_decay: 0.00002\nopt_class: !name:torch.optim.Adam\n  lr: !ref <lr>\n  weight_decay: !ref <weight_decay>\n';
    const a = analysisOf(text);
    const wd = a.runs[0].optimizer.weightDecay!;
    expect(wd.value).toBe(0.00002);
    expect(wd.special).toBeUndefined();
    expect(toDotted(wd.field.path)).toBe('opt_class.weight_decay');
    expect(at(a.document, wd.node.range[0])).toBe('2:15'); // the referenced node, where the number is written
    expect(a.runs[0].optimizer.family).toBe('adam');
  });

  it('leaves arithmetic references unresolved', () => {
    const r = run('lr: 0.001\nn: 3\nopt_class: !name:torch.optim.SGD\n  lr: !ref <lr> * <n>\n');
    expect(r.optimizer.lr?.value).toBeUndefined();
    expect(r.optimizer.lr?.special).toBe('reference');
  });

  it('leaves the outer loop of DiLoCo-style training out of the run\'s optimizer and learning rate', () => {
    const r = run('[train]\nbatch_size = 32\n[train.outer_lr_scheduler]\nlr = 1.0\n[train.outer_optimizer]\ntype = "sgd"\n', 'toml');
    expect([r.optimizer.lr, r.optimizer.family]).toEqual([undefined, 'unknown']);
    const inner = run('[optimizer]\nname = "AdamW"\nlr = 3e-4\n[outer_optimizer]\nname = "sgd"\nlr = 0.7\n', 'toml');
    expect([mv(inner.optimizer.lr), inner.optimizer.family]).toEqual(['0.0003@optimizer.lr', 'adamw']);
  });

  it('takes a federated client\'s rate and optimizer, not the server\'s (pfl-research `central_optimizer`, FedML `federated_optimizer`)', () => {
    const pfl = run('central_optimizer: adam\nlearning_rate: 1.0\ncohort_size: 50\nlocal_learning_rate: 0.1\n');
    expect([mv(pfl.optimizer.lr), pfl.optimizer.name]).toEqual(['0.1@local_learning_rate', undefined]);
    const fedml = run('federated_optimizer: FedOpt\nclient_optimizer: sgd\nlearning_rate: 0.3\nserver_optimizer: sgd\nserver_lr: 1.0\n');
    expect([mv(fedml.optimizer.lr), fedml.optimizer.name?.value]).toEqual(['0.3@learning_rate', 'sgd']);
    // Outside federated settings a `local_learning_rate` is not a client's, and the plain rate stays the run's.
    expect(mv(run('learning_rate: 0.001\nlocal_learning_rate: 0.1\nepochs: 10\n').optimizer.lr)).toBe('0.001@learning_rate');
  });

  it('pairs an optimizer named for a part of the model with that part\'s learning rate (Astro-SimCLR\'s encoder and classifier)', () => {
    const text = (lrKey: string): string => `optimizer_classifier: AdamW\noptimizer_encoder: LARS\nlr_classifier: 0.002\n${lrKey}: 12.26\nbatch_size_encoder: 150\n`;
    const encoder = run(text('lr_encoder'));
    expect([mv(encoder.optimizer.lr), encoder.optimizer.name?.value, encoder.optimizer.family]).toEqual(['12.26@lr_encoder', 'LARS', 'lars-lamb']);
    expect(run(text('encoder_learning_rate')).optimizer.name?.value).toBe('LARS');
    // Only other parts' optimizers: this rate's optimizer is not named.
    const other = run('optimizer_classifier: AdamW\nlr_encoder: 12.26\n');
    expect([other.optimizer.name, other.optimizer.family]).toEqual([undefined, 'unknown']);
    // A rate named for no part keeps the usual choice.
    expect(run('optimizer_classifier: AdamW\nlr: 0.001\n').optimizer.name?.value).toBe('AdamW');
    expect(run('optimizer: adam\nlr_backbone: 0.001\n').optimizer.name?.value).toBe('adam');
  });

  it('uses each framework\'s default optimizer when the file names none', () => {
    expect(run('input_features: []\noutput_features: []\ntrainer:\n  learning_rate: 0.001\n').optimizer.family).toBe('adam'); // Ludwig
    expect(run('SOLVER:\n  BASE_LR: 0.02\n  IMS_PER_BATCH: 16\nMODEL:\n  META_ARCHITECTURE: GeneralizedRCNN\n').optimizer.family).toBe('sgd'); // detectron2
    const none = run('lr: 0.1\n');
    expect([none.optimizer.family, none.optimizer.nameFromDefault]).toEqual(['unknown', false]);
  });
});

describe('schedule model', () => {
  it('reads an explicit schedule type, its shape and warmup', () => {
    const r = run('lr_scheduler_type: cosine\nlearning_rate: 2e-5\nwarmup_ratio: 0.1\nper_device_train_batch_size: 8\n');
    expect(mv(r.schedule.type)).toBe('"cosine"@lr_scheduler_type');
    expect([r.schedule.shape, r.schedule.source]).toEqual(['decaying', 'explicit']);
    expect(mv(r.schedule.warmupRatio)).toBe('0.1@warmup_ratio');
  });

  it('reads the warmup of a schedule whose first phase raises the rate (Cerebras ModelZoo, gigaGPT), and the loop\'s length', () => {
    const v2 = run('trainer:\n  init:\n    loop:\n      num_steps: 1000\n    optimizer:\n      AdamW:\n        learning_rate: 6.0e-4\n    schedulers:\n      SequentialLR:\n        schedulers:\n          - LinearLR:\n              initial_learning_rate: 0.0\n              end_learning_rate: 6.0e-4\n              total_iters: 1500\n          - CosineDecayLR:\n              initial_learning_rate: 6.0e-4\n              end_learning_rate: 6.0e-5\n              total_iters: 7537\n');
    expect([mv(v2.schedule.warmupSteps), mv(v2.duration.maxSteps)]).toEqual(['{"amount":1500}@trainer.init.schedulers.SequentialLR.schedulers[0].LinearLR.total_iters', '{"amount":1000}@trainer.init.loop.num_steps']);
    const v1 = run('optimizer:\n  optimizer_type: AdamW\n  learning_rate:\n    - scheduler: Linear\n      initial_learning_rate: 0.0\n      end_learning_rate: 2.0e-4\n      total_iters: 1500\n    - scheduler: CosineDecay\n      initial_learning_rate: 2.0e-4\n      end_learning_rate: 2.0e-5\n      total_iters: 73500\n');
    // A phase's length is not the run's.
    expect([mv(v1.schedule.warmupSteps), v1.duration.maxSteps]).toEqual(['{"amount":1500}@optimizer.learning_rate[0].total_iters', undefined]);
    // A first phase that lowers the rate is a decay, not a warmup.
    expect(run('optimizer:\n  learning_rate:\n    - scheduler: Linear\n      initial_learning_rate: 1.0e-3\n      end_learning_rate: 0.0\n      total_iters: 1500\n').schedule.warmupSteps).toBeUndefined();
  });

  it('reads a schedule named `warmup` beside decay milestones as decaying (BagofTricks-LT\'s WarmupMultiStepLR)', () => {
    const bag = run('TRAIN:\n  OPTIMIZER:\n    TYPE: SGD\n    BASE_LR: 0.1\n  LR_SCHEDULER:\n    TYPE: warmup\n    LR_STEP: [120, 160]\n    LR_FACTOR: 0.01\n    WARM_EPOCH: 5\n  MAX_EPOCH: 200\n');
    expect([bag.schedule.type?.value, bag.schedule.shape]).toEqual(['warmup', 'decaying']);
    // Without milestones in its own block the name still reads as constant.
    expect(run('lr: 0.1\nlr_scheduler:\n  type: warmup\n  warmup_steps: 500\n').schedule.shape).toBe('constant');
  });

  it('claims no constant rate for a `none` schedule beside a step decay\'s factor and period (EfficientZeroV2)', () => {
    const ez = run('optimizer:\n  type: SGD\n  lr: 0.2\n  lr_decay_type: none\n  lr_warm_up: 0.01\n  lr_decay_rate: 0.1\n  lr_decay_steps: 100000\n  momentum: 0.9\n');
    expect([ez.schedule.type?.value, ez.schedule.shape]).toEqual(['none', 'unknown']);
    // A factor without a period, a period without a factor, a factor of 1, or both outside the name's block: constant.
    expect(run('optimizer:\n  lr: 0.2\n  lr_decay_type: none\n  lr_decay_rate: 0.1\n').schedule.shape).toBe('constant');
    expect(run('optimizer:\n  lr: 0.2\n  lr_decay_type: none\n  lr_decay_steps: 1000\n').schedule.shape).toBe('constant');
    expect(run('optimizer:\n  lr: 0.2\n  lr_decay_type: none\n  lr_decay_rate: 1.0\n  lr_decay_steps: 1000\n').schedule.shape).toBe('constant');
    expect(run('lr: 0.2\nscheduler:\n  name: constant\nold:\n  gamma: 0.1\n  step_size: 30\n').schedule.shape).toBe('constant');
  });

  it('takes the weight decay of the learning rate\'s stage in a run written in stages (PRIOR\'s `stage1_weight_decay`)', () => {
    const prior = run('optim: adam\nstage1_lr: 0.0001\nstage1_weight_decay: 0.000001\nstage1_epochs: 50\nstage2_lr: 0.00001\nstage2_weight_decay: 0.0\nbatch_size: 32\n');
    expect([prior.optimizer.lr?.value, mv(prior.optimizer.weightDecay)]).toEqual([0.0001, '0.000001@stage1_weight_decay']);
    // A plain weight decay still comes first, and a prefix that is not the rate's is not taken.
    expect(mv(run('optim: adam\nstage1_lr: 0.0001\nstage1_weight_decay: 0.1\nweight_decay: 0.01\n').optimizer.weightDecay)).toBe('0.01@weight_decay');
    expect(run('optim: adam\nlr: 0.0001\nencoder_weight_decay: 0.1\n').optimizer.weightDecay).toBeUndefined();
  });

  it('claims no constant rate when a second schedule name names a decay (dessurt\'s `use_learning_schedule`)', () => {
    const dessurt = run('{\n  "lr_scheduler_type": "none",\n  "optimizer_type": "Adam",\n  "optimizer": {"lr": 0.02, "weight_decay": 0},\n  "trainer": {"iterations": 100000, "warmup_steps": 1000, "use_learning_schedule": "detector"}\n}\n', 'json');
    expect([dessurt.schedule.type?.value, dessurt.schedule.shape]).toEqual(['none', 'unknown']);
    // Both names constant, or the second one switched off: still constant.
    expect(run('lr: 0.02\nlr_scheduler_type: none\ntrainer:\n  use_learning_schedule: constant\n').schedule.shape).toBe('constant');
    expect(run('lr: 0.02\nlr_scheduler_type: none\ntrainer:\n  use_learning_schedule: false\n').schedule.shape).toBe('constant');
    // Alone, the name is read as any schedule name is.
    expect(run('lr: 0.02\ntrainer:\n  use_learning_schedule: step\n  lr_steps: [50000]\n').schedule.shape).toBe('decaying');
  });

  it('reads `opt_type` as the optimizer\'s name, in its block (hyperion) or at the top (MaxText)', () => {
    // hyperion's OptimizerFactory builds torch.optim.Adam for `opt_type: adam`, with the block's weight decay.
    const hyperion = run('optim:\n  opt_type: adam\n  lr: 0.05\n  amsgrad: true\n  weight_decay: 4e-4\nlrsched:\n  lrsch_type: exp_lr\n  warmup_steps: 1000\nepochs: 30\n');
    expect([mv(hyperion.optimizer.name), mv(hyperion.optimizer.weightDecay)]).toEqual(['"adam"@optim.opt_type', '0.0004@optim.weight_decay']);
    const maxtext = run('opt_type: "adamw"\nlearning_rate: 3.e-5\nadam_weight_decay: 0.1\nsteps: 150001\n');
    expect(mv(maxtext.optimizer.name)).toBe('"adamw"@opt_type');
    expect(run('optim_type: sgd\nlr: 0.1\n').optimizer.name?.value).toBe('sgd');
  });

  it('reads `coslr: true` as a cosine decay and a scheduler\'s arguments as a schedule (classifier-balancing)', () => {
    expect(run('coslr: true\nendlr: 0.0\nnetworks:\n  classifier:\n    optim_params: {lr: 0.2, momentum: 0.9}\n').schedule.shape).toBe('decaying');
    // Off, it says nothing of what runs instead: here the StepLR its arguments describe.
    const stepped = run('coslr: false\nnetworks:\n  classifier:\n    optim_params: {lr: 0.2, momentum: 0.9}\ntraining_opt:\n  num_epochs: 30\n  scheduler_params: {gamma: 0.1, step_size: 10}\n');
    expect([stepped.schedule.shape, stepped.schedule.source, toDotted(stepped.schedule.block!.path)]).toEqual(['unknown', 'explicit', 'training_opt.scheduler_params']);
    expect(run('coslr: false\nlr: 0.2\n').schedule.source).toBe('absent');
  });

  it.each([
    ['constant', 'constant'],
    ['constant_with_warmup', 'constant'],
    ['linear', 'decaying'],
    ['cosine_with_restarts', 'decaying'],
    ['inverse_sqrt', 'decaying'],
    ['warmup_stable_decay', 'decaying'],
    ['reduce_lr_on_plateau', 'plateau'],
    ['torch.optim.lr_scheduler.OneCycleLR', 'cyclic'],
    ['NoamAnnealing', 'multiplier'],
    ['WarmupLR', 'constant'], // DeepSpeed's: warmup, then the peak held
    ['warmuplr', 'decaying'], // ESPnet's and WeNet's: warmup, then inverse square root decay
    ['WarmupDecayLR', 'decaying'],
    ['CosineAnnealing', 'decaying'],
  ])('the %s schedule is %s', (name, shape) => {
    expect(run(`lr: 0.001\nlr_scheduler: ${name}\n`).schedule.shape).toBe(shape);
  });

  it('applies framework defaults when no schedule is written', () => {
    const hf = run('learning_rate: 2e-5\nper_device_train_batch_size: 8\nnum_train_epochs: 3\n');
    expect([hf.schedule.shape, hf.schedule.source]).toEqual(['decaying', 'framework-default']); // HF: linear
    const ludwig = run('input_features: []\noutput_features: []\ntrainer:\n  learning_rate: 0.001\n');
    expect([ludwig.schedule.shape, ludwig.schedule.source]).toEqual(['constant', 'framework-default']); // Ludwig: decay null
    const d2 = run('SOLVER:\n  BASE_LR: 0.02\n  MAX_ITER: 40\nMODEL:\n  META_ARCHITECTURE: GeneralizedRCNN\n');
    expect([d2.schedule.shape, d2.schedule.source]).toEqual(['decaying', 'framework-default']); // WarmupMultiStepLR
    const unknown = run('lr: 0.1\n');
    expect([unknown.schedule.shape, unknown.schedule.source]).toEqual(['unknown', 'absent']);
  });

  it('reads a scheduler block without a type as the framework\'s default (torchtitan)', () => {
    const r = run('[job]\ndump_folder = "./outputs"\n[optimizer]\nname = "AdamW"\nlr = 3e-4\n[lr_scheduler]\nwarmup_steps = 200\n[training]\nsteps = 1000\n', 'toml');
    expect([r.schedule.shape, r.schedule.source]).toEqual(['decaying', 'framework-default']);
    expect(mv(r.schedule.warmupSteps)).toBe('{"amount":200}@lr_scheduler.warmup_steps');
    expect(toDotted(r.schedule.block!.path)).toBe('lr_scheduler');
  });

  it('does not assume a default for a partial Hydra fragment', () => {
    const r = run('# @package _global_\ndefaults:\n  - override /model: mnist\nmodel:\n  optimizer:\n    _target_: torch.optim.Adam\n    lr: 0.002\n');
    expect(r.schedule.source).toBe('absent');
  });

  it('reads Composer warmup and durations with their units, and DeepSpeed totals', () => {
    const composer = run('scheduler:\n  name: cosine_with_warmup\n  t_warmup: 100ba\noptimizer:\n  name: decoupled_adamw\n  lr: 6.0e-4\nmax_duration: 4800ba\nglobal_train_batch_size: 256\n');
    expect(mv(composer.schedule.warmupSteps)).toBe('{"amount":100,"unit":"ba"}@scheduler.t_warmup');
    expect(mv(composer.duration.maxSteps)).toBe('{"amount":4800,"unit":"ba"}@max_duration');
    const ds = run('{"train_micro_batch_size_per_gpu": 1, "scheduler": {"type": "WarmupDecayLR", "params": {"warmup_num_steps": 1000, "total_num_steps": 500}}}', 'json');
    expect(mv(ds.schedule.warmupSteps)).toBe('{"amount":1000}@scheduler.params.warmup_num_steps');
    expect(mv(ds.schedule.totalSteps)).toBe('{"amount":500}@scheduler.params.total_num_steps');
  });

  it('reads `cos_lr: false` (Ultralytics) as "not cosine", which still decays linearly, not as a constant schedule', () => {
    const yolo = run('lr0: 0.01\nlrf: 0.01\ncos_lr: false\nwarmup_epochs: 3.0\nepochs: 100\n');
    expect([yolo.schedule.shape, yolo.schedule.source]).toEqual(['decaying', 'framework-default']);
    expect(run('lr0: 0.01\nlrf: 0.01\ncos_lr: true\n').schedule.shape).toBe('decaying');
  });

  it('reads a learning rate written as a schedule object (Keras, TF Model Garden) by its type', () => {
    const keras = run('optimizer:\n  class_name: SGD\n  config:\n    learning_rate:\n      class_name: ExponentialDecay\n      config:\n        initial_learning_rate: 0.1\n        decay_steps: 1000\n        decay_rate: 0.9\n');
    expect(mv(keras.schedule.type)).toBe('"ExponentialDecay"@optimizer.config.learning_rate.class_name');
    expect(keras.schedule.shape).toBe('decaying');
    const garden = (type: string): TrainingRun =>
      run(`trainer:\n  train_steps: 625500\n  optimizer_config:\n    learning_rate:\n      type: ${type}\n      ${type}:\n        initial_learning_rate: 0.064\n        decay_steps: 3127\n        decay_rate: 0.96\n    warmup:\n      type: linear\n      linear:\n        warmup_steps: 6255\n`);
    expect(garden('exponential').schedule.shape).toBe('decaying');
    expect(garden('constant').schedule.shape).toBe('constant');
    // Beside a decay rate, decay_steps is the period of the decay, not the step where the schedule ends.
    expect(garden('exponential').schedule.totalSteps).toBeUndefined();
    const cosine = run('optimizer_config:\n  learning_rate:\n    cosine:\n      initial_learning_rate: 0.003\n      decay_steps: 374400\n');
    expect(cosine.schedule.shape).toBe('decaying');
    expect(mv(cosine.schedule.totalSteps)).toBe('{"amount":374400}@optimizer_config.learning_rate.cosine.decay_steps');
  });

  it('reads a list of schedulers (Composer, mmengine) as decaying when one of them decays', () => {
    const composer = run('optimizer:\n  decoupled_sgdw:\n    lr: 2.048\nschedulers:\n  - warmup:\n      warmup_iters: 8ep\n  - cosine_decay:\n      T_max: 82ep\nmax_duration: 90ep\n');
    expect([composer.schedule.shape, composer.schedule.source]).toEqual(['decaying', 'explicit']);
    expect(mv(composer.schedule.totalSteps)).toBe('{"amount":82,"unit":"ep"}@schedulers[1].cosine_decay.T_max');
    const mm = run('{"optimizer": {"type": "SGD", "lr": 0.1}, "param_scheduler": [{"type": "LinearLR", "end": 500}, {"type": "MultiStepLR", "milestones": [8, 11]}]}', 'json');
    expect(mm.schedule.shape).toBe('decaying');
    expect(run('lr: 0.5\nschedulers:\n  - constant: {}\n').schedule.shape).toBe('constant');
  });

  it('treats `decay_lr: false` (nanoGPT) as a constant schedule and an OLMo `2e12T` duration as tokens', () => {
    expect(run('learning_rate: 6e-4\ndecay_lr: false\nmax_iters: 5000\n').schedule.shape).toBe('constant');
    const olmo = run('max_duration: 2e12T\noptimizer:\n  name: adamw\n  learning_rate: 3.0e-4\n');
    expect(olmo.duration.maxSteps?.value).toEqual({ amount: 2e12, unit: 'T' });
  });
});

describe('batch, duration and precision', () => {
  it('reads the DeepSpeed batch triad, with train_batch_size as the global batch', () => {
    const r = run('{"train_batch_size": 64, "train_micro_batch_size_per_gpu": 4, "gradient_accumulation_steps": 2, "zero_optimization": {"stage": 1}}', 'json');
    expect(mv(r.batch.global)).toBe('64@train_batch_size');
    expect(mv(r.batch.micro)).toBe('4@train_micro_batch_size_per_gpu');
    expect(mv(r.batch.accumulation)).toBe('2@gradient_accumulation_steps');
  });

  it('reads per-device, micro, global and accumulation names across frameworks', () => {
    expect(mv(run('per_device_train_batch_size: 8\nper_device_eval_batch_size: 64\ngradient_accumulation_steps: 4\nlearning_rate: 1e-5\n').batch.micro)).toBe('8@per_device_train_batch_size');
    const lit = run('train:\n  global_batch_size: 64\n  micro_batch_size: 4\noptimizer:\n  class_path: torch.optim.AdamW\n  init_args:\n    lr: 0.0002\n');
    expect([mv(lit.batch.global), mv(lit.batch.micro)]).toEqual(['64@train.global_batch_size', '4@train.micro_batch_size']);
    const lightning = run('trainer:\n  accumulate_grad_batches: 8\ndata:\n  batch_size: 32\nmodel:\n  lr: 0.001\n');
    expect([mv(lightning.batch.accumulation), mv(lightning.batch.size)]).toEqual(['8@trainer.accumulate_grad_batches', '32@data.batch_size']);
  });

  it('ignores evaluation batch sizes and steps', () => {
    const r = run('lr: 0.001\nvalid_dataloader_opts:\n  batch_size: 64\ntest_dataloader_opts:\n  batch_size: 4\neval:\n  max_iters: 100\n');
    expect(r.batch.size).toBeUndefined();
    expect(r.duration.maxSteps).toBeUndefined();
  });

  it('reads epochs and steps, and skips step counts that count something else', () => {
    const hf = run('num_train_epochs: 3\nmax_steps: 500\nlearning_rate: 2e-5\nper_device_train_batch_size: 8\n');
    expect([mv(hf.duration.epochs), mv(hf.duration.maxSteps)]).toEqual(['3@num_train_epochs', '{"amount":500}@max_steps']);
    // TabNet's decision steps and a diffusion sampler's steps are not the training length.
    const tabnet = run('input_features: []\noutput_features: []\ncombiner:\n  type: tabnet\n  num_steps: 8\ntrainer:\n  epochs: 1000\n  learning_rate: 0.02\n');
    expect(tabnet.duration.maxSteps).toBeUndefined();
    const sampler = run('lr: 1e-4\nmodel:\n  sampler:\n    num_steps: 50\ntrainer:\n  max_epochs: 10\n');
    expect(sampler.duration.maxSteps).toBeUndefined();
    const titan = run('[optimizer]\nlr = 3e-4\n[training]\nsteps = 1000\n', 'toml');
    expect(mv(titan.duration.maxSteps)).toBe('{"amount":1000}@training.steps');
  });

  it('reads fp16/bf16 flags, DeepSpeed `enabled` blocks and precision strings', () => {
    const hf = run('fp16: true\nbf16: false\nlearning_rate: 1e-5\nper_device_train_batch_size: 2\n');
    expect([mv(hf.precision.fp16), mv(hf.precision.bf16)]).toEqual(['true@fp16', 'false@bf16']);
    const ds = run('{"train_micro_batch_size_per_gpu": 2, "fp16": {"enabled": true, "loss_scale": 0}, "bf16": {"enabled": "auto"}}', 'json');
    expect([mv(ds.precision.fp16), mv(ds.precision.bf16)]).toEqual(['true@fp16.enabled', 'undefined(auto)@bf16.enabled']);
    expect(mv(run('trainer:\n  precision: bf16-mixed\n  max_epochs: 1\nmodel:\n  lr: 0.1\n').precision.precision)).toBe('"bf16-mixed"@trainer.precision');
  });

  it('collects dropout values for regularisation', () => {
    const r = run('lr: 0.001\nmodel:\n  dropout: 0.1\n  attn_dropout: ${model.dropout}\nweight_decay: 0.01\n');
    expect(r.regularization.dropouts.map((d) => mv(d))).toEqual(['0.1@model.dropout', 'undefined(interpolation)@model.attn_dropout']);
    expect(mv(r.regularization.weightDecay)).toBe('0.01@weight_decay');
  });
});

describe('placeholders in the model', () => {
  it('leaves `${...}` unresolved and never reads it as a value', () => {
    const r = run('model:\n  lr: 0.001\n  optim:\n    name: adamw\n    lr: ${model.lr}\ntrainer:\n  max_steps: ${trainer.max_steps}\n');
    expect(mv(r.optimizer.lr)).toBe('undefined(interpolation)@model.optim.lr');
    expect(mv(r.duration.maxSteps)).toBe('undefined(interpolation)@trainer.max_steps');
  });

  it('treats DeepSpeed/HF "auto" and OmegaConf ??? as unknown, never as values', () => {
    const ds = run('{"train_batch_size": "auto", "train_micro_batch_size_per_gpu": "auto", "gradient_accumulation_steps": "auto", "optimizer": {"type": "AdamW", "params": {"lr": "auto", "weight_decay": "auto"}}}', 'json');
    expect(mv(ds.batch.global)).toBe('undefined(auto)@train_batch_size');
    expect(mv(ds.batch.micro)).toBe('undefined(auto)@train_micro_batch_size_per_gpu');
    expect(mv(ds.optimizer.lr)).toBe('undefined(auto)@optimizer.params.lr');
    const omega = run('model:\n  optim:\n    name: adam\n    lr: ???\n');
    expect(mv(omega.optimizer.lr)).toBe('undefined(missing)@model.optim.lr');
  });

  it('reads a number PyYAML keeps as a string as the number meant, and search spaces as unknown', () => {
    const r = run('learning_rate: 2e-5\nper_device_train_batch_size: 8\n');
    expect(r.optimizer.lr?.value).toBe(2e-5);
    expect(r.optimizer.lr?.node.kind === 'scalar' && r.optimizer.lr.node.value).toBe('2e-5');
    const sweep = run('lr: interval(0.001, 0.1)\nbatch_size: choice(32, 64)\n');
    expect(mv(sweep.optimizer.lr)).toBe('undefined(search-space)@lr');
  });

  it('keeps search spaces out of the run entirely', () => {
    const a = analysisOf('trainer:\n  learning_rate: 0.001\nhyperopt:\n  parameters:\n    trainer.learning_rate:\n      space: loguniform\n      lower: 0.0001\n      upper: 0.1\n');
    expect(mv(a.runs[0].optimizer.lr)).toBe('0.001@trainer.learning_rate');
  });
});

describe('training runs per document and per list item', () => {
  it('builds one run per document of a YAML stream', () => {
    const a = analysisOf('lr: 0.1\n---\nlr: 0.2\n');
    expect(a.runs.map((r) => [r.documentIndex, r.optimizer.lr?.value])).toEqual([
      [0, 0.1],
      [1, 0.2],
    ]);
  });

  it('builds a run per list item that is a run of its own (ai-toolkit `config.process[i]`)', () => {
    const text = 'job: extension\nconfig:\n  process:\n    - train:\n        lr: 1e-4\n        steps: 2000\n        optimizer: adamw8bit\n    - train:\n        lr: 5e-5\n        steps: 500\n        optimizer: adamw8bit\n';
    const a = analysisOf(text);
    expect(a.runs.map((r) => [toDotted(r.scopePath), r.optimizer.lr?.value, r.duration.maxSteps?.value?.amount])).toEqual([
      ['config.process[0]', 1e-4, 2000],
      ['config.process[1]', 5e-5, 500],
    ]);
  });

  it('keeps parameter groups inside one run', () => {
    const a = analysisOf('optimizer:\n  type: AdamW\n  lr: 0.001\n  param_groups:\n    - lr: 0.01\n    - lr: 0.0001\nepochs: 3\n');
    expect(a.runs).toHaveLength(1);
    expect(mv(a.runs[0].optimizer.lr)).toBe('0.001@optimizer.lr');
  });
});

describe('runs in sections of one mapping', () => {
  it("reads sections that each set their own rate and length or batch as alternative runs (AirfRANS's models, MA-GCL's datasets)", () => {
    const a = analysisOf('Cora:\n  learning_rate: 0.0005\n  num_epochs: 300\nAmazon-Photo:\n  learning_rate: 0.1\n  num_epochs: 2000\n');
    expect(a.runs.map((r) => [r.optimizer.lr?.value, r.duration.epochs?.value])).toEqual([
      [0.0005, 300],
      [0.1, 2000],
    ]);
  });

  it("keeps one run where the sections share the run's length (a GAN's two optimizers) or only one of them sets a length", () => {
    expect(analysisOf('epochs: 100\ngenerator:\n  lr: 0.0002\ndiscriminator:\n  lr: 0.0001\n').runs).toHaveLength(1);
    expect(analysisOf('train:\n  lr: 0.001\n  epochs: 10\nfinetune:\n  lr: 0.0001\n').runs).toHaveLength(1);
  });
});
