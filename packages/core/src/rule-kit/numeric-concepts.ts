/**
 * Settings that hold a number (or nothing): a string there is never what was meant. Shared by the rules that judge a
 * string written where such a setting's number belongs (yaml-none-string, interpolation-missing-braces).
 */
import type { ConceptId } from '../classify/concepts.js';

export const NUMERIC_CONCEPTS: ReadonlySet<ConceptId> = new Set<ConceptId>([
  'learning-rate', 'min-learning-rate', 'momentum', 'epsilon', 'gradient-clipping', 'warmup', 'epochs', 'max-steps',
  'batch-size', 'micro-batch-size', 'global-batch-size', 'eval-batch-size', 'gradient-accumulation', 'weight-decay',
  'l2-regularization', 'l1-regularization', 'dropout', 'label-smoothing', 'lora-rank', 'lora-alpha', 'seed',
]);

/** Names within those concepts that take a word: `warmup_method`, `gradient_clip_algorithm`, `lr_warmup_type`. */
export const WORD_NAME = /(?:_|^)(?:type|method|mode|strategy|algorithm|algo|name|policy|scheduler|schedule|unit|by|on|enabled?|use)$/;
