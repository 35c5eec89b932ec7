/**
 * `mlconfig check --fix` / `--fix-dry-run` end to end: the built CLI on real files, asserting the
 * bytes written (comments, CRLF line endings, BOM, quoting untouched), idempotence, atomic writes
 * (mode kept, links kept, no temporary files), and that suggestions are never applied.
 */
import { chmodSync, lstatSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeProject } from '../output/project.js';

const CRLF_INPUT = [
  '# Fine-tune recipe (PyYAML reads this file)',
  'model_name_or_path: meta-llama/Llama-3-8B   # base model',
  'learning_rate: 2e-5  # peak LR',
  'weight_decay: 1E-2',
  'optim: adamw_torch',
  'num_train_epochs: 3',
  'per_device_train_batch_size: 8',
  'lr_scheduler_type: cosine',
  'warmup_ratio: 0.03',
  'adam:',
  '  eps: 1e-8    # keep this comment',
  '  quoted: "1e-4"',
  '  already: 1.0e-4',
  '',
].join('\r\n');

const CRLF_EXPECTED = [
  '# Fine-tune recipe (PyYAML reads this file)',
  'model_name_or_path: meta-llama/Llama-3-8B   # base model',
  'learning_rate: 2.0e-5  # peak LR',
  'weight_decay: 1.0E-2',
  'optim: adamw_torch',
  'num_train_epochs: 3',
  'per_device_train_batch_size: 8',
  'lr_scheduler_type: cosine',
  'warmup_ratio: 0.03',
  'adam:',
  '  eps: 1.0e-8    # keep this comment',
  '  quoted: "1e-4"',
  '  already: 1.0e-4',
  '',
].join('\r\n');

let project: ReturnType<typeof makeProject> | undefined;
afterEach(() => project?.remove());

const bytes = (path: string): Buffer => readFileSync(path);

describe('check --fix', () => {
  it('fixes YAML with comments and CRLF line endings byte for byte, and a second run changes nothing', () => {
    project = makeProject({ 'train.yaml': CRLF_INPUT });
    const file = join(project.dir, 'train.yaml');
    const first = runCli(['check', '--fix', 'train.yaml'], { cwd: project.dir });
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('mlconfig: fixed 3 problems in 1 file.\n');
    expect(first.stdout).toBe('✔ No problems found in 1 file.\n');
    expect(bytes(file).equals(Buffer.from(CRLF_EXPECTED, 'utf8'))).toBe(true);

    const mtime = statSync(file).mtimeMs;
    const second = runCli(['check', '--fix', 'train.yaml'], { cwd: project.dir });
    expect(second.code).toBe(0);
    expect(second.stderr).toBe('');
    expect(bytes(file).equals(Buffer.from(CRLF_EXPECTED, 'utf8'))).toBe(true);
    expect(statSync(file).mtimeMs).toBe(mtime); // not even rewritten
  });

  it('keeps a byte-order mark and a missing final newline', () => {
    const input = '\uFEFFlearning_rate: 3e-4\nnum_train_epochs: 1\nper_device_train_batch_size: 4';
    project = makeProject({ 'bom.yaml': input });
    runCli(['check', '--fix', 'bom.yaml'], { cwd: project.dir });
    expect(bytes(join(project.dir, 'bom.yaml')).equals(Buffer.from('\uFEFFlearning_rate: 3.0e-4\nnum_train_epochs: 1\nper_device_train_batch_size: 4', 'utf8'))).toBe(true);
  });

  it('writes atomically: keeps the file mode, leaves no temporary file, and keeps a symbolic link a link', () => {
    project = makeProject({ 'configs/real.yaml': 'learning_rate: 1e-3\nnum_train_epochs: 2\n' });
    const real = join(project.dir, 'configs', 'real.yaml');
    chmodSync(real, 0o640);
    symlinkSync('configs/real.yaml', join(project.dir, 'link.yaml'));
    const run = runCli(['check', '--fix', 'link.yaml'], { cwd: project.dir });
    expect(run.stderr).toBe('mlconfig: fixed 1 problem in 1 file.\n');
    expect(lstatSync(join(project.dir, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(project.dir, 'link.yaml'))).toBe('configs/real.yaml');
    expect(readFileSync(real, 'utf8')).toBe('learning_rate: 1.0e-3\nnum_train_epochs: 2\n');
    expect(statSync(real).mode & 0o777).toBe(0o640);
    expect(readdirSync(join(project.dir, 'configs'))).toEqual(['real.yaml']);
    expect(readdirSync(project.dir).sort()).toEqual(['configs', 'link.yaml']);
  });

  it('reports what remains and never applies suggestions', () => {
    const input = 'learning_rate: 2e-5\nnum_train_epochs: 3\nlr_scheduler_type: constant\nwarmup_steps: 100\n';
    project = makeProject({ 'train.yaml': input });
    const run = runCli(['check', '--fix', 'train.yaml'], { cwd: project.dir });
    expect(readFileSync(join(project.dir, 'train.yaml'), 'utf8')).toBe(input.replace('2e-5', '2.0e-5'));
    expect(run.stdout).toContain('train.yaml:3:20  warning  The `constant` schedule ignores the configured warmup.  constant-schedule-ignores-warmup');
    expect(run.stdout).not.toContain('yaml-sci-notation-string');
    expect(run.stdout).toContain('✖ 1 problem (0 errors, 1 warning, 0 infos) in 1 file checked.');
    expect(run.stdout).not.toContain('can be fixed automatically');
  });

  it('--fix-dry-run computes the fixes, reports the output in json, and writes nothing', () => {
    project = makeProject({ 'train.yaml': CRLF_INPUT });
    const file = join(project.dir, 'train.yaml');
    const run = runCli(['check', '--fix-dry-run', '-f', 'json', 'train.yaml'], { cwd: project.dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('mlconfig: --fix-dry-run: would fix 3 problems in 1 file; nothing was written.\n');
    const report = JSON.parse(run.stdout) as { output?: string; diagnostics: unknown[] }[];
    expect(report[0].output).toBe(CRLF_EXPECTED);
    expect(report[0].diagnostics).toEqual([]);
    expect(bytes(file).equals(Buffer.from(CRLF_INPUT, 'utf8'))).toBe(true);
  });

  it('leaves files without fixable findings alone, and refuses --fix with --fix-dry-run', () => {
    const json = '{\n  "learning_rate": 1e-4,\n  "fp16": {"enabled": true},\n  "bf16": {"enabled": true}\n}\n';
    project = makeProject({ 'ds.json': json });
    const run = runCli(['check', '--fix', 'ds.json'], { cwd: project.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(readFileSync(join(project.dir, 'ds.json'), 'utf8')).toBe(json);
    const both = runCli(['check', '--fix', '--fix-dry-run', 'ds.json'], { cwd: project.dir });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--fix and --fix-dry-run cannot be used together.');
  });

  it('does not fix values where the detected loader reads them as numbers (OmegaConf)', () => {
    const hydra = 'defaults:\n  - _self_\noptimizer:\n  _target_: torch.optim.AdamW\n  lr: 1e-4\ntrainer:\n  max_epochs: 3\n';
    project = makeProject({ 'conf.yaml': hydra });
    const run = runCli(['check', '--fix', 'conf.yaml'], { cwd: project.dir });
    expect(run.stderr).toBe('');
    expect(readFileSync(join(project.dir, 'conf.yaml'), 'utf8')).toBe(hydra);
  });
});
