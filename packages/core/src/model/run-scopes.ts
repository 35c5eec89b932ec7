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
    if (first < 0) return sectionScopes(fields);
    const scope = f.path.slice(0, first + 1);
    const isRun = fields.some((g) => g !== f && g.concept !== undefined && RUN_LEVEL.has(g.concept) && isUnder(g.path, scope));
    if (!isRun) return [[]];
    scopes.set(JSON.stringify(scope), [...scope]);
  }
  return scopes.size <= 1 ? [[]] : [...scopes.values()];
}

/** Run-level settings that make a section a run of its own: how long it trains and on what batch. */
const OWN_RUN = new Set(['epochs', 'max-steps', 'batch-size', 'micro-batch-size', 'global-batch-size']);

/**
 * Sections of one mapping that are alternative runs, each with its own rate, length or batch (AirfRANS's `params.yaml`:
 * `GraphSAGE:`, `PointNet:`, `MLP:`, `GUNet:`, one per model, the script picking one): each is a run of its own, so one
 * model's BatchNorm or schedule is never credited to another's. Settings above the sections belong to none, and a file
 * where they hold the run's length or batch (a GAN's `generator:` and `discriminator:` rates under one `epochs:`) is one run.
 */
function sectionScopes(fields: readonly Field[]): PathSegment[][] {
  const rates = fields.filter((f) => f.concept === 'learning-rate' && f.kind === 'hyperparameter');
  if (rates.length < 2 || rates.some((f) => f.path.some((s) => typeof s === 'number'))) return [[]];
  let common = rates[0]!.path.length - 1;
  for (const f of rates) {
    let k = 0;
    while (k < common && k < f.path.length - 1 && f.path[k] === rates[0]!.path[k]) k++;
    common = k;
  }
  const scopes = new Map<string, PathSegment[]>();
  for (const f of rates) {
    if (f.path.length <= common + 1) return [[]];
    const scope = f.path.slice(0, common + 1);
    scopes.set(JSON.stringify(scope), scope);
  }
  if (scopes.size < 2) return [[]];
  const runLevel = fields.filter((g) => g.concept !== undefined && OWN_RUN.has(g.concept) && g.kind === 'hyperparameter');
  for (const scope of scopes.values()) if (!runLevel.some((g) => isUnder(g.path, scope))) return [[]];
  // A length or batch anywhere outside the sections is shared by them: one run.
  if (runLevel.some((g) => ![...scopes.values()].some((scope) => isUnder(g.path, scope)))) return [[]];
  return [...scopes.values()];
}

