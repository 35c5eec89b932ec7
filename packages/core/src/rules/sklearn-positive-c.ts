import { defineRule } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { fieldsNamed, sibling } from '../rule-kit/select.js';
import { describeInterval, inInterval, type Interval } from '../rule-kit/interval.js';
import { numberValue } from '../loader/special-values.js';

interface Constraint {
  readonly interval: Interval;
  readonly label: string;
  readonly why: string;
}

const CONSTRAINTS: Readonly<Record<string, Constraint>> = {
  c: { interval: { min: 0, minOpen: true }, label: 'C', why: 'the inverse of the regularization strength, so 0 would mean infinitely strong regularization and a negative value has no meaning' },
  l1_ratio: { interval: { min: 0, max: 1 }, label: 'l1_ratio', why: 'the elastic-net mixing weight between the L1 (1) and L2 (0) penalties' },
  tol: { interval: { min: 0 }, label: 'tol', why: 'the tolerance of the stopping criterion' },
  validation_fraction: { interval: { min: 0, max: 1, maxOpen: true }, label: 'validation_fraction', why: 'the fraction of training data set aside for early stopping' },
};

/**
 * scikit-learn validates estimator parameters against `_parameter_constraints` and raises
 * InvalidParameterError: `C` in (0, inf], `l1_ratio` in [0, 1], `tol` >= 0, MLP
 * `validation_fraction` in [0, 1).
 */
export default defineRule({
  id: 'sklearn-positive-c',
  severity: 'error',
  category: 'range',
  description: 'Require scikit-learn `C` > 0, `l1_ratio` in [0, 1], `tol` >= 0 and `validation_fraction` in [0, 1)',
  presets: ['recommended', 'strict'],
  frameworks: ['sklearn'],
  references: [
    { title: 'scikit-learn LogisticRegression._parameter_constraints: C Interval(Real, 0, None, closed="right")', url: 'https://scikit-learn.org/stable/modules/generated/sklearn.linear_model.LogisticRegression.html' },
    { title: 'scikit-learn MLPClassifier: validation_fraction in [0, 1)', url: 'https://scikit-learn.org/stable/modules/generated/sklearn.neural_network.MLPClassifier.html' },
  ],
  check(ctx) {
    for (const field of fieldsNamed(ctx, Object.keys(CONSTRAINTS))) {
      if (!isSklearnParams(field, ctx.hasFramework('sklearn'))) continue;
      const c = CONSTRAINTS[field.normalized];
      const value = numberValue(field.value);
      if (value === undefined || inInterval(value, c.interval)) continue;
      ctx.report({
        field,
        message: `scikit-learn \`${c.label}\` ${formatNumber(value)} is outside ${describeInterval(c.interval)}.`,
        explanation: `${fieldName(field)} is ${c.why}; scikit-learn accepts only ${describeInterval(c.interval)} and raises InvalidParameterError for ${formatNumber(value)}.`,
      });
    }
  },
});

const SKLEARN_SIBLINGS = ['solver', 'penalty', 'kernel', 'dual', 'fit_intercept', 'class_weight', 'max_iter', 'hidden_layer_sizes', 'multi_class', 'loss', 'early_stopping'];

/** Parameters of a scikit-learn estimator: the file is scikit-learn's, or the mapping has estimator-only siblings. */
function isSklearnParams(field: Field, sklearn: boolean): boolean {
  const siblings = SKLEARN_SIBLINGS.filter((n) => sibling(field, n) !== undefined).length;
  if (field.normalized === 'c') return (sklearn && siblings >= 1) || siblings >= 2;
  return sklearn && siblings >= 1;
}
