import { defineRule } from '../rule-kit/types.js';
import { fieldName } from '../rule-kit/helpers.js';
import { learnedFields } from '../rule-kit/learned.js';

/**
 * scikit-learn's `TunedThresholdClassifierCV` learns the decision threshold by cross-validation
 * and stores it as `best_threshold_`; the hyperparameter twin is `FixedThresholdClassifier`'s
 * `threshold`. A `best_threshold_` in a config is a fitted value written where a setting belongs.
 */
export default defineRule({
  id: 'learned-threshold-vs-param',
  severity: 'info',
  category: 'learned-parameters',
  description: 'Flag a tuned decision threshold (`best_threshold_`) written as a config value',
  presets: ['strict'],
  frameworks: ['sklearn'],
  references: [
    { title: 'scikit-learn TunedThresholdClassifierCV (best_threshold_)', url: 'https://scikit-learn.org/stable/modules/generated/sklearn.model_selection.TunedThresholdClassifierCV.html' },
    { title: 'scikit-learn FixedThresholdClassifier (threshold)', url: 'https://scikit-learn.org/stable/modules/generated/sklearn.model_selection.FixedThresholdClassifier.html' },
  ],
  check(ctx) {
    for (const field of learnedFields(ctx.fields, 'threshold')) {
      ctx.report({
        field,
        on: 'key',
        message: `${fieldName(field)} is a threshold learned by TunedThresholdClassifierCV, not a setting.`,
        explanation:
          `${fieldName(field)} ends in an underscore: scikit-learn sets it in \`fit\` after searching thresholds by cross-validation, and \`set_params\` will not accept it. If you want this threshold fixed, configure \`FixedThresholdClassifier(threshold=...)\` (key \`threshold\`); if you want it re-tuned on new data, keep \`TunedThresholdClassifierCV\` and remove the value from the config.`,
      });
    }
  },
});
