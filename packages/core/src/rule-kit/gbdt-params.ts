/**
 * LightGBM and XGBoost parameter names. Both libraries accept several names for one parameter
 * (LightGBM `docs/Parameters.rst` lists the aliases; XGBoost `src/tree/param.h` declares
 * `DMLC_DECLARE_ALIAS(learning_rate, eta)` and three more), so rules canonicalise before they
 * compare, and a mapping is read as LightGBM or XGBoost parameters from the names it uses.
 */
import type { Field } from '../classify/classify.js';
import type { ConfigNode, MapNode } from '../document/types.js';
import type { RuleContext } from './types.js';
import { entriesOf, holderOf } from './field-index.js';
import { RecentMemo } from '../util/recent-memo.js';
import { BOOSTING_SIGNS } from '../frameworks-data/xgboost.js';

/** LightGBM canonical name → aliases (docs/Parameters.rst). */
export const LIGHTGBM_ALIASES: Readonly<Record<string, readonly string[]>> = {
  objective: ['objective_type', 'app', 'application', 'loss'],
  boosting: ['boosting_type', 'boost'],
  num_iterations: ['num_iteration', 'n_iter', 'num_tree', 'num_trees', 'num_round', 'num_rounds', 'nrounds', 'num_boost_round', 'n_estimators', 'max_iter'],
  learning_rate: ['shrinkage_rate', 'eta'],
  num_leaves: ['num_leaf', 'max_leaves', 'max_leaf', 'max_leaf_nodes'],
  tree_learner: ['tree', 'tree_type', 'tree_learner_type'],
  num_threads: ['num_thread', 'nthread', 'nthreads', 'n_jobs'],
  device_type: ['device'],
  seed: ['random_seed', 'random_state'],
  min_data_in_leaf: ['min_data_per_leaf', 'min_data', 'min_child_samples', 'min_samples_leaf'],
  min_sum_hessian_in_leaf: ['min_sum_hessian_per_leaf', 'min_sum_hessian', 'min_hessian', 'min_child_weight'],
  bagging_fraction: ['sub_row', 'subsample', 'bagging'],
  pos_bagging_fraction: ['pos_sub_row', 'pos_subsample', 'pos_bagging'],
  neg_bagging_fraction: ['neg_sub_row', 'neg_subsample', 'neg_bagging'],
  bagging_freq: ['subsample_freq'],
  bagging_seed: ['bagging_fraction_seed'],
  feature_fraction: ['sub_feature', 'colsample_bytree'],
  feature_fraction_bynode: ['sub_feature_bynode', 'colsample_bynode'],
  early_stopping_round: ['early_stopping_rounds', 'early_stopping', 'n_iter_no_change'],
  max_delta_step: ['max_tree_output', 'max_leaf_output'],
  lambda_l1: ['reg_alpha', 'l1_regularization'],
  lambda_l2: ['reg_lambda', 'lambda', 'l2_regularization'],
  min_gain_to_split: ['min_split_gain'],
  drop_rate: ['rate_drop'],
  max_bin: ['max_bins'],
  is_unbalance: ['unbalance', 'unbalanced_sets'],
  num_class: ['num_classes'],
  metric: ['metrics', 'metric_types'],
};

/** XGBoost canonical name → aliases (src/tree/param.h). */
export const XGBOOST_ALIASES: Readonly<Record<string, readonly string[]>> = {
  learning_rate: ['eta'],
  reg_lambda: ['lambda'],
  reg_alpha: ['alpha'],
  min_split_loss: ['gamma'],
};

export type GbdtLibrary = 'lightgbm' | 'xgboost';

function invert(table: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, string> {
  const m = new Map<string, string>();
  for (const [canonical, aliases] of Object.entries(table)) {
    m.set(canonical, canonical);
    for (const a of aliases) m.set(a, canonical);
  }
  return m;
}

const CANONICAL: Readonly<Record<GbdtLibrary, ReadonlyMap<string, string>>> = { lightgbm: invert(LIGHTGBM_ALIASES), xgboost: invert(XGBOOST_ALIASES) };

/** The canonical name of a parameter key, or the key itself when it has no aliases. */
export function canonicalName(library: GbdtLibrary, name: string): string {
  return CANONICAL[library].get(name) ?? name;
}

/** Every field of `map` that sets the canonical parameter `name` (under any alias). */
export function paramFields(fields: readonly Field[], map: ConfigNode, library: GbdtLibrary, name: string): Field[] {
  const out: Field[] = [];
  for (const f of entriesOf(fields, map).values()) if (canonicalName(library, f.normalized) === name) out.push(f);
  return out;
}

/** The field setting canonical parameter `name`: the canonical key first, then the aliases in written order. */
export function paramField(fields: readonly Field[], map: ConfigNode, library: GbdtLibrary, name: string): Field | undefined {
  const all = paramFields(fields, map, library, name);
  return all.find((f) => f.normalized === name) ?? all[0];
}

/** Keys only LightGBM uses (never XGBoost or scikit-learn forests). */
const LIGHTGBM_ONLY = new Set(['num_leaves', 'num_leaf', 'bagging_fraction', 'bagging_freq', 'subsample_freq', 'feature_fraction', 'lambda_l1', 'lambda_l2',
  'min_data_in_leaf', 'min_sum_hessian_in_leaf', 'boosting', 'is_unbalance', 'min_gain_to_split', 'num_iterations', 'min_child_samples', 'bagging_seed',
  'feature_fraction_bynode', 'early_stopping_round', 'min_data', 'sub_row', 'sub_feature', 'shrinkage_rate', 'boosting_type', 'objective_type', 'application',
  'unbalance', 'unbalanced_sets', 'num_leaves', 'max_leaf']);
/** LightGBM objective names (XGBoost's are written `binary:logistic`, `multi:softprob`, …). */
const LIGHTGBM_OBJECTIVES = /^(?:regression(?:_l[12])?|l[12]|mse|mae|rmse|huber|fair|poisson|quantile|mape|gamma|tweedie|binary|multiclass|softmax|multiclassova|multiclass_ova|ova|ovr|cross_entropy|xentropy|cross_entropy_lambda|xentlambda|lambdarank|rank_xendcg|xendcg)$/;
/** Keys only XGBoost uses. */
const XGBOOST_ONLY = new Set(['eta', 'booster', 'tree_method', 'colsample_bylevel', 'min_split_loss', 'gamma', 'lambda', 'alpha', 'max_cat_to_onehot',
  'num_parallel_tree', 'sampling_method', 'base_score', 'eval_metric']);

/** XGBoost keys that other libraries also use with other meanings (focal-loss `alpha`/`gamma`, sklearn `alpha`). */
const XGBOOST_GENERIC = new Set(['gamma', 'alpha', 'lambda']);

/** Keys whose mapping holds one library's parameters (`lgbm_params:`, `xgboost:`). */
const LIGHTGBM_HOLDER = /(?:^|_)(?:lgb|lgbm|lightgbm)(?:_|$)/;
const XGBOOST_HOLDER = /(?:^|_)(?:xgb|xgboost)(?:_|$)/;

/**
 * Whether any mapping of a document can score for either library: only the names `gbdtLibrary`
 * counts make a score, so a document with none of them (most files) skips the per-mapping walk.
 */
function mayHoldGbdtParams(names: ReadonlySet<string>): boolean {
  for (const n of names) {
    if (LIGHTGBM_ONLY.has(n) || XGBOOST_ONLY.has(n) || n === 'objective' || LIGHTGBM_HOLDER.test(n) || XGBOOST_HOLDER.test(n)) return true;
  }
  return false;
}

/**
 * Which library a mapping's keys are meant for: decided by keys only one library uses (and by the
 * name of the key holding the mapping, `lgbm_params`, `xgboost:`). Two such signs suffice; one is
 * enough when the file is detected as that library. Undefined for mappings of neither.
 */
export function gbdtLibrary(ctx: RuleContext<object>, map: MapNode): GbdtLibrary | undefined {
  let lgb = 0;
  let xgb = 0;
  for (const f of entriesOf(ctx.fields, map).values()) {
    if (LIGHTGBM_ONLY.has(f.normalized)) lgb++;
    if (XGBOOST_ONLY.has(f.normalized)) xgb += XGBOOST_GENERIC.has(f.normalized) ? 0.5 : 1;
    if (f.normalized === 'objective' && f.value.kind === 'scalar' && typeof f.value.value === 'string') {
      if (/^(?:binary|reg|multi|rank|count|survival):/.test(f.value.value)) xgb += 2;
      else if (LIGHTGBM_OBJECTIVES.test(f.value.value.toLowerCase())) lgb++;
    }
  }
  // `eta` next to `learning_rate` is XGBoost's alias pair (LightGBM accepts it too), but only beside another boosting
  // sign: ESD's concept-erasure configs write `eta` (its negative-guidance strength) beside `learning_rate` too.
  const e = entriesOf(ctx.fields, map);
  if (e.has('eta') && e.has('learning_rate') && (xgb > 1 || lgb > 0 || BOOSTING_SIGNS.some((n) => e.has(n)))) xgb += 1;
  for (let h = holderOf(ctx.fields, map); h; h = h.parent) {
    if (LIGHTGBM_HOLDER.test(h.normalized)) lgb += 2;
    if (XGBOOST_HOLDER.test(h.normalized)) xgb += 2;
  }
  if (lgb === xgb) {
    if (lgb === 0) return undefined;
    const l = ctx.hasFramework('lightgbm');
    const x = ctx.hasFramework('xgboost');
    return l && !x ? 'lightgbm' : x && !l ? 'xgboost' : undefined;
  }
  const library: GbdtLibrary = lgb > xgb ? 'lightgbm' : 'xgboost';
  const score = Math.max(lgb, xgb);
  return score >= 2 || (score >= 1 && ctx.hasFramework(library)) ? library : undefined;
}

/**
 * Mappings that hold LightGBM or XGBoost parameters, with their library. Ludwig's GBM trainer
 * (`model_type: gbm`) fills LightGBM's defaults itself, so its `trainer:` block is not raw
 * LightGBM parameters and is left out.
 */
export function gbdtParamMaps(ctx: RuleContext<object>): readonly { map: MapNode; library: GbdtLibrary }[] {
  if (ctx.hasFramework('ludwig')) return [];
  // Several rules ask per analysis; the field list (shared by every rule of a run) keys the cache.
  return MAPS.getOrMake(ctx.fields, () => findParamMaps(ctx));
}

function findParamMaps(ctx: RuleContext<object>): { map: MapNode; library: GbdtLibrary }[] {
  if (!mayHoldGbdtParams(ctx.index.names)) return [];
  const seen = new Set<MapNode>();
  const out: { map: MapNode; library: GbdtLibrary }[] = [];
  for (const f of ctx.fields) {
    if (seen.has(f.container)) continue;
    seen.add(f.container);
    const library = gbdtLibrary(ctx, f.container);
    if (library) out.push({ map: f.container, library });
  }
  return out;
}

const MAPS = new RecentMemo<readonly Field[], readonly { map: MapNode; library: GbdtLibrary }[]>();
