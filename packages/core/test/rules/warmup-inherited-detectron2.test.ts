import { describe, expect, it } from 'vitest';
import type { ScriptFacts } from '../../src/model/training-run.js';
import { lintWithBases, ZOO_BASE as BASE } from '../detectron2-chain.js';
import { MAX_BASE_CHAIN } from '../../src/engine/related.js';

const RULE = 'warmup-longer-than-run';

/** A detectron2 child config (the model zoo's `quick_schedules` smoke test): `MAX_ITER` set, no warmup. */
const CHILD = '_BASE_: "../Base-RCNN-FPN.yaml"\nMODEL:\n  WEIGHTS: "detectron2://ImageNetPretrained/MSRA/R-50.pkl"\n  MASK_ON: True\nSOLVER:\n  BASE_LR: 0.005\n  STEPS: (30,)\n  MAX_ITER: 40\n  IMS_PER_BATCH: 4\n';

function check(text: string, tree: Record<string, string> = {}, scripts?: ScriptFacts) {
  return lintWithBases(RULE, text, tree, scripts);
}

describe(`${RULE}: a detectron2 run shorter than the warmup it inherits`, () => {
  it("reports MAX_ITER inside detectron2's default warmup of 1000 when the chain sets none (corpus W4)", () => {
    const { diagnostics, requested } = check(CHILD, { 'Base-RCNN-FPN.yaml': BASE });
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual(['8:13 Training stops after 40 iterations, inside the 1000-iteration warmup detectron2 applies by default.']);
    expect(diagnostics[0]!.explanation).toContain('Set `SOLVER.WARMUP_ITERS` here');
    expect(requested).toEqual([{ reference: '../Base-RCNN-FPN.yaml', besideOnly: true }]);
    // A model-zoo base that is not on disk is taken as the stock file, which sets no warmup.
    expect(check(CHILD).diagnostics).toHaveLength(1);
  });

  it('follows the chain, each link from the folder of the file that names it, and takes the nearest warmup', () => {
    const mid = '_BASE_: "../Base-RCNN-FPN.yaml"\nSOLVER:\n  WARMUP_ITERS: 100\n';
    const child = CHILD.replace('../Base-RCNN-FPN.yaml', '../project/Base-Project.yaml');
    // 100 iterations of warmup, the nearest, in a run of 400: the root's 5000 does not count.
    const { diagnostics, requested } = check(child.replace('MAX_ITER: 40', 'MAX_ITER: 400'), { 'project/Base-Project.yaml': mid, 'Base-RCNN-FPN.yaml': BASE.replace('SOLVER:\n', 'SOLVER:\n  WARMUP_ITERS: 5000\n') });
    expect(diagnostics).toEqual([]);
    expect(requested.map((r) => r.reference)).toEqual(['../project/Base-Project.yaml', '../Base-RCNN-FPN.yaml']);
    const long = check(child, { 'project/Base-Project.yaml': mid.replace('WARMUP_ITERS: 100', 'WARMUP_ITERS: 40'), 'Base-RCNN-FPN.yaml': BASE });
    expect(long.diagnostics.map((d) => d.message)).toEqual(['Training stops after 40 iterations, inside the 40-iteration warmup its base sets.']);
    expect(long.diagnostics[0]!.explanation).toContain('`configs/project/Base-Project.yaml`');
  });

  it('stays quiet where the warmup is not known or not a warmup', () => {
    // A base of the project's own that cannot be read leaves the chain open.
    expect(check(CHILD.replace('../Base-RCNN-FPN.yaml', '../Base-Mine.yaml')).diagnostics).toEqual([]);
    // The file's own warmup is judged by the rule's other checks; a run longer than the warmup is fine.
    expect(check(CHILD.replace('  MAX_ITER: 40\n', '  MAX_ITER: 40\n  WARMUP_ITERS: 10\n')).diagnostics).toEqual([]);
    expect(check(CHILD.replace('MAX_ITER: 40', 'MAX_ITER: 20000')).diagnostics).toEqual([]);
    // A warmup factor of 1 starts at the full rate.
    expect(check(CHILD.replace('  MAX_ITER: 40\n', '  MAX_ITER: 40\n  WARMUP_FACTOR: 1.0\n')).diagnostics).toEqual([]);
    // No `_BASE_`: not a model-zoo chain (maskrcnn-benchmark's lineage shares the keys but warms up for 500).
    expect(check(CHILD.replace('_BASE_: "../Base-RCNN-FPN.yaml"\n', '')).diagnostics).toEqual([]);
    // A project whose scripts write the warmup default (see solver-warmup-writes.test.ts).
    expect(check(CHILD, {}, { solverWarmupInScripts: '`_C.SOLVER.WARMUP_ITERS = 10` in config/defaults.py' }).diagnostics).toEqual([]);
  });

  it('stops at a cycle and after MAX_BASE_CHAIN links', () => {
    const loop = '_BASE_: "Base-Loop.yaml"\nSOLVER:\n  IMS_PER_BATCH: 2\n';
    const { diagnostics, requested } = check(CHILD.replace('../Base-RCNN-FPN.yaml', 'Base-Loop.yaml'), { 'quick_schedules/Base-Loop.yaml': loop });
    expect(diagnostics).toEqual([]);
    expect(requested.length).toBeLessThanOrEqual(2);
    // A model-zoo name reached again is a cycle, not the stock file.
    const selfNamed = check(CHILD, { 'Base-RCNN-FPN.yaml': '_BASE_: "Base-RCNN-FPN.yaml"\n' + BASE });
    expect(selfNamed.diagnostics).toEqual([]);
    const chain: Record<string, string> = {};
    for (let i = 0; i < 20; i++) chain[`quick_schedules/b${i}.yaml`] = `_BASE_: "b${i + 1}.yaml"\n`;
    const deep = check(CHILD.replace('../Base-RCNN-FPN.yaml', 'b0.yaml'), chain);
    expect(deep.diagnostics).toEqual([]);
    expect(deep.requested).toHaveLength(MAX_BASE_CHAIN);
  });
});

describe('joinPosix', () => {
  it('folds `.` and `..` and keeps an absolute start absolute', async () => {
    const { joinPosix } = await import('../../src/engine/related.js');
    expect(joinPosix('', '../Base-RCNN-FPN.yaml')).toBe('../Base-RCNN-FPN.yaml');
    expect(joinPosix('..', 'Base.yaml')).toBe('../Base.yaml');
    expect(joinPosix('../project', '../Base.yaml')).toBe('../Base.yaml');
    expect(joinPosix('a/./b', '../../c.yaml')).toBe('c.yaml');
    expect(joinPosix('/abs/configs', 'Base.yaml')).toBe('/abs/configs/Base.yaml');
    expect(joinPosix('/abs', '../../x.yaml')).toBe('/x.yaml');
  });
});
