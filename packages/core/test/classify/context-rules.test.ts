/**
 * The classifier's context rules on small configs: each case is a name that the vocabulary alone
 * gets wrong, and the surroundings that decide it. The labelled corpus set (test/accuracy) measures
 * them at scale; these pin the individual behaviours.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type ConfigFormat } from '../../src/index.js';
import { findings } from '../helpers.js';

function classify(text: string, format: ConfigFormat = 'yaml'): Map<string, { kind: string; concept: string | null; evidence: readonly string[] }> {
  const result = analyze(text, { format, filePath: `config.${format}` });
  if (!result.analysis) throw new Error(result.problems[0]?.message);
  return new Map(result.analysis.fields.map((f) => [f.pointer, { kind: f.kind, concept: f.concept ?? null, evidence: f.evidence }]));
}

const kc = (f: { kind: string; concept: string | null } | undefined): string => `${f?.kind}/${f?.concept ?? '-'}`;

describe('classifier context rules', () => {
  it('reads `R` beside `G` and `B` as a colour channel, not a LoRA rank (deeplab-pytorch `IMAGE.MEAN`)', () => {
    const deeplab = 'IMAGE:\n  MEAN:\n    R: 122.675\n    G: 116.669\n    B: 104.008\nSOLVER:\n  LR: 2.5e-4\n  ITER_MAX: 20000\n';
    expect(classify(deeplab).get('/IMAGE/MEAN/R')?.concept).not.toBe('lora-rank');
    expect(findings('lora-rank-positive', deeplab)).toEqual([]);
    // Beside LoRA settings, or in a LoRA block, `r` is the rank.
    expect(kc(classify('lora:\n  r: 8\n  alpha: 16\n').get('/lora/r'))).toBe('hyperparameter/lora-rank');
    expect(kc(classify('r: 8\nlora_alpha: 16\nlora_dropout: 0.05\n').get('/r'))).toBe('hyperparameter/lora-rank');
  });

  it('reads `target_lr` beside target-network and replay settings as the soft-update rate, not a learning rate (MAPDN)', () => {
    const mapdn = '"target": True\n"target_lr": 0.1\n"max_steps": 100\n"batch_size": 32\n"replay": True\n"replay_buffer_size": 5.0e+3\n"gamma": 0.99\n"target_update_freq": 50\n';
    expect(kc(classify(mapdn).get('/target_lr'))).toBe('hyperparameter/-');
    expect(findings('lr-without-schedule', mapdn)).toEqual([]);
    // Elsewhere it is the rate a warmup reaches.
    expect(kc(classify('warmup_steps: 500\ntarget_lr: 0.1\nepochs: 90\n').get('/target_lr'))).toBe('hyperparameter/learning-rate');
  });

  it('reads `warmup_steps` beside replay-buffer settings as random-action steps, not a learning-rate warmup (MADDPG-CityLearn)', () => {
    const maddpg = 'training:\n  max_steps: 8760\n  warmup_steps: 10000\n  updates_per_step: 2\n';
    expect(kc(classify(maddpg).get('/training/warmup_steps'))).toBe('hyperparameter/-');
    expect(findings('warmup-longer-than-run', maddpg)).toEqual([]);
    expect(kc(classify('sac:\n  buffer_size: 1000000\n  warmup: 5000\n  batch_size: 256\n').get('/sac/warmup'))).toBe('hyperparameter/-');
    // Beside a schedule, or in an optimizer or scheduler block, it is the learning-rate warmup it always was.
    expect(kc(classify('training:\n  warmup_steps: 10000\n  updates_per_step: 2\n  lr_scheduler: cosine\n').get('/training/warmup_steps'))).toBe('hyperparameter/warmup');
    expect(kc(classify('scheduler:\n  warmup_steps: 500\n  buffer_size: 100\n').get('/scheduler/warmup_steps'))).toBe('hyperparameter/warmup');
    expect(kc(classify('training:\n  max_steps: 8760\n  warmup_steps: 10000\n').get('/training/warmup_steps'))).toBe('hyperparameter/warmup');
    expect(findings('warmup-longer-than-run', 'training:\n  max_steps: 8760\n  warmup_steps: 10000\n')).toHaveLength(1);
  });

  it('reads a curriculum\'s per-lesson reward thresholds as chosen settings, not learned split points', () => {
    const list = JSON.stringify(Array(15).fill(0.75));
    const f = classify(`{"measure": "reward", "thresholds": ${list}, "min_lesson_length": 40, "signal_smoothing": true}`, 'json');
    expect(f.get('/thresholds')?.kind).toBe('hyperparameter');
    expect(kc(classify(`{"thresholds": ${JSON.stringify(Array.from({ length: 12 }, (_, i) => i / 7))}}`, 'json').get('/thresholds'))).toBe('learned-parameter/decision-thresholds');
  });

  it('reads a `weight` list exactly as long as the class count beside it as chosen class weights (CBIM\'s 16 classes)', () => {
    const weights = `[0.5, ${Array(15).fill(1).join(', ')}]`;
    const f = classify(`classes: 16\noptimizer: adamw\nbase_lr: 0.0006\nweight: ${weights}\n`);
    expect(kc(f.get('/weight'))).toBe('hyperparameter/loss');
    expect(f.get('/weight')?.evidence.join(' ')).toContain('`classes`');
    // A count that does not match leaves a long list a tensor.
    expect(kc(classify(`classes: 10\nweight: ${weights}\n`).get('/weight'))).toBe('learned-parameter/weights');
    expect(kc(classify(`num_classes: 3\nlayer:\n  weight: [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]]\n`).get('/layer/weight'))).toBe('learned-parameter/weights');
  });

  it('reads the step size of adversarial weight perturbation (AWP, FGM) as its own setting, not the optimizer\'s rate', () => {
    const f = classify('optimizer:\n  type: AdamW\n  lr: 2.0e-05\nawp:\n  apply: true\n  params:\n    adv_param: weight\n    adv_lr: 1.0\n    adv_eps: 0.001\nfgm:\n  lr: 1.0\n');
    expect(kc(f.get('/awp/params/adv_lr'))).toBe('hyperparameter/-');
    expect(kc(f.get('/fgm/lr'))).toBe('hyperparameter/-');
    expect(kc(f.get('/optimizer/lr'))).toBe('hyperparameter/learning-rate');
    expect(findings('lr-too-high-for-optimizer', 'optimizer:\n  type: AdamW\n  lr: 2.0e-05\nawp:\n  params:\n    adv_lr: 1.0\n')).toEqual([]);
    // audiocraft's `adversarial:` block holds its discriminator's optimizer.
    expect(kc(classify('adversarial:\n  optim:\n    lr: 0.0003\n').get('/adversarial/optim/lr'))).toBe('hyperparameter/learning-rate');
  });

  it('reads `max_tokens` as the run\'s budget only in a training block (LitGPT), as a batch in a dataset block (fairseq), else as a length', () => {
    expect(kc(classify('train:\n  max_tokens: 3000000000\n  lr_warmup_steps: 2000\n').get('/train/max_tokens'))).toBe('hyperparameter/max-steps');
    expect(kc(classify('dataset:\n  max_tokens: 4096\n').get('/dataset/max_tokens'))).toBe('hyperparameter/batch-size');
    const xvlm = 'max_tokens: 40\nmax_masks: 8\noptimizer: {opt: adamW, lr: 1e-4, weight_decay: 0.01}\nschedular: {sched: linear, lr: 1e-4, epochs: 41, num_warmup_steps: 2500}\n';
    expect(kc(classify(xvlm).get('/max_tokens'))).toBe('hyperparameter/sequence-length');
    expect(findings('warmup-longer-than-run', xvlm)).toEqual([]);
  });

  it('reads a rate and a decay written side by side as negative whole numbers from -2 down as base-10 exponents (TabSurvey: `10 ** value`)', () => {
    const tabsurvey = 'TabTransformer:\n  dim: 64\n  depth: 6\n  weight_decay: -5\n  learning_rate: -3\n  dropout: 0.3\n';
    expect(kc(classify(tabsurvey).get('/TabTransformer/learning_rate'))).toBe('hyperparameter/-');
    expect(findings('lr-non-negative', tabsurvey)).toEqual([]);
    expect(findings('weight-decay-non-negative', tabsurvey)).toEqual([]);
    // One alone may be a sign typo, and a fraction is no exponent: both stay reported. -1 is no exponent either, but the
    // sentinel by which a program picks the rate itself (see sentinels.ts), so no rate at all.
    expect(findings('lr-non-negative', 'learning_rate: -3\nweight_decay: 0.01\n')).toHaveLength(1);
    expect(findings('lr-non-negative', 'learning_rate: -0.001\nweight_decay: -2\n')).toHaveLength(1);
    expect(findings('lr-non-negative', 'lr: -1\nweight_decay: -1\n')).toHaveLength(0);
  });

  it('reads a tracker\'s `LR` (pysot `TRACK.LR`) as its update rate at inference, not a learning rate', () => {
    const pysot = 'TRACK:\n  TYPE: SiamRPNTracker\n  PENALTY_K: 0.05\n  WINDOW_INFLUENCE: 0.42\n  LR: 0.38\nTRAIN:\n  EPOCH: 20\n  BASE_LR: 0.005\n';
    expect(kc(classify(pysot).get('/TRACK/LR'))).toBe('other/-');
    expect(kc(classify(pysot).get('/TRAIN/BASE_LR'))).toBe('hyperparameter/learning-rate');
    expect(findings('lr-without-schedule', 'TRACK:\n  LR: 0.38\n  PENALTY_K: 0.05\nBACKBONE:\n  TYPE: resnet50\n')).toEqual([]);
  });

  it('reads a batch size inside a validation loader as an evaluation batch size', () => {
    const f = classify('model:\n  train_ds:\n    batch_size: 32\n  validation_ds:\n    batch_size: 64\n');
    expect(kc(f.get('/model/train_ds/batch_size'))).toBe('hyperparameter/batch-size');
    expect(kc(f.get('/model/validation_ds/batch_size'))).toBe('hyperparameter/eval-batch-size');
  });

  it('does not take the steps of a validation loop for the training length', () => {
    const f = classify('[training]\nsteps = 1000\n[validation]\nsteps = 10\nfreq = 500\n', 'toml');
    expect(kc(f.get('/training/steps'))).toBe('hyperparameter/max-steps');
    expect(kc(f.get('/validation/steps'))).toBe('other/evaluation-schedule');
    expect(kc(f.get('/validation/freq'))).toBe('other/evaluation-schedule');
  });

  it('keeps a sweeper search space and drops the sweeper’s own optimizer', () => {
    const f = classify('hydra:\n  sweeper:\n    optim:\n      optimizer: OnePlusOne\n    params:\n      lr: interval(0.0001, 0.1)\nlr: 0.01\n');
    expect(kc(f.get('/hydra/sweeper/optim/optimizer'))).toBe('other/-');
    expect(kc(f.get('/hydra/sweeper/params/lr'))).toBe('hyperparameter/learning-rate');
    expect(kc(f.get('/lr'))).toBe('hyperparameter/learning-rate');
  });

  it('names the class of a HyperPyYAML object from its tag, whatever the key', () => {
    const f = classify('Adam: !name:torch.optim.AdamW\n  lr: 0.001\nsched: !name:torch.optim.lr_scheduler.ExponentialLR\n  gamma: 0.99\ndrop: !new:torch.nn.Dropout\n  p: 0.1\n');
    expect(kc(f.get('/Adam'))).toBe('hyperparameter/optimizer');
    expect(kc(f.get('/sched/gamma'))).toBe('hyperparameter/lr-decay');
    expect(kc(f.get('/drop'))).toBe('hyperparameter/dropout');
    expect(kc(f.get('/drop/p'))).toBe('hyperparameter/dropout');
  });

  it('follows !ref both ways: a use takes its target’s concept, and a value used only as a schedule gamma is a decay', () => {
    const f = classify(
      'lr: 1.0\nweight_decay: 0.9999\nannealing: !new:speechbrain.nnet.schedulers.NewBobScheduler\n  initial_value: !ref <lr>\n' +
        'sch_g: !name:torch.optim.lr_scheduler.ExponentialLR\n  gamma: !ref <weight_decay>\nsch_d: !name:torch.optim.lr_scheduler.ExponentialLR\n  gamma: !ref <weight_decay>\n',
    );
    expect(kc(f.get('/annealing/initial_value'))).toBe('hyperparameter/learning-rate');
    expect(kc(f.get('/weight_decay'))).toBe('hyperparameter/lr-decay');
    expect(f.get('/weight_decay')?.evidence.join(' ')).toContain('sch_g.gamma');
  });

  it('reads the arguments of a Keras layer with the layer’s class', () => {
    const f = classify(JSON.stringify({ layers: [{ class_name: 'BatchNormalization', config: { momentum: 0.99 } }, { class_name: 'Dropout', config: { rate: 0.5 } }] }), 'json');
    expect(kc(f.get('/layers/0/config/momentum'))).toBe('hyperparameter/batch-norm');
    expect(kc(f.get('/layers/1/config/rate'))).toBe('hyperparameter/dropout');
  });

  it('tells architecture counts and switches from training settings', () => {
    const f = classify('combiner:\n  type: tabnet\n  num_steps: 8\ntrainer:\n  epochs: 100\nmodel:\n  bias: false\n  include_bias: false\n  weight_tying: false\n');
    expect(kc(f.get('/combiner/num_steps'))).toBe('hyperparameter/num-layers');
    expect(kc(f.get('/model/bias'))).toBe('hyperparameter/-');
    expect(kc(f.get('/model/include_bias'))).toBe('hyperparameter/-');
    expect(kc(f.get('/model/weight_tying'))).toBe('hyperparameter/-');
  });

  it('treats the switches and settings of a precision or clipping block as that block', () => {
    const f = classify(JSON.stringify({ fp16: { enabled: true, hysteresis: 2 }, zero_optimization: { stage: 2 }, train_batch_size: 64, train_micro_batch_size_per_gpu: 8 }), 'json');
    expect(kc(f.get('/fp16/enabled'))).toBe('hyperparameter/precision');
    expect(kc(f.get('/fp16/hysteresis'))).toBe('hyperparameter/precision');
    // DeepSpeed's train_batch_size is the global batch.
    expect(kc(f.get('/train_batch_size'))).toBe('hyperparameter/global-batch-size');
  });

  it('recognises a saved optimizer state dict and its step counter', () => {
    const f = classify(JSON.stringify({ optimizer: { state: { '0': { step: 10, exp_avg: [0.1, 0.2] } }, param_groups: [{ lr: 0.001, params: [0] }] } }), 'json');
    expect(kc(f.get('/optimizer'))).toBe('other/-');
    expect(kc(f.get('/optimizer/state/0/step'))).toBe('learned-parameter/optimizer-state');
    expect(kc(f.get('/optimizer/param_groups/0/lr'))).toBe('hyperparameter/learning-rate');
  });

  it('reads `step` as a list beside a learning rate as decay milestones (ST-GCN, 2s-AGCN), and nothing else as such', () => {
    expect(kc(classify('base_lr: 0.1\nstep: [45, 55]\nnum_epoch: 65\n').get('/step'))).toBe('hyperparameter/lr-decay');
    expect(kc(classify('scheduler:\n  step: [30, 40]\n').get('/scheduler/step'))).toBe('hyperparameter/lr-decay');
    expect(kc(classify('render:\n  step: [1, 2]\n').get('/render/step'))).not.toBe('hyperparameter/lr-decay');
  });
});
