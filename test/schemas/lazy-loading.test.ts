/**
 * Heavy libraries load only when needed: `mlconfig check` validates against a built-in schema with
 * the validator precompiled at build time (never ajv's compiler), loads ajv only for a user's own
 * schema, and never loads json-schema-to-typescript.
 * Runs the CLI in-process and looks at Node's module cache (ajv is CommonJS, loaded with require).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../packages/cli/src/main.js';
import type { Io } from '../../packages/cli/src/io/io.js';

const cached = (): string[] => Object.keys(createRequire(import.meta.url).cache);
const loaded = (pkg: string): boolean => cached().some((p) => p.includes(`/node_modules/${pkg}/`));
/** ajv's schema compiler (its code generator), as opposed to the small runtime helpers a precompiled validator requires. */
const compilerLoaded = (): boolean => cached().some((p) => /\/node_modules\/ajv\/dist\/(core|compile\/index)\.js$/.test(p));

describe('lazy loading of schema libraries', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlconfig-lazy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
  writeFileSync(join(dir, 'train.yaml'), 'learning_rate: 0.001\nbatch_size: 32\nepochs: 10\n');
  writeFileSync(join(dir, 'ds_config.json'), '{ "train_micro_batch_size_per_gpu": 4, "zero_optimization": { "stage": 3, "offload_param": { "device": "gpu" } } }\n');
  writeFileSync(join(dir, 'own.schema.json'), JSON.stringify({ type: 'object', properties: { epochs: { type: 'integer', minimum: 1 } } }));
  writeFileSync(join(dir, 'own.yaml'), 'epochs: 0\n');
  writeFileSync(join(dir, '.mlconfigrc.json'), JSON.stringify({ schemas: [{ files: ['own.yaml'], schema: 'own.schema.json' }] }));
  let out = '';
  const io: Io = { cwd: dir, env: {}, isTTY: false, stdout: (t) => void (out += t), stderr: (t) => void (out += t) };

  it('does not load ajv for a config no schema applies to', async () => {
    expect(loaded('ajv')).toBe(false);
    await main(['check', 'train.yaml'], io);
    expect(out).toContain('No problems found in 1 file');
    expect(loaded('ajv')).toBe(false);
  });

  it('validates against a built-in schema with its precompiled validator, without ajv\'s compiler', async () => {
    out = '';
    await main(['check', 'ds_config.json'], io);
    expect(out).toContain('`zero_optimization.offload_param.device` must be one of "none", "cpu" or "nvme", not the string "gpu"');
    expect(cached().some((p) => p.endsWith('/dist/validators/deepspeed.schema.cjs'))).toBe(true);
    expect(compilerLoaded()).toBe(false);
    expect(loaded('json-schema-to-typescript')).toBe(false);
  });

  it('compiles a user schema with ajv, and still never loads json-schema-to-typescript', async () => {
    out = '';
    await main(['check', 'own.yaml'], io);
    expect(out).toMatch(/epochs/);
    expect(compilerLoaded()).toBe(true);
    expect(loaded('json-schema-to-typescript')).toBe(false);
  });
});
