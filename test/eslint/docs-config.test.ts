/**
 * The complete eslint.config.js in docs/eslint-plugin.md, as a user would copy it: written into a
 * project with YAML, JSON, TOML and TS configs and linted by ESLint, which loads it from disk. Each
 * part of it must do what the page says.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.js';

const page = readFileSync(join(REPO_ROOT, 'docs', 'eslint-plugin.md'), 'utf8');
const config = /```js\n(\/\/ eslint\.config\.js\n[\s\S]*?)```/.exec(page)?.[1];

const FILES: Record<string, string> = {
  'package.json': '{ "type": "module" }',
  'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', noEmit: true }, include: ['src/**/*.ts'] }),
  // Advice (strict only): epochs are ignored when max_steps is set.
  'configs/hf.yaml': 'per_device_train_batch_size: 8\nlr_scheduler_type: cosine\nnum_train_epochs: 3\nmax_steps: 100\n',
  'experiments/hf.yaml': 'per_device_train_batch_size: 8\nlr_scheduler_type: cosine\nnum_train_epochs: 3\nmax_steps: 100\n',
  // A TRL GRPO recipe: 4 per device × 2 accumulation × 8 processes (the worldSize setting) = 64 completions, not whole groups of 6.
  'recipes/grpo.yaml': 'per_device_train_batch_size: 4\ngradient_accumulation_steps: 2\nnum_generations: 6\nmax_completion_length: 1024\nlearning_rate: 1.0e-06\nlr_scheduler_type: cosine\n',
  // The same recipe outside `recipes/`: no world size is set, so the generation batch is unknown and nothing is reported.
  'configs/grpo.yaml': 'per_device_train_batch_size: 4\ngradient_accumulation_steps: 2\nnum_generations: 6\nmax_completion_length: 1024\nlearning_rate: 1.0e-06\nlr_scheduler_type: cosine\n',
  'configs/ds.json': '{"train_batch_size": 33, "train_micro_batch_size_per_gpu": 4, "gradient_accumulation_steps": 2}\n',
  'configs/titan.toml': '[training]\nsteps = 100\n[lr_scheduler]\nwarmup_steps = 200\n',
  'src/types.ts': 'export interface RunSpec { lr: number; epochs: number }\n',
  'src/launch.ts': "import type { RunSpec } from './types.js';\nexport function launch(spec: RunSpec): void { void spec; }\nlaunch({ lr: -0.1, epochs: 3 });\n",
};

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlconfig-docs-config-'));
  for (const [name, text] of Object.entries({ ...FILES, 'eslint.config.js': config ?? '' })) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the eslint.config.js of docs/eslint-plugin.md', () => {
  it('is on the page', () => {
    expect(config).toContain("import mlconfig from 'eslint-plugin-mlconfig';");
  });

  it('lints YAML, JSON, TOML and TS configs as the page describes', async () => {
    const eslint = new ESLint({ cwd: dir });
    const results = await eslint.lintFiles(['.']);
    const found = results
      .flatMap((r) => r.messages.map((m) => `${r.filePath.slice(dir.length + 1)}:${m.line}:${m.column} ${m.ruleId}`))
      .sort();
    expect(found).toEqual([
      'configs/ds.json:1:22 mlconfig/batch-triad',
      'configs/titan.toml:4:16 mlconfig/warmup-longer-than-run',
      'experiments/hf.yaml:3:19 mlconfig/epochs-and-max-steps',
      'recipes/grpo.yaml:1:30 mlconfig/grpo-batch-divisible',
      'src/launch.ts:3:14 mlconfig/lr-non-negative',
    ]);
  }, 120_000);
});
