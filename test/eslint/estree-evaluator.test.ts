/**
 * Core's ESTree evaluator (packages/core/src/parse/estree*.ts): which objects are configs, what is
 * evaluated statically, and what stays unknown. Real TypeScript parses (typescript-estree, as the
 * CLI uses it); positions are checked against the source text.
 */
import { parse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { estreeToDocument, type ConfigDocument, type ConfigNode, type EsProgram, type EstreeConfigOptions, type ScalarNode } from '@mlconfig/core';

function read(code: string, options: EstreeConfigOptions = {}): ConfigDocument {
  const ast = parse(code, { range: true, comment: true, loc: false }) as unknown as EsProgram;
  const out = estreeToDocument(ast, code, options);
  if (!out.document) throw new Error('no document');
  return out.document;
}

/** Plain data of a node: scalars as values, opaque nodes as `<reason>`. */
function data(n: ConfigNode | null): unknown {
  if (!n) return null;
  if (n.kind === 'map') return Object.fromEntries(n.entries.map((e) => [String(e.key.value), data(e.value)]));
  if (n.kind === 'seq') return n.items.map(data);
  if (n.kind === 'opaque') return `<${n.reason}>`;
  return n.value;
}

function roots(doc: ConfigDocument): unknown[] {
  return doc.documents.map((d) => data(d.root));
}

function nodeAt(doc: ConfigDocument, pointer: string, index = 0): ConfigNode {
  const walk = (n: ConfigNode | null): ConfigNode | undefined => {
    if (!n) return undefined;
    if (n.pointer === pointer) return n;
    if (n.kind === 'map') for (const e of n.entries) {
      const hit = walk(e.value);
      if (hit) return hit;
    }
    if (n.kind === 'seq') for (const i of n.items) {
      const hit = walk(i);
      if (hit) return hit;
    }
    return undefined;
  };
  const hit = walk(doc.documents[index].root);
  if (!hit) throw new Error(`no node at ${pointer}`);
  return hit;
}

const text = (doc: ConfigDocument, n: { range: readonly [number, number] }): string => doc.text.slice(n.range[0], n.range[1]);

describe('ESTree evaluator: which objects are configs', () => {
  it('reads export default, module.exports, factories, annotations, satisfies and as', () => {
    const doc = read(`
      interface TrainingConfig { lr?: number }
      export const a: TrainingConfig = { lr: 1 };
      const b = { lr: 2 } satisfies TrainingConfig;
      const c = { lr: 3 } as TrainingConfig;
      const d: Partial<TrainingConfig> = { lr: 4 };
      const e = defineConfig({ lr: 5 });
      export default { lr: 6 };
      module.exports = { lr: 7 };
      const ignored: Record<string, number> = { lr: 8 };
    `);
    expect(roots(doc)).toEqual([{ lr: 1 }, { lr: 2 }, { lr: 3 }, { lr: 4 }, { lr: 5 }, { lr: 6 }, { lr: 7 }]);
  });

  it('reads exported consts named like a config type, and no others', () => {
    const doc = read(`
      export const trainingConfig = { learningRate: 0.1 };
      export const config = { lr: 2 }, hparamsTable = { lr: 3 };
      export const modelSettings = { lr: 4 };
      const localConfig = { lr: 5 };
      export let mutableConfig = { lr: 6 };
      export const helpers = { lr: 7 };
      export const typedConfig: Record<string, number> = { lr: 8 };
    `);
    expect(roots(doc)).toEqual([{ learningRate: 0.1 }, { lr: 2 }, { lr: 4 }]);
  });

  it('follows export default through a const and a factory, and reads each object once', () => {
    const doc = read(`const config = defineConfig({ optimizer: { lr: 0.1 } satisfies OptimizerConfig });\nexport default config;`);
    expect(roots(doc)).toEqual([{ optimizer: { lr: 0.1 } }]);
  });

  it('takes the config type names and factories from the options', () => {
    const code = `const a: RunSpec = { lr: 1 };\nconst b: TrainingConfig = { lr: 2 };\nmakeRun({ lr: 3 });`;
    expect(roots(read(code, { configTypes: ['Run*'], configFactories: ['makeRun'] }))).toEqual([{ lr: 1 }, { lr: 3 }]);
    expect(roots(read(code))).toEqual([{ lr: 2 }]);
  });

  it('ignores exports that are not objects and files without configs', () => {
    const eslintConfig = `export default [{ files: ['**/*.ts'] }];`;
    expect(read(eslintConfig).documents).toEqual([{ index: 0, root: null, range: [0, eslintConfig.length] }]);
    expect(roots(read(`export default function train() { return { lr: 1 }; }`))).toEqual([null]);
  });

  it('groups TensorFlow.js compile and fit options per model, with optimizer arguments by name', () => {
    const doc = read(`
      import * as tf from '@tensorflow/tfjs';
      const model = tf.sequential();
      model.compile({ optimizer: tf.train.adam(0.001, 0.9, 0.999), loss: 'meanSquaredError' });
      await model.fit(xs, ys, { epochs: 10, batchSize: 32 });
      other.compile({ optimizer: 'sgd', loss: 'mse' });
      const spare = tf.train.rmsprop(0.01, 0.9);
      regex.compile('not a model');
    `);
    expect(roots(doc)).toEqual([
      { optimizer: { className: 'adam', learningRate: 0.001, beta1: 0.9, beta2: 0.999 }, loss: 'meanSquaredError', epochs: 10, batchSize: 32 },
      { optimizer: 'sgd', loss: 'mse' },
      { className: 'rmsprop', learningRate: 0.01, decay: 0.9 },
    ]);
    const lr = nodeAt(doc, '/optimizer/learningRate');
    expect(text(doc, lr)).toBe('0.001');
  });

  it('reads an optimizer passed to compile through a const once, where it is written', () => {
    const doc = read(`const opt = tf.train.sgd(-1);\nmodel.compile({ optimizer: opt, loss: 'mse' });`);
    expect(roots(doc)).toEqual([{ optimizer: { className: 'sgd', learningRate: -1 }, loss: 'mse' }]);
    const lr = nodeAt(doc, '/optimizer/learningRate');
    expect(text(doc, lr)).toBe('-1');
    expect(lr.viaAlias && doc.text.slice(lr.viaAlias[0], lr.viaAlias[1])).toBe('opt');
  });

  it('reads the objects another tool found (the type-aware mode)', () => {
    const code = `train({ lr: 0.5 });\ntrain({ lr: 0.6 });`;
    const ast = parse(code, { range: true, comment: true, loc: false }) as unknown as EsProgram;
    const call = (ast.body[1] as unknown as { expression: { arguments: unknown[] } }).expression;
    const out = estreeToDocument(ast, code, { extraRoots: [call.arguments[0] as never] });
    expect(out.document && roots(out.document)).toEqual([{ lr: 0.6 }]);
  });
});

describe('ESTree evaluator: values', () => {
  it('evaluates literals, constants, arithmetic, concatenation and template literals without expressions', () => {
    const doc = read(`
      const BASE = 1e-4;
      const SCALE = 4;
      export default { lr: BASE * SCALE, neg: -BASE, pow: 2 ** 10, name: 'run-' + 3, t: \`plain\`, big: 12345678901234567890n, b: !true, n: null };
    `);
    expect(roots(doc)).toEqual([{ lr: 4e-4, neg: -1e-4, pow: 1024, name: 'run-3', t: 'plain', big: 12345678901234567890n, b: false, n: null }]);
  });

  it('keeps the range where a constant is written, and where it is used as viaAlias', () => {
    const doc = read(`const LR = 0.25;\nexport default { optimizer: { lr: LR } };`);
    const lr = nodeAt(doc, '/optimizer/lr') as ScalarNode;
    expect([text(doc, lr), lr.raw]).toEqual(['0.25', '0.25']);
    expect(lr.viaAlias && doc.text.slice(lr.viaAlias[0], lr.viaAlias[1])).toBe('LR');
  });

  it('reads properties of constant objects and arrays', () => {
    const doc = read(`const BASE = { optim: { lr: 0.1, betas: [0.9, 0.95] } };\nexport default { lr: BASE.optim.lr, beta2: BASE.optim.betas[1], missing: BASE.nothing };`);
    expect(roots(doc)).toEqual([{ lr: 0.1, beta2: 0.95, missing: '<the property is not a constant defined in this file>' }]);
  });

  it('merges spreads of known objects (later keys win) and shows unknown spreads', () => {
    const doc = read(`const base = { lr: 1, epochs: 3 };\nexport default { lr: 2, ...base, epochs: 5, ...runtime };`);
    expect(roots(doc)).toEqual([{ lr: 1, epochs: 5, '...runtime': '<a spread of values mlconfig cannot see>' }]);
    const root = doc.documents[0].root;
    expect(root?.kind === 'map' && root.entries.map((e) => [e.key.value, e.origin])).toEqual([
      ['lr', 'merge'],
      ['epochs', 'explicit'],
      ['...runtime', 'merge'],
    ]);
  });

  it('records keys written twice in one object literal, keeping the last value', () => {
    const doc = read(`export default { lr: 1, 'lr': 2 };`);
    expect(roots(doc)).toEqual([{ lr: 2 }]);
    expect(doc.duplicateKeys.map((d) => [d.name, doc.text.slice(d.key[0], d.key[1]), doc.text.slice(d.first[0], d.first[1])])).toEqual([['lr', "'lr'", 'lr']]);
  });

  it('never guesses: calls, conditions, run-time values, functions and shadowed names stay opaque', () => {
    const doc = read(`
      const lr = 0.1;
      let epochs = 3;
      import { BATCH } from './constants';
      function make(lr: number) {
        return defineConfig({ lr, epochs, batch: BATCH, env: process.env.LR, when: Date.now() > 0 ? 1 : 2, f() { return 1; }, g: () => 2, t: \`\${lr}\` });
      }
    `);
    expect(roots(doc)).toEqual([
      {
        lr: '<`lr` can change at run time>',
        epochs: '<`epochs` can change at run time>',
        batch: '<`BATCH` can change at run time>',
        env: '<the property is not a constant defined in this file>',
        when: '<a conditional expression is evaluated at run time>',
        f: '<a method or accessor>',
        g: '<a function>',
        t: '<a template literal with expressions is built at run time>',
      },
    ]);
  });

  it('resolves a const in the scope where it is declared, not a same-named outer one', () => {
    const doc = read(`const lr = 1;\nfunction f() { const lr = 2; return defineConfig({ lr }); }\nexport default { lr };`);
    expect(roots(doc)).toEqual([{ lr: 2 }, { lr: 1 }]);
  });

  it('stops on self-reference and keeps going', () => {
    const doc = read(`const a = { self: a, lr: 1 };\nexport default a;`);
    expect(roots(doc)).toEqual([{ self: '<`a` refers to itself>', lr: 1 }]);
  });

  it('bounds the work on values that refer to each other many times', () => {
    const lines = ['const v0 = [1, 1];'];
    for (let i = 1; i <= 30; i++) lines.push(`const v${i} = [v${i - 1}, v${i - 1}];`);
    lines.push('export default { huge: v30 };');
    const started = Date.now();
    const doc = read(lines.join('\n'));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(JSON.stringify(roots(doc))).toContain('too many times');
  });

  it('collects comments without their markers, for mlconfig-disable directives', () => {
    const doc = read(`// mlconfig-disable-next-line lr-non-negative\nexport default { lr: -1 }; /* block */`);
    expect(doc.comments.map((c) => [c.text, text(doc, c)])).toEqual([
      [' mlconfig-disable-next-line lr-non-negative', '// mlconfig-disable-next-line lr-non-negative'],
      [' block ', '/* block */'],
    ]);
  });
});
