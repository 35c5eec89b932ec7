/**
 * `defineConfig()` from @mlconfig/types in a real `mlconfig.config.ts`, loaded by the built CLI
 * (cosmiconfig compiles the TypeScript and imports it, so `@mlconfig/types` must resolve at run time).
 * The project lives under the repository's node_modules/.cache so that the workspace package resolves.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

describe('defineConfig in mlconfig.config.ts', () => {
  const cache = join(REPO_ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'mlconfig-define-config-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('applies typed settings: a schema mapping and the rule options', () => {
    mkdirSync(join(dir, 'ds'));
    writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
    writeFileSync(join(dir, 'mlconfig.config.ts'), [
      "import { defineConfig } from '@mlconfig/types';",
      '',
      'export default defineConfig({',
      "  rules: { 'schema-validation': ['error', { unknownKeys: 'all' }] },",
      "  schemas: [{ files: 'ds/*.json', schema: 'mlconfig:deepspeed' }],",
      '});',
      '',
    ].join('\n'));
    writeFileSync(join(dir, 'ds', 'config.json'), '{ "train_micro_batch_size_per_gpu": 4, "launcher_flag": true }\n');
    const run = runCli(['check', 'ds/config.json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/ds\/config\.json:1:40 +error +Unknown key `launcher_flag`\. +schema-validation/);
    expect(run.code).toBe(1);
  });
});
