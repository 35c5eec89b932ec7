import { isUnder } from '../document/pointer.js';
import type { PathSegment } from '../document/types.js';
import type { Field } from '../classify/classify.js';

const RUN_LEVEL = new Set(['epochs', 'max-steps', 'batch-size', 'micro-batch-size', 'global-batch-size', 'optimizer', 'lr-schedule']);

/**
 * Where the training runs of a document live. Most files are one run. Some hold several runs as
 * items of a list (ai-toolkit `config.process[i]`, Ludwig's list of reference configs); a list item
 * that sets its own learning rate and also run-level settings (duration, batch, optimizer) becomes
 * a run of its own, so one run's schedule is never credited to another. A list of parameter groups
 * (`param_groups: [{lr: ...}]`) is not a run: its items hold nothing but optimizer values.
 */
export function findRunScopes(fields: readonly Field[]): PathSegment[][] {
  const scopes = new Map<string, PathSegment[]>();
  for (const f of fields) {
    if (f.concept !== 'learning-rate' || f.kind !== 'hyperparameter') continue;
    const first = f.path.findIndex((s) => typeof s === 'number');
    if (first < 0) return [[]];
    const scope = f.path.slice(0, first + 1);
    const isRun = fields.some((g) => g !== f && g.concept !== undefined && RUN_LEVEL.has(g.concept) && isUnder(g.path, scope));
    if (!isRun) return [[]];
    scopes.set(JSON.stringify(scope), [...scope]);
  }
  return scopes.size <= 1 ? [[]] : [...scopes.values()];
}

