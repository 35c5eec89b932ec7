/**
 * scikit-learn estimator parameters as configs hold them: a mapping of constructor kwargs, with or
 * without the class named (`_target_: sklearn.linear_model.LogisticRegression`). Which estimator a
 * mapping configures decides which of sklearn's checks apply, so when no class is named it is
 * inferred only from parameters that one estimator alone takes.
 */
import type { Field } from '../classify/classify.js';
import type { MapNode } from '../document/types.js';
import { className, classOf, entriesOf, str } from './field-index.js';

export const LOGREG_SOLVERS: ReadonlySet<string> = new Set(['lbfgs', 'liblinear', 'newton-cg', 'newton-cholesky', 'sag', 'saga']);

export type Estimator = 'logistic-regression' | 'sgd' | 'mlp' | 'forest' | 'extra-trees' | 'bagging' | 'other';

/** The estimator a mapping configures, or undefined when neither the class nor the parameters say. */
export function estimatorOf(fields: readonly Field[], map: MapNode): Estimator | undefined {
  const cls = className(classOf(fields, map));
  if (cls) {
    if (/^logisticregression(?:cv)?$/.test(cls)) return 'logistic-regression';
    if (/^sgd(?:classifier|regressor|oneclasssvm)$/.test(cls)) return 'sgd';
    if (/^mlp(?:classifier|regressor)$/.test(cls)) return 'mlp';
    if (/^extratrees(?:classifier|regressor)$/.test(cls)) return 'extra-trees';
    if (/^randomforest(?:classifier|regressor)$/.test(cls)) return 'forest';
    if (/^bagging(?:classifier|regressor)$/.test(cls)) return 'bagging';
    return 'other';
  }
  const e = entriesOf(fields, map);
  const solver = str(e.get('solver'));
  if (e.has('hidden_layer_sizes') || e.has('learning_rate_init') || e.has('nesterovs_momentum')) return 'mlp';
  // `solver` plus a penalty setting is LogisticRegression's signature (MLP and Ridge take no penalty).
  if (solver && LOGREG_SOLVERS.has(solver) && (e.has('penalty') || e.has('dual') || e.has('multi_class') || e.has('l1_ratio'))) return 'logistic-regression';
  if (e.has('eta0') || e.has('power_t')) return 'sgd';
  return undefined;
}
