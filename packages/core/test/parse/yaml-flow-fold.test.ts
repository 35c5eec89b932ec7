import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { at, mustNode, parseDoc, parseProblems, valueAt } from '../document-helpers.js';

/** Point-MAE's `cfgs/pretrain.yaml` shape: flow maps closed at their block parent's indentation, which PyYAML reads. */
const POINT_MAE = 'optimizer : {\n  type: AdamW,\n  kwargs: {\n  lr : 0.001,\n  weight_decay : 0.05\n}}\n\nscheduler: {\n  type: CosLR,\n  kwargs: {\n    epochs: 300,\n    initial_epochs : 10\n}}\n\nmax_epoch : 300\n';

describe('flow collections closed at their parent\'s indentation (read as PyYAML reads them)', () => {
  it('parses them, with every value and position where it is written', () => {
    const doc = parseDoc(POINT_MAE);
    expect(valueAt(doc, '/optimizer/kwargs/lr')).toBe(0.001);
    expect(valueAt(doc, '/scheduler/kwargs/initial_epochs')).toBe(10);
    expect(valueAt(doc, '/max_epoch')).toBe(300);
    expect(at(doc, mustNode(doc, '/optimizer/kwargs/lr').range[0])).toBe('4:8');
    expect(doc.text).toBe(POINT_MAE);
  });

  it('keeps comments outside the flow collections, and quoted `#`, braces and line breaks inside them', () => {
    const text = '# run settings\nopt: {\n  kwargs: {\n  name: "a # b {",  # inline\n  note: \'it\'\'s\n    long\',\n  lr: 1.0e-3\n}}\nepochs: 3 # three\n';
    const doc = parseDoc(text);
    expect(valueAt(doc, '/opt/kwargs/name')).toBe('a # b {');
    expect(valueAt(doc, '/opt/kwargs/note')).toBe("it's long");
    expect(valueAt(doc, '/opt/kwargs/lr')).toBe(0.001);
    expect(doc.comments.map((c) => c.text.trim())).toEqual(['run settings', 'three']);
  });

  it('lints them: findings land on the line where the value is written', () => {
    const d = lint('optimizer: {\n  type: Adam,\n  kwargs: {\n  lr: 0.001,\n  dropout: 1.5\n}}\n', { format: 'yaml' }).diagnostics;
    expect(d.filter((x) => x.ruleId === 'parse-error')).toEqual([]);
    expect(d.filter((x) => x.ruleId === 'dropout-range').map((x) => `${x.line}:${x.column}`)).toEqual(['5:12']);
  });

  it('still rejects what PyYAML refuses there too: a tab where a token starts, a key whose `:` is on the next line', () => {
    expect(parseProblems('- [\n\tfoo,\n foo\n ]\n').length).toBeGreaterThan(0);
    expect(parseProblems('k: {\nk\n:\nv\n}\n').length).toBeGreaterThan(0);
    expect(valueAt(parseDoc('---\nflow: [a,\nb,\nc]\n'), '/flow/2')).toBe('c'); // yaml-test-suite 9C9N, which PyYAML reads
  });

  it('still rejects a flow collection that is never closed, at the position YAML gives', () => {
    const problems = parseProblems('optimizer: {\n  type: AdamW,\n  lr: 0.001\nepochs: 3\n');
    expect(problems.length).toBeGreaterThan(0);
  });
});
