import { defineRule, type RuleContext } from '../rule-kit/types.js';
import type { Field } from '../classify/classify.js';
import type { MapNode } from '../document/types.js';
import { fieldName } from '../rule-kit/helpers.js';
import { bool, childOf, entriesOf, isSet, num, str, topField } from '../rule-kit/field-index.js';
import { estimatorOf } from '../rule-kit/sklearn.js';
import { deepspeedConfigs, dsField, optimizerType } from '../rule-kit/deepspeed.js';

/**
 * Hyperparameters written where the framework never reads them, so the run silently uses something
 * else:
 * - Ludwig: a learning rate inside `trainer.optimizer` (Ludwig's optimizer schemas have no `lr`,
 *   except Adafactor's; the unknown key is dropped and `trainer.learning_rate` (default 0.001) is used).
 * - scikit-learn MLP: `momentum`, `nesterovs_momentum`, `power_t` and a `learning_rate` schedule
 *   apply only to `solver='sgd'`; `beta_1`, `beta_2`, `epsilon` only to `'adam'`; L-BFGS uses no
 *   minibatch or initial learning rate; `validation_fraction` only with `early_stopping`.
 * - scikit-learn LogisticRegression / SGD: `l1_ratio` only with the elasticnet penalty; `C` is
 *   ignored with `penalty: None`.
 * - PEFT LoRA: `loftq_config` / `eva_config` / `corda_config` only with the matching
 *   `init_lora_weights`.
 * - DeepSpeed: `adam_w_mode: false` is ignored for `"type": "AdamW"`, which is always decoupled.
 */
export default defineRule({
  id: 'optimizer-specific-hparams-ignored',
  severity: 'warn',
  category: 'framework',
  description: 'Flag hyperparameters that the chosen optimizer, solver or mode silently ignores',
  presets: ['recommended', 'strict'],
  frameworks: ['ludwig', 'sklearn', 'peft', 'deepspeed'],
  references: [
    { title: 'Ludwig schema/optimizers.py and schema/utils.py (unknown optimizer fields are dropped)', url: 'https://github.com/ludwig-ai/ludwig/blob/master/ludwig/schema/optimizers.py' },
    { title: 'scikit-learn MLPClassifier parameters (solver-specific)', url: 'https://scikit-learn.org/stable/modules/generated/sklearn.neural_network.MLPClassifier.html' },
    { title: 'scikit-learn LogisticRegression.fit: "l1_ratio parameter is only used when penalty is \'elasticnet\'"', url: 'https://github.com/scikit-learn/scikit-learn/blob/main/sklearn/linear_model/_logistic.py' },
    { title: 'PEFT tuners/lora/config.py LoraConfig.__post_init__ (loftq_config, eva_config, corda_config warnings)', url: 'https://github.com/huggingface/peft/blob/main/src/peft/tuners/lora/config.py' },
    { title: 'DeepSpeed runtime/engine.py _configure_basic_optimizer (adam_w_mode)', url: 'https://github.com/microsoft/DeepSpeed/blob/master/deepspeed/runtime/engine.py' },
  ],
  check(ctx) {
    if (ctx.hasFramework('ludwig')) ludwig(ctx);
    sklearn(ctx);
    if (ctx.hasFramework('peft')) peft(ctx);
    deepspeed(ctx);
  },
});

function ignored(ctx: RuleContext<object>, f: Field, message: string, why: string, fix: string): void {
  ctx.report({ field: f, on: 'key', message, explanation: `${why}, so ${fieldName(f)} is silently ignored and the run does not do what the file says. ${fix}` });
}

function ludwig(ctx: RuleContext<object>): void {
  const trainer = topField(ctx.fields, 'trainer');
  const optimizer = childOf(ctx.fields, trainer, 'optimizer');
  // Ludwig's Adafactor (transformers.optimization.Adafactor) is the one optimizer schema with an `lr`.
  if (!optimizer || str(childOf(ctx.fields, optimizer, 'type')) === 'adafactor') return;
  const trainerLr = childOf(ctx.fields, trainer, 'learning_rate');
  for (const name of ['lr', 'learning_rate']) {
    const lr = childOf(ctx.fields, optimizer, name);
    if (!lr) continue;
    ignored(ctx, lr, `Ludwig ignores ${lr.name} inside trainer.optimizer; the learning rate is trainer.learning_rate.`,
      `Ludwig's optimizer schemas have no learning-rate field: ${fieldName(lr)} is dropped as an unknown key, and training uses ${trainerLr ? `${fieldName(trainerLr)}` : '`trainer.learning_rate` (default 0.001)'}`,
      `Move the value to \`trainer.learning_rate\`${trainerLr ? ' (and remove one of the two)' : ''}.`);
  }
}

function sklearn(ctx: RuleContext<object>): void {
  const seen = new Set<MapNode>();
  for (const f of ctx.fields) {
    if (seen.has(f.container)) continue;
    seen.add(f.container);
    const estimator = estimatorOf(ctx.fields, f.container);
    if (estimator === 'mlp') mlp(ctx, f.container);
    else if (estimator === 'logistic-regression' || estimator === 'sgd') penalties(ctx, f.container, estimator);
  }
}

function mlp(ctx: RuleContext<object>, map: MapNode): void {
  const e = entriesOf(ctx.fields, map);
  const solverField = e.get('solver');
  const solver = solverField ? str(solverField) : 'adam';
  if (!solver) return;
  const solverText = solverField ? `${fieldName(solverField)} is "${solver}"` : 'the solver defaults to "adam"';
  const only = (names: string[], needs: string, when: boolean): void => {
    if (!when) return;
    for (const n of names) {
      const f = e.get(n);
      if (!f || (n === 'learning_rate' && !str(f))) continue;
      ignored(ctx, f, `${f.name} only applies to the MLP ${needs} solver, but the solver is ${solver}.`, `${solverText}, and scikit-learn's MLP reads ${fieldName(f)} only with \`solver='${needs}'\``, `Remove it, or switch the solver to "${needs}" if you meant to use it.`);
    }
  };
  only(['momentum', 'nesterovs_momentum', 'power_t', 'learning_rate'], 'sgd', solver !== 'sgd');
  only(['beta_1', 'beta_2', 'epsilon'], 'adam', solver !== 'adam');
  if (solver === 'lbfgs') {
    for (const n of ['batch_size', 'learning_rate_init', 'shuffle', 'early_stopping']) {
      const f = e.get(n);
      if (f) ignored(ctx, f, `${f.name} has no effect with the lbfgs solver.`, `${solverText}, a full-batch quasi-Newton method that uses no minibatches, learning rate or early stopping`, 'Remove it, or use `solver: adam` or `sgd` for minibatch training.');
    }
  }
  const vf = e.get('validation_fraction');
  if (vf && bool(e.get('early_stopping')) !== true) {
    ignored(ctx, vf, 'validation_fraction only applies when early_stopping is true.', `${e.get('early_stopping') ? `${fieldName(e.get('early_stopping')!)} is false` : '`early_stopping` defaults to false'}, and the MLP sets data aside for validation only when stopping early`, 'Set `early_stopping: true`, or remove `validation_fraction`.');
  }
}

function penalties(ctx: RuleContext<object>, map: MapNode, estimator: 'logistic-regression' | 'sgd'): void {
  const e = entriesOf(ctx.fields, map);
  const penaltyField = e.get('penalty');
  const penalty = penaltyField ? (penaltyField.value.kind === 'scalar' && penaltyField.value.value === null ? 'none' : str(penaltyField)) : 'l2';
  if (penalty === undefined) return;
  const ratio = e.get('l1_ratio');
  const r = num(ratio);
  if (ratio && r !== undefined && penalty !== 'elasticnet' && !(penalty === 'l1' && r === 1) && !(penalty === 'l2' && r === 0)) {
    ignored(ctx, ratio, `l1_ratio is only used with the elasticnet penalty, but the penalty is ${penalty}.`, `${penaltyField ? `${fieldName(penaltyField)} is "${penalty}"` : 'the penalty defaults to "l2"'}, and scikit-learn reads \`l1_ratio\` only for \`penalty='elasticnet'\`${estimator === 'logistic-regression' ? ' (it warns "l1_ratio parameter is only used when penalty is \'elasticnet\'")' : ''}`, 'Set `penalty: elasticnet` to mix L1 and L2, or remove `l1_ratio`.');
  }
  const c = e.get('C') ?? e.get('c');
  if (estimator === 'logistic-regression' && c && penalty === 'none' && num(c) !== 1) {
    ignored(ctx, c, 'C is ignored when the penalty is None.', `${fieldName(penaltyField!)} turns regularisation off, and scikit-learn warns "Setting penalty=None will ignore the C and l1_ratio parameters"`, 'Remove `C`, or choose a penalty (l2) if you meant to regularise.');
  }
}

function peft(ctx: RuleContext<object>): void {
  const init = topField(ctx.fields, 'init_lora_weights');
  const mode = init ? (init.value.kind === 'scalar' ? String(init.value.value).toLowerCase() : undefined) : 'true';
  for (const [name, needs] of [['loftq_config', 'loftq'], ['eva_config', 'eva'], ['corda_config', 'corda']] as const) {
    const f = topField(ctx.fields, name);
    if (!f || !isSet(f) || mode === undefined || mode === needs || (needs === 'corda' && /^corda|^kpm/.test(mode))) continue;
    ignored(ctx, f, `${name} is ignored unless init_lora_weights is "${needs}".`, `${init ? `${fieldName(init)} is ${mode}` : '`init_lora_weights` defaults to true'}, and PEFT uses ${fieldName(f)} only with \`init_lora_weights: "${needs}"\` (it warns that the setting "will be ignored")`, `Set \`init_lora_weights: ${needs}\` to use it, or remove ${fieldName(f)}.`);
  }
}

function deepspeed(ctx: RuleContext<object>): void {
  for (const ds of deepspeedConfigs(ctx)) {
    const { type } = optimizerType(ds);
    const mode = dsField(ds, 'optimizer', 'params', 'adam_w_mode');
    if (type !== 'adamw' || !mode || bool(mode) !== false) continue;
    ignored(ctx, mode, 'adam_w_mode false is ignored for the AdamW optimizer type.', `DeepSpeed decides decoupled weight decay as \`type == "AdamW" or adam_w_mode\`, so with \`"type": "AdamW"\` the run is AdamW whatever ${fieldName(mode)} says`, 'Use `"type": "Adam"` with `"adam_w_mode": false` for classic Adam with L2 weight decay, or remove `adam_w_mode`.');
  }
}
