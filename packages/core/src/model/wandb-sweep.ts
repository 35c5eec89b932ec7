import type { KeyIndex } from './key-index.js';

/**
 * A script that creates the sweep itself (`wandb.sweep(cfg)` on a dict it read, multimodal-supernovae's
 * `schedule_sweep`) hands the controller what its own reader made of the file, not what the `wandb` CLI would.
 */
export function createsWandbSweep(pythonText: string): boolean {
  return pythonText.includes('sweep') && /\bwandb\s*\.\s*sweep\s*\(/.test(pythonText);
}

/** A W&B sweep's top-level keys, asked one by one: `method` or `program` beside `parameters`. */
export function hasWandbSweepKeys(has: (key: string) => boolean): boolean {
  return has('parameters') && (has('method') || has('program'));
}

/**
 * A W&B sweep: the `wandb` CLI reads it with PyYAML, whatever loader the project's own scripts use for their configs,
 * and its controller compares `min` and `max` as read.
 */
export function isWandbSweep(index: KeyIndex): boolean {
  return hasWandbSweepKeys((key) => index.topLevel.has(key));
}
