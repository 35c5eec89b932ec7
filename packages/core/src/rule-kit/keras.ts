/**
 * Where Keras keeps optimizer settings: a `{class_name, config}` pair (`compile_config.optimizer`,
 * `model.to_json()`), whose `config` mapping holds the constructor arguments.
 */
import type { Field } from '../classify/classify.js';
import { entryOf } from './select.js';

const KERAS_OPTIMIZERS = /^(?:adam|adamw|adamax|nadam|sgd|rmsprop|adagrad|adadelta|adafactor|ftrl|lion|lamb|loss_scale_optimizer|muon)$/i;

/** The field is an argument of a Keras optimizer: it sits in the `config` of a `{class_name, config}` optimizer. */
export function isKerasOptimizerConfig(field: Field): boolean {
  const holder = field.parent;
  if (!holder || holder.normalized !== 'config') return false;
  const cls = entryOf(holder.container, 'class_name')?.value;
  if (cls?.kind === 'scalar' && typeof cls.value === 'string' && KERAS_OPTIMIZERS.test(cls.value)) return true;
  return holder.parent?.normalized === 'optimizer';
}

/** The field is an argument of a Keras layer or object of the given class (`BatchNormalization`). */
export function isKerasClassConfig(field: Field, classes: RegExp): boolean {
  const holder = field.parent;
  if (!holder || holder.normalized !== 'config') return false;
  const cls = entryOf(holder.container, 'class_name')?.value;
  return cls?.kind === 'scalar' && typeof cls.value === 'string' && classes.test(cls.value);
}
