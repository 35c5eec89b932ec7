/** Visiting every node of a document, keys included, for rules about how YAML text is read. */
import type { ConfigDocument, ConfigNode, ScalarNode } from '../document/types.js';
import { RecentMemo } from '../util/recent-memo.js';

export interface Visit {
  readonly node: ConfigNode;
  /** The mapping key this node is the value of, if any. */
  readonly key?: ScalarNode;
}

/** Several rules walk each document; the list is made once per document. */
const VISITS = new RecentMemo<ConfigDocument, readonly Visit[]>();

/** Every node once, outermost first. Nodes reached through a YAML alias are skipped: they are reported where they are written. */
export function walkNodes(doc: ConfigDocument): readonly Visit[] {
  return VISITS.getOrMake(doc, collectVisits);
}

function collectVisits(doc: ConfigDocument): Visit[] {
  const out: Visit[] = [];
  const stack: Visit[] = [];
  for (let i = doc.documents.length - 1; i >= 0; i--) {
    const root = doc.documents[i].root;
    if (root) stack.push({ node: root });
  }
  while (stack.length > 0) {
    const visit = stack.pop()!;
    if (visit.node.viaAlias) continue;
    out.push(visit);
    const { node } = visit;
    if (node.kind === 'map') {
      for (let i = node.entries.length - 1; i >= 0; i--) stack.push({ node: node.entries[i].value, key: node.entries[i].key });
    } else if (node.kind === 'seq') {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i] });
    }
  }
  return out;
}
