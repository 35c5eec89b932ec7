/**
 * `mlconfig check` on TS/JS configs: the built CLI, spawned, on real files. It reads them with
 * typescript-estree and core's ESTree evaluator (the ESLint plugin's reader), when they are named on
 * the command line or listed in the settings' `files`; walking a project still picks YAML, JSON and
 * TOML only.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

let dir: string | undefined;

function project(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'mlconfig-cli-ts-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

interface JsonResult {
  relativePath: string;
  diagnostics: { ruleId: string; line: number; column: number; message: string }[];
}

function check(cwd: string, args: string[]): { code: number | null; results: JsonResult[]; stderr: string } {
  const run = runCli(['check', '--format', 'json', ...args], { cwd });
  return { code: run.code, results: JSON.parse(run.stdout || '[]') as JsonResult[], stderr: run.stderr };
}

const brief = (results: JsonResult[]): string[] => results.flatMap((r) => r.diagnostics.map((d) => `${r.relativePath}:${d.line}:${d.column} ${d.ruleId}`));

const TS_CONFIG = "import type { TrainingConfig } from './types';\n\nexport const config: TrainingConfig = { optimizer: { lr: -0.1 }, epochs: 3 };\n";
const CJS_CONFIG = "const dropout = 1.5;\nmodule.exports = { model: { dropout }, epochs: 3, learning_rate: 0.0001 };\n";

describe('mlconfig check on TS/JS configs', () => {
  it('checks TS and CommonJS configs named on the command line', () => {
    const cwd = project({ 'train.config.ts': TS_CONFIG, 'legacy.config.cjs': CJS_CONFIG });
    const { code, results } = check(cwd, ['train.config.ts', 'legacy.config.cjs']);
    expect(brief(results)).toEqual(['legacy.config.cjs:1:17 dropout-range', 'train.config.ts:3:58 lr-non-negative']);
    expect(code).toBe(1);
  });

  it('reports a syntax error at its position and checks the other files', () => {
    const cwd = project({ 'broken.ts': 'export default {\n  lr: 0.1,,\n};\n', 'train.config.ts': TS_CONFIG });
    const { results } = check(cwd, ['broken.ts', 'train.config.ts']);
    expect(brief(results)).toEqual(['broken.ts:2:11 parse-error', 'train.config.ts:3:58 lr-non-negative']);
    expect(results[0].diagnostics[0].message).toMatch(/\.$/);
  });

  it('checks TS configs listed in the settings when no paths are given, and no other source files', () => {
    const cwd = project({
      '.mlconfigrc.json': JSON.stringify({ files: ['configs/*.ts'] }),
      'configs/run.ts': TS_CONFIG,
      'src/model.ts': 'export default { optimizer: { lr: -1 }, epochs: 3 };\n',
      'configs/train.yaml': 'num_train_epochs: 3\nlearning_rate: -0.1\n',
    });
    expect(brief(check(cwd, []).results)).toEqual(['configs/run.ts:3:58 lr-non-negative', 'configs/train.yaml:2:16 lr-non-negative']);
  });

  it('says so, as an info, when a named file holds no config object, and reads an exported const named as one', () => {
    const cwd = project({
      'helpers.ts': 'export function scale(lr: number): number { return lr * 2; }\nconst trainingConfig = { lr: -1 };\n',
      'run.config.ts': 'export const trainingConfig = { learning_rate: -0.1, epochs: 3 };\n',
    });
    const { code, results } = check(cwd, ['helpers.ts', 'run.config.ts']);
    expect(brief(results)).toEqual(['helpers.ts:1:1 no-config-object', 'run.config.ts:1:48 lr-non-negative']);
    expect(results[0].diagnostics[0].message).toBe('No config object found in this file; nothing in it was checked.');
    expect(code).toBe(1);
    // Alone it is an info: the run passes.
    expect(check(cwd, ['helpers.ts']).code).toBe(0);
  });

  it('says nothing of a staged file without config objects under --only-training-configs (lint-staged)', () => {
    const cwd = project({ 'configs/run.ts': TS_CONFIG, 'src/util.ts': 'export const two = 2;\n' });
    expect(brief(check(cwd, ['--only-training-configs', 'configs/run.ts', 'src/util.ts']).results)).toEqual(['configs/run.ts:3:58 lr-non-negative']);
    // A `files` glob names its files as configs: one without a config object is said once.
    const listed = project({ '.mlconfigrc.json': JSON.stringify({ files: ['configs/*.ts'] }), 'configs/run.ts': TS_CONFIG, 'configs/util.ts': 'export const two = 2;\n' });
    expect(brief(check(listed, []).results)).toEqual(['configs/run.ts:3:58 lr-non-negative', 'configs/util.ts:1:1 no-config-object']);
  });

  it('still refuses Python configs, which are executed rather than parsed', () => {
    const cwd = project({ 'config.py': 'lr = 0.1\n' });
    const { results } = check(cwd, ['config.py']);
    expect(results[0].diagnostics.map((d) => [d.ruleId, d.message])).toEqual([['unsupported-file', 'Unsupported file type .py; mlconfig check reads YAML, JSON, TOML and TS/JS configs.']]);
  });
});
