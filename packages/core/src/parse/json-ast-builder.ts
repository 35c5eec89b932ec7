/**
 * The tree `parseJson` (json.ts) builds, from another parser's JSON AST: objects, arrays and literals
 * with their ranges, keys as written, the last of duplicate keys winning, and comments. The ESLint
 * plugin's converters for @eslint/json (json-ast.ts) and eslint-plugin-jsonc (jsonc-ast.ts) describe
 * their nodes through a small adapter and share this builder, so both give what `mlconfig check` gives.
 */
import type { Comment, ConfigDocument, ConfigNode, DuplicateKey, MapEntry, ParseProblem, PathSegment, Range, ScalarNode, ScalarValue } from '../document/types.js';
import { childPath, toPointer } from '../document/pointer.js';
import type { ParseOutput } from './parse-output.js';
import { nestingTooDeep } from './nesting.js';
import { MAX_DEPTH } from './yaml.js';
import { exactInteger } from './json.js';

/** One node of the foreign AST, described in JSON's terms. */
export type JsonAstView<N> =
  | { readonly kind: 'object'; readonly range: Range; readonly members: readonly { readonly name: string; readonly keyRange: Range; readonly value: N }[] }
  | { readonly kind: 'array'; readonly range: Range; readonly elements: readonly N[] }
  | { readonly kind: 'scalar'; readonly range: Range; readonly value: ScalarValue }
  /** Syntax beyond JSON (a JSON5 extension the tree cannot hold, an expression in `jsonc/x`). */
  | { readonly kind: 'opaque'; readonly range: Range; readonly reason: string };

export interface JsonBuildOptions {
  readonly format: 'json' | 'jsonc';
  readonly bom?: boolean;
  readonly filePath?: string;
}

export function buildJsonDocument<N>(root: N | null, view: (node: N) => JsonAstView<N>, text: string, comments: readonly Comment[], options: JsonBuildOptions): ParseOutput {
  const builder = new JsonTreeBuilder(text, view);
  const tree = root === null ? null : builder.node(root, [], 1);
  if (builder.problems.length > 0) return { problems: builder.problems.slice(0, 1) };
  const document: ConfigDocument = {
    format: options.format,
    text,
    bom: options.bom ?? false,
    documents: [{ index: 0, root: tree, range: [0, text.length] }],
    comments: [...comments],
    duplicateKeys: builder.duplicateKeys,
    ...(options.filePath !== undefined ? { filePath: options.filePath } : {}),
  };
  return { document, problems: [] };
}

/** `// text` → ` text`, `/* text *\/` → ` text `, as json.ts records comments. */
export function jsonComment(text: string, range: Range): Comment {
  const raw = text.slice(range[0], range[1]);
  return { range, text: raw.startsWith('//') ? raw.slice(2) : raw.slice(2, -2) };
}

class JsonTreeBuilder<N> {
  readonly problems: ParseProblem[] = [];
  readonly duplicateKeys: DuplicateKey[] = [];

  constructor(
    private readonly text: string,
    private readonly view: (node: N) => JsonAstView<N>,
  ) {}

  /** `depth` counts open objects and arrays, the way json.ts counts its stack. */
  node(n: N, path: PathSegment[], depth: number): ConfigNode {
    const v = this.view(n);
    const pointer = toPointer(path);
    const range: Range = [v.range[0], v.range[1]];
    if (v.kind === 'scalar') {
      const raw = this.text.slice(range[0], range[1]);
      // The ASTs hold numbers as doubles; keep integers beyond 2^53 exact, as parseJson (and json.load) does.
      return { kind: 'scalar', value: exactInteger(v.value, raw), raw, style: 'json', range, path, pointer };
    }
    if (v.kind === 'opaque') return { kind: 'opaque', raw: this.text.slice(range[0], range[1]), reason: v.reason, range, path, pointer };
    if (depth > MAX_DEPTH) {
      if (this.problems.length === 0) this.problems.push(nestingTooDeep(range[0], MAX_DEPTH));
      return { kind: 'opaque', raw: '', reason: 'nested too deeply', range, path, pointer };
    }
    if (v.kind === 'array') return { kind: 'seq', items: v.elements.map((e, i) => this.node(e, childPath(path, i), depth + 1)), range, path, pointer };
    const entries: MapEntry[] = [];
    const seen = new Map<string, Range>();
    for (const m of v.members) {
      const keyPath = childPath(path, m.name);
      const keyRange: Range = [m.keyRange[0], m.keyRange[1]];
      const key: ScalarNode = { kind: 'scalar', value: m.name, raw: this.text.slice(keyRange[0], keyRange[1]), style: 'json', range: keyRange, path: keyPath, pointer: toPointer(keyPath) };
      const value = this.node(m.value, keyPath, depth + 1);
      const first = seen.get(m.name);
      if (first) {
        this.duplicateKeys.push({ name: m.name, path: keyPath, key: keyRange, first });
        const idx = entries.findIndex((e) => e.key.value === m.name);
        if (idx >= 0) entries.splice(idx, 1); // the last value wins, as in json.load and JSON.parse
      } else seen.set(m.name, keyRange);
      entries.push({ key, value, range: [keyRange[0], value.range[1]], origin: 'explicit' });
    }
    return { kind: 'map', entries, range, path, pointer };
  }
}
