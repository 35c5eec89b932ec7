import { defineRule } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { entriesOf, num, str } from '../rule-kit/field-index.js';
import { gbdtParamMaps, paramField } from '../rule-kit/gbdt-params.js';

const MULTICLASS = new Set(['multiclass', 'softmax', 'multiclassova', 'multiclass_ova', 'ova', 'ovr']);
const CUSTOM = new Set(['none', 'null', 'custom', 'na']);
const MULTICLASS_METRICS = new Set([...MULTICLASS, 'multi_logloss', 'multi_error', 'auc_mu']);
/** Keys of LightGBM's scikit-learn wrapper, which passes `num_class` itself. */
const SKLEARN_API = ['n_estimators', 'boosting_type', 'min_child_samples', 'colsample_bytree', 'subsample', 'reg_alpha', 'reg_lambda', 'random_state', 'n_jobs', 'class_weight'];

/**
 * LightGBM's `Config::CheckParamConflict` (`src/io/config.cpp`) stops with a Fatal error when a
 * multiclass objective comes without `num_class > 1`, when another objective comes with
 * `num_class != 1`, or when the objective and a metric disagree about being multiclass.
 */
export default defineRule({
  id: 'lgbm-multiclass-num-class',
  severity: 'error',
  category: 'consistency',
  description: 'Require LightGBM `num_class` and metrics to agree with the objective being multiclass or not',
  presets: ['recommended', 'strict'],
  frameworks: ['lightgbm'],
  references: [
    { title: 'LightGBM src/io/config.cpp Config::CheckParamConflict', url: 'https://github.com/microsoft/LightGBM/blob/master/src/io/config.cpp' },
    { title: 'LightGBM parameters: objective and num_class', url: 'https://lightgbm.readthedocs.io/en/latest/Parameters.html#num_class' },
  ],
  check(ctx) {
    for (const { map, library } of gbdtParamMaps(ctx)) {
      if (library !== 'lightgbm') continue;
      const objectiveField = paramField(ctx.fields, map, 'lightgbm', 'objective');
      const objective = str(objectiveField);
      if (!objectiveField || !objective || CUSTOM.has(objective)) continue;
      const multiclass = MULTICLASS.has(objective);
      const ncField = paramField(ctx.fields, map, 'lightgbm', 'num_class');
      const nc = num(ncField);
      if (multiclass && ncField && nc !== undefined && nc <= 1) {
        ctx.report({
          field: ncField,
          message: `num_class must be greater than 1 for the ${objective} objective, not ${formatNumber(nc)}.`,
          explanation: `${fieldName(objectiveField)} is "${objective}", which fits one tree per class per iteration, and ${fieldName(ncField)} is ${formatNumber(nc)}; LightGBM stops with "Number of classes should be specified and greater than 1 for multiclass training". Set \`num_class\` to the number of classes.`,
        });
      } else if (multiclass && !ncField && !ctx.partial && !SKLEARN_API.some((k) => entriesOf(ctx.fields, map).has(k))) {
        ctx.report({
          field: objectiveField,
          message: `The ${objective} objective needs num_class, which is not set.`,
          explanation: `${fieldName(objectiveField)} is "${objective}", which fits one tree per class per iteration, but \`num_class\` is not set (default 1); LightGBM stops with "Number of classes should be specified and greater than 1 for multiclass training". Add \`num_class\` with the number of classes (LightGBM's scikit-learn wrapper sets it for you).`,
        });
      } else if (!multiclass && ncField && nc !== undefined && nc !== 1) {
        ctx.report({
          field: ncField,
          message: `num_class must be 1 for the ${objective} objective, not ${formatNumber(nc)}.`,
          explanation: `${fieldName(objectiveField)} is "${objective}", which is not a multiclass objective, and ${fieldName(ncField)} is ${formatNumber(nc)}; LightGBM stops with "Number of classes must be 1 for non-multiclass training". Use \`objective: multiclass\` for ${formatNumber(nc)} classes, or remove \`num_class\`.`,
        });
      }
      const metricField = paramField(ctx.fields, map, 'lightgbm', 'metric');
      for (const m of metricNames(metricField)) {
        if (CUSTOM.has(m.name) || m.name === '') continue;
        if (MULTICLASS_METRICS.has(m.name) === multiclass) continue;
        ctx.report({
          field: metricField!,
          message: `Metric ${m.name} does not match the ${multiclass ? 'multiclass' : 'non-multiclass'} objective ${objective}.`,
          explanation: `${fieldName(objectiveField)} is "${objective}" but ${fieldName(metricField!)} includes "${m.name}", a ${multiclass ? 'binary or regression' : 'multiclass'} metric; LightGBM stops with "Multiclass objective and metrics don't match". ${multiclass ? 'Use `multi_logloss` or `multi_error`.' : 'Use a metric for this objective (for example `binary_logloss`, `auc`, `l2`).'}`,
        });
        break;
      }
    }
  },
});

function metricNames(f: Field | undefined): { name: string }[] {
  if (!f) return [];
  if (f.value.kind === 'seq') return f.value.items.flatMap((n) => (n.kind === 'scalar' && typeof n.value === 'string' ? [{ name: n.value.trim().toLowerCase() }] : []));
  const s = str(f);
  return s ? s.split(',').map((x) => ({ name: x.trim() })) : [];
}
