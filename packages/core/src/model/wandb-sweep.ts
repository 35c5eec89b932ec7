import type { KeyIndex } from './key-index.js';

/**
 * A W&B sweep (`method` or `program` beside `parameters`): the `wandb` CLI reads it with PyYAML, whatever loader the
 * project's own scripts use for their configs, and its controller compares `min` and `max` as read.
 */
export function isWandbSweep(index: KeyIndex): boolean {
  return index.topLevel.has('parameters') && (index.topLevel.has('method') || index.topLevel.has('program'));
}
