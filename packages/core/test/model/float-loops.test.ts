import { describe, expect, it } from 'vitest';
import { decodesEveryValue, everyValueComprehensions, everyValueLoop, listedFloatKeys } from '../../src/model/float-loops.js';
import { yamlLoaderCalls } from '../../src/model/yaml-loader-calls.js';

/** Emotion2VecBert's `load_config_from_yaml`, shortened. */
const LOADER = `def load_config_from_yaml(yaml_path):
    with open(yaml_path, "r") as f:
        yaml_config = yaml.safe_load(f)
    config = Config()
    float_params = [
        "learning_rate",
        "weight_decay",  # L2
    ]
    int_params = ["batch_size", "num_epochs"]
    for key, value in yaml_config.items():
        if hasattr(config, key):
            if key in int_params and value is not None:
                try:
                    value = int(value)
                except (ValueError, TypeError):
                    pass
            elif key in float_params and value is not None:
                try:
                    value = float(value)
                except (ValueError, TypeError):
                    print(f"could not convert {key}={value}")
            setattr(config, key, value)
    return config
`;

describe('listedFloatKeys', () => {
  it('takes the names of the list a key is tested against before its value is converted with float() (Emotion2VecBert)', () => {
    expect(listedFloatKeys(LOADER)).toEqual(['learning_rate', 'weight_decay']);
    expect(yamlLoaderCalls(LOADER).floatKeys).toEqual(expect.arrayContaining(['learning_rate', 'weight_decay']));
    // The int branch converts with int(): its names are not floats.
    expect(listedFloatKeys(LOADER)).not.toContain('batch_size');
  });

  it('takes a tuple or a set, and a list with a type annotation', () => {
    const loop = 'for k, v in cfg.items():\n    if k in FLOATS:\n        cfg[k] = float(v)\n';
    expect(listedFloatKeys(`FLOATS = ("lr", 'eps')\n${loop}`)).toEqual(['lr', 'eps']);
    expect(listedFloatKeys(`FLOATS = {"lr"}\n${loop}`)).toEqual(['lr']);
    expect(listedFloatKeys(`FLOATS: list[str] = ["lr"]\n${loop}`)).toEqual(['lr']);
  });

  it('takes the names of a list the script loops over, converting each entry with float() (git-starcoder)', () => {
    const normalize = [
      'class Trainer:',
      '    def _normalize_training_config(self):',
      '        float_keys = [',
      "            'base_learning_rate',",
      "            'weight_decay',",
      '        ]',
      "        int_keys = ['seed']",
      '        for key in float_keys:',
      '            if key in self.train_cfg:',
      '                try:',
      '                    self.train_cfg[key] = float(self.train_cfg[key])',
      '                except (TypeError, ValueError):',
      '                    pass',
      '        for key in int_keys:',
      '            self.train_cfg[key] = int(self.train_cfg[key])',
      '',
    ].join('\n');
    expect(listedFloatKeys(normalize)).toEqual(['base_learning_rate', 'weight_decay']);
    expect(listedFloatKeys("FLOATS = ['lr']\nfor k in FLOATS:\n    cfg[k] = float(cfg.get(k, 0))\n")).toEqual(['lr']);
    // The loop converts another name's value, or converts with int(): nothing is listed.
    expect(listedFloatKeys("FLOATS = ['lr']\nfor k in FLOATS:\n    cfg[k] = float(cfg['lr'])\n")).toEqual([]);
    expect(listedFloatKeys("INTS = ['seed']\nfor k in INTS:\n    cfg[k] = int(cfg[k])\nx = float(y)\n")).toEqual([]);
  });

  it('looks up at most a few lists, so a script of thousands of loops stays linear', () => {
    const loops = Array.from({ length: 5000 }, (_, i) => `for k in L${i}:\n    c[k] = float(c[k])\n`).join('');
    const start = performance.now();
    expect(listedFloatKeys(`L0 = ['a']\n${loops}`)).toEqual(['a']);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('takes nothing when the branch converts otherwise, or the list is not written in the script', () => {
    expect(listedFloatKeys('for k, v in cfg.items():\n    if k in NAMES:\n        cfg[k] = str(v)\n    else:\n        cfg[k] = float(v)\n')).toEqual([]);
    expect(listedFloatKeys('from consts import FLOATS\nfor k, v in cfg.items():\n    if k in FLOATS:\n        cfg[k] = float(v)\n')).toEqual([]);
    expect(listedFloatKeys('NAMES = ["lr"]\nif "lr" in NAMES:\n    print(1)\n')).toEqual([]);
  });

  it('scans a long script of near misses in linear time', () => {
    const nearMisses = 'if key in names and x:\n' + '    y = 1\n'.repeat(40) + 'z = float(w)\n';
    const start = performance.now();
    listedFloatKeys(nearMisses.repeat(3000) + 'names = [' + '"a", '.repeat(10000));
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe('everyValueLoop', () => {
  it('names what a loop over a dict\'s entries converts, by what the dict was set to', () => {
    const loop = (d: string): string => `for k, v in ${d}.items():\n    ${d}[k] = float(v)\n`;
    expect(everyValueLoop(`cfg = yaml.safe_load(f)\n${loop('cfg')}`)).toBe('*');
    expect(everyValueLoop(`flat = self.flatten_dict(cfg)\n${loop('flat')}`)).toBe('**');
    expect(everyValueLoop(`w = cfg["loss"].get("weights", {})\n${loop('w')}`)).toBe('weights.*');
    expect(everyValueLoop('for k, v in cfg.items():\n    out[k] = float(v)\n')).toBeUndefined();
  });

  it("reads a loop whose function calls itself on nested mappings as converting every depth (llm_tinystories' fix_scientific_notation)", () => {
    const fix = 'def fix_scientific_notation(d):\n    if isinstance(d, dict):\n        for k, v in d.items():\n            if isinstance(v, str) and "e" in v.lower():\n' +
      '                try:\n                    d[k] = float(v)\n                except ValueError:\n                    pass\n            elif isinstance(v, dict):\n                fix_scientific_notation(v)\n    return d\n';
    expect(everyValueLoop(fix)).toBe('**');
    // Without the call on the value, only the top level.
    expect(everyValueLoop(fix.replace('                fix_scientific_notation(v)\n', '                pass\n'))).toBe('*');
    // A call after the function's end is not inside the loop.
    expect(everyValueLoop(fix.replace('                fix_scientific_notation(v)\n', '                pass\n') + 'fix_scientific_notation(v)\n')).toBe('*');
  });
});

describe('everyValueComprehensions', () => {
  it("names the mapping a dict comprehension converts with float() (scalegmn's optimizer_args)", () => {
    const scalegmn = 'def setup_optimization(parameters, optimizer_name, optimizer_args, scheduler_args, **args):\n    optimizer_args = {k: float(v) for k, v in optimizer_args.items()}\n    optimizer = getattr(torch.optim, optimizer_name)(parameters, **optimizer_args)\n';
    expect(everyValueComprehensions(scalegmn)).toEqual(['optimizer_args.*']);
    expect(yamlLoaderCalls(`import yaml\nconf = yaml.safe_load(open(p))\n${scalegmn}`).floatKeys).toContain('optimizer_args.*');
    expect(everyValueComprehensions('opt = {key: float(val) for key, val in cfg["optim"]["params"].items()}\n')).toEqual(['params.*']);
    // Another conversion, or names that do not line up, convert nothing.
    expect(everyValueComprehensions('x = {k: str(v) for k, v in a.items()}\n')).toEqual([]);
    expect(everyValueComprehensions('x = {k: float(v) for k, w in a.items()}\n')).toEqual([]);
  });
});

/** code-transformer's `code_transformer/utils/sacred.py`, shortened: every string of the file goes through `literal_eval`. */
const CONVERTER = `import ast
import yaml


def _convert_value(value):
    try:
        return ast.literal_eval(value)
    except (ValueError, SyntaxError):
        return value


def _convert_values(val):
    if isinstance(val, dict):
        for key, inner_val in val.items():
            val[key] = _convert_values(inner_val)
    elif isinstance(val, list):
        for i, inner_val in enumerate(val):
            val[i] = _convert_values(inner_val)
    elif isinstance(val, str):
        return _convert_value(val)
    return val


def read_config(config_path):
    with open(config_path, 'r') as conf:
        config_dict = _convert_values(yaml.load(conf, Loader=yaml.FullLoader))
    return config_dict
`;

describe('decodesEveryValue', () => {
  it('finds a function that calls itself on each value of a mapping and decodes strings, itself or through a helper', () => {
    expect(decodesEveryValue(CONVERTER)).toBe(true);
    expect(yamlLoaderCalls(CONVERTER).floatKeys).toContain('**');
    // The decoding in the walking function itself.
    expect(decodesEveryValue('def walk(d):\n    for k, v in d.items():\n        d[k] = walk(v)\n    if isinstance(d, str):\n        return float(d)\n    return d\n')).toBe(true);
  });

  it('needs both the walk over a mapping\'s values and the decoding', () => {
    expect(decodesEveryValue(CONVERTER.replace('ast.literal_eval(value)', 'value.strip()'))).toBe(false);
    expect(decodesEveryValue(CONVERTER.replace('val[key] = _convert_values(inner_val)', 'print(key)'))).toBe(false);
    // A walk that converts with a function the script does not define decodes nothing it can tell.
    expect(decodesEveryValue('def walk(d):\n    for k, v in d.items():\n        d[k] = walk(v)\n    return normalize(d)\nx = float(1)\n')).toBe(false);
  });

  it('reads long scripts of defs and blank lines in bounded time', () => {
    const many = 'def f(x):\n' + '    \n'.repeat(20000) + '    for k, v in x.items():\n        x[k] = g(v)\n' + 'y = float(1)\n';
    const started = performance.now();
    expect(decodesEveryValue(many.repeat(20))).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
