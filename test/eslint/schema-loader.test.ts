/**
 * The plugin's loader for mlconfig's built-in JSON Schemas (what `mlconfig/schema-validation` checks
 * files against inside ESLint): the copies the build puts in the plugin's `dist/schemas/`, compiled
 * with ajv, and a clear problem instead of an exception when a schema is not there. It imports the
 * built module (`npm run build` first; `npm test` does), whose `schemas/` sits next to it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinSchemaLoader, createBuiltinSchemaLoader } from '../../packages/eslint-plugin/dist/schema-loader.js';
import { REPO_ROOT } from '../helpers/paths.js';

const empty = mkdtempSync(join(tmpdir(), 'mlconfig-no-schemas-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

describe('the ESLint plugin\'s built-in schema loader', () => {
  it('compiles the built-in DeepSpeed schema from the repository and validates with it', () => {
    const load = createBuiltinSchemaLoader(pathToFileURL(join(REPO_ROOT, 'schemas') + '/'));
    const result = load('mlconfig:deepspeed');
    expect(result.problem).toBeUndefined();
    expect(result.validator?.builtin).toBe(true);
    expect(result.validator?.source).toBe('schemas/deepspeed.schema.json');
    expect(result.validator?.validate({ zero_optimization: { stage: 3 } })).toEqual([]);
    expect(result.validator?.validate({ zero_optimization: { stage: 4 } }).map((e) => e.instancePath)).toContain('/zero_optimization/stage');
    // axolotl's schema refers to the DeepSpeed schema by file name.
    expect(load('mlconfig:axolotl').problem).toBeUndefined();
  });

  it('finds the copies the build puts next to the built plugin', () => {
    expect(builtinSchemaLoader()('mlconfig:hf-training-arguments').validator?.name).toBe('HfTrainingArguments');
  });

  it('explains schemas it cannot use instead of throwing', () => {
    const load = createBuiltinSchemaLoader(pathToFileURL(empty + '/'));
    expect(load('mlconfig:deepspeed').problem).toMatch(/^schemas\/deepspeed\.schema\.json could not be loaded \(.*\); reinstall eslint-plugin-mlconfig$/);
    expect(load('configs/run.schema.json').problem).toMatch(/^configs\/run\.schema\.json is not one of mlconfig's built-in schemas \(mlconfig:axolotl, .*\), the only ones eslint-plugin-mlconfig reads$/);
  });
});
