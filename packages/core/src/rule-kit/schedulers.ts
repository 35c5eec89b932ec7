/**
 * Which scheduler a mapping configures: PyTorch classes named by `_target_`, `class_path`,
 * HyperPyYAML tags or an mmengine-style `type`, and NeMo's `sched.name`.
 */
import type { Field } from '../classify/classify.js';
import { classOfField, shortClass } from './select.js';
import type { TrainingRun } from '../model/training-run.js';
import { numberValue } from '../loader/special-values.js';

/** The short, lower-cased scheduler class the field configures (`onecyclelr`, `reducelronplateau`), if any. */
export function schedulerClassOf(field: Field): string | undefined {
  return shortClass(classOfField(field));
}

/** The field belongs to a Ludwig `trainer.learning_rate_scheduler` block. */
export function isLudwigScheduler(field: Field): boolean {
  return field.parent?.normalized === 'learning_rate_scheduler' && field.parent.parent?.normalized === 'trainer';
}

/** Where a mapping keeps a class's arguments beside its name (`{name: onecycle, params: {...}}`). */
const ARGUMENT_BLOCKS = new Set(['params', 'kwargs', 'init_args', 'args', 'config']);

/** Names that mean PyTorch's OneCycleLR when a project's own code maps a scheduler name to a class (`onecycle`, `one_cycle`). */
function isOneCycleName(name: string | undefined): boolean {
  if (!name) return false;
  const short = name.slice(name.lastIndexOf('.') + 1).toLowerCase().replace(/[^a-z]/g, '');
  return short === 'onecycle' || short === 'onecyclelr';
}

/** The `epochs` of a run's one-cycle schedule, written in its scheduler block (or that block's `params`), with its value. */
export function oneCycleEpochs(run: TrainingRun): { readonly field: Field; readonly value: number } | undefined {
  const block = run.schedule.block;
  if (!block) return undefined;
  for (const field of run.fields) {
    if (field.normalized !== 'epochs') continue;
    const parent = field.parent;
    if (parent !== block && !(parent?.parent === block && ARGUMENT_BLOCKS.has(parent.normalized))) continue;
    if (schedulerClassOf(field) !== 'onecyclelr' && !isOneCycleName(run.schedule.type?.value)) continue;
    const value = numberValue(field.value);
    if (value !== undefined && value > 0 && Number.isInteger(value)) return { field, value };
  }
  return undefined;
}
