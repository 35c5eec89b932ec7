import { describe, expect, it } from 'vitest';
import { findings, positions } from '../helpers.js';

describe('yaml-unsafe-python-tag', () => {
  it('flags detectron2\'s !!python/object/apply:eval (CORPUS-NOTES W13), on the tag', () => {
    const text = 'MODEL:\n  ANCHOR_GENERATOR:\n    SIZES: !!python/object/apply:eval ["[[x, x * 2**(1.0/3)] for x in [32, 64]]"]\n';
    const d = findings('yaml-unsafe-python-tag', text);
    expect(positions(d)).toEqual(['3:12']);
    expect(d[0].endColumn).toBe(3 + 9 + '!!python/object/apply:eval'.length);
    expect(d[0].message).toBe('The `!!python/object/apply:eval` tag makes PyYAML call `eval` while loading the file.');
    expect(d[0].explanation).toContain('`eval`/`exec`-style call');
    expect(d[0].severity).toBe('error');
  });

  it('flags python/name, python/module and python/object/new, including in flow collections', () => {
    const d = findings('yaml-unsafe-python-tag', 'a: !!python/name:os.system\nb: [!!python/module:subprocess]\nc: !!python/object/new:collections.OrderedDict []\n');
    expect(d.map((x) => x.line)).toEqual([1, 2, 3]);
  });

  it('leaves safe tags alone: !!python/tuple, !!str and HyperPyYAML tags', () => {
    expect(findings('yaml-unsafe-python-tag', 'a: !!python/tuple [1, 2]\nb: !!str 1e-4\nopt_class: !name:torch.optim.Adam\nlr: !ref <lr>\n')).toEqual([]);
  });
});
