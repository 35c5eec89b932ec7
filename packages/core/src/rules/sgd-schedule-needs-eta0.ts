import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { entriesOf, num, str } from '../rule-kit/field-index.js';
import { estimatorOf } from '../rule-kit/sklearn.js';

/**
 * scikit-learn's SGDClassifier/SGDRegressor start the "constant", "invscaling" and "adaptive"
 * schedules from `eta0`, and the "optimal" schedule from `alpha`; `_more_validate_params` raises
 * "eta0 must be > 0" / "alpha must be > 0 since learning_rate is 'optimal'" when the one the
 * schedule uses is zero.
 */
export default defineRule({
  id: 'sgd-schedule-needs-eta0',
  severity: 'error',
  category: 'consistency',
  description: 'Require a positive `eta0` (or `alpha` for "optimal") for the scikit-learn SGD learning-rate schedule',
  presets: ['recommended', 'strict'],
  frameworks: ['sklearn'],
  references: [
    { title: 'scikit-learn linear_model/_stochastic_gradient.py _more_validate_params', url: 'https://github.com/scikit-learn/scikit-learn/blob/main/sklearn/linear_model/_stochastic_gradient.py' },
  ],
  check(ctx) {
    for (const schedule of ctx.fields) {
      if (schedule.normalized !== 'learning_rate') continue;
      const kind = str(schedule);
      if (!kind || !['constant', 'invscaling', 'adaptive', 'optimal'].includes(kind)) continue;
      if (estimatorOf(ctx.fields, schedule.container) !== 'sgd') continue;
      const e = entriesOf(ctx.fields, schedule.container);
      const param = kind === 'optimal' ? e.get('alpha') : e.get('eta0');
      const v = num(param);
      if (!param || v === undefined || v > 0) continue;
      ctx.report({
        field: param,
        message: kind === 'optimal' ? `alpha must be positive for the "optimal" schedule, not ${formatNumber(v)}.` : `eta0 must be positive for the "${kind}" schedule, not ${formatNumber(v)}.`,
        explanation:
          kind === 'optimal'
            ? `${fieldName(schedule)} is "optimal", whose step size is 1 / (alpha × (t + t0)), and ${fieldName(param)} is ${formatNumber(v)}; scikit-learn raises "alpha must be > 0 since learning_rate is 'optimal'". Set a positive \`alpha\` (the default is 0.0001).`
            : `${fieldName(schedule)} is "${kind}", which starts from \`eta0\`, and ${fieldName(param)} is ${formatNumber(v)}; scikit-learn raises "eta0 must be > 0". Set a positive initial learning rate, for example \`eta0: 0.01\`.`,
      });
    }
  },
});
