import { defineRule } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { fieldName } from '../rule-kit/helpers.js';
import { entriesOf } from '../rule-kit/field-index.js';
import { canonicalName, gbdtParamMaps } from '../rule-kit/gbdt-params.js';
import { numberValue } from '../loader/special-values.js';

/**
 * LightGBM and XGBoost accept several names for one parameter (`learning_rate` / `eta` /
 * `shrinkage_rate`, `num_iterations` / `n_estimators` / `num_boost_round`, `lambda` /
 * `reg_lambda`). When two of them are set to different values only one is used: LightGBM keeps one
 * and logs "X is set with A=…, B=… will be ignored"; XGBoost keeps whichever it applies last.
 */
export default defineRule({
  id: 'gbdt-alias-conflict',
  severity: 'warn',
  category: 'consistency',
  description: 'Flag two aliases of one LightGBM/XGBoost parameter set to different values',
  presets: ['recommended', 'strict'],
  frameworks: ['lightgbm', 'xgboost'],
  references: [
    { title: 'LightGBM parameters (each parameter lists its aliases)', url: 'https://lightgbm.readthedocs.io/en/latest/Parameters.html' },
    { title: 'LightGBM include/LightGBM/config.h ParameterAlias::KeyAliasTransform', url: 'https://github.com/microsoft/LightGBM/blob/master/include/LightGBM/config.h' },
    { title: 'XGBoost src/tree/param.h (DMLC_DECLARE_ALIAS)', url: 'https://github.com/dmlc/xgboost/blob/master/src/tree/param.h' },
  ],
  check(ctx) {
    for (const { map, library } of gbdtParamMaps(ctx)) {
      const groups = new Map<string, Field[]>();
      for (const f of entriesOf(ctx.fields, map).values()) {
        if (f.value.kind !== 'scalar') continue;
        // Keys of one mapping are distinct, so two fields with one canonical name are aliases.
        const canonical = canonicalName(library, f.normalized);
        const list = groups.get(canonical) ?? [];
        list.push(f);
        groups.set(canonical, list);
      }
      for (const [canonical, list] of groups) {
        if (list.length < 2) continue;
        const sorted = [...list].sort((a, b) => a.key.range[0] - b.key.range[0]);
        const first = sorted[0]!;
        for (const other of sorted.slice(1)) {
          if (sameValue(first, other)) continue;
          const lib = library === 'lightgbm' ? 'LightGBM' : 'XGBoost';
          ctx.report({
            field: other,
            on: 'key',
            message: `${other.name} and ${first.name} are both ${lib}'s ${canonical} but set to different values.`,
            explanation:
              `${fieldName(first)} (${raw(first)}) and ${fieldName(other)} (${raw(other)}) are aliases of one ${lib} parameter, \`${canonical}\`. ${lib} uses only one of them${library === 'lightgbm' ? ' and logs that the other "will be ignored"' : ', whichever it applies last'}, so one of the two values you wrote silently does nothing. ` +
              `Keep a single name (\`${canonical}\`) with the value you mean.`,
          });
        }
      }
    }
  },
});

function raw(f: Field): string {
  return f.value.kind === 'scalar' ? f.value.raw : '…';
}

function sameValue(a: Field, b: Field): boolean {
  if (a.value.kind !== 'scalar' || b.value.kind !== 'scalar') return false;
  const x = numberValue(a.value);
  const y = numberValue(b.value);
  if (x !== undefined && y !== undefined) return x === y;
  return String(a.value.value).toLowerCase() === String(b.value.value).toLowerCase();
}
