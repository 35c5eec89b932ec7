import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'learned-intercept-in-params';

describe(RULE, () => {
  it('flags a full-precision base_score in XGBoost params (YAML and JSON string)', () => {
    const d = findings(RULE, 'booster: gbtree\nobjective: "binary:logistic"\neta: 0.1\nbase_score: 0.5234000682830811\n');
    expect(positions(d)).toEqual(['4:13']);
    expect(d[0]!.message).toBe('base_score 0.5234000682830811 looks like a fitted intercept copied from a trained model.');
    expect(findings(RULE, '{"booster": "gbtree", "tree_method": "hist", "base_score": "5.2340007E-1"}', 'json')).toHaveLength(1);
  });

  it('stays quiet on round values, model dumps, and non-XGBoost configs', () => {
    expect(findings(RULE, 'booster: gbtree\ntree_method: hist\nbase_score: 0.5\n')).toEqual([]);
    expect(findings(RULE, '{"booster": "gbtree", "tree_method": "hist", "learner": {"learner_model_param": {"base_score": "5.2340007E-1"}}}', 'json')).toEqual([]);
    expect(findings(RULE, 'base_score: 0.5234000682830811\n')).toEqual([]);
  });
});
