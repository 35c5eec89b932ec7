import { describe, expect, it } from 'vitest';
import { lint, parseConfig } from '../../src/index.js';
import { at, mustNode, nodeAt, parseDoc, parseProblems, span, textOf, valueAt } from '../document-helpers.js';

describe('YAML parser: ranges', () => {
  it('keeps exact ranges for keys and values, and entries from key to value', () => {
    const doc = parseDoc('model:\n  name: bert\n  hidden_dropout_prob: 0.1\noptimizer: {lr: 3.0e-4, betas: [0.9, 0.95]}\n');
    const root = mustNode(doc, '');
    expect(root.kind).toBe('map');
    if (root.kind !== 'map') return;
    const model = root.entries[0];
    expect(span(doc, model.key.range)).toBe('1:1-1:6');
    expect(model.key.path).toEqual(['model']);
    const drop = mustNode(doc, '/model/hidden_dropout_prob');
    expect(span(doc, drop.range)).toBe('3:24-3:27');
    expect(drop.pointer).toBe('/model/hidden_dropout_prob');
    expect(drop.path).toEqual(['model', 'hidden_dropout_prob']);
    const lr = mustNode(doc, '/optimizer/lr');
    expect(at(doc, lr.range[0])).toBe('4:17');
    expect(textOf(doc, lr.range)).toBe('3.0e-4');
    expect(lr.kind === 'scalar' && lr.raw).toBe('3.0e-4');
    const beta2 = mustNode(doc, '/optimizer/betas/1');
    expect(beta2.path).toEqual(['optimizer', 'betas', 1]);
    expect(textOf(doc, beta2.range)).toBe('0.95');
    const entry = mustNode(doc, '/model');
    expect(entry.kind === 'map' && textOf(doc, entry.entries[1].range)).toBe('hidden_dropout_prob: 0.1');
  });

  it('records how each scalar was written', () => {
    const doc = parseDoc('a: plain\nb: "double"\nc: \'single\'\nd: |\n  lit\ne: >\n  fold\n');
    const styles = ['a', 'b', 'c', 'd', 'e'].map((k) => {
      const n = mustNode(doc, `/${k}`);
      return n.kind === 'scalar' ? n.style : n.kind;
    });
    expect(styles).toEqual(['plain', 'double-quoted', 'single-quoted', 'block-literal', 'block-folded']);
    expect(valueAt(doc, '/b')).toBe('double');
    const b = mustNode(doc, '/b');
    expect(b.kind === 'scalar' && b.raw).toBe('"double"');
  });

  it('reads a value written on the line after its key (TRL example configs)', () => {
    const doc = parseDoc('learning_rate:\n  0.0001\nnum_train_epochs:\n  3\n');
    const lr = mustNode(doc, '/learning_rate');
    expect(at(doc, lr.range[0])).toBe('2:3');
    expect(valueAt(doc, '/learning_rate')).toBe(0.0001);
  });

  it('gives an empty value a zero-length range right after its key', () => {
    const doc = parseDoc('run_name:\nlr: 1\n');
    const empty = mustNode(doc, '/run_name');
    expect(empty.kind === 'scalar' && empty.value).toBe(null);
    expect(empty.range[0]).toBe(empty.range[1]);
  });
});

describe('YAML parser: comments', () => {
  it('collects every comment with its offset and text without the marker', () => {
    const text = '# header\nlr: 0.1 # peak\n\n  # indented\nwd: 0\n';
    const doc = parseDoc(text);
    expect(doc.comments.map((c) => [at(doc, c.range[0]), c.text, textOf(doc, c.range)])).toEqual([
      ['1:1', ' header', '# header'],
      ['2:9', ' peak', '# peak'],
      ['4:3', ' indented', '# indented'],
    ]);
  });

  it('does not take # inside quoted, block or plain scalars for a comment', () => {
    const text = [
      'a: "x # not a comment"',
      "b: 'y # neither'",
      'c: |',
      '  line # still text',
      'd: plain#text # but this is',
      'e: >-',
      '  folded # text',
      '# last',
      '',
    ].join('\n');
    const doc = parseDoc(text);
    expect(doc.comments.map((c) => c.text)).toEqual([' but this is', ' last']);
    expect(valueAt(doc, '/a')).toBe('x # not a comment');
    expect(valueAt(doc, '/c')).toBe('line # still text\n');
    expect(valueAt(doc, '/d')).toBe('plain#text');
    expect(valueAt(doc, '/e')).toBe('folded # text');
  });

  it('keeps comments of CRLF files without the carriage return', () => {
    const doc = parseDoc('a: 1 # one\r\n# two\r\nb: 2\r\n');
    expect(doc.comments.map((c) => [c.text, at(doc, c.range[0])])).toEqual([
      [' one', '1:6'],
      [' two', '2:1'],
    ]);
  });
});

describe('YAML parser: anchors and aliases', () => {
  const text = 'defaults: &opt\n  lr: 0.1\n  betas: [0.9, 0.999]\nrun:\n  optimizer: *opt\n';

  it('expands an alias into the tree with the anchored text\'s range and the alias position', () => {
    const doc = parseDoc(text);
    const anchored = mustNode(doc, '/defaults/lr');
    const copied = mustNode(doc, '/run/optimizer/lr');
    expect(copied.kind).toBe('scalar');
    expect(copied.range).toEqual(anchored.range); // the finding lands where the value is written
    expect(copied.path).toEqual(['run', 'optimizer', 'lr']);
    expect(copied.pointer).toBe('/run/optimizer/lr');
    expect(copied.viaAlias && textOf(doc, copied.viaAlias)).toBe('*opt');
    expect(anchored.viaAlias).toBeUndefined();
    const block = mustNode(doc, '/run/optimizer');
    expect(block.anchor).toBe('opt');
    expect(block.viaAlias && at(doc, block.viaAlias[0])).toBe('5:14');
    expect(valueAt(doc, '/run/optimizer/betas/1')).toBe(0.999);
  });

  it('ends an aliased entry at the alias, where it is written', () => {
    const doc = parseDoc(text);
    const run = mustNode(doc, '/run');
    expect(run.kind === 'map' && textOf(doc, run.entries[0].range)).toBe('optimizer: *opt');
  });

  it('expands scalar aliases used several times', () => {
    const doc = parseDoc('sr: &sr 16000\npre: {sample_rate: *sr}\naug: [*sr, *sr]\n');
    expect(valueAt(doc, '/pre/sample_rate')).toBe(16000);
    const items = [mustNode(doc, '/aug/0'), mustNode(doc, '/aug/1')];
    expect(items.map((n) => at(doc, n.range[0]))).toEqual(['1:9', '1:9']);
    expect(items.map((n) => n.viaAlias && at(doc, n.viaAlias[0]))).toEqual(['3:7', '3:12']);
  });

  it('reads a comment right after a closing quote, a bracket or a comma as PyYAML does (SuperPoint-Pytorch, PSENet)', () => {
    const text = "data_dir: './data/synthetic_shapes'#where to save generated data\nkey: \"value\"#note\nsizes: [1, 2]#px\nmap: {a: 1}#end\n";
    const doc = parseDoc(text);
    expect(valueAt(doc, '/data_dir')).toBe('./data/synthetic_shapes');
    expect(doc.comments.map((c) => c.text)).toEqual(['where to save generated data', 'note', 'px', 'end']);
    // PSENet's backbone table: `],# 1 P/4` after each row; PyYAML reads the rows and the comments.
    const rows = parseDoc('backbone:\n  [\n    [ Conv, 1, [ 128, 3, 2 ], True ],# 1 P/4\n    [ C3, 3, [ 128 ], False ],\n  ]\nsizes: [1, 2,#px\n  3]\n');
    expect([0, 1, 2].map((i) => valueAt(rows, `/sizes/${i}`))).toEqual([1, 2, 3]);
    expect(valueAt(rows, '/backbone/0/3')).toBe(true);
    expect(rows.comments.map((c) => c.text)).toEqual([' 1 P/4', 'px']);
    // A comma with nothing after it before the bracket closes is still an error, as it is to PyYAML.
    expect(parseProblems('a: [x,#c]\n').length).toBeGreaterThan(0);
    // After a plain scalar the `#` is part of the value.
    expect(valueAt(parseDoc('name: run#3\n'), '/name')).toBe('run#3');
  });

  it('reads a quoted scalar continued in column 1 as PyYAML does, with its value and every position exact (vampnet)', () => {
    const text = 'db_path: ./sm.db\nquery: "\n    SELECT af.path,   \n\n    FROM chunk\n"\nprompt: \'it\'\'s\none line\'\nbatch_size: 8\n';
    const doc = parseDoc(text);
    // The values PyYAML gives them: line breaks folded to spaces, an empty line kept as a line break.
    expect(valueAt(doc, '/query')).toBe(' SELECT af.path,\nFROM chunk ');
    expect(valueAt(doc, '/prompt')).toBe("it's one line");
    expect(valueAt(doc, '/batch_size')).toBe(8);
    expect(at(text, mustNode(doc, '/batch_size').range[0])).toBe('9:13');
    expect(mustNode(doc, '/query').raw).toBe('"\n    SELECT af.path,   \n\n    FROM chunk\n"');
    // A quote that never closes, or one that a document marker ends, is still an error.
    expect(parseProblems('query: "never closed\nnext: 1\n').map((p) => p.code)).toContain('MISSING_CHAR');
    expect(parseProblems('query: "one\n---\ntwo"\n').length).toBeGreaterThan(0);
    // A quote inside a block scalar is text, not the start of a quoted scalar.
    expect(valueAt(parseDoc('z: |\n  "hello\nk: 1\n'), '/z')).toBe('"hello\n');
  });

  it('reads a comment line in column 1 inside a flow mapping as a comment, as PyYAML does (lepard)', () => {
    const text = 'split: {\n  "train": configs/train_info.pkl,\n  "test": configs/3DMatch.pkl\n#  "test": configs/3DLoMatch.pkl\n}\nbatch_size: 8\n';
    const doc = parseDoc(text);
    expect(valueAt(doc, '/split/test')).toBe('configs/3DMatch.pkl');
    expect(valueAt(doc, '/batch_size')).toBe(8);
    expect(doc.comments.map((c) => c.text)).toEqual(['  "test": configs/3DLoMatch.pkl']);
    expect(valueAt(parseDoc('a: {b: c\r\n#x\r\n}\r\n'), '/a/b')).toBe('c');
    // A `#` right after a comma on the same line is a comment too, as it is to PyYAML.
    expect(valueAt(parseDoc('a: {b: c,#x\n}\n'), '/a/b')).toBe('c');
  });

  it("puts a mapping item that does not line up on that item, past blank and comment lines, as PyYAML does (SRFormer's ` name: DIV2K`)", () => {
    for (const text of ['datasets:\n  train:\n name: DIV2K\n    type: Paired\n', 'datasets:\n  train:  # split\n\n # note\n name: DIV2K\n    type: Paired\n']) {
      const problem = parseProblems(text).find((p) => p.code === 'BAD_INDENT')!;
      expect(problem.message).toBe('All mapping items must start at the same column.');
      expect(at(text, problem.range[0])).toBe(text.includes('note') ? '5:2' : '3:2');
      expect(textOf({ text } as never, problem.range)).toMatch(/^name/);
    }
  });

  it("puts a key indented deeper than the one above it on that key, as PyYAML does (MATRN's `    workdir: results`)", () => {
    const cases: [string, string][] = [
      ['global:\n  name: x\n  stage: pretrain-vision\n    workdir: results\n  seed: ~\n', '4:5'],
      ['global:\n  stage: pretrain-vision  \n\n    workdir: results\n  seed: 1\n', '4:5'],
      ['- stage: pretrain-vision\n\n    workdir: results\n', '3:5'],
    ];
    for (const [text, position] of cases) {
      const problem = parseProblems(text)[0]!;
      expect(problem.message).toBe('Mapping values are not allowed here: this key is indented deeper than the one above it, which makes it part of that value.');
      expect(at(text, problem.range[0])).toBe(position);
      expect(textOf({ text } as never, problem.range)).toBe('workdir: results');
    }
    // A plain value continued on a deeper line without a colon is one multi-line value, not an error.
    expect(valueAt(parseDoc('a:\n  b: one\n    two\n'), '/a/b')).toBe('one two');
  });

  it("says what a file with `!include other.yaml` on a line of its own is, at the tag (simple_transformer's text includes)", () => {
    const text = '!include data.multi30k.de-en.yaml\n!include transformer.small.yaml\n\nepochs: 20\nbatch_size: 32\n';
    const problem = parseProblems(text)[0]!;
    expect(problem.message).toBe('`!include data.multi30k.de-en.yaml` on a line of its own is not YAML: a program splices the named file in before parsing.');
    expect(at(text, problem.range[0])).toBe('1:1');
    expect(textOf({ text } as never, problem.range)).toBe('!include');
    expect(problem.hint).toContain('list this file under `ignores`');
    // Indented includes are told likewise; an include as a key's value or a list item is YAML, and other errors keep their message.
    expect(parseProblems('model:\n  !include model.yaml\n  lr: 0.1\n')[0]!.message).toMatch(/^`!include model.yaml` on a line of its own/);
    expect(parseConfig('model: !include model.yaml\nlr: 0.1\n', { format: 'yaml' }).problems).toEqual([]);
    expect(parseConfig('- !include a.yaml\n- !include b.yaml\n', { format: 'yaml' }).problems).toEqual([]);
    expect(parseProblems('lr: [0.1\nepochs: 2\n# !include later.yaml\n')[0]!.message).not.toContain('!include');
    // An include that is valid YAML where it stands (a key's value on the next line) does not explain a later error.
    expect(parseProblems('defaults:\n  !include base.yaml\nlr: 0.1\n  epochs: 2\n')[0]!.message).not.toContain('!include');
  });

  it("says when the first error stands on a Jinja tag of a template rendered before parsing (qlib workflows, RD-Agent), at the tag", () => {
    const text = 'task:\n  model:\n    kwargs:\n      pt_model_kwargs: {\n          "num_features": 20,\n          {% if steps %}num_timesteps: {{ steps }}{% endif %}\n      }\n';
    const problem = parseProblems(text)[0]!;
    expect(problem.message).toMatch(/: `\{%` starts a template tag\.$/);
    expect(at(text, problem.range[0])).toBe('6:11');
    expect(problem.hint).toBe('`{%` starts a Jinja template tag, which YAML does not have: the file is a template that is rendered before a program reads it. Check the rendered file instead, or list this one under `ignores`.');
    // An error elsewhere keeps its own message.
    expect(parseProblems('lr: [0.1\nname: "{{ x }}"\n')[0]!.message).not.toContain('template');
  });

  it("moves the error back onto a `{{ var }}` that the failing value starts with (torchtune-azureml's templates)", () => {
    // YAML reads `{{model_dir}}` as a nested flow mapping and fails on the path that goes on after it.
    const text = 'tokenizer:\n  path: {{model_dir}}/tokenizer.model\n  max_seq_len: null\n';
    const problem = parseProblems(text)[0]!;
    expect(problem.message).toMatch(/: `\{\{` starts a template tag\.$/);
    expect(at(text, problem.range[0])).toBe('2:9');
    // Text between the expression and the error, or an expression on another line, is not the cause.
    expect(parseProblems('a: [{{ x }}, 1\nb: 2\n')[0]!.message).not.toContain('template');
    expect(parseProblems('a: {{ x }}\nb: c: d\n')[0]!.message).not.toContain('template');
  });

  it('reports an alias to an anchor that does not exist, at the alias', () => {
    const problems = parseProblems('lr: 0.1\nopt: *nowhere\n');
    expect(problems).toHaveLength(1);
    expect(problems[0].code).toBe('UNKNOWN_ALIAS');
    expect(problems[0].message).toBe('Alias *nowhere refers to no anchor &nowhere defined before it in this document.');
    expect(at('lr: 0.1\nopt: *nowhere\n', problems[0].range[0])).toBe('2:6');
  });

  it('turns a recursive alias into an opaque node instead of looping', () => {
    const doc = parseDoc('node: &n\n  name: a\n  child: *n\n');
    const child = mustNode(doc, '/node/child');
    expect(child.kind).toBe('opaque');
    expect(child.kind === 'opaque' && child.reason).toBe('recursive alias *n');
    expect(valueAt(doc, '/node/name')).toBe('a');
  });

  it('stops an alias bomb with a positioned problem, without throwing', () => {
    // Nine levels of ten aliases each: 10^9 nodes if expanded.
    let text = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      text += `${name}: &${name} [${Array(10).fill('*' + prev).join(', ')}]\n`;
    }
    const problems = parseProblems(text);
    expect(problems).toHaveLength(1);
    expect(problems[0].code).toBe('ALIAS_EXPANSION_LIMIT');
    expect(problems[0].message).toMatch(/alias bomb/);
    expect(textOf({ text } as never, problems[0].range)).toMatch(/^\*[a-i]$/);
    const result = lint(text, { format: 'yaml' });
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['parse-error']);
    expect(result.diagnostics[0].line).toBeGreaterThan(1);
  });
});

describe('YAML parser: merge keys', () => {
  it('lets explicit keys win over merged ones, and earlier sources over later ones', () => {
    const doc = parseDoc('a: &a {x: 1, y: 1}\nb: &b {y: 2, z: 2}\nm:\n  <<: [*a, *b]\n  x: 0\n');
    expect(valueAt(doc, '/m/x')).toBe(0); // explicit
    expect(valueAt(doc, '/m/y')).toBe(1); // from *a, the earlier source
    expect(valueAt(doc, '/m/z')).toBe(2);
    const m = mustNode(doc, '/m');
    if (m.kind !== 'map') throw new Error('map expected');
    expect(m.entries.map((e) => [e.key.value, e.origin])).toEqual([
      ['x', 'explicit'],
      ['y', 'merge'],
      ['z', 'merge'],
    ]);
    expect(nodeAt(doc, '/m/<<')).toBeUndefined(); // the merge key itself is not data
    // A merged value keeps the range of its text in the anchored mapping.
    expect(at(doc, mustNode(doc, '/m/z').range[0])).toBe('2:17');
    expect(mustNode(doc, '/m/y').viaAlias && at(doc, mustNode(doc, '/m/y').viaAlias![0])).toBe('4:8');
  });

  it('lets an explicit key win even when it is written before the merge key', () => {
    const doc = parseDoc('base: &base {lr: 0.1, wd: 0.01}\nrun:\n  lr: 0.5\n  <<: *base\n');
    expect(valueAt(doc, '/run/lr')).toBe(0.5);
    expect(valueAt(doc, '/run/wd')).toBe(0.01);
  });

  it('merges shallowly, as LLM Foundry\'s eval_loader shows (CORPUS-NOTES T9)', () => {
    const text = [
      'dataset: &hf_dataset',
      '  hf_name: json',
      'train_loader: &train_loader',
      '  name: finetuning',
      '  dataset:',
      '    <<: *hf_dataset',
      '    split: train',
      '    max_seq_len: 2048',
      '    shuffle: true',
      '  drop_last: true',
      'eval_loader:',
      '  <<: *train_loader',
      '  dataset:',
      '    <<: *hf_dataset',
      '    split: validation',
      '',
    ].join('\n');
    const doc = parseDoc(text);
    expect(valueAt(doc, '/eval_loader/name')).toBe('finetuning');
    expect(valueAt(doc, '/eval_loader/drop_last')).toBe(true);
    expect(valueAt(doc, '/eval_loader/dataset/split')).toBe('validation');
    expect(valueAt(doc, '/eval_loader/dataset/hf_name')).toBe('json');
    // The explicit `dataset` replaces the merged one as a whole: its other keys are gone.
    expect(nodeAt(doc, '/eval_loader/dataset/max_seq_len')).toBeUndefined();
    expect(nodeAt(doc, '/eval_loader/dataset/shuffle')).toBeUndefined();
    expect(valueAt(doc, '/train_loader/dataset/max_seq_len')).toBe(2048);
  });
});

describe('YAML parser: documents, tags, duplicates', () => {
  it('reads every document of a stream, each with its own root, range and anchors', () => {
    const text = 'lr: 0.1\n---\nlr: 0.2\nepochs: 3\n...\n---\n# nothing\n';
    const doc = parseDoc(text);
    expect(doc.documents.map((d) => d.index)).toEqual([0, 1, 2]);
    expect(valueAt(doc, '/lr', 0)).toBe(0.1);
    expect(valueAt(doc, '/lr', 1)).toBe(0.2);
    expect(at(doc, mustNode(doc, '/epochs', 1).range[0])).toBe('4:9');
    expect(mustNode(doc, '/lr', 1).path).toEqual(['lr']);
    const third = doc.documents[2].root;
    expect(third === null || (third.kind === 'scalar' && third.value === null)).toBe(true);
    expect(parseProblems('a: &x 1\n---\nb: *x\n')[0].code).toBe('UNKNOWN_ALIAS'); // anchors do not cross documents
  });

  it('accepts an explicit document start after leading comments (ai-toolkit)', () => {
    const doc = parseDoc('# comment\n---\njob: extension\n');
    expect(doc.documents).toHaveLength(1);
    expect(valueAt(doc, '/job')).toBe('extension');
  });

  it('records a %YAML directive', () => {
    const doc = parseDoc('%YAML 1.1\n---\na: 1\n');
    expect(doc.documents[0].yamlVersion).toBe('1.1');
    expect(parseDoc('a: 1\n').documents[0].yamlVersion).toBeUndefined();
  });

  it('keeps tags as data and never runs them', () => {
    const text = [
      'size: !!python/tuple [224, 224]',
      'model: !new:torch.nn.Linear',
      '  in_features: 3',
      'opt_class: !name:torch.optim.Adam',
      'lr: !ref <base_lr>',
      'anchors: !!python/object/apply:eval ["[[x, x * 2] for x in [32, 64]]"]',
      'later: !PLACEHOLDER',
      '',
    ].join('\n');
    const doc = parseDoc(text);
    const size = mustNode(doc, '/size');
    expect([size.kind, size.tag]).toEqual(['seq', '!!python/tuple']);
    expect(valueAt(doc, '/size/1')).toBe(224);
    const model = mustNode(doc, '/model');
    expect([model.kind, model.tag]).toEqual(['map', '!new:torch.nn.Linear']);
    expect(valueAt(doc, '/model/in_features')).toBe(3);
    expect(mustNode(doc, '/opt_class').tag).toBe('!name:torch.optim.Adam');
    const lr = mustNode(doc, '/lr');
    expect([lr.tag, lr.kind === 'scalar' && lr.value]).toEqual(['!ref', '<base_lr>']);
    const evil = mustNode(doc, '/anchors');
    expect(evil.tag).toBe('!!python/object/apply:eval');
    expect(valueAt(doc, '/anchors/0')).toBe('[[x, x * 2] for x in [32, 64]]');
    expect(mustNode(doc, '/later').tag).toBe('!PLACEHOLDER');
  });

  it('records duplicate keys and keeps the last value, as PyYAML does', () => {
    const text = 'debug: false\nlr: 0.1\ndebug: true\nopt:\n  lr: 1\n  lr: 2\n';
    const doc = parseDoc(text);
    expect(valueAt(doc, '/debug')).toBe(true);
    expect(valueAt(doc, '/opt/lr')).toBe(2);
    expect(doc.duplicateKeys.map((d) => [d.name, d.path, at(doc, d.key[0]), at(doc, d.first[0])])).toEqual([
      ['debug', ['debug'], '3:1', '1:1'],
      ['lr', ['opt', 'lr'], '6:3', '5:3'],
    ]);
    const root = mustNode(doc, '');
    expect(root.kind === 'map' && root.entries.map((e) => e.key.value)).toEqual(['lr', 'debug', 'opt']);
  });

  it('does not count a key copied through an alias twice as a duplicate', () => {
    const doc = parseDoc('a: &a {x: 1}\nb: *a\nc: *a\n');
    expect(doc.duplicateKeys).toEqual([]);
  });
});

describe('YAML parser: edge input', () => {
  it('reads an empty file and a comment-only file as one empty document', () => {
    for (const text of ['', '# only a comment\n', '\n\n']) {
      const doc = parseDoc(text);
      expect(doc.documents).toHaveLength(1);
      expect(doc.documents[0].root).toBeNull();
    }
  });

  it('strips a byte-order mark and remembers it; offsets refer to the text after it', () => {
    const doc = parseDoc('\uFEFFlr: 0.1\n');
    expect(doc.bom).toBe(true);
    expect(doc.text).toBe('lr: 0.1\n');
    expect(at(doc, mustNode(doc, '/lr').range[0])).toBe('1:5');
    expect(parseDoc('lr: 0.1\n').bom).toBe(false);
  });

  it('keeps ranges right in CRLF files', () => {
    const text = 'a: 1\r\nb:\r\n  c: "two words"\r\nd: |\r\n  x\r\n';
    const doc = parseDoc(text);
    expect(at(doc, mustNode(doc, '/b/c').range[0])).toBe('3:6');
    expect(textOf(doc, mustNode(doc, '/b/c').range)).toBe('"two words"');
    expect(at(doc, mustNode(doc, '/d').range[0])).toBe('4:4');
  });

  it('reports 100,000 levels of nesting as a positioned problem, without throwing', () => {
    const flow = '['.repeat(100_000) + ']'.repeat(100_000);
    const problems = parseProblems(flow);
    expect(problems[0].code).toBe('NESTING_TOO_DEEP');
    expect(problems[0].message).toBe('The document is nested more than 1000 levels deep; mlconfig does not read structures this deep.');
    expect(problems[0].range[0]).toBe(1000); // the 1001st bracket
    // Block and flow-mapping nesting: 5,000 levels is already far past the limit.
    const dashes = parseProblems('- '.repeat(5_000) + '1\n');
    expect(dashes[0].code).toBe('NESTING_TOO_DEEP');
    expect(dashes[0].range[0]).toBeGreaterThan(0);
    const maps = parseProblems('{a: '.repeat(5_000) + '1' + '}'.repeat(5_000));
    expect(maps[0].range[0]).toBe(4000);
  });

  it('reports the first error of a broken file at its position (unterminated quote, CORPUS-NOTES T2)', () => {
    const text = 'config:\n  process:\n    - model:\n        name_or_path: "OmniGen2/OmniGen2\n        arch: "omnigen2"\n    - sample: {}\n';
    const problems = parseProblems(text);
    expect(problems[0].code).toBe('MISSING_CHAR');
    expect(problems[0].message).toBe('Missing closing "quote.');
    expect(at(text, problems[0].range[0])).toBe('4:41');
  });

  it('reports tabs used for indentation and unclosed flow collections', () => {
    const tab = 'model:\n\tname: x\n';
    const t = parseProblems(tab);
    expect(at(tab, t[0].range[0])).toBe('2:1');
    expect(t[0].message).toMatch(/^Tabs are not allowed as indentation\.$/);
    const flow = 'betas: [0.9, 0.95\nlr: 0.1\n';
    const f = parseProblems(flow);
    expect(f[0].code).toBe('BAD_INDENT');
    expect(at(flow, f[0].range[0])).toBe('2:1');
  });

  it('never throws, whatever the input', () => {
    const inputs = ['"', "'", '[', '{', ']', '}', ':', '- - -', '? ', '&', '*', '!', '%YAML', '---\n...\n---', 'a: b: c', '\u0000', '\uFFFF', 'a:\n  - b\n c: d', '<<: *x', '<<: 1'];
    for (const text of inputs) {
      const out = parseConfig(text, { format: 'yaml' });
      expect(out.document !== undefined || out.problems.length > 0, JSON.stringify(text)).toBe(true);
    }
  });
});
