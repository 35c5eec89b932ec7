import { describe, expect, it } from 'vitest';
import { LOADERS, defaultLoaderFor, type LoaderId } from '../../src/index.js';
import { valueAt, analysisOf } from '../document-helpers.js';

/** The value `loader` gives the plain scalar `text`, read through the whole pipeline. */
function read(text: string, loader: LoaderId): unknown {
  return valueAt(analysisOf(`v: ${text}\n`, 'yaml', { loader }).document, '/v');
}

/**
 * What Python loaders return for `v: <scalar>`. The pyyaml column was produced with PyYAML 6.0.3
 * (`yaml.safe_load`); the omegaconf column with a SafeLoader that adds OmegaConf 2.3's float
 * resolver (omegaconf/_utils.py `get_yaml_loader`), which is what OmegaConf parses YAML with.
 * Ints are written as bigint where Python's exact int exceeds 2^53.
 */
const PYTHON: readonly [scalar: string, pyyaml: unknown, omegaconf: unknown][] = [
  // scientific notation: PyYAML needs a dot and a signed exponent (CORPUS-NOTES §3)
  ['2e-5', '2e-5', 2e-5],
  ['3e-4', '3e-4', 3e-4],
  ['-2e-5', '-2e-5', -2e-5],
  ['1e3', '1e3', 1000],
  ['1E3', '1E3', 1000],
  ['+2E+5', '+2E+5', 2e5],
  ['7e-7', '7e-7', 7e-7],
  ['1e-04', '1e-04', 1e-4],
  ['1.0e5', '1.0e5', 1e5],
  ['1.0e-5', 1e-5, 1e-5],
  ['6.0e-05', 6e-5, 6e-5],
  ['5.0e-7', 5e-7, 5e-7],
  ['1.0E-8', 1e-8, 1e-8],
  ['1.5E+3', 1500, 1500],
  ['6.02214076e+23', 6.02214076e23, 6.02214076e23],
  ['6.02214076e23', '6.02214076e23', 6.02214076e23],
  ['1.e-8', 1e-8, 1e-8],
  ['.1', 0.1, 0.1],
  ['.5e-3', 5e-4, 5e-4],
  ['-.5', '-.5', '-.5'],
  ['1.', 1, 1],
  ['0.', 0, 0],
  ['3.14159', 3.14159, 3.14159],
  ['1_000.5', 1000.5, 1000.5],
  ['1e', '1e', '1e'],
  ['e5', 'e5', 'e5'],
  ['12e', '12e', '12e'],
  // YAML 1.1 booleans: yes/no/on/off in three spellings, but not y/n
  ['NO', false, false],
  ['No', false, false],
  ['no', false, false],
  ['yes', true, true],
  ['YES', true, true],
  ['on', true, true],
  ['Off', false, false],
  ['OFF', false, false],
  ['True', true, true],
  ['TRUE', true, true],
  ['y', 'y', 'y'],
  ['Y', 'Y', 'Y'],
  ['n', 'n', 'n'],
  // integers: underscores, sexagesimal, octal, hex, binary
  ['1_000', 1000, 1000],
  ['0_7', 7, 7],
  ['1__0', 10, 10],
  ['1:30', 90, 90],
  ['190:20:30', 685230, 685230],
  ['1:30.5', 90.5, 90.5],
  ['0777', 511, 511],
  ['08', '08', '08'],
  ['00', 0, 0],
  ['0o17', '0o17', '0o17'],
  ['0x1F', 31, 31],
  ['-0x1F', -31, -31],
  ['0x_1F', 31, 31],
  ['0b101', 5, 5],
  ['-0b11', -3, -3],
  ['+1', 1, 1],
  ['-0', 0, 0],
  ['-1', -1, -1],
  ['12345678901234567890', 12345678901234567890n, 12345678901234567890n],
  // special floats and nulls
  ['.inf', Infinity, Infinity],
  ['-.inf', -Infinity, -Infinity],
  ['+.inf', Infinity, Infinity],
  ['inf', 'inf', 'inf'],
  ['~', null, null],
  ['null', null, null],
  ['Null', null, null],
  ['NULL', null, null],
  // strings that look numeric: durations, placeholders, separators
  ['2e12T', '2e12T', '2e12T'],
  ['4800ba', '4800ba', '4800ba'],
  ['0.02dur', '0.02dur', '0.02dur'],
  ['???', '???', '???'],
  ['1,000', '1,000', '1,000'],
  ['1 000', '1 000', '1 000'],
];

describe('loader profiles: plain YAML scalars as Python loaders read them', () => {
  it.each(PYTHON)('%s → PyYAML %o, OmegaConf %o', (scalar, pyyaml, omegaconf) => {
    expect(read(scalar, 'pyyaml')).toEqual(pyyaml);
    expect(read(scalar, 'omegaconf')).toEqual(omegaconf);
    // jsonargparse (LightningCLI, LitGPT) adds the same float resolver as OmegaConf.
    expect(read(scalar, 'jsonargparse')).toEqual(omegaconf);
  });

  it('reads NaN as NaN', () => {
    expect(read('.nan', 'pyyaml')).toBeNaN();
    expect(read('.NaN', 'omegaconf')).toBeNaN();
  });

  it('follows the YAML 1.2 core schema for the yaml-1.2 profile', () => {
    const cases: [string, unknown][] = [
      ['2e-5', 2e-5],
      ['1e3', 1000],
      ['NO', 'NO'],
      ['yes', 'yes'],
      ['true', true],
      ['1_000', '1_000'],
      ['0777', 777],
      ['0o17', 15],
      ['0x1F', 31],
      ['1:30', '1:30'],
      ['.1', 0.1],
      ['~', null],
    ];
    for (const [scalar, value] of cases) expect(read(scalar, 'yaml-1.2'), scalar).toEqual(value);
  });

  it('leaves quoted, block and tagged scalars alone', () => {
    const doc = analysisOf('a: "2e-5"\nb: \'NO\'\nc: !!str 1e-4\nd: |\n  1e-4\ne: !!float 1e-4\n', 'yaml', { loader: 'pyyaml' }).document;
    expect(valueAt(doc, '/a')).toBe('2e-5');
    expect(valueAt(doc, '/b')).toBe('NO');
    expect(valueAt(doc, '/c')).toBe('1e-4');
    expect(valueAt(doc, '/d')).toBe('1e-4\n');
    expect(valueAt(doc, '/e')).toBe(1e-4); // an explicit !!float tag is a float in every loader
  });

  it('folds a plain scalar written over several lines before resolving it', () => {
    const doc = analysisOf('lr:\n  2e-5\nname: a\n  b\n', 'yaml', { loader: 'pyyaml' }).document;
    expect(valueAt(doc, '/lr')).toBe('2e-5');
    expect(valueAt(doc, '/name')).toBe('a b');
  });

  it('keeps key names as parsed, so paths do not depend on the loader', () => {
    // `y: ???` (CORPUS-NOTES T13): under YAML 1.1 `y` could be a boolean key; paths stay "y".
    const a = analysisOf('x: ???\ny: ???\nno: 1\n', 'yaml', { loader: 'pyyaml' });
    expect(a.fields.map((f) => f.name)).toEqual(['x', 'y', 'no']);
  });

  it('never re-reads JSON or TOML values', () => {
    const json = analysisOf('{"lr": "1e-4", "on": "NO"}', 'json');
    expect(json.loader.id).toBe('json');
    expect(valueAt(json.document, '/on')).toBe('NO');
    const toml = analysisOf('lr = 1e-4\n', 'toml');
    expect(toml.loader.id).toBe('toml');
    expect(valueAt(toml.document, '/lr')).toBe(1e-4);
  });

  it('has a default loader per format and describes each profile', () => {
    expect(defaultLoaderFor('yaml')).toBe('pyyaml');
    expect(defaultLoaderFor('json')).toBe('json');
    expect(defaultLoaderFor('jsonc')).toBe('json');
    expect(defaultLoaderFor('toml')).toBe('toml');
    expect(LOADERS.pyyaml.sciNotationNeedsDot).toBe(true);
    expect(LOADERS.omegaconf.sciNotationNeedsDot).toBe(false);
    expect(LOADERS.jsonargparse.sciNotationNeedsDot).toBe(false);
    expect(LOADERS['yaml-1.2'].yaml11Booleans).toBe(false);
  });
});
