/**
 * End to end: a small project in a temporary folder (eslint.config.js with the plugin's strict
 * preset, YAML, JSON, JSONC, TOML and TS configs with known problems), linted by the real `eslint`
 * binary and by the real `mlconfig check --format json`. Both must report the same findings: rule
 * ids, messages, lines and columns (start and end).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

const ESLINT_BIN = join(REPO_ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');

const FILES: Record<string, string> = {
  'package.json': '{ "name": "e2e-project", "private": true, "type": "module" }\n',
  'eslint.config.js': `import mlconfig from 'eslint-plugin-mlconfig';\n\nexport default [...mlconfig.configs.strict];\n`,
  'configs/finetune.yaml': [
    '# HF Trainer fine-tuning run',
    'model_name_or_path: meta-llama/Llama-3.2-1B',
    'learning_rate: 2e-4',
    'num_train_epochs: 3',
    'max_steps: 500',
    'per_device_train_batch_size: 4',
    'gradient_accumulation_steps: 8',
    'lr_scheduler_type: constant',
    'warmup_steps: 50',
    'warmup_ratio: 0.03',
    'weight_decay: -0.1',
    'fp16: true',
    'bf16: true',
    'load_best_model_at_end: true',
    'eval_strategy: epoch',
    'save_strategy: steps',
    '# mlconfig-disable-next-line dropout-range',
    'dropout: 1.5',
    '',
  ].join('\n'),
  'configs/ds_config.json': JSON.stringify(
    {
      train_batch_size: 66,
      train_micro_batch_size_per_gpu: 4,
      gradient_accumulation_steps: 4,
      optimizer: { type: 'Adam', params: { lr: -1e-4, betas: [0.9, 1.01], weight_decay: 0.01 } },
      zero_optimization: { stage: 2 },
    },
    null,
    2,
  ) + '\n',
  'configs/sweep.jsonc': [
    '{',
    '  // a trial of the sweep',
    '  "optimizer": { "name": "sgd", "lr": 0.5, "momentum": 1.2 },',
    '  "epochs": 30, /* long */',
    '  "dropout": -0.2',
    '}',
    '',
  ].join('\n'),
  'configs/titan.toml': [
    '[job]',
    'dump_folder = "./outputs"',
    '',
    '[optimizer]',
    'name = "AdamW"',
    'lr = -8e-4',
    '',
    '[lr_scheduler]',
    'warmup_steps = 200',
    '',
    '[training]',
    'local_batch_size = 8',
    'steps = 100',
    '',
  ].join('\n'),
  'src/train.config.ts': [
    "import type { TrainingConfig } from './types';",
    '',
    'const BASE_LR = 0.01;',
    '',
    'export default {',
    "  optimizer: { type: 'adam', lr: BASE_LR, weight_decay: 0.01 },",
    '  epochs: 10,',
    '  dropout: 1.5,',
    '} satisfies TrainingConfig;',
    '',
  ].join('\n'),
  'src/types.ts': 'export interface TrainingConfig { optimizer: { type: string; lr: number; weight_decay?: number }; epochs: number; dropout?: number }\n',
  'src/tfjs-train.ts': [
    "import * as tf from '@tensorflow/tfjs';",
    '',
    'const LEARNING_RATE = -0.001;',
    '',
    'export async function train(model: tf.LayersModel, xs: tf.Tensor, ys: tf.Tensor): Promise<void> {',
    "  model.compile({ optimizer: tf.train.adam(LEARNING_RATE, 0.9, 1.5), loss: 'categoricalCrossentropy' });",
    '  await model.fit(xs, ys, { epochs: 20, batchSize: 64, validationSplit: 0.1 });',
    '}',
    '',
  ].join('\n'),
};

const CONFIG_FILES = ['configs/finetune.yaml', 'configs/ds_config.json', 'configs/sweep.jsonc', 'configs/titan.toml', 'src/train.config.ts', 'src/tfjs-train.ts'];

interface Finding {
  readonly file: string;
  readonly ruleId: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

let dir: string;
let eslintFindings: Finding[];
let cliFindings: Finding[];
let eslintRun: { code: number | null; stderr: string };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlconfig-eslint-e2e-'));
  for (const [name, text] of Object.entries(FILES)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  // The project resolves eslint, the language plugins and eslint-plugin-mlconfig (a workspace link) from the repository.
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');

  const eslint = spawnSync(process.execPath, [ESLINT_BIN, '--format', 'json', '--no-warn-ignored', ...CONFIG_FILES], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  eslintRun = { code: eslint.status, stderr: eslint.stderr };
  eslintFindings = (JSON.parse(eslint.stdout || '[]') as { filePath: string; messages: { ruleId: string | null; message: string; line: number; column: number; endLine: number; endColumn: number }[] }[]).flatMap((r) =>
    r.messages.map((m) => ({ file: relativeTo(dir, r.filePath), ruleId: String(m.ruleId).replace(/^mlconfig\//, ''), message: m.message, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn })),
  );

  const cli = runCli(['check', '--preset', 'strict', '--format', 'json', ...CONFIG_FILES], { cwd: dir, timeout: 120_000 });
  cliFindings = (JSON.parse(cli.stdout) as { relativePath: string; diagnostics: { ruleId: string; message: string; line: number; column: number; endLine: number; endColumn: number }[] }[]).flatMap((r) =>
    r.diagnostics.map((d) => ({ file: r.relativePath, ruleId: d.ruleId, message: d.message, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn })),
  );
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const sorted = (fs: readonly Finding[]): Finding[] => [...fs].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));

describe('eslint and mlconfig check on the same project', () => {
  it('runs eslint to completion with problems found (exit code 1, nothing on stderr)', () => {
    expect(eslintRun.stderr).toBe('');
    expect(eslintRun.code).toBe(1);
  });

  it('finds problems in every file, in every format', () => {
    for (const file of CONFIG_FILES) expect(cliFindings.filter((f) => f.file === file).length, file).toBeGreaterThan(0);
    expect(cliFindings.length).toBeGreaterThanOrEqual(20);
  });

  it('reports the same rule ids, messages, lines and columns', () => {
    expect(sorted(eslintFindings)).toEqual(sorted(cliFindings));
  });

  it('honours mlconfig-disable comments in both', () => {
    const yaml = FILES['configs/finetune.yaml'].split('\n');
    const dropoutLine = yaml.findIndex((l) => l.startsWith('dropout:')) + 1;
    for (const findings of [eslintFindings, cliFindings]) expect(findings.filter((f) => f.file === 'configs/finetune.yaml' && f.line === dropoutLine)).toEqual([]);
  });
});

function relativeTo(base: string, path: string): string {
  return path.startsWith(base + '/') ? path.slice(base.length + 1) : path;
}
