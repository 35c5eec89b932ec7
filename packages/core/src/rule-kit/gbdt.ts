/**
 * Recognising GBDT parameter sets (XGBoost, LightGBM, Ludwig's GBM trainer): parameters live in a
 * mapping next to other booster parameters, or at the top of a params file.
 */
import type { Field } from '../classify/classify.js';
import { normalizeKey } from '../classify/normalize.js';
import { LIGHTGBM_MARKERS } from '../frameworks-data/lightgbm.js';
import { XGBOOST_MARKERS } from '../frameworks-data/xgboost.js';
import type { RuleContext } from './types.js';
import { entryOf } from './select.js';
import { stringValue } from '../loader/special-values.js';

const hasMarker = (field: Field, markers: ReadonlySet<string>): boolean => field.container.entries.some((e) => markers.has(normalizeKey(String(e.key.value))));

/** The field is a LightGBM parameter: LightGBM is detected and its mapping looks like LightGBM params, or it is Ludwig's GBM trainer. */
export function isLightgbmParam(ctx: RuleContext<object>, field: Field): boolean {
  if (isLudwigGbmTrainer(ctx, field)) return true;
  return ctx.hasFramework('lightgbm') && (field.path.length === 1 || hasMarker(field, LIGHTGBM_MARKERS));
}

export function isXgboostParam(ctx: RuleContext<object>, field: Field): boolean {
  return ctx.hasFramework('xgboost') && (field.path.length === 1 || hasMarker(field, XGBOOST_MARKERS));
}

/** Ludwig's `trainer:` of a `model_type: gbm` config, whose parameters go straight to LightGBM. */
export function isLudwigGbmTrainer(ctx: RuleContext<object>, field: Field): boolean {
  if (!ctx.hasFramework('ludwig') || field.parent?.normalized !== 'trainer' || field.path.length !== 2) return false;
  const root = field.parent.container;
  return stringValue(entryOf(root, 'model_type')?.value)?.toLowerCase() === 'gbm';
}
