import type { KeyIndex } from './key-index.js';

/**
 * A W&B sweep (`method` or `program` beside `parameters`): the `wandb` CLI reads it with PyYAML, whatever loader the
 * project's own scripts use for their configs, and its controller compares `min` and `max` as read.
 */
/**
 * A script that creates the sweep itself (`wandb.sweep(cfg)` on a dict it read, multimodal-supernovae's
 * `schedule_sweep`) hands the controller what its own reader made of the file, not what the `wandb` CLI would.
 */
export function createsWandbSweep(pythonText: string): boolean {
  return pythonText.includes('sweep') && /\bwandb\s*\.\s*sweep\s*\(/.test(pythonText);
}

export function isWandbSweep(index: KeyIndex): boolean {
  return index.topLevel.has('parameters') && (index.topLevel.has('method') || index.topLevel.has('program'));
}
