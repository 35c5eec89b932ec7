import { describe, expect, it } from 'vitest';
import { adamCalls } from '../../src/model/adam-calls.js';

describe('adamCalls', () => {
  it('counts Adam calls written out and the ones that may pass a weight decay', () => {
    // CLMR: the rate alone.
    expect(adamCalls('optimizer = torch.optim.Adam(self.model.parameters(), lr=3e-4)\n')).toMatchObject({ calls: 1, withDecay: 0, unreadable: false });
    expect(adamCalls('opt = optim.Adam(params, lr=cfg.lr, weight_decay=cfg.wd)\n')).toMatchObject({ calls: 1, withDecay: 1 });
    expect(adamCalls('opt = Adam(params, lr=lr, weight_decay=0)\n')).toMatchObject({ calls: 1, withDecay: 0 });
    expect(adamCalls('opt = torch.optim.Adam(params, **cfg["optimizer"])\n').withDecay).toBe(1);
    expect(adamCalls('opt = torch.optim.Adam(params, lr, (0.9, 0.999), 1e-8, wd)\n').withDecay).toBe(1);
    // AdamW, Keras's Adam and optax's are not torch's Adam.
    expect(adamCalls('a = torch.optim.AdamW(p, lr=1e-3)\nb = tf.keras.optimizers.Adam(1e-3)\nc = optax.adam(1e-3)\n').calls).toBe(0);
  });

  it('names the config keys torch\'s Adam takes its weight decay from, and sees other optimizers (sdubail)', () => {
    const sdubail = 'import torch.optim as optim\noptimizer = optim.Adam(\n    model.parameters(),\n    lr=config["training"]["learning_rate"],\n    weight_decay=config["training"]["weight_decay"],\n)\nscheduler = optim.lr_scheduler.ReduceLROnPlateau(optimizer, patience=5)\n';
    expect(adamCalls(sdubail)).toMatchObject({ torchAdamDecayKeys: ['weight_decay'], otherOptimizer: false });
    expect(adamCalls('from torch.optim import Adam\nopt = Adam(p, lr=args.lr, weight_decay=float(args.wd))\n').torchAdamDecayKeys).toEqual(['wd']);
    // A literal or a local name is no config key; Keras's `Adam` (imported from keras) decouples its decay.
    expect(adamCalls('opt = torch.optim.Adam(p, lr=1e-3, weight_decay=1e-4)\nopt2 = optim.Adam(q, weight_decay=wd)\n').torchAdamDecayKeys).toEqual([]);
    expect(adamCalls('from keras.optimizers import Adam\nopt = Adam(learning_rate=cfg.lr, weight_decay=cfg.weight_decay)\n').torchAdamDecayKeys).toEqual([]);
    // devign-full-replication: an attribute set once from a parameter of the script's own `def` reads that parameter.
    const devign = 'class Devign:\n    def __init__(self, path: str,\n            weight_decay: float,\n            lr: float):\n        self.wd = weight_decay\n        self.opt = optim.Adam(m.parameters(), lr=lr, weight_decay=self.wd)\n';
    expect(adamCalls(devign).torchAdamDecayKeys).toEqual(['weight_decay']);
    // Set twice, from a name no `def` takes, or from an expression: the attribute's own name, as before.
    expect(adamCalls(devign.replace('        self.wd = weight_decay\n', '        self.wd = weight_decay\n        self.wd = 0.0\n')).torchAdamDecayKeys).toEqual(['wd']);
    expect(adamCalls(devign.replace('self.wd = weight_decay', 'self.wd = decay')).torchAdamDecayKeys).toEqual(['wd']);
    expect(adamCalls(devign.replace('self.wd = weight_decay', 'self.wd = cfg["l2"]')).torchAdamDecayKeys).toEqual(['wd']);
    // Another optimizer, written out or taken by name, may be the one the file's decay goes to.
    expect(adamCalls(sdubail + 'd_opt = torch.optim.SGD(disc.parameters(), lr=0.1)\n').otherOptimizer).toBe(true);
    expect(adamCalls('from torch.optim import AdamW\nopt = AdamW(p, lr=lr)\n').otherOptimizer).toBe(true);
    expect(adamCalls('opt = transformers.AdamW(p, lr=lr)\n').otherOptimizer).toBe(true);
    expect(adamCalls('opt = getattr(torch.optim, cfg.name)(p, lr=cfg.lr)\n').otherOptimizer).toBe(true);
    expect(adamCalls('sched = torch.optim.lr_scheduler.StepLR(opt, 30)\n').otherOptimizer).toBe(false);
  });

  it('reads the arguments of a class taken by name with getattr, where it is called in the same script', () => {
    // multiobj-align's DPO trainer: whatever the config names, it gets the rate alone.
    expect(adamCalls('self.optimizer = getattr(torch.optim, self.config.optimizer)(\n    self.policy.parameters(), lr=self.config.lr\n)\n')).toMatchObject({ calls: 1, withDecay: 0, unreadable: false });
    // ppg-vc: `opt = getattr(torch.optim, optimizer)`, then `opt(parameters, lr=...)` in both branches.
    expect(adamCalls('opt = getattr(torch.optim, optimizer)\nif warm:\n    self.opt = opt(parameters, lr=1.0)\nelse:\n    self.opt = opt(parameters, lr=lr, eps=eps)\n')).toMatchObject({ calls: 2, withDecay: 0, unreadable: false });
    // The settings passed whole, or a decay written out, may reach Adam.
    expect(adamCalls('opt = getattr(optim, name)(model.parameters(), **settings)\n')).toMatchObject({ calls: 1, withDecay: 1 });
    expect(adamCalls('opt = getattr(torch.optim, p["optimizer"])(m.parameters(), lr=float(p["lr"]), weight_decay=float(p["weight_decay"]))\n').withDecay).toBe(1);
    // A scheduler taken by name says nothing of the optimizer.
    expect(adamCalls('opt = torch.optim.Adam(p, lr=lr)\nsched = getattr(torch.optim.lr_scheduler, name)(opt, **args)\n')).toMatchObject({ calls: 1, withDecay: 0, unreadable: false });
  });

  it('cannot read optimizers built by name, a project\'s own Adam, or parameter groups that carry a decay', () => {
    // NeuralKG: the class is kept on `self` and called in another module.
    expect(adamCalls('self.optimizer_class = getattr(torch.optim, optim_name)\n').unreadable).toBe(true);
    expect(adamCalls('opt = getattr(torch.optim, cfg.get("name"))(params, lr=cfg.lr)\n').unreadable).toBe(true);
    expect(adamCalls('build(getattr(torch.optim, name), params)\n').unreadable).toBe(true);
    expect(adamCalls('opt = hydra.utils.instantiate(cfg.optimizer, params)\n').unreadable).toBe(true);
    expect(adamCalls('class Adam(Optimizer):\n    pass\n').unreadable).toBe(true);
    // CLIP-ReID: the decay rides in each group.
    expect(adamCalls('params += [{"params": [value], "lr": lr, "weight_decay": weight_decay}]\nopt = torch.optim.Adam(params)\n').unreadable).toBe(true);
  });

  it('tells an RAdam of the project\'s own (decoupled decay) from torch\'s', () => {
    expect(adamCalls('from radam import RAdam\nopt = RAdam(params, lr=lr, weight_decay=wd)\n')).toMatchObject({ ownRadam: true, torchRadam: false });
    expect(adamCalls('from .radam import RAdam\n')).toMatchObject({ ownRadam: true });
    expect(adamCalls('from torch_optimizer import RAdam, Lamb\n')).toMatchObject({ ownRadam: true });
    expect(adamCalls('opt = torch.optim.RAdam(params, lr=lr)\n')).toMatchObject({ ownRadam: false, torchRadam: true });
    expect(adamCalls('from timm.optim.radam import RAdam\n')).toMatchObject({ ownRadam: false });
  });

  it("notes torch-optimizer's classes looked up by name, whose RAdam may be the one a config names", () => {
    const lookups: [string, boolean][] = [
      // Ynakatsuka's kvt registers torch.optim's classes, then torch-optimizer's over them.
      ['    for name, cls in torch_optimizer.__dict__.items():\n        OPTIMIZERS.register(cls)\n', true],
      ['opt_cls = getattr(torch_optimizer, cfg.name)\n', true],
      ['opt_cls = torch_optimizer.get(cfg.name)\n', true],
      ['for n, c in inspect.getmembers(torch_optimizer, inspect.isclass):\n    pass\n', true],
      ['import torch_optimizer\nopt = torch_optimizer.Lamb(params, lr=lr)\n', false],
      ['opt_cls = getattr(torch.optim, cfg.name)\n', false],
    ];
    expect(lookups.map(([text]) => adamCalls(text).radamByName)).toEqual(lookups.map(([, byName]) => byName));
  });

  it('names the optimizer classes a script defines on torch\'s base class', () => {
    expect(adamCalls('from torch.optim import Optimizer\nclass Adamax(Optimizer):\n    pass\nclass Lamb(torch.optim.Optimizer):\n    pass\nclass Helper(object):\n    pass\n').ownOptimizerClasses).toEqual(['Adamax', 'Lamb']);
    expect(adamCalls('class Trainer(BaseTrainer):\n    optimizer = None\n').ownOptimizerClasses).toEqual([]);
  });
});
