import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { hyperparameterConceptOfName, type Field } from '../classify/classify.js';
import { numberValue } from '../loader/special-values.js';
import { referencedKey } from '../model/references.js';

interface Options {
  /** A coupled (L2) weight decay at or above this is reported. */
  readonly threshold: number;
}

/** Optimizers whose weight decay is an L2 term added to the gradient: the usual values are 1e-5 to 5e-4. */
const COUPLED = new Set(['sgd', 'adam', 'rmsprop', 'adagrad']);
const USUAL: Readonly<Record<string, string>> = { sgd: '1e-4 to 5e-4', adam: '0 to 1e-4', rmsprop: '0 to 1e-4', adagrad: '0 to 1e-4' };
/** Below this, a name that says weight decay but holds a decay factor is not worth a word: nobody would pass 0.1 on by mistake and lose the run. */
const MISUSED_MINIMUM = 0.5;

/**
 * A weight decay far beyond any optimizer's useful range. With SGD, Adam, RMSprop or Adagrad the decay is an L2 term
 * added to every gradient (`g + wd·w`), and SGD shrinks each weight by `lr·wd` per step: at a decay of 1 or more the
 * pull toward zero outweighs the loss (10% of every weight per step at `lr: 0.1`). Decoupled decay (AdamW, Lion) is
 * multiplied by the rate and is not reported: grokking studies train AdamW at `weight_decay: 1`, and Lion's recommended
 * decay is 3–10× AdamW's.
 *
 * A key named as a weight decay whose value the file only uses as something else is reported too: SpeechBrain's LibriTTS
 * HiFi-GAN recipe writes `weight_decay: 0.9999` and hands it to both `ExponentialLR` schedulers as
 * `gamma: !ref <weight_decay>`. As a weight decay 0.9999 would wipe out the weights; the name invites exactly that use.
 */
export default defineRule<Options>({
  id: 'weight-decay-too-high',
  severity: 'warn',
  category: 'range',
  description: 'Flag a coupled (L2) weight decay of 1 or more, and a weight-decay key the file uses as a decay factor',
  presets: ['recommended', 'strict'],
  options: {
    schema: {
      type: 'object',
      properties: {
        threshold: { type: 'number', exclusiveMinimum: 0, description: 'A coupled (L2) weight decay at or above this is reported.' },
      },
      additionalProperties: false,
    },
    defaults: { threshold: 1 },
  },
  references: [
    { title: 'Loshchilov & Hutter, "Decoupled Weight Decay Regularization" (ICLR 2019): L2 in SGD and Adam', url: 'https://arxiv.org/abs/1711.05101' },
    { title: 'torch.optim.SGD: weight_decay adds weight_decay * param to the gradient', url: 'https://pytorch.org/docs/stable/generated/torch.optim.SGD.html' },
    { title: 'Chen et al., "Symbolic Discovery of Optimization Algorithms" (Lion): a 3-10x larger decay than AdamW', url: 'https://arxiv.org/abs/2302.06675' },
  ],
  check(ctx) {
    const reported = new Set<Field>();
    for (const run of ctx.runs) {
      const { family, weightDecay, name } = run.optimizer;
      // Adam only where its decay is known to be L2 (DeepSpeed's Adam is AdamW, as adam-coupled-weight-decay knows).
      if (!COUPLED.has(family) || (family === 'adam' ? run.optimizer.decoupledWeightDecay !== false : run.optimizer.decoupledWeightDecay === true) || weightDecay?.value === undefined || weightDecay.value < ctx.options.threshold) continue;
      if (reported.has(weightDecay.field)) continue;
      reported.add(weightDecay.field);
      const optimizer = name?.value ?? family;
      ctx.report({
        field: weightDecay.field,
        message: `Weight decay ${formatNumber(weightDecay.value)} is far above what ${optimizer} trains with.`,
        explanation:
          `${fieldName(weightDecay.field)} is ${formatNumber(weightDecay.value)} and the optimizer is ${optimizer}, which adds the decay times each weight to its gradient (an L2 penalty). ` +
          `At ${formatNumber(weightDecay.value)} that pull toward zero outweighs the loss's own gradient for most weights, and ${family === 'sgd' ? 'SGD shrinks every weight by the learning rate times the decay at each step' : 'the weights are driven toward zero'}, so the model barely learns. ` +
          `Usual values for ${family === 'sgd' ? 'SGD' : optimizer} are ${USUAL[family]}; for a strong decay use AdamW, whose decoupled decay is multiplied by the learning rate.`,
      });
    }
    for (const field of ctx.fields) {
      if (field.path.length !== 1 || field.concept === 'weight-decay' || field.concept === undefined || hyperparameterConceptOfName(field.normalized) !== 'weight-decay') continue;
      const value = numberValue(field.value);
      if (value === undefined || value < MISUSED_MINIMUM) continue;
      const users = ctx.fields.filter((g) => g.documentIndex === field.documentIndex && referencedKey(g.value) === field.name);
      if (users.length === 0) continue;
      const where = users.map((u) => `\`${u.path.join('.')}\``).join(' and ');
      ctx.report({
        field,
        on: 'key',
        message: `${fieldName(field)} is ${formatNumber(value)}, far too high for a weight decay; the file uses it as ${where}.`,
        explanation:
          `${fieldName(field)} is named as a weight decay, but the file only hands it to ${where} through \`!ref\`, where it is ${users.some((u) => u.normalized === 'gamma' || u.normalized === 'factor') ? 'the factor a scheduler multiplies the learning rate by' : 'another setting'}. ` +
          `Passed to an optimizer as its weight decay, ${formatNumber(value)} would drive the weights toward zero. Rename it for what it is (\`lr_decay\`, \`lr_gamma\`) so that nobody does.`,
      });
    }
  },
});
