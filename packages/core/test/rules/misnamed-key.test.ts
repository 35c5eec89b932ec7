import { describe, expect, it } from 'vitest';
import { lint, type ScriptFacts } from '../../src/index.js';

const RULE = 'misnamed-key';

/** What a project's code names: `names` anywhere, `reads` through their section (`section.setting`). */
function scripts(names: readonly string[], reads: readonly string[]): ScriptFacts {
  return {
    codeVocabulary: {
      names: new Map([...names, ...reads.map((r) => r.split('.')[1]!)].map((n) => [n, { name: n, script: 'model.py' }])),
      exactNames: new Set([...names, ...reads.map((r) => r.split('.')[1]!)]),
      words: new Set(),
      iterated: new Set(),
      wholeUses: new Set(),
      sectionReads: new Map(reads.map((r) => [r, { name: r, script: 'model.py' }])),
      dynamicKeys: false,
      dynamicSections: new Set(),
      keysRecased: false,
      rootReads: new Set(),
    },
  };
}

function found(text: string, facts: ScriptFacts): string[] {
  return lint(text, { format: 'yaml', filePath: 'configs/run.yaml', scripts: facts, settings: { extends: [], rules: { [RULE]: 'warn' } } })
    .diagnostics.filter((d) => d.ruleId === RULE)
    .map((d) => `${d.line}:${d.column} ${d.message}`);
}

describe(RULE, () => {
  const config = 'model:\n  num_layers: 6\n  n_heads: 8\n  embedding_dim: 256\ntrain:\n  lr: 0.001\n  epochs: 10\n';

  it('takes the layer, head and embedding counts as one setting under each of their names', () => {
    const facts = scripts(['model', 'train', 'lr', 'epochs'], ['model.n_layers', 'model.num_heads', 'model.embed_dim', 'train.lr', 'train.epochs']);
    expect(found(config, facts)).toEqual([
      '2:3 No script of the project reads `num_layers`; the code reads this setting as `model.n_layers`.',
      '3:3 No script of the project reads `n_heads`; the code reads this setting as `model.num_heads`.',
      '4:3 No script of the project reads `embedding_dim`; the code reads this setting as `model.embed_dim`.',
    ]);
  });

  it('says nothing where the code names the key, or reads the other name in another section only', () => {
    expect(found(config, scripts(['model', 'num_layers', 'n_heads', 'embedding_dim'], ['model.n_layers', 'model.num_heads', 'model.embed_dim']))).toEqual([]);
    expect(found(config, scripts(['model'], ['encoder.n_layers', 'decoder.num_heads']))).toEqual([]);
  });
});
