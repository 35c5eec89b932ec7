import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber, numericFields } from '../rule-kit/helpers.js';
import { numberValue } from '../loader/special-values.js';
import { isSentinel } from '../model/sentinels.js';

/**
 * Learning rates must not be negative (torch.optim raises "Invalid learning rate"); LightGBM's
 * `learning_rate` and scikit-learn's MLP `learning_rate_init` must be strictly positive.
 * scikit-learn's SGD `eta0` may be 0 (its default for SGDClassifier, whose default `optimal`
 * schedule ignores it); only the schedules that use it need it positive, which
 * sgd-schedule-needs-eta0 checks.
 */
export default defineRule({
  id: 'lr-non-negative',
  severity: 'error',
  category: 'range',
  description: 'Require learning rates to be non-negative (positive where the framework demands it)',
  presets: ['recommended', 'strict'],
  references: [
    { title: 'torch.optim.SGD/Adam/AdamW: "Invalid learning rate"', url: 'https://github.com/pytorch/pytorch/blob/main/torch/optim/adam.py' },
    { title: 'LightGBM parameters: learning_rate > 0.0', url: 'https://lightgbm.readthedocs.io/en/latest/Parameters.html#learning_rate' },
    { title: 'scikit-learn MLP: learning_rate_init in (0, inf)', url: 'https://scikit-learn.org/stable/modules/generated/sklearn.neural_network.MLPClassifier.html' },
  ],
  check(ctx) {
    const strictlyPositive = ctx.hasFramework('lightgbm');
    for (const field of numericFields(ctx, ['learning-rate', 'min-learning-rate'])) {
      const value = numberValue(field.value);
      if (value === undefined) continue;
      const mustBePositive = field.concept === 'learning-rate' && (strictlyPositive || field.normalized === 'learning_rate_init');
      if (value > 0 || (value === 0 && !mustBePositive)) continue;
      // `learning_rate: -1  # -1 means use DAdapt`: a sentinel, not a rate.
      if (isSentinel(field, value, ctx.frameworks.map((f) => f.id), ctx.scripts)) continue;
      ctx.report({
        field,
        message: value < 0 ? `Learning rate ${formatNumber(value)} is negative.` : 'Learning rate 0 must be positive here.',
        explanation:
          value < 0
            ? `${fieldName(field)} is ${formatNumber(value)}. A negative learning rate climbs the loss instead of descending it, and PyTorch optimizers refuse it ("Invalid learning rate"). Use a positive value.`
            : `${fieldName(field)} is 0, which this framework rejects (LightGBM requires \`learning_rate > 0\`; scikit-learn's MLP requires \`learning_rate_init\` to be positive). Use a positive value.`,
      });
    }
  },
});
