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

  it("are read as yacs reads them where a project copies GraphGym's defaults module without PyG (htgnn)", () => {
    // htgnn's src/config.py: `cfg = CN()`, `def set_cfg(cfg):` setting every top-level key, and a `load_cfg` that merges
    // the file into it, beside a `load_yaml` helper that reads other files with PyYAML.
    const defaults = [
      'import yaml',
      'from yacs.config import CfgNode as CN',
      '',
      'cfg = CN()',
      '',
      'def set_cfg(cfg):',
      "    cfg.out_dir = 'run/results'",
      '    cfg.train = CN()',
      '    cfg.train.epochs = 50',
      '    cfg.optim = CN()',
      '    cfg.optim.base_lr = 0.01',
      '',
      'def load_yaml(path):',
      '    with open(path) as file:',
      '        return yaml.safe_load(file)',
      '',
      'def load_cfg(cfg_file):',
      '    set_cfg(cfg)',
      '    cfg.merge_from_file(cfg_file)',
      '    return cfg',
      '',
    ].join('\n');
    const files = { '.git/HEAD': 'ref: refs/heads/main\n', 'cfg/zinc.yaml': CONFIG, 'src/config.py': defaults };
    expect(reported(files)).toEqual([]);
    // A key the defaults do not set would make yacs refuse the file: it is not taken for theirs, and PyYAML's strings are reported.
    expect(reported({ ...files, 'src/config.py': defaults.replace("    cfg.out_dir = 'run/results'\n", '') })).toEqual(['yaml-sci-notation-string 7:12', 'yaml-sci-notation-string 8:17']);
  });
});
