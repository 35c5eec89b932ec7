import { defineRule } from '../rule-kit/types.js';
import { fieldName } from '../rule-kit/helpers.js';
import { describeValues, learnedFields } from '../rule-kit/learned.js';

/**
 * scikit-learn's fitted attributes end in a single underscore (`coef_`, `intercept_`,
 * `support_vectors_`) and are set only by `fit`; in a parameter file they break `clone` and
 * `set_params` and pretend that a fitted model is a hyperparameter. A tuned decision threshold
 * (`best_threshold_`) is fitted too, but `learned-threshold-vs-param` reports it, because it can
 * point at the hyperparameter twin (`FixedThresholdClassifier`'s `threshold`); see `learnedFamily`.
 */
export default defineRule({
  id: 'learned-sklearn-attrs',
  severity: 'warn',
  category: 'learned-parameters',
  description: 'Flag scikit-learn fitted attributes (`coef_`, `support_vectors_`, …) inside a config',
  presets: ['recommended', 'strict'],
  frameworks: ['sklearn'],
  references: [
    { title: 'scikit-learn developer guide: estimated attributes end with an underscore', url: 'https://scikit-learn.org/stable/developers/develop.html#estimated-attributes' },
    { title: 'sklearn.utils.validation.check_is_fitted', url: 'https://scikit-learn.org/stable/modules/generated/sklearn.utils.validation.check_is_fitted.html' },
  ],
  check(ctx) {
    for (const field of learnedFields(ctx.fields, 'sklearn')) {
      ctx.report({
        field,
        on: 'key',
        message: `${fieldName(field)} is a fitted attribute (${describeValues(field)}), not a hyperparameter.`,
        explanation:
          `Names ending in one underscore are what scikit-learn's \`fit\` computes (${field.evidence.join('; ')}). A parameter file should hold only constructor arguments (\`get_params()\`); ` +
          'fitted values in it are silently ignored by `set_params` or rejected, and they go stale when the data changes. Persist the fitted estimator with `joblib.dump` or skops instead.',
      });
    }
  },
});
