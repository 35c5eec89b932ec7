import { graphBenchmark } from '../model/graph-learning.js';
import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { ADAPTIVE_LR_FAMILIES, SCHEDULE_EXEMPT_FAMILIES } from '../model/optimizer-family.js';
import type { TrainingRun } from '../model/training-run.js';
import { farAboveUsual, federatedSgd, ratedAsTraining } from '../rule-kit/lr-advice.js';
import { siblingOf } from '../rule-kit/field-index.js';

interface Options {
  /** Peak learning rate at or above which Adam-family optimizers are flagged. */
  readonly adaptiveThreshold: number;
  /** SGD learning rate per 256 examples of global batch at or above which SGD is flagged. */
  readonly sgdThresholdPer256: number;
  /** Threshold when the optimizer is unknown. */
  readonly unknownThreshold: number;
}

/**
 * A high learning rate held constant for the whole run (tuning playbook: always use some decay;
 * Goyal et al.: SGD at 0.1 per 256 examples). Optimizers tuned at high or constant rates by design
 * (L-BFGS, Prodigy/D-Adaptation, schedule-free, LARS/LAMB, Muon, Adadelta, Adafactor) and Adagrad, whose
 * steps shrink by construction, are exempt, and so
 * are federated clients running SGD (a constant client rate, restarted every round, is FedAvg's design).
 */
export default defineRule<Options>({
  id: 'lr-without-schedule',
  severity: 'warn',
  category: 'advice',
  description: 'Flag a high learning rate that no schedule ever decays',
  presets: ['recommended', 'strict'],
  options: {
    schema: {
      type: 'object',
      properties: {
        adaptiveThreshold: { type: 'number', exclusiveMinimum: 0, description: 'Adam-family learning rate at or above which a constant rate is flagged.' },
        sgdThresholdPer256: { type: 'number', exclusiveMinimum: 0, description: 'SGD learning rate per 256 examples of global batch at or above which a constant rate is flagged.' },
        unknownThreshold: { type: 'number', exclusiveMinimum: 0, description: 'Threshold when the optimizer is not known (SGD\'s usual rate, 0.1, by default).' },
      },
      additionalProperties: false,
    },
    defaults: { adaptiveThreshold: 3e-3, sgdThresholdPer256: 0.1, unknownThreshold: 0.1 },
  },
  references: [
    { title: 'Google Research tuning playbook: "What is the best learning rate decay schedule family?"', url: 'https://github.com/google-research/tuning_playbook#what-is-the-best-learning-rate-decay-schedule-family' },
    { title: 'Goyal et al. 2017, Accurate, Large Minibatch SGD (0.1 per 256 examples)', url: 'https://arxiv.org/abs/1706.02677' },
  ],
  check(ctx) {
    for (const run of ctx.runs) {
      const lr = run.optimizer.lr;
      if (!lr || lr.value === undefined || lr.node.kind !== 'scalar') continue;
      const { schedule } = run;
      const constant = schedule.shape === 'constant' || (schedule.source === 'absent' && !ctx.partial);
      if (!constant) continue;
      const family = run.optimizer.family;
      if (SCHEDULE_EXEMPT_FAMILIES.has(family)) continue;
      // Far above the optimizer's usual range: lr-too-high-for-optimizer's finding; lower the rate first.
      if (farAboveUsual(run, ctx.worldSize)) continue;
      // An unnamed optimizer with Adadelta's `rho` beside the rate may be Adadelta, whose usual rate is 1.0
      // (EasyOCR's trainer: `optim: False  # default is Adadelta`, `lr: 1.`, `rho: 0.95`).
      if (family === 'unknown' && siblingOf(ctx.fields, lr.field, 'rho')) continue;
      // Federated clients run SGD at a constant rate for a few local epochs per round, by design.
      if (federatedSgd(run)) continue;
      // Soft prompts and model edits: a few vectors or weights, at rates no training range fits (see lr-advice.ts).
      if (!ratedAsTraining(run)) continue;
      const threshold = thresholdFor(run, ctx.options, ctx.scripts.graphLearning ?? graphBenchmark(ctx.fields, ctx.doc.filePath));
      if (lr.value < threshold.value) continue;
      const named = schedule.type?.value;
      const why = named ? `the \`${named}\` schedule keeps it constant` : schedule.source === 'framework-default' ? 'the framework keeps it constant when no schedule is set' : 'no learning-rate schedule is configured';
      ctx.report({
        field: lr.field,
        message: `Learning rate ${formatNumber(lr.value)} is high for ${threshold.optimizer} and ${named ? 'the schedule keeps it constant' : 'nothing decays it'}.`,
        explanation:
          `${fieldName(lr.field)} is ${formatNumber(lr.value)}, at or above ${formatNumber(threshold.value)} (${threshold.basis}), and ${why}. ` +
          'A high rate that never decays makes the loss plateau or diverge late in training, and the run ends far from the best model it could reach. ' +
          'Add a decaying schedule with warmup (for example cosine or linear decay; `lr_scheduler_type: cosine` in HF Trainer, a `scheduler` block elsewhere), or lower the learning rate. ' +
          'If the value was tuned for a constant rate on purpose (a hyperparameter-search result, for example), suppress this finding on that line.',
      });
    }
  },
});

function thresholdFor(run: TrainingRun, options: Options, graphLearning: string | undefined): { value: number; optimizer: string; basis: string } {
  const family = run.optimizer.family;
  const name = run.optimizer.name?.value ?? (family === 'unknown' ? undefined : family);
  // GCN and GAT train full-batch on a benchmark graph, one step per epoch, at a constant 0.01 or 0.005 (Kipf & Welling).
  if (ADAPTIVE_LR_FAMILIES.has(family) && graphLearning !== undefined) {
    return { value: options.adaptiveThreshold * 10, optimizer: name ?? family, basis: `three times the 0.01 that graph networks are trained with at a constant rate (${graphLearning})` };
  }
  if (ADAPTIVE_LR_FAMILIES.has(family)) {
    return { value: options.adaptiveThreshold, optimizer: name ?? family, basis: `three times the usual ${family === 'adafactor' ? 'Adafactor' : 'Adam'}-family default of 1e-3` };
  }
  if (family === 'sgd') {
    const batch = run.batch.global?.value ?? run.batch.size?.value;
    const scale = batch && batch > 256 ? batch / 256 : 1;
    return { value: options.sgdThresholdPer256 * scale, optimizer: name ?? 'SGD', basis: `${formatNumber(options.sgdThresholdPer256)} per 256 examples of batch, the linear-scaling reference` };
  }
  // An optimizer the file does not name may be SGD, run at 0.1 per 256 examples, often with a decay the program
  // hard-codes (UniMatch's poly decay of SGD at 0.01): only a rate high for every common optimizer is flagged.
  return { value: options.unknownThreshold, optimizer: name ? `\`${name}\`` : 'an unspecified optimizer', basis: 'the rate SGD is usually run at, the highest usual rate of the common optimizers' };
}
