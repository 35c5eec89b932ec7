/**
 * Graph learning on a benchmark graph (Cora, ogbn-arxiv, …): a GCN or GAT trained full-batch, one optimizer step per
 * epoch, with Adam at a constant 0.01 (Kipf & Welling's GCN, PyG's and DGL's examples) or 0.005 (GAT). What is a high
 * constant Adam rate elsewhere is the reference rate there. Told by the project's scripts, which import a graph-learning
 * library, or by the config, which names a benchmark graph as its dataset or is named after one (`configs/cora.yaml`).
 */
import type { Field } from '../classify/classify.js';

/** `import torch_geometric`, `from dgl.nn import GraphConv`, `from ogb.nodeproppred import ...`, OpenGSL, torch_sparse. */
const GRAPH_LIBRARY_IMPORT = /^[ \t]*(?:from|import)[ \t]+(torch_geometric|dgl|ogb|opengsl|torch_sparse|torch_scatter|graphgym|spektral|stellargraph)\b[^\n]*/m;

/**
 * The node- and graph-classification benchmarks of Planetoid, OGB, the heterophily sets (Platonov et al., WebKB,
 * Wikipedia networks), Amazon and Coauthor, and GraphSAINT's.
 */
const GRAPH_BENCHMARK = /^(?:cora(?:[-_]?ml|[-_]?full)?|citeseer|pubmed|ogbn[-_][a-z0-9]+|ogbg[-_][a-z0-9]+|ogbl[-_][a-z0-9]+|amazon[-_]?(?:computers?|photo|ratings)|coauthor[-_]?(?:cs|physics)|roman[-_]empire|minesweeper|tolokers|questions|chameleon|squirrel|actor|film|texas|cornell|wisconsin|wikics|wiki[-_]cs|flickr|reddit2?|ppi|yelp|arxiv[-_]year|genius|penn94|pokec|twitch[-_]gamers)$/i;
/** Keys that name a dataset, and the sections whose `name` does. */
const DATASET_KEYS = new Set(['dataset', 'dataset_name', 'data', 'data_name', 'dataname', 'graph', 'graph_name']);

/** The first line of a script that imports a graph-learning library, as written. */
export function graphLibraryImport(pythonText: string): string | undefined {
  return GRAPH_LIBRARY_IMPORT.exec(pythonText)?.[0].trim();
}

/** Why the config is graph learning on a benchmark graph (`dataset.name: Cora`, `cora.yaml`), or undefined. */
export function graphBenchmark(fields: readonly Field[], filePath: string | undefined): string | undefined {
  for (const f of fields) {
    if (f.value.kind !== 'scalar' || typeof f.value.value !== 'string') continue;
    const named = DATASET_KEYS.has(f.normalized) || (f.normalized === 'name' && f.parent !== undefined && DATASET_KEYS.has(f.parent.normalized));
    if (named && GRAPH_BENCHMARK.test(f.value.value.trim())) return `\`${f.name}: ${f.value.value}\`, a benchmark graph`;
  }
  const stem = filePath?.replace(/\\/g, '/').split('/').pop()?.replace(/\.[^.]+$/, '');
  return stem !== undefined && GRAPH_BENCHMARK.test(stem) ? `the file is named after \`${stem}\`, a benchmark graph` : undefined;
}
