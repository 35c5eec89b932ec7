/**
 * Heavy libraries load only when needed: `mlconfig check` loads ajv only once a file's framework (or
 * a settings mapping) calls for a schema, and never loads json-schema-to-typescript.
 * Runs the CLI in-process and looks at Node's module cache (ajv is CommonJS, loaded with require).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../packages/cli/src/main.js';
import type { Io } from '../../packages/cli/src/io/io.js';

const loaded = (pkg: string): boolean => Object.keys(createRequire(import.meta.url).cache).some((p) => p.includes(`/node_modules/${pkg}/`));

describe('lazy loading of schema libraries', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlconfig-lazy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
  writeFileSync(join(dir, 'train.yaml'), 'learning_rate: 0.001\nbatch_size: 32\nepochs: 10\n');
  writeFileSync(join(dir, 'ds_config.json'), '{ "train_micro_batch_size_per_gpu": 4, "zero_optimization": { "stage": 3, "offload_param": { "device": "gpu" } } }\n');
  let out = '';
  const io: Io = { cwd: dir, env: {}, isTTY: false, stdout: (t) => void (out += t), stderr: (t) => void (out += t) };

  it('does not load ajv for a config no schema applies to', async () => {
    expect(loaded('ajv')).toBe(false);
    await main(['check', 'train.yaml'], io);
    expect(out).toContain('No problems found in 1 file');
    expect(loaded('ajv')).toBe(false);
  });

  it('loads ajv when a detected framework has a schema, and still not json-schema-to-typescript', async () => {
    out = '';
    await main(['check', 'ds_config.json'], io);
    expect(out).toContain('`zero_optimization.offload_param.device` must be one of "none", "cpu" or "nvme", not the string "gpu"');
    expect(loaded('ajv')).toBe(true);
    expect(loaded('json-schema-to-typescript')).toBe(false);
  });
});
