/** Ludwig's trainer settings that several rules read. */
import type { Field } from '../classify/classify.js';
import { entryOf } from './select.js';
import { numberValue, stringValue } from '../loader/special-values.js';

/** Ludwig's GBM trainer (`model_type: gbm`) takes any non-negative learning rate. */
export function isGbmModel(field: Field): boolean {
  let root = field.container;
  for (let p = field.parent; p; p = p.parent) root = p.container;
  return stringValue(entryOf(root, 'model_type')?.value)?.toLowerCase() === 'gbm';
}

/**
 * A `trainer.learning_rate` above 1 in an ECD model, which Ludwig's schema refuses
 * (FloatRange(min=0, max=1) or `auto`): lr-max-one's error, which other learning-rate rules defer to.
 */
export function ludwigRefusesLearningRate(field: Field): boolean {
  if (field.normalized !== 'learning_rate' || field.parent?.normalized !== 'trainer' || isGbmModel(field)) return false;
  const value = numberValue(field.value);
  return value !== undefined && value > 1;
}
