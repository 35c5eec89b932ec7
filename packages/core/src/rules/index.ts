/** Every built-in rule, in id order. One file per rule; `docs/rules/<id>.md` documents each. */
import type { Rule } from '../rule-kit/types.js';
import adamBetasRange from './adam-betas-range.js';
import adamCoupledWeightDecay from './adam-coupled-weight-decay.js';
import batchTriad from './batch-triad.js';
import constantScheduleIgnoresWarmup from './constant-schedule-ignores-warmup.js';
import dropoutRange from './dropout-range.js';
import duplicateKey from './duplicate-key.js';
import epochsAndMaxSteps from './epochs-and-max-steps.js';
import fp16Bf16Exclusive from './fp16-bf16-exclusive.js';
import learnedSklearnAttrs from './learned-sklearn-attrs.js';
import learnedTorchState from './learned-torch-state.js';
import loadBestNeedsMatchingStrategies from './load-best-needs-matching-strategies.js';
import lrNonNegative from './lr-non-negative.js';
import lrWithoutSchedule from './lr-without-schedule.js';
import momentumRange from './momentum-range.js';
import warmupLongerThanRun from './warmup-longer-than-run.js';
import warmupStepsRatioExclusive from './warmup-steps-ratio-exclusive.js';
import weightDecayNonNegative from './weight-decay-non-negative.js';
import yamlSciNotationString from './yaml-sci-notation-string.js';

export const RULES: readonly Rule<object>[] = [
  adamBetasRange,
  adamCoupledWeightDecay,
  batchTriad,
  constantScheduleIgnoresWarmup,
  dropoutRange,
  duplicateKey,
  epochsAndMaxSteps,
  fp16Bf16Exclusive,
  learnedSklearnAttrs,
  learnedTorchState,
  loadBestNeedsMatchingStrategies,
  lrNonNegative,
  lrWithoutSchedule,
  momentumRange,
  warmupLongerThanRun,
  warmupStepsRatioExclusive,
  weightDecayNonNegative,
  yamlSciNotationString,
] as readonly Rule<object>[];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule<object> | undefined {
  return BY_ID.get(id);
}
