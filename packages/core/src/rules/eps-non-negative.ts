import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber, numericFields } from '../rule-kit/helpers.js';
import { fieldsNamed, sibling } from '../rule-kit/select.js';
import { numberValue } from '../loader/special-values.js';
import type { Field } from '../classify/classify.js';

/**
 * An optimizer's epsilon keeps its denominator away from zero. PyTorch optimizers refuse a
 * negative one ("Invalid epsilon value"); scikit-learn's MLP requires `epsilon > 0`.
 */
export default defineRule({
  id: 'eps-non-negative',
  severity: 'error',
  category: 'range',
  description: 'Require optimizer epsilon to be non-negative (positive for scikit-learn MLP)',
  presets: ['recommended', 'strict'],
  references: [
    { title: 'torch.optim.Adam: "Invalid epsilon value"', url: 'https://github.com/pytorch/pytorch/blob/main/torch/optim/adam.py' },
    { title: 'scikit-learn MLPClassifier: epsilon in (0, inf)', url: 'https://scikit-learn.org/stable/modules/generated/sklearn.neural_network.MLPClassifier.html' },
  ],
  check(ctx) {
    const sklearn = ctx.hasFramework('sklearn');
    // scikit-learn's MLP `epsilon` sits next to `learning_rate_init`, which the classifier does not count as optimizer context.
    const mlpFields = fieldsNamed(ctx, ['epsilon']).filter((f) => isSklearnMlp(f, sklearn));
    for (const field of new Set([...numericFields(ctx, ['epsilon']), ...mlpFields])) {
      const value = numberValue(field.value);
      if (value === undefined) continue;
      const mlp = mlpFields.includes(field);
      if (value > 0 || (value === 0 && !mlp)) continue;
      ctx.report({
        field,
        message: value < 0 ? `Optimizer epsilon ${formatNumber(value)} is negative.` : 'Optimizer epsilon 0 must be positive for scikit-learn MLP.',
        explanation:
          value < 0
            ? `${fieldName(field)} is ${formatNumber(value)}. Epsilon is added to the denominator of adaptive optimizers to keep it away from zero; a negative value can make the denominator zero or negative, and PyTorch optimizers refuse it ("Invalid epsilon value"). Typical values are 1e-8 (PyTorch) or 1e-7 (Keras).`
            : `${fieldName(field)} is 0, but scikit-learn's MLP requires \`epsilon > 0\` and raises InvalidParameterError. Use the default 1e-8.`,
      });
    }
  },
});

/** scikit-learn's MLPClassifier/MLPRegressor: `epsilon` next to `hidden_layer_sizes` or an `adam` solver. */
function isSklearnMlp(field: Field, sklearn: boolean): boolean {
  if (sibling(field, 'hidden_layer_sizes') || sibling(field, 'learning_rate_init')) return true;
  const solver = sibling(field, 'solver');
  return sklearn && solver?.kind === 'scalar' && solver.value === 'adam';
}
