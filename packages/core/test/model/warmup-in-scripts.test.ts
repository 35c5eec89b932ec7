import { describe, expect, it } from 'vitest';
import { warmupAddedToRun, warmupDecayPoints } from '../../src/model/warmup-in-scripts.js';

const points = (text: string): Record<string, string> => Object.fromEntries(warmupDecayPoints(text));
const added = (text: string): Record<string, string> => Object.fromEntries(warmupAddedToRun(text));

// RotatE's run.py, as STHGCN's run.py copies it: the rate is divided by ten once the step reaches `warm_up_steps`.
const ROTATE = [
  '    if cfg.run_args.warm_up_steps:',
  '        warm_up_steps = cfg.run_args.warm_up_steps',
  '    else:',
  '        warm_up_steps = cfg.run_args.max_steps // 2',
  '    for step in range(init_step, args.max_steps):',
  '        log = kge_model.train_step(kge_model, optimizer, train_iterator, args)',
  '        if step >= warm_up_steps:',
  '            current_learning_rate = current_learning_rate / 10',
  "            logging.info('Change learning_rate to %f at step %d' % (current_learning_rate, step))",
  '',
].join('\n');

describe('warmupDecayPoints', () => {
  it('finds a warmup-named setting the step is compared with before the rate is divided (RotatE, STHGCN)', () => {
    expect(points(ROTATE)).toEqual({ warm_up_steps: '`if step >= warm_up_steps:` then `current_learning_rate = current_learning_rate / 10`' });
  });

  it('reads `/=`, `*=`, a subscripted rate, the comparison written the other way round and a setting read from the config', () => {
    expect(Object.keys(points("if it >= cfg['train']['warmup_iters']:\n    for g in opt.param_groups:\n        g['lr'] *= 0.1\n"))).toEqual(['warmup_iters']);
    expect(Object.keys(points('if args.warmup_steps <= global_step:  # decay\n    lr /= 10\n'))).toEqual(['warmup_steps']);
  });

  it('ignores a real warmup: a rate set from another value, a comparison with `<`, a body that does not scale the rate', () => {
    expect(points('if step >= warmup_steps:\n    lr = base_lr * 0.5 * (1 + math.cos(math.pi * t))\n')).toEqual({});
    expect(points('if step < warmup_steps:\n    lr = lr * step / warmup_steps\n')).toEqual({});
    expect(points('if step >= warmup_steps:\n    done = True\nlr = lr / 10\n')).toEqual({});
    expect(points('if epoch >= warmup_epochs:\n    lr = base_lr / 10\n')).toEqual({});
    // Raising the rate is no decay.
    expect(points('if step >= warmup_steps:\n    lr *= 10\n')).toEqual({});
    expect(points('if step >= warmup_steps:\n    lr = lr / 0.5\n')).toEqual({});
    // `decay_start` is not a warmup's name.
    expect(points('if step >= decay_start:\n    lr = lr / 10\n')).toEqual({});
  });
});

describe('warmupAddedToRun', () => {
  it("finds a warmup added to the run's epochs (SnAG's worker, ActionFormer)", () => {
    expect(added("        self.num_epochs = opt['train']['epochs'] + opt['train']['warmup_epochs']\n")).toEqual({ warmup_epochs: "`opt['train']['epochs'] + opt['train']['warmup_epochs']`" });
    expect(Object.keys(added('max_epochs = cfg.warmup_epochs + cfg.max_epochs\n'))).toEqual(['warmup_epochs']);
  });

  it('ignores a warmup added to a loop counter or a start, a difference, and other sums', () => {
    expect(added('if epoch < warmup_epochs + epoch_start:\n    pass\nlr = base_lr * (epoch + 1) / warmup_epochs\n')).toEqual({});
    expect(added('t_max = epochs - warmup_epochs\n')).toEqual({});
    expect(added('n = warmup_epochs + 1\nm = epoch + warmup_epochs\n')).toEqual({});
  });
});
