/**
 * Type-aware mode (rule option `typeAware: true`, TS files with typed linting): every object literal
 * whose contextual type is a config interface is a config, whatever the variable, parameter or
 * property it is written in. typescript-eslint's parser services map each ESTree node to its
 * TypeScript node; the type checker gives the type the object is written against.
 *
 * `@typescript-eslint/utils` is loaded on first use only, so users who never turn the option on
 * need neither it nor TypeScript.
 */
import { createRequire } from 'node:module';
import { configTypePattern, type EsNode } from '@mlconfig/core';

export interface TypedRuleContext {
  readonly sourceCode: {
    readonly text: string;
    readonly ast: unknown;
    readonly parserServices?: Readonly<Record<string, unknown>>;
    readonly visitorKeys?: Readonly<Record<string, readonly string[]>>;
    readonly hasBOM?: boolean;
  };
}

/** The parts of TypeScript's `Type` we read. */
interface TsType {
  readonly aliasSymbol?: { readonly name: string };
  readonly aliasTypeArguments?: readonly TsType[];
  readonly types?: readonly TsType[];
  getSymbol(): { readonly name: string } | undefined;
  isUnionOrIntersection(): boolean;
}

interface TypeServices {
  readonly program: { getTypeChecker(): { getContextualType(node: unknown): TsType | undefined } };
  readonly esTreeNodeToTSNodeMap: { get(node: unknown): unknown };
}

type GetParserServices = (context: unknown, allowWithoutFullTypeInformation?: boolean) => TypeServices;

const require = createRequire(import.meta.url);
let getParserServices: GetParserServices | undefined;

function loadParserServices(): GetParserServices {
  if (getParserServices) return getParserServices;
  try {
    const utils = require('@typescript-eslint/utils') as { ESLintUtils: { getParserServices: GetParserServices } };
    getParserServices = utils.ESLintUtils.getParserServices;
    return getParserServices;
  } catch (err) {
    throw new Error(
      'eslint-plugin-mlconfig: the `typeAware` option needs typescript-eslint (`npm install --save-dev typescript-eslint typescript`) ' +
        `and typed linting (\`languageOptions.parserOptions.projectService: true\`). Loading @typescript-eslint/utils failed: ${(err as Error).message}`,
    );
  }
}

/** Wrappers whose first type argument is the config type (`Partial<TrainingConfig>`). */
const WRAPPERS = new Set(['Partial', 'Readonly', 'Required', 'DeepPartial', 'DeepReadonly']);

export function typeAwareRoots(context: TypedRuleContext, configTypes: readonly string[]): EsNode[] {
  // Throws typescript-eslint's own explanation when the file was parsed without type information.
  const services = loadParserServices()(context, false);
  const checker = services.program.getTypeChecker();
  const matchers = configTypes.map(configTypePattern);
  const roots: EsNode[] = [];
  const keys = context.sourceCode.visitorKeys ?? {};
  const stack: unknown[] = [context.sourceCode.ast];
  while (stack.length > 0) {
    const node = stack.pop() as EsNode;
    if (node.type === 'ObjectExpression') {
      const type = checker.getContextualType(services.esTreeNodeToTSNodeMap.get(node));
      if (type && isConfigType(type, matchers, 0)) roots.push(node);
    }
    for (const key of keys[node.type] ?? []) {
      const child = node[key];
      if (Array.isArray(child)) {
        for (const c of child) if (c && typeof c === 'object') stack.push(c);
      } else if (child && typeof child === 'object') stack.push(child);
    }
  }
  return roots;
}

function isConfigType(type: TsType, matchers: readonly RegExp[], depth: number): boolean {
  if (depth > 5) return false;
  const names = [type.aliasSymbol?.name, type.getSymbol()?.name].filter((n): n is string => n !== undefined);
  if (names.some((n) => matchers.some((re) => re.test(n)))) return true;
  if (type.aliasSymbol && WRAPPERS.has(type.aliasSymbol.name) && type.aliasTypeArguments?.[0]) return isConfigType(type.aliasTypeArguments[0], matchers, depth + 1);
  // `TrainingConfig | undefined`, `TrainingConfig & Extra`.
  if (type.isUnionOrIntersection() && type.types) return type.types.some((t) => isConfigType(t, matchers, depth + 1));
  return false;
}
