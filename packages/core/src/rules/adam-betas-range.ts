import { defineRule } from '../rule-kit/types.js';
import type { ConfigNode } from '../document/types.js';
import type { Field } from '../classify/classify.js';
import { fieldName, formatNumber, inSearchSpace } from '../rule-kit/helpers.js';
import { numberValue } from '../loader/special-values.js';
import { toDotted } from '../document/pointer.js';

const SINGLE = new Set(['adam_beta1', 'adam_beta2', 'adam_beta3', 'beta1', 'beta2', 'beta3', 'beta_1', 'beta_2', 'b1', 'b2']);
const LISTS = new Set(['betas', 'adam_betas']);

/** Adam's betas are decay rates of moving averages: PyTorch rejects anything outside [0, 1). */
export default defineRule({
  id: 'adam-betas-range',
  severity: 'error',
  category: 'range',
  description: 'Require Adam betas to lie in [0, 1)',
  presets: ['recommended', 'strict'],
  references: [
    { title: 'torch.optim.Adam: "Invalid beta parameter at index 0"', url: 'https://github.com/pytorch/pytorch/blob/main/torch/optim/adam.py' },
    { title: 'scikit-learn MLP: beta_1, beta_2 in [0, 1)', url: 'https://scikit-learn.org/stable/modules/generated/sklearn.neural_network.MLPClassifier.html' },
  ],
  check(ctx) {
    for (const field of ctx.fields) {
      if (field.concept !== 'betas' || inSearchSpace(field)) continue;
      if (SINGLE.has(field.normalized)) check(field, field.value, undefined);
      else if (LISTS.has(field.normalized) && field.value.kind === 'seq') field.value.items.forEach((item, i) => check(field, item, i));
    }
    function check(field: Field, node: ConfigNode, index: number | undefined): void {
      const value = numberValue(node);
      if (value === undefined || (value >= 0 && value < 1)) return;
      const label = index === undefined ? fieldName(field) : '`' + toDotted([...field.path, index]) + '`';
      ctx.report({
        ...(index === undefined ? { field } : { node }),
        message: `Adam beta ${formatNumber(value)} is outside [0, 1).`,
        explanation:
          `${label} is ${formatNumber(value)}. Each beta is the decay rate of a moving average of gradients, so it must be at least 0 and below 1; PyTorch raises "Invalid beta parameter" for it. ` +
          'Common values are 0.9 for the first beta and 0.95–0.999 for the second.',
      });
    }
  },
});
