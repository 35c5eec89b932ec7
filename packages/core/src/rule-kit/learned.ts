/**
 * Which learned-parameter rule owns a field the classifier tagged as learned. Each rule speaks the
 * vocabulary of one ecosystem so its message can say where those values belong.
 */
import type { Field } from '../classify/classify.js';
import { numericLeafCount } from '../classify/shape.js';

export type LearnedFamily = 'torch' | 'keras' | 'sklearn' | 'tree' | 'threshold';

const KERAS_NAMES = new Set(['kernel', 'recurrent_kernel', 'gamma', 'beta', 'moving_mean', 'moving_variance', 'embeddings', 'lora_kernel_a', 'lora_kernel_b', 'kernel_scale']);

export function learnedFamily(field: Field): LearnedFamily | undefined {
  if (field.kind !== 'learned-parameter') return undefined;
  // A tuned decision threshold has its own rule: it is a fitted value with a hyperparameter twin.
  if (field.normalized === 'best_threshold_') return 'threshold';
  if (field.concept === 'tree-structure' || field.concept === 'decision-thresholds') return 'tree';
  if (/[^_]_$/.test(field.normalized)) return 'sklearn';
  if (KERAS_NAMES.has(field.normalized)) return 'keras';
  return 'torch';
}

/** "64 numbers", "a 3 × 4 matrix": what the leaked value looks like. */
export function describeValues(field: Field): string {
  const v = field.value;
  if (v.kind === 'seq' && v.items.length > 0 && v.items[0].kind === 'seq') return `a ${v.items.length} × ${v.items[0].items.length} matrix`;
  const n = numericLeafCount(v);
  if (n === 1 || v.kind === 'scalar') return 'a fitted value';
  // Fitted labels (`classes_: [cat, dog]`) are values, not numbers.
  if (n === 0 && v.kind === 'seq') return `${v.items.length} ${v.items.length === 1 ? 'value' : 'values'}`;
  return `${n} numbers`;
}

/** Learned fields of a family, skipping ones nested inside another reported learned field. */
export function learnedFields(fields: readonly Field[], family: LearnedFamily): Field[] {
  const out: Field[] = [];
  for (const f of fields) {
    if (learnedFamily(f) !== family) continue;
    let nested = false;
    for (let p = f.parent; p; p = p.parent) if (learnedFamily(p) === family) nested = true;
    if (!nested) out.push(f);
  }
  return out;
}
