import { describe, expect, it } from 'vitest';
import { lintWithBases, ZOO_BASE } from '../detectron2-chain.js';

const RULE = 'scheduler-milestones-within-run';
const check = (text: string, tree: Record<string, string> = {}) => lintWithBases(RULE, text, tree).diagnostics;

/** A fine-tune that shortens the run and keeps the base's milestones. */
const SHORT = '_BASE_: "../Base-RCNN-FPN.yaml"\nMODEL:\n  ROI_HEADS:\n    NUM_CLASSES: 3\nSOLVER:\n  BASE_LR: 0.0025\n  MAX_ITER: 3000\n';
/** A long schedule that moves the milestones and keeps the base's run length. */
const STEPS_ONLY = '_BASE_: "../Base-RCNN-FPN.yaml"\nSOLVER:\n  STEPS: (210000, 250000)\n';

describe(`${RULE}: a detectron2 file that sets one of STEPS and MAX_ITER and inherits the other`, () => {
  it("reports a MAX_ITER that ends the run before every milestone the base sets, on MAX_ITER", () => {
    const d = check(SHORT, { 'Base-RCNN-FPN.yaml': ZOO_BASE });
    expect(d.map((x) => `${x.line}:${x.column} ${x.message}`)).toEqual(['7:13 Training ends at 3000 iterations, before the decay milestones 60000, 80000 this file inherits.']);
    expect(d[0]!.explanation).toContain('`configs/Base-RCNN-FPN.yaml`');
    expect(d[0]!.explanation).toContain('the rate never decays');
    expect(d[0]!.explanation).toContain('`STEPS: []`');
    // The model zoo's own base, not on disk, is known; detectron2's defaults apply at a root without STEPS.
    expect(check(SHORT)[0]!.explanation).toContain("the model zoo's `Base-RCNN-FPN.yaml`");
    const root = ZOO_BASE.replace('  STEPS: (60000, 80000)\n', '');
    expect(check(SHORT, { 'Base-RCNN-FPN.yaml': root }).map((x) => x.message)).toEqual(['Training ends at 3000 iterations, before the decay milestone 30000 this file inherits.']);
  });

  it('reports STEPS beyond the MAX_ITER the file inherits, on STEPS', () => {
    const d = check(STEPS_ONLY, { 'Base-RCNN-FPN.yaml': ZOO_BASE });
    expect(d.map((x) => `${x.line}:${x.column} ${x.message}`)).toEqual(['3:10 Decay milestones 210000, 250000 lie beyond the end of training at 90000 iterations, the `MAX_ITER` this file inherits.']);
    expect(check(STEPS_ONLY.replace('(210000, 250000)', '(60000, 80000)'), { 'Base-RCNN-FPN.yaml': ZOO_BASE })).toEqual([]);
  });

  it('stays quiet where the schedule is not a multi-step one, counts epochs, or is not known', () => {
    expect(check(SHORT.replace('  MAX_ITER: 3000\n', '  MAX_ITER: 3000\n  LR_SCHEDULER_NAME: WarmupCosineLR\n'), { 'Base-RCNN-FPN.yaml': ZOO_BASE })).toEqual([]);
    expect(check(SHORT, { 'Base-RCNN-FPN.yaml': ZOO_BASE.replace('SOLVER:\n', 'SOLVER:\n  LR_SCHEDULER_NAME: WarmupPolyLR\n') })).toEqual([]);
    expect(check(SHORT, { 'Base-RCNN-FPN.yaml': ZOO_BASE.replace('SOLVER:\n', 'SOLVER:\n  MAX_EPOCH: 12\n') })).toEqual([]);
    // A base of the project's own that is not on disk.
    expect(check(SHORT.replace('../Base-RCNN-FPN.yaml', '../Base-Mine.yaml'))).toEqual([]);
    // A run long enough, and a file that sets both (judged as before, without its bases).
    expect(check(SHORT.replace('MAX_ITER: 3000', 'MAX_ITER: 90000'), { 'Base-RCNN-FPN.yaml': ZOO_BASE })).toEqual([]);
    expect(check(SHORT.replace('  MAX_ITER: 3000\n', '  MAX_ITER: 3000\n  STEPS: (2000,)\n'), { 'Base-RCNN-FPN.yaml': ZOO_BASE })).toEqual([]);
    // A comment that says the drops are off on purpose.
    expect(check(STEPS_ONLY.replace('(210000, 250000)', '(210000, 250000)  # no decay'), { 'Base-RCNN-FPN.yaml': ZOO_BASE })).toEqual([]);
  });
});
