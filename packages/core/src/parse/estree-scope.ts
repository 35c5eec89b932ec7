/**
 * Just enough scope analysis for the static evaluator: which `const` an identifier refers to.
 *
 * A name resolves only to a `const` with an initializer, found in the enclosing blocks. Anything
 * else that binds the name on the way out (a parameter, `let`, `var`, a function, a class, an
 * import) makes the value unknown: such bindings can change or come from elsewhere, and mlconfig
 * never guesses.
 */
import type { EsNode } from './estree-types.js';

export type Binding = { readonly kind: 'const'; readonly init: EsNode; readonly id: EsNode; readonly scope: Scope } | { readonly kind: 'other' };
type NewBinding = { readonly kind: 'const'; readonly init: EsNode; readonly id: EsNode } | { readonly kind: 'other' };

export class Scope {
  private readonly bindings = new Map<string, Binding>();

  constructor(readonly parent: Scope | undefined) {}

  declare(name: string, binding: NewBinding): void {
    // A name declared twice in one block is an error in JS (or a `var`); never resolve it.
    const existing = this.bindings.get(name);
    this.bindings.set(name, existing ? { kind: 'other' } : binding.kind === 'const' ? { ...binding, scope: this } : binding);
  }

  lookup(name: string): Binding | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const b = s.bindings.get(name);
      if (b) return b;
    }
    return undefined;
  }
}

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'TSDeclareFunction']);
const BLOCKS = new Set(['Program', 'BlockStatement', 'StaticBlock', 'TSModuleBlock', 'SwitchStatement', 'ForStatement', 'ForInStatement', 'ForOfStatement', 'CatchClause']);

/** Whether `node` opens a new scope. */
export function opensScope(node: EsNode): boolean {
  return FUNCTIONS.has(node.type) || BLOCKS.has(node.type);
}

/** The scope `node` opens, with the names declared directly in it. */
export function scopeOf(node: EsNode, parent: Scope | undefined): Scope {
  const scope = new Scope(parent);
  if (FUNCTIONS.has(node.type)) {
    for (const p of (node.params as EsNode[] | undefined) ?? []) for (const name of patternNames(p)) scope.declare(name, { kind: 'other' });
    const body = node.body as EsNode | undefined;
    if (body?.type === 'BlockStatement') declareStatements(scope, body.body as EsNode[]);
    return scope;
  }
  if (node.type === 'CatchClause' && node.param) for (const name of patternNames(node.param as EsNode)) scope.declare(name, { kind: 'other' });
  if (node.type === 'SwitchStatement') for (const c of node.cases as EsNode[]) declareStatements(scope, c.consequent as EsNode[]);
  else if (node.type === 'ForStatement' || node.type === 'ForInStatement' || node.type === 'ForOfStatement') {
    const init = (node.init ?? node.left) as EsNode | undefined;
    if (init?.type === 'VariableDeclaration') declareStatements(scope, [init], true);
  } else declareStatements(scope, ((node.body as EsNode[] | undefined) ?? []).filter(Boolean));
  return scope;
}

function declareStatements(scope: Scope, statements: readonly EsNode[], loopHead = false): void {
  for (const raw of statements) {
    const s = raw.type === 'ExportNamedDeclaration' && raw.declaration ? (raw.declaration as EsNode) : raw;
    if (s.type === 'VariableDeclaration') {
      for (const d of s.declarations as EsNode[]) {
        const id = d.id as EsNode;
        const init = d.init as EsNode | null | undefined;
        if (s.kind === 'const' && !loopHead && id.type === 'Identifier' && init) scope.declare(String(id.name), { kind: 'const', init, id });
        else for (const name of patternNames(id)) scope.declare(name, { kind: 'other' });
      }
    } else if ((s.type === 'FunctionDeclaration' || s.type === 'ClassDeclaration' || s.type === 'TSEnumDeclaration') && s.id) {
      scope.declare(String((s.id as EsNode).name), { kind: 'other' });
    } else if (s.type === 'ImportDeclaration') {
      for (const spec of s.specifiers as EsNode[]) scope.declare(String((spec.local as EsNode).name), { kind: 'other' });
    }
  }
}

/** The names a binding pattern declares (`{ a, b: [c] }` → a, c). */
function patternNames(p: EsNode | null | undefined): string[] {
  if (!p) return [];
  switch (p.type) {
    case 'Identifier':
      return [String(p.name)];
    case 'AssignmentPattern':
      return patternNames(p.left as EsNode);
    case 'RestElement':
      return patternNames(p.argument as EsNode);
    case 'TSParameterProperty':
      return patternNames(p.parameter as EsNode);
    case 'ArrayPattern':
      return (p.elements as (EsNode | null)[]).flatMap((e) => patternNames(e));
    case 'ObjectPattern':
      return (p.properties as EsNode[]).flatMap((prop) => patternNames((prop.type === 'RestElement' ? prop : prop.value) as EsNode));
    default:
      return [];
  }
}
