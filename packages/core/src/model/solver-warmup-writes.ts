/**
 * A script that writes detectron2's `SOLVER.WARMUP_ITERS` itself: a project's own defaults (`_C.SOLVER.WARMUP_ITERS =
 * 500` in its `config/defaults.py`), a setup function (`cfg.SOLVER.WARMUP_ITERS = cfg.SOLVER.MAX_ITER // 10`), or an
 * override list (`cfg.merge_from_list(["SOLVER.WARMUP_ITERS", "100"])`). In such a project detectron2's default of 1000
 * iterations is not what a config without the key runs with.
 */

/** An assignment to `<node>.SOLVER.WARMUP_ITERS`, or the key quoted in an override list. */
const WRITES_WARMUP_ITERS = /^[^\n#]*?(?:\bSOLVER[ \t]*\.[ \t]*WARMUP_ITERS[ \t]*=(?!=)|["']SOLVER\.WARMUP_ITERS["'])[^\n]*/m;

/** The first line of the script that writes `SOLVER.WARMUP_ITERS`, trimmed, if any. */
export function solverWarmupWrite(pythonText: string): string | undefined {
  if (!pythonText.includes('WARMUP_ITERS')) return undefined;
  return WRITES_WARMUP_ITERS.exec(pythonText)?.[0].trim();
}
