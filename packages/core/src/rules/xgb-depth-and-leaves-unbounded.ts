import { defineRule } from '../rule-kit/types.js';
import { fieldName } from '../rule-kit/helpers.js';
import { entriesOf, num } from '../rule-kit/field-index.js';
import { gbdtParamMaps } from '../rule-kit/gbdt-params.js';

/**
 * XGBoost bounds each tree by depth or by leaf count; `max_depth: 0` means no depth limit and
 * `max_leaves` defaults to 0 (no leaf limit), and `TrainParam::MaxNodes` stops with "Max leaves and
 * max depth cannot both be unconstrained." (LightGBM, where `max_depth <= 0` is the normal "no
 * limit", is not affected.)
 */
export default defineRule({
  id: 'xgb-depth-and-leaves-unbounded',
  severity: 'error',
  category: 'consistency',
  description: 'Flag XGBoost trees with neither a depth nor a leaf limit',
  presets: ['recommended', 'strict'],
  frameworks: ['xgboost'],
  references: [
    { title: 'XGBoost src/tree/param.h TrainParam::MaxNodes', url: 'https://github.com/dmlc/xgboost/blob/master/src/tree/param.h' },
    { title: 'XGBoost parameters: max_depth, max_leaves', url: 'https://xgboost.readthedocs.io/en/stable/parameter.html#parameters-for-tree-booster' },
  ],
  check(ctx) {
    for (const { map, library } of gbdtParamMaps(ctx)) {
      if (library !== 'xgboost') continue;
      const e = entriesOf(ctx.fields, map);
      const depth = e.get('max_depth');
      if (!depth || num(depth) !== 0) continue;
      const leaves = e.get('max_leaves');
      const l = num(leaves);
      if (leaves && (l === undefined || l > 0)) continue;
      ctx.report({
        field: depth,
        message: 'max_depth 0 with no max_leaves leaves XGBoost trees unbounded.',
        explanation: `${fieldName(depth)} is 0 (no depth limit) and ${leaves ? `${fieldName(leaves)} is 0` : '`max_leaves` is not set (default 0, no limit)'}; XGBoost stops with "Max leaves and max depth cannot both be unconstrained." Set \`max_depth\` (6 is the default), or set \`max_leaves\` with \`grow_policy: lossguide\`.`,
      });
    }
  },
});
