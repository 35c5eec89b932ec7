import { describe, expect, it } from 'vitest';
import { torchClassLookups } from '../../src/model/torch-class-lookups.js';

describe('torchClassLookups', () => {
  it('finds getattr on torch.optim and its lr_scheduler with a value read from a config, and the key that names the class', () => {
    expect(torchClassLookups('import torch\noptimizer = getattr(torch.optim, cfg.SOLVER.OPTIMIZER_NAME)(params, lr=cfg.SOLVER.BASE_LR)\n')).toEqual([
      { kind: 'optimizer', key: 'OPTIMIZER_NAME', call: 'getattr(torch.optim, cfg.SOLVER.OPTIMIZER_NAME)' },
    ]);
    expect(torchClassLookups('from torch import optim\nopt = getattr(optim, config["optimizer_type"])\n').map((l) => l.key)).toEqual(['optimizer_type']);
    expect(torchClassLookups('import torch.optim as optim\ns = getattr(optim.lr_scheduler, self.config.model.scheduler.name)(o)\n')).toEqual([
      { kind: 'scheduler', key: 'name', call: 'getattr(optim.lr_scheduler, self.config.model.scheduler.name)' },
    ]);
    expect(torchClassLookups("from torch.optim import lr_scheduler\ns = getattr(lr_scheduler, params['scheduler'])(o)\n").map((l) => `${l.kind} ${l.key}`)).toEqual(['scheduler scheduler']);
  });

  it('says nothing of a default, a bare variable, a converted value, or an `optim` that is not torch\'s', () => {
    expect(torchClassLookups('import torch\no = getattr(torch.optim, cfg.name, None)\n')).toEqual([]);
    expect(torchClassLookups('import torch\no = getattr(torch.optim, name)\n')).toEqual([]);
    expect(torchClassLookups('import torch\no = getattr(torch.optim, cfg.name.capitalize())\n')).toEqual([]);
    expect(torchClassLookups('import my_lib.optim as optim\no = getattr(optim, cfg.name)\n')).toEqual([]);
  });
});
