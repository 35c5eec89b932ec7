/**
 * TOML → ConfigDocument, with `toml-eslint-parser` (the parser behind eslint-plugin-toml).
 *
 * It is the TOML parser that keeps exact ranges for keys, values, tables and comments, and it
 * rejects what TOML 1.0 rejects (duplicate keys included). TOML tables are written flat
 * (`[optimizer]`, `[[runs]]`, dotted keys) but mean a tree; we rebuild the tree here so rules see
 * `optimizer.lr` the same way in TOML, YAML and JSON.
 */
import { parseTOML } from 'toml-eslint-parser';
import type { AST } from 'toml-eslint-parser';
import type { Comment, ConfigDocument, ConfigNode, MapEntry, PathSegment, Range, ScalarNode } from '../document/types.js';
import { childPath, toPointer } from '../document/pointer.js';
import type { ParseOutput } from './parse-output.js';
import { findDeepNesting, nestingTooDeep } from './nesting.js';
import { MAX_DEPTH } from './yaml.js';
import { explainConflictMarkers } from './conflict-markers.js';

interface MapBuilder {
  kind: 'map';
  range: [number, number];
  entries: { key: ScalarNode; value: Builder }[];
  byName: Map<string, Builder>;
}
interface SeqBuilder {
  kind: 'seq';
  range: [number, number];
  items: Builder[];
}
type Builder = MapBuilder | SeqBuilder | { kind: 'done'; node: ConfigNode };

export function parseToml(text: string, bom: boolean, filePath?: string): ParseOutput {
  // TOML forbids a carriage return that does not start a CRLF, anywhere; toml-eslint-parser lets it pass.
  const bareCr = text.search(/\r(?!\n)/);
  if (bareCr >= 0) return { problems: [{ message: 'A carriage return must be followed by a line feed in TOML.', range: [bareCr, bareCr + 1], code: 'TOML' }] };
  let ast: AST.TOMLProgram;
  try {
    ast = parseTOML(text, { tomlVersion: '1.0.0' });
  } catch (err) {
    // The parser recurses per nesting level; hostile input runs it out of stack.
    if (err instanceof RangeError && /call stack/i.test(err.message)) return { problems: [nestingTooDeep(Math.max(0, findDeepNesting(text, MAX_DEPTH)), MAX_DEPTH)] };
    const e = err as { message?: string; index?: number };
    const at = typeof e.index === 'number' ? Math.min(Math.max(e.index, 0), text.length) : 0;
    const message = String(e.message ?? err).replace(/\s*\(\d+:\d+\)$/, '');
    return { problems: explainConflictMarkers(text, [{ message: /[.!?]$/.test(message) ? message : message + '.', range: [at, at], code: 'TOML' }], 'TOML') };
  }
  return buildTomlDocument(ast, text, bom, filePath);
}

/** The tree rules see, from toml-eslint-parser's AST (the ESLint plugin passes eslint-plugin-toml's; see toml-ast.ts). */
export function buildTomlDocument(ast: AST.TOMLProgram, text: string, bom: boolean, filePath?: string): ParseOutput {
  const builder = new TomlTreeBuilder(text);
  const root = builder.newMap([0, text.length]);
  for (const top of ast.body) {
    for (const item of top.body) {
      if (item.type === 'TOMLKeyValue') builder.keyValue(root, item, []);
      else builder.table(root, item);
    }
  }
  const comments: Comment[] = ast.comments.map((c) => ({ range: [c.range[0], c.range[1]], text: c.value }));
  const document: ConfigDocument = {
    format: 'toml',
    text,
    bom,
    documents: [{ index: 0, root: builder.finish(root, []), range: [0, text.length] }],
    comments,
    duplicateKeys: [],
    ...(filePath !== undefined ? { filePath } : {}),
  };
  return { document, problems: [] };
}

class TomlTreeBuilder {
  constructor(private readonly text: string) {}

  newMap(range: Range): MapBuilder {
    return { kind: 'map', range: [range[0], range[1]], entries: [], byName: new Map() };
  }

  table(root: MapBuilder, table: AST.TOMLTable): void {
    const keys = table.resolvedKey;
    let current: MapBuilder = root;
    const keyRanges = table.key.keys.map((k) => k.range);
    for (let i = 0; i < keys.length; i++) {
      const name = keys[i];
      if (typeof name === 'number') continue; // array-table index, handled with its name below
      const nextIsIndex = typeof keys[i + 1] === 'number';
      const keyRange = keyRanges[Math.min(i, keyRanges.length - 1)] ?? table.range;
      const isLast = i === keys.length - 1 || (nextIsIndex && i + 1 === keys.length - 1);
      const tableRange: Range = isLast ? [table.range[0], table.range[1]] : [keyRange[0], keyRange[1]];
      if (nextIsIndex) {
        let seq = current.byName.get(name);
        if (!seq || seq.kind !== 'seq') {
          seq = { kind: 'seq', range: [table.range[0], table.range[1]], items: [] };
          this.set(current, name, keyRange, seq);
        }
        const index = keys[i + 1] as number;
        let item = seq.items[index];
        if (!item) {
          item = this.newMap(tableRange);
          seq.items[index] = item;
        }
        seq.range[1] = Math.max(seq.range[1], table.range[1]);
        if (item.kind !== 'map') return;
        current = item;
      } else {
        let next = current.byName.get(name);
        if (!next || next.kind !== 'map') {
          next = this.newMap(tableRange);
          this.set(current, name, keyRange, next);
        } else if (isLast) {
          // A super-table declared after its sub-tables (`[a.b]` then `[a]`) starts here.
          next.range[0] = Math.min(next.range[0], table.range[0]);
          next.range[1] = Math.max(next.range[1], table.range[1]);
        }
        current = next;
      }
    }
    for (const kv of table.body) this.keyValue(current, kv, []);
  }

  keyValue(target: MapBuilder, kv: AST.TOMLKeyValue, _path: PathSegment[]): void {
    const parts = kv.key.keys;
    let current = target;
    for (let i = 0; i < parts.length - 1; i++) {
      const name = keyName(parts[i]);
      let next = current.byName.get(name);
      if (!next || next.kind !== 'map') {
        next = this.newMap([parts[i].range[0], kv.range[1]]);
        this.set(current, name, parts[i].range, next);
      } else next.range[1] = Math.max(next.range[1], kv.range[1]);
      current = next;
    }
    const last = parts[parts.length - 1];
    this.set(current, keyName(last), last.range, this.value(kv.value));
  }

  private value(v: AST.TOMLContentNode): Builder {
    if (v.type === 'TOMLArray') {
      return { kind: 'seq', range: [v.range[0], v.range[1]], items: v.elements.map((e) => this.value(e)) };
    }
    if (v.type === 'TOMLInlineTable') {
      const map = this.newMap(v.range);
      for (const kv of v.body) this.keyValue(map, kv, []);
      return map;
    }
    let value: ScalarNode['value'];
    if (v.kind === 'integer') value = Number.isSafeInteger(v.value) ? v.value : v.bigint;
    else if (v.kind === 'float' || v.kind === 'string' || v.kind === 'boolean') value = v.value;
    else value = this.text.slice(v.range[0], v.range[1]); // dates and times: keep their text
    const scalar: ScalarNode = { kind: 'scalar', value, raw: this.text.slice(v.range[0], v.range[1]), style: 'toml', range: [v.range[0], v.range[1]], path: [], pointer: '' };
    return { kind: 'done', node: scalar };
  }

  private set(map: MapBuilder, name: string, keyRange: Range, value: Builder): void {
    const key: ScalarNode = { kind: 'scalar', value: name, raw: this.text.slice(keyRange[0], keyRange[1]), style: 'toml', range: [keyRange[0], keyRange[1]], path: [], pointer: '' };
    map.byName.set(name, value);
    map.entries.push({ key, value });
  }

  /** Turns builders into immutable nodes with their final paths. */
  finish(b: Builder, path: PathSegment[]): ConfigNode {
    const pointer = toPointer(path);
    if (b.kind === 'done') return { ...b.node, path, pointer } as ConfigNode;
    if (b.kind === 'seq') {
      const items = b.items.map((item, i) => this.finish(item, childPath(path, i)));
      return { kind: 'seq', items, range: b.range, path, pointer };
    }
    const entries: MapEntry[] = b.entries.map(({ key, value }) => {
      const keyPath = childPath(path, String(key.value));
      const node = this.finish(value, keyPath);
      const k: ScalarNode = { ...key, path: keyPath, pointer: node.pointer };
      return { key: k, value: node, range: [key.range[0], Math.max(key.range[1], node.range[1])], origin: 'explicit' };
    });
    return { kind: 'map', entries, range: b.range, path, pointer };
  }
}

function keyName(k: AST.TOMLBare | AST.TOMLQuoted): string {
  return k.type === 'TOMLBare' ? k.name : k.value;
}
