/**
 * yaml-eslint-parser's AST (what eslint-plugin-yml's `yml/yaml` language hands to rules) →
 * ConfigDocument, without parsing the text again.
 *
 * The result must equal what `parseYaml` builds from the same text, so that `mlconfig check` and
 * ESLint report the same lines and columns. We therefore rebuild the nodes the `yaml` composer would
 * have made (scalars with their resolved values, maps, sequences, aliases, with `yaml`'s ranges) and
 * hand them to the same tree builder `parseYaml` uses: aliases, merge keys, anchors, duplicate keys and
 * the alias budget then follow one implementation. What the AST does not say directly is recovered
 * from its ranges plus the source text:
 *
 * - values: yaml-eslint-parser resolves plain scalars for the YAML version it was told (1.1 in our
 *   presets); `parseYaml` keeps the `yaml` package's reading (YAML 1.2 core schema unless a `%YAML 1.1`
 *   directive says otherwise) and `applyLoader` re-reads plain values from `raw` later. We resolve each
 *   scalar with the `yaml` package's own schema tags, as its composer does.
 * - positions: an empty value sits just after its indicator (`:`, `-`, a tag or an anchor) and the
 *   spaces that follow; a block scalar's range takes in the line break after its last line.
 */
import { Alias, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Node as YamlNode, Schema } from 'yaml';
import type { Comment } from '../document/types.js';
import type { ParseOutput } from './parse-output.js';
import { buildYamlDocument, type ComposedYamlDocument } from './yaml.js';
import { resolveScalar, SCHEMAS } from './yaml-ast-scalars.js';
import type { AstConvertOptions, YamlAstAlias, YamlAstDocument, YamlAstMapping, YamlAstNode, YamlAstPair, YamlAstProgram, YamlAstScalar, YamlAstSequence } from './yaml-ast-types.js';

export type * from './yaml-ast-types.js';

// ── Entry point ──

export function yamlAstToDocument(ast: YamlAstProgram, text: string, options: AstConvertOptions = {}): ParseOutput {
  const docs = ast.body.map((doc, i) => new DocumentRebuilder(text, doc).rebuild(ast.body[i + 1]));
  const comments: Comment[] = ast.comments.map((c) => ({ range: [c.range[0], c.range[1]], text: c.value }));
  return buildYamlDocument(docs, text, options.bom ?? false, comments, options.filePath);
}

/** How `yaml` names each scalar style. */
const SCALAR_TYPE: Record<YamlAstScalar['style'], Scalar.Type> = {
  plain: 'PLAIN',
  'single-quoted': 'QUOTE_SINGLE',
  'double-quoted': 'QUOTE_DOUBLE',
  literal: 'BLOCK_LITERAL',
  folded: 'BLOCK_FOLDED',
};

// ── Positions `yaml` gives that the AST does not carry ──

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t';

/** Where `yaml` puts an empty value: right after its indicator and the spaces that follow. */
function emptyPosition(text: string, indicatorEnd: number): number {
  let i = indicatorEnd;
  while (isSpace(text[i])) i++;
  return i;
}

/** The offset after `from`'s line break, when one follows directly. */
function lineBreakAfter(text: string, from: number): number {
  if (text[from] === '\r' && text[from + 1] === '\n') return from + 2;
  if (text[from] === '\n' || text[from] === '\r') return from + 1;
  return from;
}

/** Skips spaces, line breaks and comments from `from`; the offset of the next meaningful character. */
function skipBlank(text: string, from: number, until: number): number {
  let i = from;
  while (i < until) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
    else if (c === '#') while (i < until && text[i] !== '\n' && text[i] !== '\r') i++;
    else break;
  }
  return i;
}

// ── One document's nodes, as the `yaml` composer would have made them ──

class DocumentRebuilder {
  private readonly schema: Schema;
  private readonly version?: '1.1' | '1.2';

  constructor(
    private readonly text: string,
    private readonly doc: YamlAstDocument,
  ) {
    const directive = doc.directives.find((d) => d.kind === 'YAML');
    // `yaml` reads `%YAML 1.1` as 1.1 and any other version as 1.2 (with a warning).
    if (directive) this.version = /^%YAML[ \t]+1\.1(?:[ \t#]|$)/.test(text.slice(directive.range[0], directive.range[1])) ? '1.1' : '1.2';
    this.schema = this.version === '1.1' ? SCHEMAS['1.1'] : SCHEMAS['1.2'];
  }

  rebuild(next: YamlAstDocument | undefined): ComposedYamlDocument {
    const { text, doc } = this;
    const start = this.documentStart();
    const end = next ? next.range[0] : text.length;
    let contents: YamlNode | null = null;
    if (doc.content) contents = this.node(doc.content, false);
    else if (this.hasMarker('---', start)) contents = this.emptyScalar(emptyPosition(text, start + 3));
    else if (this.hasMarker('...', start)) contents = this.emptyScalar(start);
    return {
      contents,
      range: [start, end, end],
      ...(this.version !== undefined ? { directives: { yaml: { explicit: true, version: this.version } } } : {}),
    };
  }

  /** `yaml` starts a document at its `---` marker, else at its first content. */
  private documentStart(): number {
    const { text, doc } = this;
    const from = doc.directives.length > 0 ? doc.directives[doc.directives.length - 1].range[1] : doc.range[0];
    return skipBlank(text, from, doc.range[1]);
  }

  /** A `---` or `...` marker at `at`: a document even without content (a comment-only file has none). */
  private hasMarker(marker: string, at: number): boolean {
    return this.text.startsWith(marker, at) && (at + 3 >= this.text.length || /\s/.test(this.text[at + 3]));
  }

  private node(n: YamlAstNode, atKey: boolean): YamlNode {
    if (n.type === 'YAMLAlias') {
      const alias = new Alias(n.name);
      alias.range = [n.range[0], n.range[1], n.range[1]];
      return alias as unknown as YamlNode;
    }
    const { content, anchor, tag, propsEnd } = unwrap(n);
    let node: YamlNode;
    if (content === null) node = this.emptyScalar(emptyPosition(this.text, propsEnd), tag);
    else if (content.type === 'YAMLScalar') node = this.scalar(content, tag, atKey);
    else if (content.type === 'YAMLMapping') node = this.map(content);
    else node = this.seq(content);
    if (anchor !== undefined) node.anchor = anchor;
    if (tag !== undefined) node.tag = tag;
    return node;
  }

  private scalar(n: YamlAstScalar, tag: string | undefined, atKey: boolean): YamlNode {
    const source = typeof n.strValue === 'string' ? n.strValue : typeof n.value === 'string' ? n.value : String(n.value ?? '');
    const s = new Scalar(resolveScalar(this.schema, source, tag, n.style === 'plain', atKey));
    const block = n.style === 'literal' || n.style === 'folded';
    const end = block ? lineBreakAfter(this.text, n.range[1]) : n.range[1];
    s.range = [n.range[0], end, end];
    s.source = source;
    s.type = SCALAR_TYPE[n.style];
    return s as unknown as YamlNode;
  }

  private emptyScalar(at: number, tag?: string): YamlNode {
    const s = new Scalar(resolveScalar(this.schema, '', tag, true, false));
    s.range = [at, at, at];
    s.source = '';
    s.type = 'PLAIN';
    return s as unknown as YamlNode;
  }

  private map(m: YamlAstMapping): YamlNode {
    const map = new YAMLMap();
    for (const pair of m.pairs) {
      const key = pair.key ? this.node(pair.key, true) : this.emptyScalar(this.emptyKeyPosition(pair));
      let value: YamlNode | null = null;
      if (pair.value) value = this.node(pair.value, false);
      else {
        const colon = this.colonOf(pair);
        if (colon !== undefined) value = this.emptyScalar(emptyPosition(this.text, colon + 1));
      }
      map.items.push(new Pair(key, value) as never);
    }
    const start = this.mapStart(m);
    map.range = [start, Math.max(start, m.range[1]), Math.max(start, m.range[1])];
    if (m.style === 'flow') map.flow = true;
    return map as unknown as YamlNode;
  }

  private seq(s: YamlAstSequence): YamlNode {
    const seq = new YAMLSeq();
    let cursor = s.range[0];
    for (const entry of s.entries) {
      if (entry) {
        seq.items.push(this.node(entry, false));
        cursor = entry.range[1];
      } else {
        // `-` with nothing after it: an empty scalar after the dash.
        const dash = this.text.indexOf('-', skipBlank(this.text, cursor, s.range[1]));
        const at = emptyPosition(this.text, dash < 0 ? cursor : dash + 1);
        seq.items.push(this.emptyScalar(at));
        cursor = dash < 0 ? cursor : dash + 1;
      }
    }
    seq.range = [s.range[0], s.range[1], s.range[1]];
    if (s.style === 'flow') seq.flow = true;
    return seq as unknown as YamlNode;
  }

  /** `yaml` starts a mapping without braces at its `?` or its first key's content, after the key's anchor and tag. */
  private mapStart(m: YamlAstMapping): number {
    const first = m.pairs[0];
    if (m.style === 'flow' && this.text[m.range[0]] === '{') return m.range[0];
    if (!first?.key || this.text[first.range[0]] === '?') return m.range[0];
    if (first.key.type === 'YAMLAlias') return first.key.range[0];
    const { content, propsEnd } = unwrap(first.key);
    return content ? content.range[0] : emptyPosition(this.text, propsEnd);
  }

  /** `: value` with no key: `yaml` puts the empty key right after the `[`, `{`, `,` or `?` before it. */
  private emptyKeyPosition(pair: YamlAstPair): number {
    let i = pair.range[0] - 1;
    while (i >= 0 && /\s/.test(this.text[i])) i--;
    const c = this.text[i];
    if (c === '?') return emptyPosition(this.text, i + 1);
    return c === '[' || c === '{' || c === ',' ? i + 1 : pair.range[0];
  }

  /** Offset of a pair's `:`, when it has one (`? key` alone, or `{a, b}`, has none). */
  private colonOf(pair: YamlAstPair): number | undefined {
    const from = pair.key ? pair.key.range[1] : pair.range[0];
    const i = skipBlank(this.text, from, pair.range[1]);
    return this.text[i] === ':' ? i : undefined;
  }
}

interface Unwrapped {
  readonly content: YamlAstMapping | YamlAstSequence | YamlAstScalar | null;
  readonly anchor?: string;
  readonly tag?: string;
  /** Where the node's anchor and tag end. */
  readonly propsEnd: number;
}

function unwrap(n: Exclude<YamlAstNode, YamlAstAlias>): Unwrapped {
  if (n.type !== 'YAMLWithMeta') return { content: n, propsEnd: n.range[0] };
  const propsEnd = Math.max(n.anchor?.range[1] ?? -1, n.tag?.range[1] ?? -1);
  // yaml-eslint-parser reads the non-specific tag `!` as `!!str`; `yaml` keeps it as `!`.
  const tag = n.tag ? (n.tag.raw === '!' ? '!' : n.tag.tag) : undefined;
  return { content: n.value, propsEnd, ...(n.anchor ? { anchor: n.anchor.name } : {}), ...(tag ? { tag } : {}) };
}

