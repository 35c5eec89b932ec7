/**
 * Static evaluation of JS/TS config values into ConfigNodes: literals, `const` references, simple
 * arithmetic, string concatenation, template literals without expressions, object spreads of known
 * objects, and TF.js optimizer factories. Everything else (calls, conditions, run-time values)
 * becomes an `opaque` node that says why: mlconfig never guesses a value.
 *
 * Values reached through a `const` (or a spread) keep the range of the text that defines them, so a
 * finding lands where the number is written, and carry `viaAlias`: where it is used, as YAML aliases do.
 */
import type { ConfigNode, DuplicateKey, MapEntry, PathSegment, Range, ScalarNode, ScalarValue } from '../document/types.js';
import { childPath, toPointer } from '../document/pointer.js';
import { MAX_DEPTH } from './yaml.js';
import type { Scope } from './estree-scope.js';
import { rangeOf, unwrapExpression, type EsNode } from './estree-types.js';
import { tfjsOptimizer } from './estree-tfjs.js';

/**
 * Nodes built through `const` references and spreads before evaluation stops, as YAML's alias budget:
 * each reference copies the value, so a few lines can multiply out to millions of nodes. Real configs
 * copy a few hundred at most.
 */
export const EVALUATION_BUDGET = 10_000;

export class EstreeEvaluator {
  readonly duplicateKeys: DuplicateKey[] = [];
  /** TF.js optimizer calls already evaluated as part of a config. */
  readonly consumedCalls = new Set<EsNode>();
  private budget = EVALUATION_BUDGET;
  private readonly resolving = new Set<EsNode>();

  constructor(
    private readonly text: string,
    /** Calls whose first argument is the config itself (`defineConfig({...})`). */
    private readonly factories: ReadonlySet<string>,
  ) {}

  value(node: EsNode, path: PathSegment[], scope: Scope, via: Range | undefined, depth: number): ConfigNode {
    const e = unwrapExpression(node);
    const base = { range: rangeOf(e), path, pointer: pointerOf(path), ...(via ? { viaAlias: via } : {}) };
    if (via && --this.budget < 0) return this.opaque(e, base, 'the file refers to the same values too many times to evaluate');
    if (depth > MAX_DEPTH) return this.opaque(e, base, 'nested too deeply');
    switch (e.type) {
      case 'Literal':
        return this.literal(e, base);
      case 'TemplateLiteral': {
        const quasis = e.quasis as EsNode[];
        if ((e.expressions as EsNode[]).length > 0) return this.opaque(e, base, 'a template literal with expressions is built at run time');
        const cooked = (quasis[0]?.value as { cooked?: string | null } | undefined)?.cooked;
        return typeof cooked === 'string' ? this.scalar(cooked, base) : this.opaque(e, base, 'an invalid template literal');
      }
      case 'UnaryExpression':
      case 'BinaryExpression':
        return this.arithmetic(e, base, scope, depth);
      case 'Identifier':
        return this.identifier(e, path, scope, via, depth);
      case 'MemberExpression':
        return this.member(e, path, scope, via, depth);
      case 'ObjectExpression':
        return this.object(e, base, path, scope, via, depth);
      case 'ArrayExpression':
        return this.array(e, base, path, scope, via, depth);
      case 'CallExpression':
        return this.call(e, base, path, scope, via, depth);
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
        return this.opaque(e, base, 'a function');
      default:
        return this.opaque(e, base, `${describe(e.type)} is evaluated at run time`);
    }
  }

  private literal(e: EsNode, base: NodeBase): ConfigNode {
    if (e.regex !== undefined) return this.opaque(e, base, 'a regular expression');
    if (typeof e.bigint === 'string') return this.scalar(BigInt(e.bigint), base);
    const v = e.value;
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return this.scalar(v, base);
    return this.opaque(e, base, 'a literal mlconfig cannot read');
  }

  /** `-1`, `+2`, `!true`, `1e-3 * 4`, `'a' + 'b'`: computed when every operand is known. */
  private arithmetic(e: EsNode, base: NodeBase, scope: Scope, depth: number): ConfigNode {
    const operands = e.type === 'UnaryExpression' ? [e.argument as EsNode] : [e.left as EsNode, e.right as EsNode];
    const values: ScalarValue[] = [];
    for (const o of operands) {
      const v = this.value(o, [], scope, undefined, depth + 1);
      if (v.kind !== 'scalar') return this.opaque(e, base, v.kind === 'opaque' ? v.reason : 'an operand is not a number or string');
      values.push(v.value);
    }
    const result = e.type === 'UnaryExpression' ? unary(String(e.operator), values[0]) : binary(String(e.operator), values[0], values[1]);
    return result === undefined ? this.opaque(e, base, `the ${String(e.operator)} operator on these values is not evaluated`) : this.scalar(result, base);
  }

  private identifier(e: EsNode, path: PathSegment[], scope: Scope, via: Range | undefined, depth: number): ConfigNode {
    const name = String(e.name);
    const binding = scope.lookup(name);
    const base = { range: rangeOf(e), path, pointer: pointerOf(path), ...(via ? { viaAlias: via } : {}) };
    if (!binding) {
      if (name === 'Infinity') return this.scalar(Infinity, base);
      if (name === 'NaN') return this.scalar(NaN, base);
      if (name === 'undefined') return this.opaque(e, base, '`undefined`');
      return this.opaque(e, base, `\`${name}\` is not a constant defined in this file`);
    }
    if (binding.kind !== 'const') return this.opaque(e, base, `\`${name}\` can change at run time`);
    if (this.resolving.has(binding.init)) return this.opaque(e, base, `\`${name}\` refers to itself`);
    this.resolving.add(binding.init);
    try {
      return this.value(binding.init, path, binding.scope, via ?? rangeOf(e), depth + 1);
    } finally {
      this.resolving.delete(binding.init);
    }
  }

  /** `CONFIG.optimizer.lr`: the property's own definition, when the object is a known literal. */
  private member(e: EsNode, path: PathSegment[], scope: Scope, via: Range | undefined, depth: number): ConfigNode {
    const base = { range: rangeOf(e), path, pointer: pointerOf(path), ...(via ? { viaAlias: via } : {}) };
    const target = this.resolveProperty(e, scope, depth);
    if (!target) return this.opaque(e, base, 'the property is not a constant defined in this file');
    return this.value(target.node, path, target.scope, via ?? rangeOf(e), depth + 1);
  }

  private resolveProperty(e: EsNode, scope: Scope, depth: number): { node: EsNode; scope: Scope } | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const key = this.propertyName(e, scope, depth);
    if (key === undefined) return undefined;
    const owner = this.resolveObject(e.object as EsNode, scope, depth + 1);
    if (!owner) return undefined;
    const obj = owner.node;
    if (obj.type === 'ArrayExpression') {
      const item = (obj.elements as (EsNode | null)[])[Number(key)];
      return item && item.type !== 'SpreadElement' && /^\d+$/.test(key) ? { node: item, scope: owner.scope } : undefined;
    }
    // The last definition wins; a spread after it could override it with something unknown.
    const props = obj.properties as EsNode[];
    for (let i = props.length - 1; i >= 0; i--) {
      const p = props[i];
      if (p.type !== 'Property') return undefined;
      if (this.keyName(p, owner.scope, depth) === key) return p.kind === 'init' ? { node: p.value as EsNode, scope: owner.scope } : undefined;
    }
    return undefined;
  }

  /** The object or array literal an expression stands for, following `const`s and property reads. */
  private resolveObject(n: EsNode, scope: Scope, depth: number): { node: EsNode; scope: Scope } | undefined {
    const e = unwrapExpression(n);
    if (e.type === 'ObjectExpression' || e.type === 'ArrayExpression') return { node: e, scope };
    if (e.type === 'Identifier') {
      const b = scope.lookup(String(e.name));
      if (b?.kind !== 'const' || this.resolving.has(b.init)) return undefined;
      this.resolving.add(b.init);
      try {
        return this.resolveObject(b.init, b.scope, depth + 1);
      } finally {
        this.resolving.delete(b.init);
      }
    }
    if (e.type === 'MemberExpression') {
      const inner = this.resolveProperty(e, scope, depth + 1);
      return inner ? this.resolveObject(inner.node, inner.scope, depth + 1) : undefined;
    }
    if (e.type === 'CallExpression' && this.isFactory(e)) {
      const arg = (e.arguments as EsNode[])[0];
      return arg ? this.resolveObject(arg, scope, depth + 1) : undefined;
    }
    return undefined;
  }

  private propertyName(e: EsNode, scope: Scope, depth: number): string | undefined {
    const property = e.property as EsNode;
    if (!e.computed) return property.type === 'Identifier' ? String(property.name) : undefined;
    const v = this.value(property, [], scope, undefined, depth + 1);
    return v.kind === 'scalar' && (typeof v.value === 'string' || typeof v.value === 'number') ? String(v.value) : undefined;
  }

  /** A property's key as a name: `lr`, `'lr'`, `1`, `[KEY]` with a known constant. */
  private keyName(p: EsNode, scope: Scope, depth: number): string | undefined {
    const key = p.key as EsNode;
    if (!p.computed) {
      if (key.type === 'Identifier') return String(key.name);
      if (key.type === 'Literal') return String(key.value);
      return undefined;
    }
    const v = this.value(key, [], scope, undefined, depth + 1);
    return v.kind === 'scalar' && (typeof v.value === 'string' || typeof v.value === 'number') ? String(v.value) : undefined;
  }

  private object(e: EsNode, base: NodeBase, path: PathSegment[], scope: Scope, via: Range | undefined, depth: number): ConfigNode {
    const entries: MapEntry[] = [];
    const explicit = new Map<string, Range>();
    const put = (entry: MapEntry): void => {
      const name = String(entry.key.value);
      const idx = entries.findIndex((x) => String(x.key.value) === name);
      if (idx >= 0) entries.splice(idx, 1); // later properties override earlier ones, as in JS
      entries.push(entry);
    };
    for (const p of e.properties as EsNode[]) {
      if (p.type === 'SpreadElement') {
        this.spread(p, path, scope, via, depth).forEach(put);
        continue;
      }
      if (p.type !== 'Property') continue;
      const keyNode = p.key as EsNode;
      const keyRange = rangeOf(keyNode);
      const name = this.keyName(p, scope, depth) ?? this.text.slice(keyRange[0], keyRange[1]);
      const keyPath = extend(path, name);
      const key: ScalarNode = { kind: 'scalar', value: name, raw: this.text.slice(keyRange[0], keyRange[1]), style: 'js', range: keyRange, path: keyPath, pointer: pointerOf(keyPath), ...(via ? { viaAlias: via } : {}) };
      const value: ConfigNode =
        p.kind !== 'init' || p.method
          ? this.opaque(p.value as EsNode, { range: rangeOf(p.value as EsNode), path: keyPath, pointer: pointerOf(keyPath), ...(via ? { viaAlias: via } : {}) }, 'a method or accessor')
          : this.value(p.value as EsNode, keyPath, scope, via, depth + 1);
      const first = explicit.get(name);
      if (first && !via) this.duplicateKeys.push({ name, path: keyPath, key: keyRange, first });
      if (!first) explicit.set(name, keyRange);
      const end = value.viaAlias && value.viaAlias !== via ? value.viaAlias[1] : value.range[1];
      put({ key, value, range: [keyRange[0], Math.max(keyRange[1], end)], origin: 'explicit' });
    }
    return { kind: 'map', entries, ...base };
  }

  /** `...base`: the known object's entries, marked as merged; an unknown spread stays visible as an opaque entry. */
  private spread(p: EsNode, path: PathSegment[], scope: Scope, via: Range | undefined, depth: number): MapEntry[] {
    const arg = p.argument as EsNode;
    const at = rangeOf(p);
    const copy = this.resolveObject(arg, scope, depth + 1) ? this.value(arg, path, scope, via ?? at, depth + 1) : undefined;
    if (copy?.kind === 'map') return copy.entries.map((entry) => ({ ...entry, origin: 'merge' as const }));
    const name = this.text.slice(at[0], at[1]);
    const keyPath = extend(path, name);
    const key: ScalarNode = { kind: 'scalar', value: name, raw: name, style: 'js', range: at, path: keyPath, pointer: pointerOf(keyPath) };
    const value = this.opaque(arg, { range: rangeOf(arg), path: keyPath, pointer: pointerOf(keyPath) }, 'a spread of values mlconfig cannot see');
    return [{ key, value, range: at, origin: 'merge' }];
  }

  private array(e: EsNode, base: NodeBase, path: PathSegment[], scope: Scope, via: Range | undefined, depth: number): ConfigNode {
    const items: ConfigNode[] = [];
    let cursor = base.range[0] + 1;
    for (const el of e.elements as (EsNode | null)[]) {
      const itemPath = extend(path, items.length);
      if (!el) {
        items.push({ kind: 'scalar', value: null, raw: '', style: 'js', range: [cursor, cursor], path: itemPath, pointer: pointerOf(itemPath) });
        continue;
      }
      cursor = rangeOf(el)[1];
      items.push(el.type === 'SpreadElement'
        ? this.opaque(el, { range: rangeOf(el), path: itemPath, pointer: pointerOf(itemPath) }, 'a spread of values mlconfig cannot see')
        : this.value(el, itemPath, scope, via, depth + 1));
    }
    return { kind: 'seq', items, ...base };
  }

  private call(e: EsNode, base: NodeBase, path: PathSegment[], scope: Scope, via: Range | undefined, depth: number): ConfigNode {
    const args = e.arguments as EsNode[];
    if (this.isFactory(e) && args[0]) return this.value(args[0], path, scope, via, depth + 1);
    const optimizer = tfjsOptimizer(e);
    if (!optimizer) return this.opaque(e, base, 'a function call is evaluated at run time');
    this.consumedCalls.add(e);
    const nameRange = rangeOf(optimizer.nameNode);
    const entry = (name: string, range: Range, value: ConfigNode): MapEntry => {
      const keyPath = extend(path, name);
      const key: ScalarNode = { kind: 'scalar', value: name, raw: name, style: 'js', range, path: keyPath, pointer: pointerOf(keyPath), ...(via ? { viaAlias: via } : {}) };
      return { key, value, range: [range[0], Math.max(range[1], value.range[1])], origin: 'explicit' };
    };
    const classPath = extend(path, 'className');
    const entries: MapEntry[] = [
      entry('className', nameRange, { kind: 'scalar', value: optimizer.name, raw: optimizer.name, style: 'js', range: nameRange, path: classPath, pointer: pointerOf(classPath), ...(via ? { viaAlias: via } : {}) }),
    ];
    optimizer.params.forEach((param, i) => {
      const arg = args[i];
      if (!arg || arg.type === 'SpreadElement') return;
      entries.push(entry(param, rangeOf(arg), this.value(arg, extend(path, param), scope, via, depth + 1)));
    });
    return { kind: 'map', entries, ...base };
  }

  isFactory(call: EsNode): boolean {
    const callee = unwrapExpression(call.callee as EsNode);
    return callee.type === 'Identifier' && this.factories.has(String(callee.name));
  }

  private scalar(value: ScalarValue, base: NodeBase): ScalarNode {
    return { kind: 'scalar', value, raw: this.text.slice(base.range[0], base.range[1]), style: 'js', ...base };
  }

  private opaque(e: EsNode, base: NodeBase, reason: string): ConfigNode {
    const r = rangeOf(e);
    return { kind: 'opaque', raw: this.text.slice(r[0], r[1]), reason, ...base };
  }
}

/**
 * A child's JSON pointer is its parent's plus one segment: a value reached through many references
 * builds many deep paths, and computing each pointer from scratch would cost depth² work. The pointer
 * rides on the path array as a hidden (non-enumerable) property.
 */
const POINTER = Symbol('pointer');
type Path = PathSegment[] & { [POINTER]?: string };

function extend(path: PathSegment[], segment: PathSegment): PathSegment[] {
  const child: Path = childPath(path, segment);
  Object.defineProperty(child, POINTER, { value: pointerOf(path) + toPointer([segment]), enumerable: false });
  return child;
}

function pointerOf(path: PathSegment[]): string {
  return (path as Path)[POINTER] ?? toPointer(path);
}

type NodeBase = { readonly range: Range; readonly path: PathSegment[]; readonly pointer: string; readonly viaAlias?: Range };

function unary(op: string, v: ScalarValue): ScalarValue | undefined {
  if (op === '-' && typeof v === 'number') return -v;
  if (op === '-' && typeof v === 'bigint') return -v;
  if (op === '+' && typeof v === 'number') return v;
  if (op === '!' && typeof v === 'boolean') return !v;
  return undefined;
}

function binary(op: string, a: ScalarValue, b: ScalarValue): ScalarValue | undefined {
  if (op === '+' && (typeof a === 'string' || typeof b === 'string') && isConcatenable(a) && isConcatenable(b)) return String(a) + String(b);
  if (typeof a !== 'number' || typeof b !== 'number') return undefined;
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '%':
      return a % b;
    case '**':
      return a ** b;
    default:
      return undefined;
  }
}

function isConcatenable(v: ScalarValue): boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/** `ConditionalExpression` → "a conditional expression". */
function describe(type: string): string {
  const words = type.replace(/^TS/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return (/^[aeiou]/.test(words) ? 'an ' : 'a ') + words;
}
