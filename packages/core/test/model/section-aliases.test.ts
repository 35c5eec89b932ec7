import { describe, expect, it } from 'vitest';
import { sectionAliases } from '../../src/model/section-aliases.js';
import { codeNames } from '../../src/model/commented-out-reads.js';

const READ_BY_KEY = 'train_cfg = cfg["train"]\nlr = train_cfg.get("learning_rate", 1e-3)\nn = train_cfg.epochs\nb = train_cfg["batch_size"]\n';

describe('sectionAliases', () => {
  it('follows a name that holds a section and is read key by key', () => {
    const [alias, ...rest] = sectionAliases(READ_BY_KEY);
    expect(rest).toEqual([]);
    expect(alias!.section).toBe('train');
    expect([...alias!.reads].sort()).toEqual(['batch_size', 'epochs', 'learning_rate']);
    expect(alias!.spans.map((span) => READ_BY_KEY.slice(span.from, span.to))).toEqual(['cfg["train"]']);
    expect(sectionAliases('opt = config.get("optim", {})\nw = opt.get("weight_decay")\n')[0]!.section).toBe('optim');
    // Each function takes the section again under the same name.
    const twice = sectionAliases("def a(config):\n    tc = config['training']\n    return tc['lr']\n\ndef b(config):\n    tc = config['training']\n    return tc['max_grad_norm']\n");
    expect(twice.map((a) => [a.section, a.spans.length, [...a.reads].sort()])).toEqual([['training', 2, ['lr', 'max_grad_norm']]]);
    // A formatter puts the key of a long call on a line of its own (action-recognition-ucf101's train.py).
    const wrapped = sectionAliases('model_cfg = cfg["model"]\narch = model_cfg["arch"]\npretrained = model_cfg.get(\n    "pretrained",\n    True,\n)\nx = model_cfg[\n    "depth"\n]\n');
    expect(wrapped.map((a) => [a.section, [...a.reads].sort()])).toEqual([['model', ['arch', 'depth', 'pretrained']]]);
  });

  it('leaves a name used any other way, or assigned twice, to count as the section handed on whole', () => {
    const others = [
      'tc = cfg.train\nlr = tc.lr\nbuild(tc)\n',
      'tc = cfg.train\nlr = tc.lr\nmodel = Net(**tc)\n',
      'tc = cfg.train\nfor k, v in tc.items():\n    pass\n',
      'tc = cfg.train\nkey = "lr"\nv = tc[key]\n',
      'tc = cfg.train\nif "lr" in tc:\n    pass\n',
      'tc = cfg.train\nlr = tc.lr\ntc = cfg.model\n',
      'def a(config):\n    tc = config.train\n    return tc.lr\n\ndef b(config):\n    tc = config.model\n    return tc.depth\n',
      'tc = load()\nlr = tc.lr\ntc = tc.train\nn = tc.epochs\n',
      'cfg = cfg.train\nlr = cfg.lr\n',
      'def f(tc):\n    return tc.lr\ntc = cfg.train\nn = tc.epochs\n',
      'tc = cfg.train\n',
    ];
    for (const code of others) expect(sectionAliases(code), code).toEqual([]);
  });
});

describe('codeNames through a section alias', () => {
  it('reads the settings through the name and no longer counts the section as handed on whole', () => {
    const names = codeNames(READ_BY_KEY);
    expect(names.wholeUses.has('train')).toBe(false);
    expect([...names.sectionReads].filter((r) => r.startsWith('train.')).sort()).toEqual(['train.batch_size', 'train.epochs', 'train.learning_rate']);
    expect(codeNames('tc = cfg.train\nlr = tc.lr\nbuild(tc)\n').wholeUses.has('train')).toBe(true);
  });
});
