import { defineRule } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import { fieldName } from '../rule-kit/helpers.js';
import { bool, entriesOf, str } from '../rule-kit/field-index.js';
import { LOGREG_SOLVERS, estimatorOf } from '../rule-kit/sklearn.js';

/**
 * scikit-learn LogisticRegression supports each penalty only with some solvers
 * (`_logistic.py` `_check_solver`): every solver but liblinear and saga takes only "l2" or None;
 * "elasticnet" needs saga; `dual=True` needs liblinear; liblinear cannot run without a penalty.
 * `fit` raises a ValueError for any other combination.
 */
export default defineRule({
  id: 'logreg-solver-penalty',
  severity: 'error',
  category: 'consistency',
  description: 'Require a LogisticRegression solver that supports the chosen penalty',
  presets: ['recommended', 'strict'],
  frameworks: ['sklearn'],
  references: [
    { title: 'scikit-learn linear_model/_logistic.py _check_solver', url: 'https://github.com/scikit-learn/scikit-learn/blob/main/sklearn/linear_model/_logistic.py' },
    { title: 'scikit-learn LogisticRegression: solver and penalty table', url: 'https://scikit-learn.org/stable/modules/linear_model.html#logistic-regression' },
  ],
  check(ctx) {
    const seen = new Set<Field['container']>();
    for (const f of ctx.fields) {
      if ((f.normalized !== 'penalty' && f.normalized !== 'dual') || seen.has(f.container)) continue;
      seen.add(f.container);
      if (estimatorOf(ctx.fields, f.container) !== 'logistic-regression') continue;
      const e = entriesOf(ctx.fields, f.container);
      const solverField = e.get('solver');
      // lbfgs has been the default solver since scikit-learn 0.22.
      const solver = solverField ? str(solverField) : 'lbfgs';
      if (!solver || !LOGREG_SOLVERS.has(solver)) continue;
      const penaltyField = e.get('penalty');
      const penalty = penaltyValue(penaltyField);
      if (penalty === '?') continue;
      const solverText = solverField ? `${fieldName(solverField)} is "${solver}"` : 'the solver defaults to "lbfgs"';
      const at = solverField ?? penaltyField!;
      if (penaltyField && solver !== 'liblinear' && solver !== 'saga' && penalty !== 'l2' && penalty !== null) {
        ctx.report({
          field: at,
          message: `Solver ${solver} supports only the "l2" penalty or none, not "${penalty}".`,
          explanation: `${fieldName(penaltyField)} is "${penalty}" and ${solverText}; scikit-learn's LogisticRegression raises "Solver ${solver} supports only 'l2' or None penalties" in \`fit\`. ${penalty === 'elasticnet' ? 'Use `solver: saga` for the elastic-net penalty.' : 'Use `solver: liblinear` or `solver: saga` for the L1 penalty.'}`,
        });
      } else if (penalty === 'elasticnet' && solver === 'liblinear') {
        ctx.report({
          field: at,
          message: 'Only the saga solver supports the elasticnet penalty.',
          explanation: `${fieldName(penaltyField!)} is "elasticnet" and ${solverText}; scikit-learn raises "Only 'saga' solver supports elasticnet penalty". Use \`solver: saga\`.`,
        });
      } else if (penaltyField && penalty === null && solver === 'liblinear') {
        ctx.report({
          field: penaltyField,
          message: 'The liblinear solver does not support penalty None.',
          explanation: `${fieldName(penaltyField)} turns regularisation off and ${solverText}, which cannot optimise an unpenalised objective; scikit-learn raises "penalty=None is not supported for the liblinear solver". Use \`solver: lbfgs\` (or saga) for an unpenalised model.`,
        });
      }
      const dual = e.get('dual');
      if (dual && bool(dual) === true && solver !== 'liblinear') {
        ctx.report({
          field: dual,
          message: `Solver ${solver} supports only dual=False.`,
          explanation: `${fieldName(dual)} asks for the dual formulation, which only liblinear implements, and ${solverText}; scikit-learn raises "Solver ${solver} supports only dual=False". Set \`dual: false\`, or use \`solver: liblinear\` with the l2 penalty.`,
        });
      }
    }
  },
});

/** "l1" | "l2" | "elasticnet" | null (no penalty) | "?" (placeholder or unknown); missing means "l2". */
function penaltyValue(f: Field | undefined): string | null {
  if (!f) return 'l2';
  if (f.value.kind === 'scalar' && f.value.value === null) return null;
  const s = str(f);
  if (s === undefined) return '?';
  if (s === 'none') return null; // the deprecated string spelling
  return s;
}
