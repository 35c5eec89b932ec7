/** Where PyTorch Lightning's Trainer arguments live in LightningCLI, NeMo and Hydra configs. */
import type { Field } from '../classify/classify.js';
import { classOfField } from './select.js';

/** An argument of Lightning's Trainer: under `trainer:` or in a mapping that builds a `Trainer` (`_target_`, `class_path`). */
export function isLightningTrainerArg(field: Field): boolean {
  if (field.parent?.normalized === 'trainer') return true;
  const cls = classOfField(field);
  return cls !== undefined && /(?:^|\.)trainer$/i.test(cls);
}

/** The field's mapping builds Lightning's Trainer by class path (Hydra `_target_: lightning.pytorch.Trainer`), whatever detection says. */
export function builtByLightningTrainer(field: Field): boolean {
  const cls = classOfField(field);
  return cls !== undefined && /(?:^|\.)(?:lightning|pytorch_lightning)(?:\.[a-z_]+)*\.trainer$/i.test(cls);
}
