import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'elasticnet-needs-l1-ratio';

describe(RULE, () => {
  it('flags elasticnet without l1_ratio (JSON) and with a null ratio (YAML)', () => {
    const text = '{"solver": "saga", "penalty": "elasticnet", "C": 1.0}';
    const d = findings(RULE, text, 'json');
    expect(positions(d)).toEqual([`1:${text.indexOf('"elasticnet"') + 1}`]);
    expect(d[0]!.message).toBe('The elasticnet penalty needs `l1_ratio`.');
    expect(findings(RULE, 'model:\n  _target_: sklearn.linear_model.LogisticRegression\n  solver: saga\n  penalty: elasticnet\n  l1_ratio: null\n')).toHaveLength(1);
  });

  it('stays quiet with a ratio and for estimators with a default ratio', () => {
    expect(findings(RULE, 'solver: saga\npenalty: elasticnet\nl1_ratio: 0.5\n')).toEqual([]);
    expect(findings(RULE, 'model:\n  _target_: sklearn.linear_model.SGDClassifier\n  penalty: elasticnet\n')).toEqual([]);
  });
});
