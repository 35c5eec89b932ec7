import { describe, expect, it } from 'vitest';
import { yamlLoaderCalls } from '../../src/model/yaml-loader-calls.js';

describe('yamlLoaderCalls', () => {
  it('finds OmegaConf.load, the way Kaggle solutions and diffusion trainers read their config', () => {
    expect(yamlLoaderCalls('from omegaconf import OmegaConf\ncfg = OmegaConf.load(args.config)\ncfg.merge_with_dotlist(rest)\n')).toEqual({ omegaconf: true, other: false });
    expect(yamlLoaderCalls('config = OmegaConf.merge(OmegaConf.load("global.yaml"), OmegaConf.load(path))\n')).toEqual({ omegaconf: true, other: false });
  });

  it('finds PyYAML, ruamel.yaml and mmcv/mmengine readers, also beside OmegaConf', () => {
    expect(yamlLoaderCalls('import yaml\nwith open(p) as f:\n    cfg = yaml.safe_load(f)\n').other).toBe(true);
    expect(yamlLoaderCalls('cfg = OmegaConf.create(yaml.load(f, Loader=yaml.FullLoader))\n')).toEqual({ omegaconf: false, other: true });
    expect(yamlLoaderCalls('from yaml import safe_load\n').other).toBe(true);
    expect(yamlLoaderCalls('from ruamel.yaml import YAML\n').other).toBe(true);
    expect(yamlLoaderCalls('from mmengine.config import Config\ncfg = Config.fromfile(args.config)\n').other).toBe(true);
  });

  it('ignores commented-out calls, writers and scripts that mention neither', () => {
    expect(yamlLoaderCalls('cfg = OmegaConf.load(p)\n# cfg = yaml.safe_load(open(p))\n')).toEqual({ omegaconf: true, other: false });
    expect(yamlLoaderCalls('import yaml\nyaml.safe_dump(cfg, f)\n')).toEqual({ omegaconf: false, other: false });
    expect(yamlLoaderCalls('import torch\nmodel = torch.nn.Linear(2, 2)\n')).toEqual({ omegaconf: false, other: false });
  });
});
