import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { fieldsNamed } from '../rule-kit/select.js';
import { isLightgbmParam } from '../rule-kit/gbdt.js';
import { numberValue } from '../loader/special-values.js';
import { describeInterval, inInterval, type Interval } from '../rule-kit/interval.js';

interface Constraint {
  readonly names: readonly string[];
  readonly canonical: string;
  readonly interval: Interval;
  readonly integer: boolean;
  readonly why: string;
}

/** LightGBM's own CHECKs in `config_auto.cpp` (aliases from its alias table). */
const CONSTRAINTS: readonly Constraint[] = [
  { names: ['num_leaves', 'num_leaf', 'max_leaves', 'max_leaf'], canonical: 'num_leaves', interval: { min: 1, minOpen: true, max: 131072 }, integer: true,
    why: 'a tree needs at least 2 leaves to split at all, and LightGBM caps trees at 131072 leaves' },
  { names: ['max_bin'], canonical: 'max_bin', interval: { min: 1, minOpen: true }, integer: true, why: 'a feature needs at least 2 bins to be split' },
  { names: ['num_class', 'num_classes'], canonical: 'num_class', interval: { min: 0, minOpen: true }, integer: true, why: 'it counts classes (1 for non-multiclass objectives)' },
  { names: ['scale_pos_weight'], canonical: 'scale_pos_weight', interval: { min: 0, minOpen: true }, integer: false, why: 'it multiplies the weight of positive examples' },
];

/** LightGBM stops with a fatal error when `num_leaves`, `max_bin`, `num_class` or `scale_pos_weight` break its CHECKs. */
export default defineRule({
  id: 'num-leaves-range',
  severity: 'error',
  category: 'range',
  description: 'Require LightGBM `num_leaves` in (1, 131072], `max_bin` > 1, `num_class` > 0 and `scale_pos_weight` > 0',
  presets: ['recommended', 'strict'],
  frameworks: ['lightgbm', 'ludwig'],
  references: [
    { title: 'LightGBM parameters: 1 < num_leaves <= 131072, max_bin > 1, num_class > 0, scale_pos_weight > 0.0', url: 'https://lightgbm.readthedocs.io/en/latest/Parameters.html' },
    { title: 'LightGBM src/io/config_auto.cpp (CHECK_GT/CHECK_LE)', url: 'https://github.com/microsoft/LightGBM/blob/master/src/io/config_auto.cpp' },
  ],
  check(ctx) {
    // XGBoost's `max_leaves` means something else (0 = no limit): only LightGBM parameter sets are checked.
    const xgboost = ctx.hasFramework('xgboost');
    for (const c of CONSTRAINTS) {
      for (const field of fieldsNamed(ctx, c.names)) {
        if (!isLightgbmParam(ctx, field) || (xgboost && field.normalized === 'max_leaves')) continue;
        const value = numberValue(field.value);
        if (value === undefined || (inInterval(value, c.interval) && (!c.integer || Number.isInteger(value)))) continue;
        const alias = field.normalized === c.canonical ? '' : ` (LightGBM's alias of \`${c.canonical}\`)`;
        ctx.report({
          field,
          message: `LightGBM \`${c.canonical}\` ${formatNumber(value)} is outside ${describeInterval(c.interval)}${c.integer && !Number.isInteger(value) ? ' or not a whole number' : ''}.`,
          explanation: `${fieldName(field)}${alias} is ${formatNumber(value)}. LightGBM requires ${c.canonical} in ${describeInterval(c.interval)}${c.integer ? ' as an integer' : ''} because ${c.why}, and stops with a fatal error otherwise.`,
        });
      }
    }
  },
});
