import { defineRule } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { toDotted } from '../document/pointer.js';
import { fieldName } from '../rule-kit/helpers.js';
import { learnedFields } from '../rule-kit/learned.js';

/**
 * A fitted XGBoost or LightGBM model (trees with `split_indices`, `split_conditions`,
 * `left_children`, `base_weights`, or `tree_info` / `tree_structure` / `leaf_value`) inside a
 * parameter file: `save_model()` output where `save_config()` or a params dict belongs. One
 * finding per dump, not one per tree.
 */
export default defineRule({
  id: 'learned-tree-dump',
  severity: 'warn',
  category: 'learned-parameters',
  description: 'Flag a fitted XGBoost/LightGBM tree dump inside a parameter file',
  presets: ['recommended', 'strict'],
  frameworks: ['xgboost', 'lightgbm'],
  references: [
    { title: 'XGBoost: Introduction to model IO (model vs. configuration)', url: 'https://xgboost.readthedocs.io/en/stable/tutorials/saving_model.html' },
    { title: 'LightGBM src/io/tree.cpp (model file fields)', url: 'https://github.com/microsoft/LightGBM/blob/master/src/io/tree.cpp' },
  ],
  check(ctx) {
    const groups = new Map<string, Field[]>();
    for (const f of learnedFields(ctx.fields, 'tree')) {
      // One dump is one finding: group by the top-level key that holds it (`learner`, `tree_info`).
      const key = `${f.documentIndex}:${f.path.length > 1 ? String(f.path[0]) : ''}`;
      const list = groups.get(key) ?? [];
      list.push(f);
      groups.set(key, list);
    }
    for (const fields of groups.values()) {
      const first = fields[0]!;
      const cut = first.path.findIndex((s) => typeof s === 'number');
      // Trees are list items: count the distinct items of the list that holds the first tree.
      const list = cut < 0 ? undefined : JSON.stringify(first.path.slice(0, cut));
      const trees = cut < 0 ? 1 : new Set(fields.filter((f) => JSON.stringify(f.path.slice(0, cut)) === list).map((f) => f.path[cut])).size;
      const names = [...new Set(fields.map((f) => f.normalized))].slice(0, 4).map((n) => `\`${n}\``).join(', ');
      ctx.report({
        field: first,
        on: 'key',
        message: `${fieldName(first)} is part of a fitted tree model${trees > 1 ? ` (${trees} trees)` : ''}, not a parameter.`,
        explanation:
          `${names} ${fields.length > 1 ? 'are' : 'is'} what XGBoost's \`save_model()\` / LightGBM's model file record for each fitted tree${cut > 0 ? ` under \`${toDotted(first.path.slice(0, cut))}\`` : ''}: split features, thresholds and leaf values learned from data. In a parameter file they are not hyperparameters, will not be used as such, and make the file huge. ` +
          'Keep the model in its own file (`booster.save_model("model.json")`, `booster.save_model("model.txt")`) and keep only parameters here (`booster.save_config()` or the params dict).',
      });
    }
  },
});
