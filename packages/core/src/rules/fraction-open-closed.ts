import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { fieldsNamed, sibling } from '../rule-kit/select.js';
import { isLightgbmParam, isXgboostParam } from '../rule-kit/gbdt.js';
import { numberValue } from '../loader/special-values.js';
import type { Field } from '../classify/classify.js';
import type { RuleContext } from '../rule-kit/types.js';

const XGB = ['subsample', 'colsample_bytree', 'colsample_bylevel', 'colsample_bynode'];
const LGBM = ['bagging_fraction', 'sub_row', 'subsample', 'pos_bagging_fraction', 'pos_sub_row', 'pos_subsample', 'neg_bagging_fraction', 'neg_sub_row',
  'neg_subsample', 'feature_fraction', 'sub_feature', 'colsample_bytree', 'feature_fraction_bynode', 'sub_feature_bynode', 'colsample_bynode'];

/**
 * Row and column sampling fractions of gradient-boosted trees lie in (0, 1]: XGBoost sets the range
 * on `subsample`/`colsample_by*`, LightGBM checks `0.0 < bagging_fraction <= 1.0` (and the same for
 * `feature_fraction` and the balanced-bagging fractions) and stops with a fatal error, scikit-learn's
 * GradientBoosting validates `subsample` in (0, 1].
 */
export default defineRule({
  id: 'fraction-open-closed',
  severity: 'error',
  category: 'range',
  description: 'Require GBDT row and column sampling fractions to lie in (0, 1]',
  presets: ['recommended', 'strict'],
  frameworks: ['xgboost', 'lightgbm', 'sklearn', 'ludwig'],
  references: [
    { title: 'LightGBM config: CHECK_GT(bagging_fraction, 0.0); CHECK_LE(bagging_fraction, 1.0)', url: 'https://lightgbm.readthedocs.io/en/latest/Parameters.html#bagging_fraction' },
    { title: 'XGBoost parameters: subsample and colsample_by* range (0,1]', url: 'https://xgboost.readthedocs.io/en/stable/parameter.html#parameters-for-tree-booster' },
    { title: 'scikit-learn GradientBoostingClassifier: subsample in (0.0, 1.0]', url: 'https://scikit-learn.org/stable/modules/generated/sklearn.ensemble.GradientBoostingClassifier.html' },
  ],
  check(ctx) {
    for (const field of fieldsNamed(ctx, new Set([...XGB, ...LGBM]))) {
      const framework = owner(ctx, field);
      if (!framework) continue;
      const value = numberValue(field.value);
      if (value === undefined || (value > 0 && value <= 1)) continue;
      ctx.report({
        field,
        message: `Sampling fraction ${formatNumber(value)} is outside (0, 1].`,
        explanation:
          `${fieldName(field)} is the fraction of rows or columns each tree sees, so it must be above 0 and at most 1; ${framework} refuses ${formatNumber(value)}. ` +
          (value === 0 ? 'A fraction of 0 would give every tree no data at all. ' : value > 1 && value <= 100 ? `If ${formatNumber(value)} was meant as a percentage, write ${formatNumber(value / 100)}. ` : '') +
          'Use 1.0 to disable sampling; 0.5 to 0.9 is typical.',
      });
    }
  },
});

function owner(ctx: RuleContext<object>, field: Field): string | undefined {
  if (XGB.includes(field.normalized) && isXgboostParam(ctx, field)) return 'XGBoost';
  if (LGBM.includes(field.normalized) && isLightgbmParam(ctx, field)) return 'LightGBM';
  if (field.normalized === 'subsample' && ctx.hasFramework('sklearn') && (sibling(field, 'n_estimators') || sibling(field, 'max_depth'))) return 'scikit-learn';
  return undefined;
}
