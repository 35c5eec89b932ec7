/**
 * Unity ML-Agents' `behaviors:` layout (release 10 on), which `mlagents-learn` structures into its settings classes: the
 * top-level fields, the trainer blocks (each behavior's and `default_settings`) and a field's own keys. Files of the
 * layout before it (behavior names at the top level, `trainer: ppo`) were read as plain dictionaries, and a `behaviors:`
 * mapping with no trainer block in it is another program's; both give undefined.
 */
import type { Field } from '../classify/classify.js';
import type { RuleContext } from './types.js';
import { entriesOf, writtenTopFields } from './field-index.js';
import { stringValue } from '../loader/special-values.js';

export interface MlAgentsFile {
  /** The top-level fields written in the file. */
  readonly top: readonly Field[];
  /** Each behavior's block, then `default_settings` when the file has one. */
  readonly trainers: readonly Field[];
  readonly defaults?: Field;
  /** The keys written in a field's mapping, in order. */
  readonly children: (field: Field) => Field[];
  /** The trainer type a trainer block names, or `default_settings` names for it. */
  readonly trainerType: (trainer: Field) => string | undefined;
}

export function mlAgentsFile(ctx: RuleContext<object>): MlAgentsFile | undefined {
  if (!ctx.hasFramework('ml-agents')) return undefined;
  const top = writtenTopFields(ctx.fields);
  const behaviors = top.find((f) => f.key.value === 'behaviors' && f.value.kind === 'map');
  if (!behaviors) return undefined;
  const children = (f: Field): Field[] => [...entriesOf(ctx.fields, f.value).values()].filter((c) => c.entry.origin === 'explicit');
  const defaults = top.find((f) => f.key.value === 'default_settings' && f.value.kind === 'map');
  const trainers = [...children(behaviors), ...(defaults ? [defaults] : [])].filter((f) => f.value.kind === 'map');
  const isTrainer = (f: Field): boolean => children(f).some((c) => c.key.value === 'trainer_type' || c.key.value === 'hyperparameters');
  if (!trainers.some(isTrainer)) return undefined;
  const typeIn = (f: Field | undefined): string | undefined => (f ? stringValue(children(f).find((c) => c.key.value === 'trainer_type')?.value) : undefined);
  const defaultType = typeIn(defaults);
  return { top, trainers, ...(defaults ? { defaults } : {}), children, trainerType: (trainer) => typeIn(trainer) ?? defaultType };
}

/** The key `name` of a field's mapping. */
export function childNamed(file: MlAgentsFile, field: Field | undefined, name: string): Field | undefined {
  return field ? file.children(field).find((c) => c.key.value === name) : undefined;
}
