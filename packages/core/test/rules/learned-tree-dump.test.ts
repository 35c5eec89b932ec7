import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

const RULE = 'learned-tree-dump';

describe(RULE, () => {
  it('reports an XGBoost model dump once, with its tree count', () => {
    const text = '{"learner": {"gradient_booster": {"model": {"trees": [{"split_indices": [1, 2, 3], "split_conditions": [0.1, 0.2, 0.3], "left_children": [1, 3, 5]}, {"split_indices": [4, 5, 6], "left_children": [1, -1, -1]}]}}, "learner_model_param": {"base_score": "5.2340007E-1"}}}';
    const d = findings(RULE, text, 'json');
    expect(positions(d)).toEqual([`1:${text.indexOf('"split_indices"') + 1}`]);
    expect(d[0]!.message).toBe('`learner.gradient_booster.model.trees[0].split_indices` is part of a fitted tree model (2 trees), not a parameter.');
  });

  it('reports a LightGBM tree_info dump in YAML', () => {
    const d = findings(RULE, 'num_leaves: 31\ntree_info:\n  - tree_index: 0\n    tree_structure:\n      split_feature: 2\n      threshold: 0.5\n      leaf_value: [0.1, -0.2]\n');
    expect(positions(d)).toEqual(['2:1']);
  });

  it('stays quiet on parameters that share tree vocabulary', () => {
    expect(findings(RULE, 'max_depth: 6\nnum_leaves: 31\nthreshold: 0.5\nmonotone_constraints: [1, 0, -1]\n')).toEqual([]);
    expect(findings(RULE, 'scheduler:\n  _target_: torch.optim.lr_scheduler.ReduceLROnPlateau\n  threshold: 0.0001\n')).toEqual([]);
  });
});
