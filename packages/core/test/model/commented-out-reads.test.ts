import { describe, expect, it } from 'vitest';
import { codeNames, commentedOutReads, unreadSettings } from '../../src/model/commented-out-reads.js';

// Diffusion-Handwriting-Generation's train.py: the schedule that read `training_args.warmup_steps` is commented out.
const TRAIN = [
  'optimizer = object_from_dict(cfg.optimizer, params=model.parameters())',
  '# scheduler = InvSqrtSchedule(',
  '#     optimizer,',
  '#     d_model=cfg.training_args.channels * 2,',
  '#     warmup_steps=cfg.training_args.warmup_steps,',
  '# )',
  'scheduler = None',
  'loader = DataLoader(ds, batch_size=cfg.training_args.batch_size)',
  'if count >= cfg.training_args.steps:',
  '    break',
  '',
].join('\n');

describe('commentedOutReads', () => {
  it('takes the section and setting a comment line reads through a config object', () => {
    expect([...commentedOutReads(TRAIN)]).toEqual([
      ['training_args.channels', '#     d_model=cfg.training_args.channels * 2,'],
      ['training_args.warmup_steps', '#     warmup_steps=cfg.training_args.warmup_steps,'],
    ]);
    expect([...commentedOutReads('# lr = config["optim"]["lr"]\n# x = self.cfg.train.epochs\n').keys()]).toEqual(['optim.lr', 'train.epochs']);
  });

  it('leaves alone code, one-key reads and objects that hold no settings', () => {
    expect(commentedOutReads('lr = cfg.optim.lr  # cfg.optim.lr\n').size).toBe(0);
    expect(commentedOutReads('# lr = cfg.lr\n# model.encoder.layers\n# see torch.optim.lr_scheduler\n').size).toBe(0);
  });
});

describe('codeNames', () => {
  it('reads the settings the code reads through their section, however they are written', () => {
    const code = 'lr = self.cfg.get("trainer",\n    {}).get("learning_rate", 1e-3)\nn = cfg["trainer"]["num_epochs"]\nw = cfg.optim.wd.value\n' +
      'for k, v in cfg.trainer.items():\n    pass\nx = cfg.data.get("batch_size")\n';
    // A module in an import is no section handed on whole.
    expect(codeNames('from pytorch_lightning.trainer import seed_everything\nimport a.trainer\n').wholeUses.has('trainer')).toBe(false);
    expect(codeNames('t = build(cfg.trainer)\n').wholeUses.has('trainer')).toBe(true);
    expect([...codeNames(code).sectionReads].sort()).toEqual(['cfg.trainer', 'data.batch_size', 'optim.wd', 'trainer.learning_rate', 'trainer.num_epochs', 'wd.value']);
  });

  it('reads attributes of anything but self, quoted keys and declared fields, not parameters or locals', () => {
    const scheduler = 'class InvSqrtSchedule:\n    def __init__(self, optimizer, warmup_steps=4000):\n        self.warmup_steps = warmup_steps\n';
    expect(codeNames(scheduler).names.has('warmup_steps')).toBe(false);
    expect(codeNames('w = ta.warmup_steps\n').names.has('warmup_steps')).toBe(true);
    expect(codeNames('w = cfg["warmup_steps"]\n').names.has('warmup_steps')).toBe(true);
    expect(codeNames('@dataclass\nclass Args:\n    warmup_steps: int = 0\n').names.has('warmup_steps')).toBe(true);
    expect(codeNames('# w = ta.warmup_steps\n').names.has('warmup_steps')).toBe(false);
    // A called attribute is a method, not a setting: `probe.train()` reads no `train` key.
    expect(codeNames('probe.train()\n').names.has('train')).toBe(false);
    expect(codeNames('t = cfg.train\n').names.has('train')).toBe(true);
  });

  it('tells a section handed on whole from one read key by key', () => {
    expect(codeNames(TRAIN).wholeUses.has('training_args')).toBe(false);
    expect(codeNames('build(**cfg.training_args)\n').wholeUses.has('training_args')).toBe(true);
    expect(codeNames('ta = cfg.training_args\n').wholeUses.has('training_args')).toBe(true);
    // A called attribute is a method: `model.train()` hands on no `train` section.
    expect(codeNames('model.train()\nlr = cfg.train.lr\n').wholeUses.has('train')).toBe(false);
    // ... nor does a shorter name inside it: `torch.manual_seed(0)` hands on neither `manual_seed` nor `manual_see`.
    expect([...codeNames('torch.manual_seed(0)\nmodel.train()\nx = yaml.safe_load(f)\n').wholeUses]).toEqual([]);
    expect(codeNames('trainer = build(cfg.train)\n').wholeUses.has('train')).toBe(true);
    expect(codeNames('for k, v in cfg["training_args"].items():\n    pass\n').wholeUses.has('training_args')).toBe(true);
    // Going through a section's entries makes its keys data; handing it on or reading one key does not.
    expect(codeNames('for k, v in cfg["class_weights"].items():\n    pass\n').iterated.has('class_weights')).toBe(true);
    expect(codeNames('for name in cfg.datasets:\n    load(name)\n').iterated.has('datasets')).toBe(true);
    expect(codeNames('build(cfg.training_args)\nw = cfg.class_weights.background\n').iterated.size).toBe(0);
    expect(codeNames('def f(**training_args):\n    pass\n').wholeUses.has('training_args')).toBe(true);
    expect(codeNames('n = cfg.training_args.get("steps")\n').wholeUses.has('training_args')).toBe(false);
    // An object's own attribute is no section: a trainer's `self.model = model` hands on no `model` section, and a
    // GNN's `training=self.training` no `training` section. A config kept on `self` still hands on its sections.
    expect(codeNames('self.model = model\nout = self.model(x)\nF.dropout(x, training=self.training)\n').wholeUses.size).toBe(0);
    expect(codeNames('self.cfg = cfg\nbuild(self.cfg.model)\n').wholeUses.has('model')).toBe(true);
    expect(codeNames('myself.model = m\n').wholeUses.has('model')).toBe(true);
  });

  it("tells a config's key taken from a variable, as a name never written", () => {
    for (const code of ['lora = cfg[section]\n', 'hw = cfg["profiles"][profile]\n', 'x = self.config.get(name, {})\n', 'v = getattr(cfg, key)\n', 'for name, sub in config.items():\n    pass\n', 'm = cfg.models[args.model]\n']) {
      expect(codeNames(code).dynamicKeys, code).toBe(true);
    }
    for (const code of ['x = batch[key]\n', 'lr = cfg["train"]["lr"]\n', 'y = cfg.layers[0]\n', 'for k, v in batch.items():\n    pass\n', 'v = getattr(model, name)\n', 'z = outputs["logits"][idx]\n', 'w = cfg["train"][r"lr"]\n', 's = cfg.train[:2]\n', 'for key, arg in kwargs.items():\n    deps = {k: kwargs[k] for k in keys}\n']) {
      expect(codeNames(code).dynamicKeys, code).toBe(false);
    }
    // The section whose keys are taken so.
    const sections = (code: string): string[] => [...codeNames(code).dynamicSections].sort();
    expect(sections('lr = cfg.training[f"{stage}_lr"]\n')).toEqual(['training']);
    expect(sections('w = config["train"]["warmup_" + unit]\n')).toEqual(['train']);
    expect(sections('v = getattr(cfg.optim, name)\n')).toEqual(['optim']);
    expect(sections('hw = cfg["profiles"][profile]\n')).toEqual(['profiles']);
    expect(sections('x = cfg[section]\n')).toEqual([]);
  });
});

describe('codeNames: keys read off a config, and keys recased', () => {
  it('names the keys read straight off a config-like name, as written', () => {
    expect([...codeNames('seed = config["seed"]\nx = cfg.get("EXP_NAME")\nn = args.SCALE\nm = batch["images"]\nmodel.train()\n').rootReads].sort()).toEqual(['EXP_NAME', 'SCALE', 'seed']);
    expect([...codeNames('lr = cfg["train"]["lr"]\n').rootReads]).toEqual(['train']);
  });

  it('tells a mapping whose keys are renamed by case', () => {
    for (const code of ['cfg = {k.lower(): v for k, v in cfg.items()}\n', 'out[key.upper()] = value\n', 'd = dict((k.casefold(), v) for k, v in raw.items())\n']) expect(codeNames(code).keysRecased, code).toBe(true);
    for (const code of ['name = args.name.lower()\n', 'if mode.upper() == "TRAIN":\n    pass\n', 'x = out[key.upper()]\n']) expect(codeNames(code).keysRecased, code).toBe(false);
  });
});

describe('unreadSettings', () => {
  const commented = [...commentedOutReads(TRAIN)].map(([path, line]) => ({ script: 'train.py', path, line }));

  it('keeps a commented-out read that no code reads by name or through its section handed on whole', () => {
    expect([...unreadSettings(commented, [codeNames(TRAIN)]).keys()]).toEqual(['training_args.channels', 'training_args.warmup_steps']);
    expect([...unreadSettings(commented, [codeNames(TRAIN), codeNames('d = 2 * cfg.training_args.channels\n')]).keys()]).toEqual(['training_args.warmup_steps']);
    expect(unreadSettings(commented, [codeNames(TRAIN), codeNames('sched = build(**cfg.training_args)\n')]).size).toBe(0);
  });
});
