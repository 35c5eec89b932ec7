/**
 * The training calls of TensorFlow.js whose arguments are hyperparameters:
 *
 *   model.compile({ optimizer, loss, metrics })
 *   model.fit(x, y, { epochs, batchSize, validationSplit, ... })
 *   model.fitDataset(dataset, { epochs, batchesPerEpoch, ... })
 *   tf.train.adam(learningRate, beta1, beta2, epsilon)
 *
 * `compile` and `fit` are common method names, so a call counts only when its options object sets a
 * key that TF.js reads there (`optimizer` or `loss` for compile, `epochs` or `batchSize` for fit).
 * Positional optimizer arguments get TF.js's parameter names, so a rule can say which one is wrong.
 */
import { dottedName, unwrapExpression, type EsNode } from './estree-types.js';

/** `tf.train.<name>(...)` → the names of its positional parameters (TF.js 4.x). */
export const TFJS_OPTIMIZERS: Readonly<Record<string, readonly string[]>> = {
  sgd: ['learningRate'],
  momentum: ['learningRate', 'momentum', 'useNesterov'],
  adagrad: ['learningRate', 'initialAccumulatorValue'],
  adadelta: ['learningRate', 'rho', 'epsilon'],
  adam: ['learningRate', 'beta1', 'beta2', 'epsilon'],
  adamax: ['learningRate', 'beta1', 'beta2', 'epsilon', 'decay'],
  rmsprop: ['learningRate', 'decay', 'momentum', 'epsilon', 'centered'],
};

/** The optimizer a `tf.train.adam(...)` (or `train.adam(...)` after `import { train }`) call creates. */
export function tfjsOptimizer(call: EsNode): { readonly name: string; readonly nameNode: EsNode; readonly params: readonly string[] } | undefined {
  if (call.type !== 'CallExpression') return undefined;
  const callee = unwrapExpression(call.callee as EsNode);
  const dotted = dottedName(callee);
  const m = dotted ? /(?:^|\.)train\.([A-Za-z]+)$/.exec(dotted) : null;
  if (!m || !Object.hasOwn(TFJS_OPTIMIZERS, m[1])) return undefined;
  return { name: m[1], nameNode: callee.property as EsNode, params: TFJS_OPTIMIZERS[m[1]] };
}

/** Which options argument of a call is a TF.js training call's, with the model it is called on. */
export function tfjsTrainingOptions(call: EsNode): { readonly receiver: string; readonly options: EsNode } | undefined {
  if (call.type !== 'CallExpression') return undefined;
  const callee = unwrapExpression(call.callee as EsNode);
  if (callee.type !== 'MemberExpression' || callee.computed) return undefined;
  const method = String((callee.property as EsNode).name);
  const args = call.arguments as EsNode[];
  const at = method === 'compile' ? 0 : method === 'fit' ? 2 : method === 'fitDataset' ? 1 : -1;
  const options = args[at];
  if (!options) return undefined;
  const obj = unwrapExpression(options);
  const expected = method === 'compile' ? ['optimizer', 'loss'] : ['epochs', 'batchSize', 'batchesPerEpoch'];
  if (obj.type === 'ObjectExpression' && !setsAnyKey(obj, expected)) return undefined;
  if (obj.type !== 'ObjectExpression' && obj.type !== 'Identifier') return undefined;
  const receiver = dottedName(callee.object as EsNode) ?? '(expression)';
  return { receiver, options };
}

function setsAnyKey(obj: EsNode, names: readonly string[]): boolean {
  return (obj.properties as EsNode[]).some((p) => {
    if (p.type !== 'Property' || p.computed) return false;
    const key = p.key as EsNode;
    return names.includes(key.type === 'Identifier' ? String(key.name) : String(key.value));
  });
}
