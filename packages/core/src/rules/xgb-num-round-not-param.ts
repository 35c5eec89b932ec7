import { defineRule } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { fieldName } from '../rule-kit/helpers.js';
import { fieldsNamed } from '../rule-kit/select.js';
import { normalizeKey } from '../classify/normalize.js';
import { XGBOOST_MARKERS } from '../frameworks-data/xgboost.js';
import { numberValue } from '../loader/special-values.js';

/** Booster parameters that show a mapping is the params dict passed to `xgb.train`. */
const BOOSTER = new Set([...XGBOOST_MARKERS, 'objective', 'max_depth', 'subsample', 'gamma', 'lambda', 'alpha', 'nthread', 'seed']);

/**
 * `num_round`/`num_boost_round` is an argument of `xgb.train` (or a CLI `.conf` key), not a
 * booster parameter. In the params dict XGBoost warns "Parameters: { num_round } are not used" and
 * trains the default 10 rounds.
 */
export default defineRule({
  id: 'xgb-num-round-not-param',
  severity: 'warn',
  category: 'framework',
  description: 'Flag `num_round`/`num_boost_round` inside XGBoost booster parameters, where it is ignored',
  presets: ['recommended', 'strict'],
  frameworks: ['xgboost'],
  references: [
    { title: 'XGBoost parameters: num_round is a command-line parameter', url: 'https://xgboost.readthedocs.io/en/stable/parameter.html#command-line-parameters' },
    { title: 'xgboost.train(params, dtrain, num_boost_round=10, ...)', url: 'https://xgboost.readthedocs.io/en/stable/python/python_api.html#xgboost.train' },
  ],
  check(ctx) {
    if (!ctx.hasFramework('xgboost') || ctx.hasFramework('lightgbm')) return;
    for (const field of fieldsNamed(ctx, ['num_round', 'num_boost_round', 'num_rounds', 'nrounds'])) {
      if (!inBoosterParams(field)) continue;
      const rounds = numberValue(field.value);
      ctx.report({
        field,
        on: 'key',
        message: `\`${field.name}\` is not a booster parameter, so XGBoost ignores it here.`,
        explanation:
          `${fieldName(field)} sits among the booster parameters, but the number of rounds is an argument of \`xgb.train(params, dtrain, num_boost_round=...)\` (\`num_round\` only works in a command-line \`.conf\` file). ` +
          `Passed in the params dict, XGBoost warns "Parameters: { ${field.name} } are not used" and trains its default 10 rounds${rounds !== undefined ? ` instead of ${rounds}` : ''}. ` +
          'Pass it as `num_boost_round` to `xgb.train`, or as `n_estimators` to the scikit-learn wrapper (`XGBClassifier`/`XGBRegressor`).',
      });
    }
  },
});

function inBoosterParams(field: Field): boolean {
  let booster = 0;
  for (const e of field.container.entries) if (BOOSTER.has(normalizeKey(String(e.key.value)))) booster++;
  return booster >= 2;
}
