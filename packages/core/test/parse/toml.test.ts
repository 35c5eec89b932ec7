import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/index.js';
import { at, mustNode, nodeAt, parseDoc, parseProblems, span, textOf, valueAt } from '../document-helpers.js';

const TITAN = `[job]
dump_folder = "./outputs"

[optimizer]
name = "AdamW"
lr = 8e-4

[lr_scheduler]
warmup_steps = 2_000  # lr scheduler warm up

[training]
steps = 10_000
`;

describe('TOML parser', () => {
  it('turns tables into nested maps with ranges on keys and values', () => {
    const doc = parseDoc(TITAN, 'toml');
    expect(doc.format).toBe('toml');
    expect(valueAt(doc, '/optimizer/lr')).toBe(8e-4);
    const lr = mustNode(doc, '/optimizer/lr');
    expect(span(doc, lr.range)).toBe('6:6-6:10');
    expect(lr.kind === 'scalar' && [lr.raw, lr.style]).toEqual(['8e-4', 'toml']);
    expect(lr.pointer).toBe('/optimizer/lr');
    const root = mustNode(doc, '');
    if (root.kind !== 'map') throw new Error('map expected');
    expect(root.entries.map((e) => e.key.value)).toEqual(['job', 'optimizer', 'lr_scheduler', 'training']);
    expect(at(doc, root.entries[1].key.range[0])).toBe('4:2'); // the name inside [optimizer]
  });

  it('reads digit separators as integers (CORPUS-NOTES T15) and keeps comments', () => {
    const doc = parseDoc(TITAN, 'toml');
    expect(valueAt(doc, '/lr_scheduler/warmup_steps')).toBe(2000);
    expect(valueAt(doc, '/training/steps')).toBe(10000);
    const warm = mustNode(doc, '/lr_scheduler/warmup_steps');
    expect(warm.kind === 'scalar' && warm.raw).toBe('2_000');
    expect(doc.comments.map((c) => [c.text, at(doc, c.range[0])])).toEqual([[' lr scheduler warm up', '9:23']]);
  });

  it('reads dotted keys as nested maps', () => {
    const doc = parseDoc('model.dim = 4096\nmodel.n_layers = 32\n[opt]\nparams.lr = 0.1\n', 'toml');
    expect(valueAt(doc, '/model/dim')).toBe(4096);
    expect(valueAt(doc, '/model/n_layers')).toBe(32);
    expect(valueAt(doc, '/opt/params/lr')).toBe(0.1);
    expect(at(doc, mustNode(doc, '/model/n_layers').range[0])).toBe('2:18');
  });

  it('reads arrays of tables [[x]] as a list of maps', () => {
    const doc = parseDoc('[[runs]]\nlr = 0.1\n[[runs]]\nlr = 0.2\n[runs.opt]\nname = "sgd"\n', 'toml');
    const runs = mustNode(doc, '/runs');
    expect(runs.kind === 'seq' && runs.items.length).toBe(2);
    expect(valueAt(doc, '/runs/0/lr')).toBe(0.1);
    expect(valueAt(doc, '/runs/1/lr')).toBe(0.2);
    expect(valueAt(doc, '/runs/1/opt/name')).toBe('sgd');
    expect(nodeAt(doc, '/runs/0/opt')).toBeUndefined();
    expect(mustNode(doc, '/runs/1/lr').path).toEqual(['runs', 1, 'lr']);
    expect(at(doc, mustNode(doc, '/runs/1/lr').range[0])).toBe('4:6');
  });

  it('reads inline tables, including dotted keys inside them', () => {
    const doc = parseDoc('optimizer = { name = "adamw", betas = [0.9, 0.95], extra.eps = 1e-8 }\n', 'toml');
    expect(valueAt(doc, '/optimizer/name')).toBe('adamw');
    expect(valueAt(doc, '/optimizer/betas/1')).toBe(0.95);
    expect(valueAt(doc, '/optimizer/extra/eps')).toBe(1e-8);
    expect(textOf(doc, mustNode(doc, '/optimizer').range)).toMatch(/^\{ name = "adamw".*\}$/);
  });

  it('merges a super-table declared after its sub-table', () => {
    const doc = parseDoc('[training.extra]\nsteps = 10\n\n[training]\nbatch_size = 8\n', 'toml');
    expect(valueAt(doc, '/training/extra/steps')).toBe(10);
    expect(valueAt(doc, '/training/batch_size')).toBe(8);
    const training = mustNode(doc, '/training');
    if (training.kind !== 'map') throw new Error('map expected');
    expect(training.entries.map((e) => e.key.value)).toEqual(['extra', 'batch_size']);
    // The table's range covers both headers, so a finding on it points into the file.
    expect(training.range[0]).toBeLessThanOrEqual(1);
    expect(training.range[1]).toBeGreaterThanOrEqual(doc.text.indexOf('8'));
  });

  it('keeps dates and times as their text, and big integers exact', () => {
    const doc = parseDoc('a = 1979-05-27T07:32:00Z\nb = 1979-05-27\nc = 07:32:00\nd = 9223372036854775807\ne = 0xff\nf = inf\n', 'toml');
    expect(valueAt(doc, '/a')).toBe('1979-05-27T07:32:00Z');
    expect(valueAt(doc, '/b')).toBe('1979-05-27');
    expect(valueAt(doc, '/c')).toBe('07:32:00');
    expect(valueAt(doc, '/d')).toBe(9223372036854775807n);
    expect(valueAt(doc, '/e')).toBe(255);
    expect(valueAt(doc, '/f')).toBe(Number.POSITIVE_INFINITY);
  });

  it('reports a duplicate key at the second definition', () => {
    const text = 'lr = 0.1\nwd = 0\nlr = 0.2\n';
    const problems = parseProblems(text, 'toml');
    expect(problems[0].message).toBe('Defining a key multiple times is invalid.');
    expect(at(text, problems[0].range[0])).toBe('3:1');
    const tables = '[opt]\nlr = 1\n[opt]\nwd = 0\n';
    expect(at(tables, parseProblems(tables, 'toml')[0].range[0])).toBe('3:2');
    const dotted = 'x.y = 1\nx = 2\n';
    expect(at(dotted, parseProblems(dotted, 'toml')[0].range[0])).toBe('2:1');
  });

  it('reports syntax errors with positions', () => {
    const cases: [string, string][] = [
      ['name = "unterminated\nlr = 1\n', '1:21'],
      ['lr = ]\n', '1:6'],
      ['betas = [0.9 0.95]\n', '1:14'],
    ];
    for (const [text, pos] of cases) {
      const problems = parseProblems(text, 'toml');
      expect(at(text, problems[0].range[0]), text).toBe(pos);
      expect(problems[0].message, text).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('reads an empty file, a BOM and CRLF line ends', () => {
    const empty = parseDoc('', 'toml');
    const root = empty.documents[0].root;
    expect(root?.kind === 'map' && root.entries).toEqual([]);
    const doc = parseDoc('\uFEFFa = 1\r\nb = 2 # c\r\n', 'toml');
    expect(doc.bom).toBe(true);
    expect(at(doc, mustNode(doc, '/b').range[0])).toBe('2:5');
    expect(doc.comments.map((c) => textOf(doc, c.range))).toEqual(['# c']);
  });

  it('reports 100,000 levels of nesting as a positioned problem, without throwing', () => {
    const text = 'a = ' + '['.repeat(100_000) + ']'.repeat(100_000);
    const problems = parseProblems(text, 'toml');
    expect(problems[0].code).toBe('NESTING_TOO_DEEP');
    expect(problems[0].range[0]).toBe(1_004);
  });

  it('never throws, whatever the input', () => {
    for (const text of ['[', '[[', '=', 'a =', 'a = [', 'a = {', '"', "'''", 'a.b.c', '[a]\n[a.b]\nb = 1\n[a]', '\u0000', 'a = 1979-13-45']) {
      const out = parseConfig(text, { format: 'toml' });
      expect(out.document !== undefined || out.problems.length > 0, JSON.stringify(text)).toBe(true);
    }
  });
});
