import { describe, expect, it } from 'vitest';
import { graphBenchmark, graphLibraryImport } from '../../src/model/graph-learning.js';
import { classifyDocument, parseConfig, type Field } from '../../src/index.js';

function fieldsOf(text: string): Field[] {
  const parsed = parseConfig(text, { format: 'yaml' });
  if (!parsed.document) throw new Error('test config does not parse');
  return classifyDocument(parsed.document);
}

describe('graph learning', () => {
  it('finds a graph-learning library among the imports', () => {
    expect(graphLibraryImport('import torch\nfrom torch_geometric.nn import GCNConv\n')).toBe('from torch_geometric.nn import GCNConv');
    expect(graphLibraryImport('import opengsl\n')).toBe('import opengsl');
    expect(graphLibraryImport('import dgl.function as fn\n')).toBe('import dgl.function as fn');
    expect(graphLibraryImport('import dglx\nimport torch\n')).toBeUndefined();
    expect(graphLibraryImport('# import torch_geometric\n')).toBeUndefined();
  });

  it('finds a benchmark graph named as the dataset, or in the file name', () => {
    expect(graphBenchmark(fieldsOf('dataset:\n  name: "Cora"\ntraining:\n  lr: 0.01\n'), 'configs/run.yaml')).toBe('`name: Cora`, a benchmark graph');
    expect(graphBenchmark(fieldsOf('dataset: ogbn-arxiv\nlr: 0.01\n'), undefined)).toBe('`dataset: ogbn-arxiv`, a benchmark graph');
    expect(graphBenchmark(fieldsOf('training:\n  lr: 0.1\n'), 'config/pubmed.yaml')).toBe('the file is named after `pubmed`, a benchmark graph');
    expect(graphBenchmark(fieldsOf('dataset: imagenet\nmodel:\n  name: cora\n'), 'configs/resnet.yaml')).toBeUndefined();
  });
});
