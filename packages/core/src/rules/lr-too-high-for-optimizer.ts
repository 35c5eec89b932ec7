import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { FAR_ABOVE_USUAL, clippedSgd, lrIsComparable, lrReference, processesForRate, type LrReference } from '../rule-kit/lr-advice.js';
import { ludwigRefusesLearningRate } from '../rule-kit/ludwig.js';

interface Options {
  /** Learning rate at or above which Adam, AdamW and Lion are flagged. */
  readonly adamThreshold: number;
  /** SGD learning rate per 256 examples of global batch at or above which SGD is flagged. */
  readonly sgdThresholdPer256: number;
}

/**
 * A learning rate one or two orders of magnitude above what the optimizer is ever run at, such as
 * Adam at 0.1 (NeMo `optim: {name: adam, lr: .1}`): Adam's update size is about the learning rate
 * itself, so the first steps move every weight by 10% of its scale and training diverges or stalls.
 * Optimizers and schedules with different conventions are exempt: L-BFGS, Prodigy/D-Adaptation,
 * Adadelta, Muon, LARS/LAMB, Adafactor and NovoGrad, Noam-style schedules where `lr` is a multiplier,
 * and SGD whose rate follows linear scaling with the batch (detectron2's 0.08 at batch 64).
 */
export default defineRule<Options>({
  id: 'lr-too-high-for-optimizer',
  severity: 'warn',
  category: 'advice',
  description: 'Flag a learning rate far above what its optimizer is ever trained with',
  presets: ['recommended', 'strict'],
  options: {
    schema: {
      type: 'object',
      properties: {
        adamThreshold: { type: 'number', exclusiveMinimum: 0, description: 'Learning rate at or above which Adam, AdamW and Lion are flagged.' },
        sgdThresholdPer256: { type: 'number', exclusiveMinimum: 0, description: 'SGD learning rate per 256 examples of global batch at or above which SGD is flagged.' },
      },
      additionalProperties: false,
    },
    defaults: { ...FAR_ABOVE_USUAL },
  },
  references: [
    { title: 'Kingma & Ba 2015, Adam (default step size 0.001)', url: 'https://arxiv.org/abs/1412.6980' },
    { title: 'Goyal et al. 2017, Accurate, Large Minibatch SGD (0.1 per 256 examples)', url: 'https://arxiv.org/abs/1706.02677' },
    { title: 'Google Research tuning playbook: choosing the optimizer and its learning rate', url: 'https://github.com/google-research/tuning_playbook#choosing-the-optimizer' },
  ],
  check(ctx) {
    for (const run of ctx.runs) {
      const lr = run.optimizer.lr;
      if (!lr || lr.value === undefined || lr.node.kind !== 'scalar' || !lrIsComparable(run)) continue;
      // Ludwig refuses a trainer learning rate above 1 outright: lr-max-one's error says so.
      if (ctx.hasFramework('ludwig') && ludwigRefusesLearningRate(lr.field)) continue;
      if (clippedSgd(run)) continue;
      const ref = lrReference(run, ctx.options.adamThreshold, ctx.options.sgdThresholdPer256, ctx.worldSize);
      if (!ref || lr.value < ref.threshold) continue;
      const typical = run.optimizer.family === 'sgd' ? 'around 0.1 per 256 examples' : '1e-5 to 1e-3';
      ctx.report({
        field: lr.field,
        message: `Learning rate ${formatNumber(lr.value)} is far above the usual range for ${ref.optimizer}.`,
        explanation:
          `${fieldName(lr.field)} is ${formatNumber(lr.value)}, at or above ${formatNumber(ref.threshold)} (${ref.basis})${run.optimizer.nameFromDefault ? `; ${ref.optimizer} is the framework's default optimizer because the file names none` : ''}. ` +
          `${run.optimizer.family === 'sgd' ? 'SGD steps scale with the learning rate times the gradient' : 'An Adam-style update moves each weight by roughly the learning rate'}, so a rate this high makes the first steps overshoot and the loss diverge or plateau. ` +
          perProcessNote(ref, lr.value, ctx.options.sgdThresholdPer256) +
          `Typical values are ${typical}; lower the rate, or if the optimizer really is one tuned at high rates (L-BFGS, Prodigy, Muon, LARS/LAMB, a Noam schedule), name it so mlconfig can tell.`,
      });
    }
  },
});

/**
 * A batch that may be one process's (timm's `train.py` gives `batch_size` to each process) puts the rate in range on
 * enough processes; the file cannot say how many, so the explanation does, and how to tell mlconfig.
 */
function perProcessNote(ref: LrReference, lr: number, sgdPer256: number): string {
  const batch = ref.perProcessBatch;
  // A batch of 0, -4 or 0.5 is another rule's finding (batch-size-positive); no number of processes makes sense of it.
  if (!batch || !Number.isInteger(batch.value) || batch.value < 1) return '';
  const n = processesForRate(lr, sgdPer256, batch.value);
  return `If ${batch.key} (${formatNumber(batch.value)}) is one process's batch, as in data-parallel programs that give each process its own, ${formatNumber(n)} or more processes make the global batch large enough for this rate; set the \`worldSize\` setting to the number the run uses and mlconfig judges the rate against their combined batch. `;
}
