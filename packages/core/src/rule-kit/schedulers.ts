/**
 * Which scheduler a mapping configures: PyTorch classes named by `_target_`, `class_path`,
 * HyperPyYAML tags or an mmengine-style `type`, and NeMo's `sched.name`.
 */
import type { Field } from '../classify/classify.js';
import { classOfField, shortClass } from './select.js';

/** The short, lower-cased scheduler class the field configures (`onecyclelr`, `reducelronplateau`), if any. */
export function schedulerClassOf(field: Field): string | undefined {
  return shortClass(classOfField(field));
}

/** The field belongs to a Ludwig `trainer.learning_rate_scheduler` block. */
export function isLudwigScheduler(field: Field): boolean {
  return field.parent?.normalized === 'learning_rate_scheduler' && field.parent.parent?.normalized === 'trainer';
}
