/**
 * JS/TS config objects → ConfigDocument, from an ESTree AST (ESLint's `js/js` language with espree or
 * typescript-eslint's parser, or the CLI's typescript-estree parse). Pure: the caller parses.
 *
 * Each config object found becomes one document of the result, in source order:
 *
 * - `export default {...}` and `module.exports = {...}` (directly, through a `const`, or through a
 *   config factory such as `defineConfig({...})`);
 * - any call of a config factory;
 * - objects annotated with, `satisfies` or `as` a config type (`const c: TrainingConfig = {...}`);
 * - exported `const`s named like a config type (`export const trainingConfig = {...}`): in plain JS the
 *   name is the only mark a config can carry besides `export default`;
 * - the options of TensorFlow.js training calls, one document per model (`model.compile({...})` and
 *   `model.fit(x, y, {...})` together), and `tf.train.*` optimizers not passed to `compile`;
 * - objects the caller found itself (the ESLint plugin's type-aware mode passes every object whose
 *   contextual type is a config interface).
 *
 * Values are evaluated statically (see estree-eval.ts); dynamic parts become `opaque` nodes.
 */
import type { Comment, ConfigDocument, DocumentRoot, DuplicateKey, MapEntry, MapNode, Range } from '../document/types.js';
import type { ParseOutput } from './parse-output.js';
import { EstreeEvaluator } from './estree-eval.js';
import { opensScope, scopeOf, type Scope } from './estree-scope.js';
import { childNodes, rangeOf, type EsNode, type EsProgram } from './estree-types.js';
import { tfjsOptimizer, tfjsTrainingOptions } from './estree-tfjs.js';

export type { EsNode, EsProgram, EsComment } from './estree-types.js';

/** Type names whose objects are configs: mlconfig's generated interfaces are named like these. `*` matches any characters. */
export const DEFAULT_CONFIG_TYPES: readonly string[] = ['*Config', '*Configuration', '*Hyperparameters', '*HParams', '*TrainingArguments', '*TrainingArgs', '*Settings'];

/** Functions whose first argument is a config object. */
export const DEFAULT_CONFIG_FACTORIES: readonly string[] = ['defineConfig', 'defineTrainingConfig'];

export interface EstreeConfigOptions {
  /** Names of config types (`*` wildcards allowed); default DEFAULT_CONFIG_TYPES. */
  readonly configTypes?: readonly string[];
  /** Names of functions whose first argument is a config; default DEFAULT_CONFIG_FACTORIES. */
  readonly configFactories?: readonly string[];
  /** Object expressions to read as configs in addition to the ones found by syntax. */
  readonly extraRoots?: Iterable<EsNode>;
  readonly bom?: boolean;
  readonly filePath?: string;
}

const TYPE_WRAPPERS = new Set(['Partial', 'Readonly', 'Required', 'DeepPartial', 'DeepReadonly']);

export function estreeToDocument(program: EsProgram, text: string, options: EstreeConfigOptions = {}): ParseOutput {
  const finder = new RootFinder(text, options);
  finder.walk(program);
  const roots = finder.build();
  const documents: DocumentRoot[] = roots.map((root, index) => ({ index, root, range: root.range }));
  if (documents.length === 0) documents.push({ index: 0, root: null, range: [0, text.length] });
  const comments: Comment[] = (program.comments ?? []).map((c) => ({ range: rangeOf(c), text: c.value }));
  const document: ConfigDocument = {
    format: 'js',
    text,
    bom: options.bom ?? false,
    documents,
    comments,
    duplicateKeys: uniqueDuplicates(finder.evaluator.duplicateKeys),
    ...(options.filePath !== undefined ? { filePath: options.filePath } : {}),
  };
  return { document, problems: [] };
}

interface Candidate {
  readonly node: EsNode;
  readonly scope: Scope;
}

class RootFinder {
  readonly evaluator: EstreeEvaluator;
  private readonly candidates: Candidate[] = [];
  private readonly training = new Map<string, Candidate[]>();
  private readonly optimizers: Candidate[] = [];
  private readonly typeMatchers: readonly RegExp[];
  private readonly extra: ReadonlySet<EsNode>;

  constructor(
    private readonly text: string,
    options: EstreeConfigOptions,
  ) {
    this.evaluator = new EstreeEvaluator(text, new Set(options.configFactories ?? DEFAULT_CONFIG_FACTORIES));
    this.typeMatchers = (options.configTypes ?? DEFAULT_CONFIG_TYPES).map(configTypePattern);
    this.extra = new Set(options.extraRoots ?? []);
  }

  /** Visits every node once, depth first, with the scope it is in (iteratively: deep ASTs do not exhaust the stack). */
  walk(program: EsProgram): void {
    const stack: Candidate[] = [{ node: program, scope: undefined as unknown as Scope }];
    while (stack.length > 0) {
      const { node, scope: outer } = stack.pop()!;
      const scope = opensScope(node) ? scopeOf(node, outer) : outer;
      this.visit(node, scope);
      const children = childNodes(node);
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], scope });
    }
  }

  private visit(node: EsNode, scope: Scope): void {
    if (this.extra.has(node)) this.candidates.push({ node, scope });
    switch (node.type) {
      case 'ExportDefaultDeclaration':
        this.candidates.push({ node: node.declaration as EsNode, scope });
        break;
      case 'AssignmentExpression':
        if (isModuleExports(node.left as EsNode)) this.candidates.push({ node: node.right as EsNode, scope });
        break;
      case 'ExportNamedDeclaration': {
        const declaration = node.declaration as EsNode | undefined;
        if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const') break;
        for (const d of declaration.declarations as EsNode[]) {
          const id = d.id as EsNode;
          if (d.init && id.type === 'Identifier' && !id.typeAnnotation && this.isConfigName(String(id.name))) this.candidates.push({ node: d.init as EsNode, scope });
        }
        break;
      }
      case 'VariableDeclarator': {
        const annotation = (node.id as EsNode).typeAnnotation as EsNode | undefined;
        if (node.init && annotation && this.isConfigType(annotation.typeAnnotation as EsNode)) this.candidates.push({ node: node.init as EsNode, scope });
        break;
      }
      case 'TSSatisfiesExpression':
      case 'TSAsExpression':
        if (this.isConfigType(node.typeAnnotation as EsNode)) this.candidates.push({ node: node.expression as EsNode, scope });
        break;
      case 'CallExpression': {
        const args = node.arguments as EsNode[];
        if (this.evaluator.isFactory(node) && args[0]) this.candidates.push({ node: args[0], scope });
        const training = tfjsTrainingOptions(node);
        if (training) {
          const list = this.training.get(training.receiver) ?? [];
          list.push({ node: training.options, scope });
          this.training.set(training.receiver, list);
        }
        if (tfjsOptimizer(node)) this.optimizers.push({ node, scope });
        break;
      }
    }
  }

  /**
   * Evaluates the candidates and keeps objects only, each once: an object inside another config (or
   * reached again through a `const`) is part of that config, not a document of its own.
   */
  build(): MapNode[] {
    const roots: MapNode[] = [];
    const taken: Range[] = [];
    const inside = (r: Range): boolean => taken.some((t) => t[0] <= r[0] && r[1] <= t[1]);
    const maps = this.candidates
      .map((c) => this.evaluator.value(c.node, [], c.scope, undefined, 0))
      .filter((v): v is MapNode => v.kind === 'map')
      .sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
    for (const m of maps) {
      if (inside(m.range)) continue;
      roots.push(m);
      taken.push(m.range);
    }
    for (const calls of this.training.values()) {
      const root = this.trainingRoot(calls);
      if (root) roots.push(root);
    }
    for (const c of this.optimizers) {
      if (this.evaluator.consumedCalls.has(c.node) || inside(rangeOf(c.node))) continue;
      const value = this.evaluator.value(c.node, [], c.scope, undefined, 0);
      if (value.kind === 'map') roots.push(value);
    }
    return roots.sort((a, b) => a.range[0] - b.range[0]);
  }

  /** One model's `compile` and `fit` options as one config; later calls override earlier ones. */
  private trainingRoot(calls: readonly Candidate[]): MapNode | undefined {
    const entries: MapEntry[] = [];
    let start = Infinity;
    let end = -Infinity;
    for (const c of calls) {
      const value = this.evaluator.value(c.node, [], c.scope, undefined, 0);
      if (value.kind !== 'map') continue;
      start = Math.min(start, value.range[0]);
      end = Math.max(end, value.range[1]);
      for (const e of value.entries) {
        const idx = entries.findIndex((x) => x.key.value === e.key.value);
        if (idx >= 0) entries.splice(idx, 1);
        entries.push(e);
      }
    }
    if (entries.length === 0) return undefined;
    return { kind: 'map', entries, range: [start, end], path: [], pointer: '' };
  }

  /** `config`, `trainingConfig`, `modelSettings`: a variable named as a config type would be (`Config`, `TrainingConfig`). */
  private isConfigName(name: string): boolean {
    const asType = name.charAt(0).toUpperCase() + name.slice(1);
    return this.typeMatchers.some((re) => re.test(asType));
  }

  private isConfigType(t: EsNode | undefined): boolean {
    if (!t || t.type !== 'TSTypeReference') return false;
    const name = typeName(t.typeName as EsNode);
    if (name !== undefined && this.typeMatchers.some((re) => re.test(name))) return true;
    if (name !== undefined && TYPE_WRAPPERS.has(name)) {
      const args = (t.typeArguments ?? t.typeParameters) as EsNode | undefined;
      return this.isConfigType((args?.params as EsNode[] | undefined)?.[0]);
    }
    return false;
  }
}

/** An object evaluated as a candidate and again inside a larger config records its duplicate keys twice. */
function uniqueDuplicates(dups: readonly DuplicateKey[]): DuplicateKey[] {
  const seen = new Set<string>();
  return dups.filter((d) => {
    const key = `${d.key[0]}:${d.key[1]}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `TrainingConfig`, or the last part of `types.TrainingConfig`. */
function typeName(n: EsNode | undefined): string | undefined {
  if (!n) return undefined;
  if (n.type === 'Identifier') return String(n.name);
  if (n.type === 'TSQualifiedName') return typeName(n.right as EsNode);
  return undefined;
}

function isModuleExports(n: EsNode): boolean {
  return n.type === 'MemberExpression' && !n.computed && (n.object as EsNode).type === 'Identifier' && (n.object as EsNode).name === 'module' && (n.property as EsNode).name === 'exports';
}

/** A config type name with `*` wildcards (`*Config`) as a regular expression. */
export function configTypePattern(glob: string): RegExp {
  return new RegExp('^' + glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
}

