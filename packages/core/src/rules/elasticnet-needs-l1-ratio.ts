import { defineRule } from '../rule-kit/types.js';
import { fieldName } from '../rule-kit/helpers.js';
import { entriesOf, str } from '../rule-kit/field-index.js';
import { estimatorOf } from '../rule-kit/sklearn.js';

/**
 * Elastic-net mixes L1 and L2 by `l1_ratio`. scikit-learn's LogisticRegression has no default for
 * it (None) and raises "l1_ratio must be specified when penalty is elasticnet" in `fit`.
 */
export default defineRule({
  id: 'elasticnet-needs-l1-ratio',
  severity: 'error',
  category: 'consistency',
  description: 'Require `l1_ratio` when LogisticRegression uses the elasticnet penalty',
  presets: ['recommended', 'strict'],
  frameworks: ['sklearn'],
  references: [
    { title: 'scikit-learn linear_model/_logistic.py LogisticRegression.fit', url: 'https://github.com/scikit-learn/scikit-learn/blob/main/sklearn/linear_model/_logistic.py' },
  ],
  check(ctx) {
    for (const penalty of ctx.fields) {
      if (penalty.normalized !== 'penalty' || str(penalty) !== 'elasticnet') continue;
      if (estimatorOf(ctx.fields, penalty.container) !== 'logistic-regression') continue;
      const ratio = entriesOf(ctx.fields, penalty.container).get('l1_ratio');
      if (ratio && !(ratio.value.kind === 'scalar' && ratio.value.value === null)) continue;
      ctx.report({
        field: penalty,
        message: 'The elasticnet penalty needs `l1_ratio`.',
        explanation: `${fieldName(penalty)} is "elasticnet", which mixes L1 and L2 by \`l1_ratio\`, but ${ratio ? `${fieldName(ratio)} is null` : '`l1_ratio` is not set'}; LogisticRegression raises "l1_ratio must be specified when penalty is elasticnet". Add \`l1_ratio\` between 0 (pure L2) and 1 (pure L1), for example 0.5.`,
      });
    }
  },
});
