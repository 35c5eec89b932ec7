import { defineRule } from '../rule-kit/types.js';
import { fieldName } from '../rule-kit/helpers.js';
import { num } from '../rule-kit/field-index.js';

interface Options {
  /** Significant digits from which a `base_score` looks copied from a fitted model. */
  readonly minDigits: number;
}

/**
 * XGBoost estimates `base_score` (the global intercept) from the training labels since 2.0, and a
 * fitted model records the estimate in `learner_model_param.base_score` with full float precision
 * (`"5.2340007E-1"`). A params file that sets `base_score` to such a value has usually copied the
 * learned intercept of an earlier model, which turns the estimation off for the new data.
 */
export default defineRule<Options>({
  id: 'learned-intercept-in-params',
  severity: 'info',
  category: 'learned-parameters',
  description: 'Flag an XGBoost `base_score` that looks copied from a fitted model',
  presets: ['strict'],
  frameworks: ['xgboost'],
  options: {
    schema: {
      type: 'object',
      properties: { minDigits: { type: 'integer', minimum: 2, description: 'Significant digits from which a base_score looks copied from a fitted model.' } },
      additionalProperties: false,
    },
    defaults: { minDigits: 6 },
  },
  references: [
    { title: 'XGBoost parameters: base_score (estimated automatically; setting it disables the estimation)', url: 'https://xgboost.readthedocs.io/en/stable/parameter.html#learning-task-parameters' },
    { title: 'XGBoost: Introduction to model IO (learner_model_param)', url: 'https://xgboost.readthedocs.io/en/stable/tutorials/saving_model.html' },
  ],
  check(ctx) {
    if (!ctx.hasFramework('xgboost')) return;
    for (const f of ctx.fields) {
      if (f.normalized !== 'base_score' || f.value.kind !== 'scalar') continue;
      // Inside a model dump, learned-tree-dump reports the dump itself.
      if (f.path.some((s) => s === 'learner_model_param' || s === 'learner')) continue;
      const v = num(f);
      if (v === undefined) continue;
      const digits = significantDigits(f.value.raw);
      if (digits < ctx.options.minDigits) continue;
      ctx.report({
        field: f,
        message: `base_score ${f.value.raw.replace(/^["']|["']$/g, '')} looks like a fitted intercept copied from a trained model.`,
        explanation:
          `${fieldName(f)} has ${digits} significant digits, the precision XGBoost writes when it saves the intercept it estimated (\`learner_model_param.base_score\`). Since XGBoost 2.0 the intercept is estimated from the training labels; setting it by hand turns that off, and a value carried over from another model biases the new one. ` +
          'Remove `base_score` to let XGBoost estimate it, or set a round value on purpose (for example 0.5).',
      });
    }
  },
});

function significantDigits(raw: string): number {
  const m = /^[\s"']*[-+]?(\d*)\.?(\d*)(?:[eE][-+]?\d+)?[\s"']*$/.exec(raw);
  if (!m) return 0;
  const digits = (m[1]! + m[2]!).replace(/^0+/, '');
  return digits.length;
}
