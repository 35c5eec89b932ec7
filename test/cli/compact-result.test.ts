/**
 * What `mlconfig check` keeps of each file's result until the report is written: the same findings,
 * with explanations dropped only when no chosen report shows them.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../packages/core/src/index.js';
import { compactResult, makeResult } from '../../packages/cli/src/results.js';

const TEXT = 'learning_rate: 1e-4\nlr_scheduler_type: constant\nwarmup_ratio: 0.1\nper_device_train_batch_size: 8\nnum_train_epochs: 3\noptim: adam\n';

describe('compactResult', () => {
  const result = makeResult('/p/train.yaml', 'train.yaml', lint(TEXT, { format: 'yaml', filePath: 'train.yaml' }).diagnostics);

  it('keeps every field of every finding when explanations are shown', () => {
    expect(result.diagnostics.length).toBeGreaterThan(1);
    expect(result.diagnostics.some((d) => d.fix)).toBe(true);
    expect(compactResult(result, true)).toEqual(result);
  });

  it('drops only the explanations when no report shows them', () => {
    const compact = compactResult(result, false);
    expect(compact.diagnostics.map((d) => d.explanation)).toEqual(result.diagnostics.map(() => ''));
    expect(compact.diagnostics.map((d) => ({ ...d, explanation: '' }))).toEqual(result.diagnostics.map((d) => ({ ...d, explanation: '' })));
    expect({ ...compact, diagnostics: [] }).toEqual({ ...result, diagnostics: [] });
  });

  it('returns a result without findings as it is', () => {
    const clean = makeResult('/p/a.yaml', 'a.yaml', []);
    expect(compactResult(clean, false)).toBe(clean);
  });
});
