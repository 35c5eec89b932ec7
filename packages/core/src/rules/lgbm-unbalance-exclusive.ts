import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { bool, num } from '../rule-kit/field-index.js';
import { gbdtParamMaps, paramField } from '../rule-kit/gbdt-params.js';

/**
 * LightGBM's binary objective re-weights classes either automatically (`is_unbalance`) or by
 * `scale_pos_weight`, never both: `src/objective/binary_objective.hpp` stops with "Cannot set
 * is_unbalance and scale_pos_weight at the same time".
 */
export default defineRule({
  id: 'lgbm-unbalance-exclusive',
  severity: 'error',
  category: 'consistency',
  description: 'Flag LightGBM `is_unbalance` combined with `scale_pos_weight`',
  presets: ['recommended', 'strict'],
  frameworks: ['lightgbm'],
  references: [
    { title: 'LightGBM src/objective/binary_objective.hpp', url: 'https://github.com/microsoft/LightGBM/blob/master/src/objective/binary_objective.hpp' },
    { title: 'LightGBM parameters: is_unbalance', url: 'https://lightgbm.readthedocs.io/en/latest/Parameters.html#is_unbalance' },
  ],
  check(ctx) {
    for (const { map, library } of gbdtParamMaps(ctx)) {
      if (library !== 'lightgbm') continue;
      const unbalance = paramField(ctx.fields, map, 'lightgbm', 'is_unbalance');
      const weight = paramField(ctx.fields, map, 'lightgbm', 'scale_pos_weight');
      const w = num(weight);
      if (!unbalance || !weight || bool(unbalance) !== true || w === undefined || Math.abs(w - 1) <= 1e-6) continue;
      ctx.report({
        field: weight,
        on: 'key',
        message: 'is_unbalance and scale_pos_weight cannot be set at the same time.',
        explanation: `${fieldName(unbalance)} weights the classes automatically and ${fieldName(weight)} (${formatNumber(w)}) weights the positive class by hand; LightGBM's binary objective stops with "Cannot set is_unbalance and scale_pos_weight at the same time". Keep one of them.`,
      });
    }
  },
});
