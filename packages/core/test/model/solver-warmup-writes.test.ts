import { describe, expect, it } from 'vitest';
import { solverWarmupWrite } from '../../src/model/solver-warmup-writes.js';

describe('solverWarmupWrite', () => {
  it("finds a project's own default, a setup function's assignment and an override list", () => {
    expect(solverWarmupWrite('_C = CN()\n_C.SOLVER = CN()\n_C.SOLVER.WARMUP_ITERS = 500\n')).toBe('_C.SOLVER.WARMUP_ITERS = 500');
    expect(solverWarmupWrite('def setup(args):\n    cfg.SOLVER.WARMUP_ITERS = cfg.SOLVER.MAX_ITER // 10\n')).toBe('cfg.SOLVER.WARMUP_ITERS = cfg.SOLVER.MAX_ITER // 10');
    expect(solverWarmupWrite('cfg.merge_from_list(["SOLVER.WARMUP_ITERS", "100"])\n')).toBe('cfg.merge_from_list(["SOLVER.WARMUP_ITERS", "100"])');
  });

  it('leaves out reads, comparisons, comments and other warmups', () => {
    expect(solverWarmupWrite('warmup = cfg.SOLVER.WARMUP_ITERS\nif cfg.SOLVER.WARMUP_ITERS == 0:\n    pass\n')).toBeUndefined();
    expect(solverWarmupWrite('# cfg.SOLVER.WARMUP_ITERS = 10\n')).toBeUndefined();
    expect(solverWarmupWrite('cfg.TRAIN.WARMUP_ITERS = 10\nargs.warmup_iters = 5\n')).toBeUndefined();
  });
});
