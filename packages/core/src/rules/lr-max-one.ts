import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber, numericFields } from '../rule-kit/helpers.js';
import { fieldsNamed } from '../rule-kit/select.js';
import { numberValue } from '../loader/special-values.js';
import { XGBOOST_MARKERS } from '../frameworks-data/xgboost.js';
import { isGbmModel } from '../rule-kit/ludwig.js';
import type { Field } from '../classify/classify.js';

/**
 * Ludwig's ECD trainer accepts `learning_rate` only in [0, 1] (or `auto`) and refuses the config
 * otherwise; XGBoost documents `eta`/`learning_rate` as a shrinkage factor in [0, 1]. (Negative
 * rates are `lr-non-negative`'s.) Ludwig's GBM trainer (`model_type: gbm`) has no upper bound.
 */
export default defineRule({
  id: 'lr-max-one',
  severity: 'error',
  category: 'range',
  description: 'Require Ludwig `trainer.learning_rate` and XGBoost `eta` to be at most 1',
  presets: ['recommended', 'strict'],
  frameworks: ['ludwig', 'xgboost'],
  references: [
    { title: 'Ludwig ECDTrainerConfig: learning_rate FloatRange(min=0, max=1) or "auto"', url: 'https://github.com/ludwig-ai/ludwig/blob/master/ludwig/schema/trainer.py' },
    { title: 'XGBoost parameters: eta, range [0,1]', url: 'https://xgboost.readthedocs.io/en/stable/parameter.html#parameters-for-tree-booster' },
  ],
  check(ctx) {
    if (ctx.hasFramework('ludwig')) {
      for (const field of fieldsNamed(ctx, ['learning_rate'])) {
        if (field.parent?.normalized !== 'trainer' || isGbmModel(field)) continue;
        const value = numberValue(field.value);
        if (value === undefined || value <= 1) continue;
        ctx.report({
          field,
          message: `Ludwig's trainer learning rate ${formatNumber(value)} is above 1.`,
          explanation:
            `${fieldName(field)} is ${formatNumber(value)}, but Ludwig's trainer schema only accepts a learning rate between 0 and 1 (or \`auto\`) and refuses the config. ` +
            'Typical values are 1e-4 to 1e-2 for Adam-family optimizers; write `auto` to let Ludwig search for one.',
        });
      }
    }
    if (ctx.hasFramework('xgboost')) {
      for (const field of numericFields(ctx, ['learning-rate'])) {
        if (field.normalized !== 'eta' && field.normalized !== 'learning_rate') continue;
        if (!isXgboostParams(field)) continue;
        const value = numberValue(field.value);
        if (value === undefined || value <= 1) continue;
        ctx.report({
          field,
          message: `XGBoost step size ${formatNumber(value)} is above 1.`,
          explanation:
            `${fieldName(field)} is ${formatNumber(value)}. XGBoost's \`eta\` (alias \`learning_rate\`) shrinks each new tree's contribution and is documented in [0, 1]; ` +
            'above 1 every tree overshoots the residual it was fitted to and boosting diverges instead of converging. Typical values are 0.01 to 0.3, with more boosting rounds for smaller steps.',
        });
      }
    }
  },
});

/** The learning rate sits in a mapping of XGBoost parameters (or at the top of an XGBoost file). */
function isXgboostParams(field: Field): boolean {
  if (field.path.length === 1) return true;
  return field.container.entries.some((e) => XGBOOST_MARKERS.has(String(e.key.value).toLowerCase()));
}
