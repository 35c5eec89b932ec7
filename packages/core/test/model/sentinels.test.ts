import { describe, expect, it } from 'vitest';
import { classifyDocument, parseConfig, type Field, type FrameworkId } from '../../src/index.js';
import { isSentinel, sentinelMeaning } from '../../src/model/sentinels.js';

/** The classified field at `path` (dotted) of a YAML text. */
function field(text: string, path: string): Field {
  const parsed = parseConfig(text, { format: 'yaml' });
  if (!parsed.document) throw new Error('test config does not parse');
  const found = classifyDocument(parsed.document).find((f) => f.path.join('.') === path);
  if (!found) throw new Error(`no field ${path}`);
  return found;
}

const value = (f: Field): number => Number((f.value as { value: unknown }).value);
const meaning = (text: string, path: string, frameworks: FrameworkId[]): string | undefined => {
  const f = field(text, path);
  return sentinelMeaning(f, value(f), frameworks);
};

describe('sentinel values (RULES-CATALOG §E.2)', () => {
  it('reads LightGBM and XGBoost max_depth <= 0 as "no limit", but only for those frameworks', () => {
    expect(meaning('num_leaves: 31\nmax_depth: -1\n', 'max_depth', ['lightgbm'])).toBe('no depth limit');
    expect(meaning('eta: 0.1\nmax_depth: 0\n', 'max_depth', ['xgboost'])).toBe('no depth limit');
    // A decision tree elsewhere with max_depth -1 is just wrong.
    expect(meaning('model:\n  max_depth: -1\n', 'model.max_depth', ['sklearn'])).toBeUndefined();
  });

  it('reads `gradient_accumulation_steps: -1` as "off" (matchmaker), except where HF Trainer, DeepSpeed or Lightning read it', () => {
    const text = 'optimizer: adam\nbatch_size_train: 32\ngradient_accumulation_steps: -1\n';
    expect(meaning(text, 'gradient_accumulation_steps', [])).toBe('gradient accumulation off');
    expect(meaning(text, 'gradient_accumulation_steps', ['hf-trainer'])).toBeUndefined();
    expect(meaning(text, 'gradient_accumulation_steps', ['deepspeed'])).toBeUndefined();
    expect(meaning('gradient_accumulation_steps: -2\n', 'gradient_accumulation_steps', [])).toBeUndefined();
  });

  it('reads Ludwig early_stop <= 0 as disabled and eval_batch_size 0 as "same as training"', () => {
    expect(meaning('trainer:\n  early_stop: -1\n', 'trainer.early_stop', ['ludwig'])).toBe('early stopping disabled');
    expect(meaning('trainer:\n  eval_batch_size: 0\n', 'trainer.eval_batch_size', ['ludwig'])).toBe('same as the training batch size');
    expect(meaning('eval_batch_size: 0\n', 'eval_batch_size', ['hf-trainer'])).toBeUndefined();
  });

  it('reads -1 step and epoch limits as "no limit" and leaves other numbers alone', () => {
    expect(isSentinel(field('max_steps: -1\n', 'max_steps'), -1, ['hf-trainer'])).toBe(true);
    expect(isSentinel(field('trainer:\n  max_epochs: -1\n', 'trainer.max_epochs'), -1, ['lightning'])).toBe(true);
    expect(isSentinel(field('trainer:\n  max_epochs: -5\n', 'trainer.max_epochs'), -5, ['lightning'])).toBe(false);
    expect(isSentinel(field('batch: -1\n', 'batch'), -1, ['ultralytics'])).toBe(true);
    expect(isSentinel(field('batch: -1\n', 'batch'), -1, ['hf-trainer'])).toBe(false);
  });
});
