import { describe, expect, it } from 'vitest';
import { steppedNames, unconditionalScheduleCall, unconditionalSchedules } from '../../src/model/schedule-calls.js';

describe('unconditionalScheduleCall', () => {
  it('finds the schedule a trainer always builds (OpenOOD, GraSP, HF, Keras, optax)', () => {
    const openood = [
      'class BaseTrainer:',
      '    def __init__(self, net, train_loader, config):',
      '        self.optimizer = torch.optim.SGD(net.parameters(), config.optimizer.lr, momentum=0.9)',
      '        self.scheduler = torch.optim.lr_scheduler.LambdaLR(',
      '            self.optimizer,',
      '            lr_lambda=lambda step: cosine_annealing(step, total, 1, 1e-6 / config.optimizer.lr),',
      '        )',
    ].join('\n');
    expect(unconditionalScheduleCall(openood)).toBe('torch.optim.lr_scheduler.LambdaLR');
    expect(unconditionalScheduleCall('def main():\n    lr_scheduler = PresetLRScheduler(lr_schedule)\n')).toBe('PresetLRScheduler');
    expect(unconditionalScheduleCall('from transformers import get_cosine_schedule_with_warmup\nsched = get_cosine_schedule_with_warmup(opt, 100, 1000)\n')).toBe('get_cosine_schedule_with_warmup');
    expect(unconditionalScheduleCall('lr = keras.optimizers.schedules.ExponentialDecay(0.1, 1000, 0.9)\n')).toBe('keras.optimizers.schedules.ExponentialDecay');
    expect(unconditionalScheduleCall('schedule = optax.warmup_cosine_decay_schedule(0.0, 1e-3, 100, 10000)\n')).toBe('optax.warmup_cosine_decay_schedule');
    expect(unconditionalScheduleCall('for epoch in range(n):\n    adjust_learning_rate(optimizer, epoch, args)\n')).toBe('adjust_learning_rate');
    // A trainer's own method (SelfMedMAE's MAE3DTrainer); another object's method of that name is not the project's.
    expect(unconditionalScheduleCall('class T:\n    def epoch(self, epoch, args):\n        for i, b in enumerate(loader):\n            self.adjust_learning_rate(epoch + i / n, args)\n')).toBe('self.adjust_learning_rate');
    expect(unconditionalScheduleCall('helper.adjust_learning_rate(optimizer, epoch)\n')).toBeUndefined();
    // timm's schedulers by their module path (EVAR's finetune.py).
    expect(unconditionalScheduleCall('import timm.scheduler\nscheduler = timm.scheduler.CosineLRScheduler(optimizer, t_initial=cfg.ft_epochs)\n')).toBe('timm.scheduler.CosineLRScheduler');
    // The script's body under `if __name__ == "__main__":` runs.
    expect(unconditionalScheduleCall('if __name__ == "__main__":\n    scheduler = StepLR(opt, 30)\n')).toBe('StepLR');
  });

  it("finds a project's own function named for a decay that it hands the optimizer (SoftGroup's cosine_lr_after_step)", () => {
    const softgroup = 'def train(epoch, model, optimizer, cfg):\n    for i, batch in enumerate(loader):\n        cosine_lr_after_step(optimizer, cfg.optimizer.lr, epoch - 1, cfg.step_epoch, cfg.epochs)\n';
    expect(unconditionalScheduleCall(softgroup)).toBe('cosine_lr_after_step');
    expect(unconditionalScheduleCall('exp_lr_scheduler(optimizer_ft, epoch)\n')).toBe('exp_lr_scheduler');
    expect(unconditionalScheduleCall('poly_lr(self.optimizer, i)\n')).toBe('poly_lr');
    // A builder of the project's own (DeepErwin's optax schedule from its config's `lr_schedule`).
    expect(unconditionalScheduleCall('def build_optax_optimizer(config):\n    lr_schedule = build_lr_schedule(config.learning_rate, config.lr_schedule)\n')).toBe('build_lr_schedule');
    // Its definition, a function given no optimizer, a warmup alone, and a call under a condition are not a schedule.
    expect(unconditionalScheduleCall('def cosine_lr_after_step(optimizer, base_lr, epoch):\n    pass\n')).toBeUndefined();
    expect(unconditionalScheduleCall('lr = cosine_lr(args.lr, epoch)\n')).toBeUndefined();
    expect(unconditionalScheduleCall('warmup_lr(optimizer, epoch)\n')).toBeUndefined();
    expect(unconditionalScheduleCall('if cfg.cosine:\n    cosine_lr_after_step(optimizer, lr, epoch)\n')).toBeUndefined();
  });

  it('reads long identifiers made of schedule words in linear time', () => {
    // Unbounded `\w*` around `_lr` backtracked without end on these (minutes for 70 kB).
    for (const text of ['cos_lr_'.repeat(10_000) + '(optimizer', 'cos_'.repeat(25_000) + 'lr(', 'cosine_lr_'.repeat(10_000) + '(opt']) {
      const started = performance.now();
      expect(unconditionalScheduleCall(`import torch\n${text}\n`)).toBeUndefined();
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  });

  it('leaves out a schedule built only when the config asks, one that keeps the rate constant, and comments', () => {
    expect(unconditionalScheduleCall('def build(cfg, opt):\n    if cfg.scheduler == "cosine":\n        return CosineAnnealingLR(opt, cfg.epochs)\n    return None\n')).toBeUndefined();
    expect(unconditionalScheduleCall('if cfg.sched:\n    pass\nelse:\n    s = StepLR(opt, 10)\n')).toBeUndefined();
    // basenji: the decay is behind `if False:`.
    expect(unconditionalScheduleCall('    if False:\n      lr_schedule = keras.optimizers.schedules.ExponentialDecay(\n          0.1, 1000, 0.96)\n')).toBeUndefined();
    expect(unconditionalScheduleCall('sched = StepLR(opt, 10) if args.decay else None\n')).toBeUndefined();
    expect(unconditionalScheduleCall('try:\n    import x\nexcept ImportError:\n    s = StepLR(opt, 10)\n')).toBeUndefined();
    expect(unconditionalScheduleCall('s = torch.optim.lr_scheduler.ConstantLR(opt)\nt = get_constant_schedule(opt)\nu = optax.constant_schedule(1e-3)\n')).toBeUndefined();
    expect(unconditionalScheduleCall('# scheduler = StepLR(opt, 10)\nbetas = cosine_beta_schedule(1000)\nnoise = NoiseScheduler(1000)\n')).toBeUndefined();
  });

  it('counts a schedule each model variant builds (knowledge-distillation-pytorch: `if params.model_version == "wrn":`)', () => {
    const kd = 'def train(model, optimizer, params):\n    if params.model_version == "resnet18":\n        scheduler = StepLR(optimizer, step_size=100, gamma=0.1)\n    elif params.model_version == "wrn":\n        scheduler = StepLR(optimizer, step_size=60, gamma=0.2)\n';
    expect(unconditionalScheduleCall(kd)).toBe('StepLR');
    // A test of the schedule setting itself, or of a flag, stays a condition.
    expect(unconditionalScheduleCall(kd.replaceAll('params.model_version', 'params.lr_policy'))).toBeUndefined();
    expect(unconditionalScheduleCall('if cfg["scheduler"] == "step":\n    s = StepLR(opt, 30)\n')).toBeUndefined();
    expect(unconditionalScheduleCall('if args.dataset == "cifar10":\n    if args.decay:\n        s = StepLR(opt, 30)\n')).toBeUndefined();
  });

  it('reads a block past bracketed continuation lines to the header that encloses it', () => {
    const text = ['def train(cfg):', '    if cfg.fancy:', '        x = dict(', '            a=1,', ')', '        s = MultiStepLR(opt, [30, 60])'].join('\n');
    expect(unconditionalScheduleCall(text)).toBeUndefined();
    expect(unconditionalScheduleCall(['def train(cfg):', '    opt = SGD(', '        params,', '    )', '    s = MultiStepLR(opt, [30, 60])'].join('\n'))).toBe('MultiStepLR');
  });

  it("counts a step decay written inline on the optimizer's parameter groups under a test of the epoch (PGD_modified)", () => {
    const pgd = [
      'class Trainer:',
      '    def train(self):',
      '        if self.epoch < 80:',
      '            for param_group in self.optimizer.param_groups:',
      "                param_group['lr'] = 0.1",
      '        if self.epoch >= 80 and self.epoch < 120:',
      '            for param_group in self.optimizer.param_groups:',
      "                param_group['lr'] = 0.01",
      '',
    ].join('\n');
    expect(unconditionalSchedules(pgd)).toEqual([{ call: "param_group['lr'] = 0.1", shown: "`param_group['lr'] = 0.1` in a loop over the optimizer's `param_groups`" }]);
    // A rate computed from the step, with no condition (a warmup written by hand).
    expect(unconditionalSchedules('def warm(opt, step):\n    for g in opt.param_groups:\n        g["lr"] = base * step / 500\n')).toHaveLength(1);
    // A rate set once (on resuming), or in a branch the config picks: the rate stays what the config says.
    expect(unconditionalSchedules('def resume(opt, lr):\n    for g in opt.param_groups:\n        g["lr"] = lr\n')).toEqual([]);
    expect(unconditionalSchedules(pgd.replace(/self\.epoch < 80/, 'cfg.scheduler == "step"'))).toEqual([{ call: "param_group['lr'] = 0.01", shown: "`param_group['lr'] = 0.01` in a loop over the optimizer's `param_groups`" }]);
    expect(unconditionalSchedules(pgd.replace(/self\.epoch/g, 'cfg.decay'))).toEqual([]);
  });

  it("names a schedule kept under a name its script never uses again (MID's and TrackSSM's never-stepped ExponentialLR)", () => {
    const mid = 'class MID:\n    def _build_optimizer(self):\n        self.optimizer = optim.Adam(self.model.parameters(), lr=self.config.lr)\n        self.scheduler = optim.lr_scheduler.ExponentialLR(self.optimizer, gamma=0.98)\n\n    def train(self):\n        self.optimizer.step()\n';
    expect(unconditionalSchedules(mid)).toEqual([{ call: 'optim.lr_scheduler.ExponentialLR', idle: 'scheduler' }]);
    expect(steppedNames(mid)).toEqual(['optimizer']);
    // Stepped, returned or handed on in the script, or kept at a module's top (which another module may import): in use.
    expect(unconditionalSchedules(mid.replace('self.optimizer.step()', 'self.optimizer.step()\n        self.scheduler.step()'))).toEqual([{ call: 'optim.lr_scheduler.ExponentialLR' }]);
    expect(unconditionalSchedules('def configure_optimizers(self):\n    sched = StepLR(opt, 10)\n    return [opt], [sched]\n')).toEqual([{ call: 'StepLR' }]);
    expect(unconditionalSchedules('sched = StepLR(opt, 10)\n')).toEqual([{ call: 'StepLR' }]);
    // A schedule built without a name is in use where it is built (`return StepLR(...)`).
    expect(unconditionalSchedules('def build(opt):\n    return StepLR(opt, 10)\n')).toEqual([{ call: 'StepLR' }]);
    // The module on the way to the class is no use of a name spelt like it.
    expect(unconditionalSchedules('def setup(self):\n    self.lr_scheduler = torch.optim.lr_scheduler.StepLR(self.opt, 10)\n')).toEqual([{ call: 'torch.optim.lr_scheduler.StepLR', idle: 'lr_scheduler' }]);
    expect(unconditionalSchedules('def setup(self):\n    self.lr_scheduler = torch.optim.lr_scheduler.StepLR(self.opt, 10)\n\ndef fit(self):\n    self.lr_scheduler.step()\n')).toEqual([{ call: 'torch.optim.lr_scheduler.StepLR' }]);
    // A function that sets the rate itself works whatever becomes of what it returns.
    expect(unconditionalSchedules('def train(optimizer, epoch, args):\n    lr = adjust_learning_rate(optimizer, epoch, args)\n    cur = cosine_lr_after_step(optimizer, 0.1, epoch, 10, 100)\n')).toEqual([{ call: 'adjust_learning_rate' }, { call: 'cosine_lr_after_step' }]);
    expect(steppedNames('# sched.step()\nfor b in data:\n    lr_sched.step(epoch)\n    self.scaler .step (opt)\n')).toEqual(['lr_sched', 'scaler']);
  });
});
