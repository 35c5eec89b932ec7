import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'oob-needs-bootstrap';

describe(RULE, () => {
  it('flags oob_score with bootstrap off, and ExtraTrees without bootstrap', () => {
    const d = findings(RULE, 'model:\n  _target_: sklearn.ensemble.RandomForestClassifier\n  oob_score: true\n  bootstrap: false\n');
    expect(positions(d)).toEqual(['3:3']);
    expect(d[0]!.message).toBe('oob_score needs bootstrap sampling, but bootstrap is off.');
    expect(findings(RULE, 'model:\n  _target_: sklearn.ensemble.ExtraTreesClassifier\n  n_estimators: 500\n  oob_score: true\n')[0]!.explanation).toContain('`bootstrap` defaults to False for ExtraTrees');
  });

  it('flags max_samples without bootstrap (JSON) and bagging with warm_start', () => {
    expect(findings(RULE, '{"n_estimators": 100, "bootstrap": false, "max_samples": 0.5}', 'json')[0]!.message).toBe('max_samples needs bootstrap sampling, but bootstrap is off.');
    expect(findings(RULE, 'model:\n  _target_: sklearn.ensemble.BaggingClassifier\n  oob_score: true\n  warm_start: true\n')[0]!.message).toBe('oob_score cannot be combined with warm_start in a bagging ensemble.');
  });

  it('stays quiet for RandomForest defaults and unknown estimators', () => {
    expect(findings(RULE, 'model:\n  _target_: sklearn.ensemble.RandomForestClassifier\n  oob_score: true\n')).toEqual([]);
    expect(findings(RULE, 'oob_score: true\nn_estimators: 200\n')).toEqual([]);
    expect(findings(RULE, '{"bootstrap": false, "max_samples": null}', 'json')).toEqual([]);
  });
});
