import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { num } from '../rule-kit/field-index.js';
import { gbdtParamMaps, paramField } from '../rule-kit/gbdt-params.js';

/**
 * LightGBM grows trees leaf-wise and limits them by `num_leaves` (default 31). Setting `max_depth`
 * above 4 without `num_leaves` leaves the 31-leaf cap in place although the depth allows 2^depth
 * leaves, which LightGBM warns "can lead to underfitting" (`Config::CheckParamConflict`).
 */
export default defineRule({
  id: 'max-depth-without-num-leaves',
  severity: 'warn',
  category: 'advice',
  description: 'Flag a LightGBM depth limit set without `num_leaves`, which stays at 31',
  presets: ['strict'],
  frameworks: ['lightgbm'],
  references: [
    { title: 'LightGBM src/io/config.cpp: "Provided parameters constrain tree depth (max_depth=…) without explicitly setting \'num_leaves\'"', url: 'https://github.com/microsoft/LightGBM/blob/master/src/io/config.cpp' },
    { title: 'LightGBM parameters tuning: num_leaves and max_depth', url: 'https://lightgbm.readthedocs.io/en/latest/Parameters-Tuning.html#tune-parameters-for-the-leaf-wise-best-first-tree' },
  ],
  check(ctx) {
    if (ctx.partial) return;
    for (const { map, library } of gbdtParamMaps(ctx)) {
      if (library !== 'lightgbm') continue;
      const depth = paramField(ctx.fields, map, 'lightgbm', 'max_depth');
      const d = num(depth);
      if (!depth || d === undefined || d <= 4 || paramField(ctx.fields, map, 'lightgbm', 'num_leaves')) continue;
      const full = 2 ** Math.min(d, 30);
      ctx.report({
        field: depth,
        message: `max_depth ${formatNumber(d)} is set without num_leaves, which stays at 31.`,
        explanation: `${fieldName(depth)} allows up to ${formatNumber(full)} leaves per tree, but LightGBM grows trees leaf-wise and stops at \`num_leaves\`, which defaults to 31; LightGBM warns that this "can lead to underfitting". Set \`num_leaves\` as well (at most ${formatNumber(full)}; about 70% of that is a common start), or use \`max_depth: -1\` and limit trees with \`num_leaves\` alone.`,
      });
    }
  },
});
