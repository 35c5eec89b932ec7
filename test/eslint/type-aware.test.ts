/**
 * Type-aware mode: with `typeAware: true` and typed linting, every object whose contextual type is a
 * config interface is checked, whatever it is called or wherever it is written (a function argument,
 * an array element), here through an interface imported from a generated types module. Real files on
 * disk, typescript-eslint's project service and the TypeScript type checker.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mlconfig from 'eslint-plugin-mlconfig';

const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', noEmit: true }, include: ['**/*.ts'] }),
  'package.json': '{ "type": "module" }',
  // What `mlconfig types` generates from a schema (named like the generated interfaces).
  'types/generated.ts': [
    'export interface TrainingConfig {',
    '  optimizer: { name: string; lr: number };',
    '  dropout?: number;',
    '}',
    'export interface RunSpec { lr: number }',
    '',
  ].join('\n'),
  'src/launch.ts': [
    "import type { TrainingConfig as Cfg, RunSpec } from '../types/generated.js';",
    '',
    'function launch(config: Cfg): void {',
    '  void config;',
    '}',
    '',
    "launch({ optimizer: { name: 'sgd', lr: -0.5 }, dropout: 1.5 });",
    "const sweep: Cfg[] = [{ optimizer: { name: 'sgd', lr: -3 } }];",
    'const spec: RunSpec = { lr: -2 };',
    'export { sweep, spec };',
    '',
  ].join('\n'),
};

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlconfig-type-aware-'));
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function lint(ruleOptions: Record<string, unknown>, typed = true): Promise<Linter.LintMessage[]> {
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        plugins: { mlconfig: mlconfig as never },
        languageOptions: { parser: tseslint.parser as never, parserOptions: typed ? { projectService: true, tsconfigRootDir: dir } : {} },
        rules: { 'mlconfig/lr-non-negative': ['error', ruleOptions], 'mlconfig/dropout-range': ['error', ruleOptions] },
      },
    ],
  });
  const [result] = await eslint.lintFiles(['src/launch.ts']);
  return result.messages;
}

const brief = (ms: readonly Linter.LintMessage[]): string[] => ms.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId} ${m.message}`);

describe('type-aware mode', () => {
  it('finds nothing by syntax alone: no object here is annotated, exported or passed to a factory', async () => {
    expect(brief(await lint({}))).toEqual([]);
  });

  it('checks every object whose contextual type is an imported config interface, whatever its name', async () => {
    expect(brief(await lint({ typeAware: true }))).toEqual([
      '7:40-7:44 mlconfig/lr-non-negative Learning rate -0.5 is negative.',
      '7:57-7:60 mlconfig/dropout-range Dropout 1.5 is outside [0, 1].',
      '8:55-8:57 mlconfig/lr-non-negative Learning rate -3 is negative.',
    ]);
  }, 60_000);

  it('takes the interface names from the rule options', async () => {
    expect(brief(await lint({ typeAware: true, configTypes: ['Run*'] }))).toEqual(['9:29-9:31 mlconfig/lr-non-negative Learning rate -2 is negative.']);
  }, 60_000);

  it('says what is missing when the file was parsed without type information', async () => {
    await expect(lint({ typeAware: true }, false)).rejects.toThrow(/type information|parserOptions/);
  }, 60_000);
});
