import { defineRule } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { fieldName } from '../rule-kit/helpers.js';
import { bool, entriesOf } from '../rule-kit/field-index.js';
import { estimatorOf } from '../rule-kit/sklearn.js';

/**
 * Out-of-bag scoring evaluates each tree on the samples its bootstrap left out, so scikit-learn's
 * forests raise "Out of bag estimation only available if bootstrap=True", and "`max_sample` cannot
 * be set if `bootstrap=False`". ExtraTrees defaults `bootstrap` to False (RandomForest to True).
 * Bagging estimators refuse `oob_score` together with `warm_start`.
 */
export default defineRule({
  id: 'oob-needs-bootstrap',
  severity: 'error',
  category: 'consistency',
  description: 'Require bootstrap sampling for out-of-bag scores and `max_samples` in scikit-learn ensembles',
  presets: ['recommended', 'strict'],
  frameworks: ['sklearn'],
  references: [
    { title: 'scikit-learn ensemble/_forest.py BaseForest.fit', url: 'https://github.com/scikit-learn/scikit-learn/blob/main/sklearn/ensemble/_forest.py' },
    { title: 'scikit-learn ensemble/_bagging.py BaseBagging._fit', url: 'https://github.com/scikit-learn/scikit-learn/blob/main/sklearn/ensemble/_bagging.py' },
  ],
  check(ctx) {
    const seen = new Set<Field['container']>();
    for (const f of ctx.fields) {
      if ((f.normalized !== 'oob_score' && f.normalized !== 'max_samples') || seen.has(f.container)) continue;
      seen.add(f.container);
      const e = entriesOf(ctx.fields, f.container);
      const estimator = estimatorOf(ctx.fields, f.container);
      const oob = e.get('oob_score');
      const bootstrap = e.get('bootstrap');
      const bs = bootstrap ? bool(bootstrap) : estimator === 'extra-trees' ? false : estimator === 'forest' || estimator === 'bagging' ? true : undefined;
      const bsText = bootstrap ? `${fieldName(bootstrap)} is false` : '`bootstrap` defaults to False for ExtraTrees';
      if (oob && bool(oob) === true && bs === false) {
        ctx.report({
          field: oob,
          on: 'key',
          message: 'oob_score needs bootstrap sampling, but bootstrap is off.',
          explanation: `${fieldName(oob)} scores each tree on the samples its bootstrap sample left out, and ${bsText}, so there are no out-of-bag samples; scikit-learn raises "Out of bag estimation only available if bootstrap=True". Set \`bootstrap: true\`, or remove \`oob_score\`.`,
        });
      }
      const maxSamples = e.get('max_samples');
      if (maxSamples && !(maxSamples.value.kind === 'scalar' && maxSamples.value.value === null) && bs === false && estimator !== 'bagging') {
        ctx.report({
          field: maxSamples,
          on: 'key',
          message: 'max_samples needs bootstrap sampling, but bootstrap is off.',
          explanation: `${fieldName(maxSamples)} sets the size of each tree's bootstrap sample, and ${bsText}, so there is no bootstrap sample to size; scikit-learn raises "\`max_sample\` cannot be set if \`bootstrap=False\`". Set \`bootstrap: true\`, or remove \`max_samples\`.`,
        });
      }
      const warm = e.get('warm_start');
      if (estimator === 'bagging' && oob && bool(oob) === true && warm && bool(warm) === true) {
        ctx.report({
          field: warm,
          on: 'key',
          message: 'oob_score cannot be combined with warm_start in a bagging ensemble.',
          explanation: `${fieldName(oob)} and ${fieldName(warm)} are both true; the out-of-bag estimate is computed over all estimators at once, which warm starting breaks, and scikit-learn raises "Out of bag estimate only available if warm_start=False". Turn one of them off.`,
        });
      }
    }
  },
});
