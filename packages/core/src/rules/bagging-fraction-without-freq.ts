import { defineRule } from '../rule-kit/types.js';
import { fieldName, formatNumber } from '../rule-kit/helpers.js';
import { num } from '../rule-kit/field-index.js';
import { gbdtParamMaps, paramField } from '../rule-kit/gbdt-params.js';

/**
 * LightGBM bags rows only when both `bagging_fraction < 1` and `bagging_freq > 0`
 * (docs/Parameters.rst: "to enable bagging, bagging_freq should be set to a non zero value as
 * well"). `bagging_freq` defaults to 0, so `bagging_fraction: 0.8` (or its alias `subsample`, as
 * in XGBoost habits) alone does nothing; the reverse, a frequency with fraction 1.0, does nothing
 * too.
 */
export default defineRule({
  id: 'bagging-fraction-without-freq',
  severity: 'info',
  category: 'advice',
  description: 'Flag LightGBM bagging settings that leave bagging disabled',
  presets: ['strict'],
  frameworks: ['lightgbm'],
  references: [
    { title: 'LightGBM parameters: bagging_fraction and bagging_freq', url: 'https://lightgbm.readthedocs.io/en/latest/Parameters.html#bagging_fraction' },
  ],
  check(ctx) {
    if (ctx.partial) return;
    for (const { map, library } of gbdtParamMaps(ctx)) {
      if (library !== 'lightgbm') continue;
      const fraction = paramField(ctx.fields, map, 'lightgbm', 'bagging_fraction');
      const freq = paramField(ctx.fields, map, 'lightgbm', 'bagging_freq');
      const fr = fraction ? num(fraction) : 1;
      const fq = freq ? num(freq) : 0;
      if (fr === undefined || fq === undefined) continue;
      if (fraction && fr < 1 && fq <= 0) {
        ctx.report({
          field: fraction,
          message: `${fraction.name} ${formatNumber(fr)} has no effect because bagging_freq is ${freq ? '0' : 'not set (0)'}.`,
          explanation: `LightGBM samples rows only when \`bagging_freq\` is positive as well, and ${freq ? `${fieldName(freq)} is 0` : '`bagging_freq` defaults to 0'}, so every tree sees all rows and ${fieldName(fraction)} silently does nothing. Set \`bagging_freq: 1\` to bag at every iteration (or k for every k-th), or remove the fraction.`,
        });
      } else if (freq && fq > 0 && fr >= 1 && !paramField(ctx.fields, map, 'lightgbm', 'pos_bagging_fraction') && !paramField(ctx.fields, map, 'lightgbm', 'neg_bagging_fraction')) {
        ctx.report({
          field: freq,
          message: `bagging_freq ${formatNumber(fq)} has no effect because bagging_fraction is 1.`,
          explanation: `LightGBM samples rows only when \`bagging_fraction\` is below 1, and ${fraction ? `${fieldName(fraction)} is ${formatNumber(fr)}` : '`bagging_fraction` defaults to 1.0'}, so no rows are ever left out. Set \`bagging_fraction\` below 1 (for example 0.8), or remove \`bagging_freq\`.`,
        });
      }
    }
  },
});
