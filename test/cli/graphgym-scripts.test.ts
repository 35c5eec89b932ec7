/**
 * A project that reads its configs with GraphGym's `load_cfg` (GraphGPS, LatentGraphDiffusion), end to end with the
 * built CLI: PyG merges the file into a yacs `CfgNode`, whose merge decodes `base_lr: 1e-4` with `literal_eval`, so the
 * value is a number although the file is written in lowercase, as yacs files seldom are.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { rulesAt, tempProjects } from './temp-project.js';

const newProject = tempProjects();

const CONFIG = 'out_dir: results\ntrain:\n  epochs: 100\n  batch_size: 32\noptim:\n  optimizer: adamW\n  base_lr: 1e-4\n  weight_decay: 1e-6\n';
const TRAIN = 'import yaml\nfrom torch_geometric.graphgym.config import (cfg, dump_cfg,\n                                             set_cfg, load_cfg)\n\nif __name__ == "__main__":\n    set_cfg(cfg)\n    load_cfg(cfg, args)\n';

const reported = (files: Record<string, string>): string[] => rulesAt(runCli(['check', '--format', 'json', 'cfg/zinc.yaml'], { cwd: newProject(files).dir }).stdout);

describe("a GraphGym project's configs", () => {
  it('are read as yacs reads them, lowercase keys and all', () => {
    expect(reported({ 'cfg/zinc.yaml': CONFIG, 'train.py': TRAIN })).toEqual([]);
    // Without GraphGym's reader, PyYAML's strings are reported.
    expect(reported({ 'cfg/zinc.yaml': CONFIG, 'train.py': TRAIN.replace('load_cfg)', 'dump_cfg)').replace('load_cfg(cfg, args)', 'cfg = yaml.safe_load(open(p))') })).toEqual([
      'yaml-sci-notation-string 7:12',
      'yaml-sci-notation-string 8:17',
    ]);
  });
});
