import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'learned-threshold-vs-param';

describe(RULE, () => {
  it('flags best_threshold_ (YAML and JSON), on the key', () => {
    const d = findings(RULE, 'classifier:\n  _target_: sklearn.model_selection.TunedThresholdClassifierCV\n  best_threshold_: 0.4231\n');
    expect(positions(d)).toEqual(['3:3']);
    expect(d[0]!.message).toBe('`classifier.best_threshold_` is a threshold learned by TunedThresholdClassifierCV, not a setting.');
    expect(findings(RULE, '{"best_threshold_": 0.42, "scoring": "f1"}', 'json')).toHaveLength(1);
  });

  it('stays quiet on hyperparameter thresholds', () => {
    expect(findings(RULE, 'classifier:\n  _target_: sklearn.model_selection.FixedThresholdClassifier\n  threshold: 0.4231\nalignment_threshold: 0.45\n')).toEqual([]);
  });

  it('is the only learned-parameter rule that reports best_threshold_', () => {
    expect(findings('learned-sklearn-attrs', 'best_threshold_: 0.42\ncoef_: [[0.1, 0.2], [0.3, 0.4]]\n').map((d) => d.path)).toEqual(['/coef_']);
  });
});
