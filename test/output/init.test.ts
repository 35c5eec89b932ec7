/** `mlconfig init`: a starter settings file from discovery and detection, never overwriting by accident. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { DEEPSPEED_JSON, HF_TRAIN_YAML, makeProject } from './project.js';

let project: ReturnType<typeof makeProject> | undefined;
afterEach(() => project?.remove());

const PROJECT = {
  'configs/train.yaml': HF_TRAIN_YAML,
  'configs/optimizer/sgd.yaml': 'lr: 0.1\n',
  'ds_config.json': DEEPSPEED_JSON,
  'outputs/2024-05-01/12-00-00/.hydra/config.yaml': HF_TRAIN_YAML,
  'wandb/run-1/files/config.yaml': HF_TRAIN_YAML,
  'package.json': '{"name": "x", "private": true}\n',
};

describe('mlconfig init', () => {
  it('writes .mlconfigrc.yaml with the preset, run-output ignores and what it found, and check then uses it', () => {
    project = makeProject(PROJECT);
    const run = runCli(['init'], { cwd: project.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Wrote .mlconfigrc.yaml: 2 training configs found (HF Transformers Trainer, DeepSpeed), preset recommended.\nRun `mlconfig check` to lint them.\n');
    const text = readFileSync(join(project.dir, '.mlconfigrc.yaml'), 'utf8');
    expect(text).toContain('\nextends: recommended\n');
    expect(text).toContain('\nignores:\n  - outputs/**\n  - wandb/**\n');
    expect(text).toContain('# Found 2 training configs in configs/, ./.');
    expect(text).toMatch(/# Frameworks detected by content, per file \(no setting needed\): .*DeepSpeed \(1\)/);
    expect(text).toContain('# files:\n#   - configs/**/*.yaml\n');

    // The run records under outputs/…/.hydra and wandb/run-* are skipped by the walk, with the settings or without.
    const check = runCli(['check', '-f', 'json'], { cwd: project.dir });
    const files = (JSON.parse(check.stdout) as { relativePath: string }[]).map((r) => r.relativePath);
    expect(files).toEqual(['configs/train.yaml', 'ds_config.json']);
    const settingsFile = join(project.dir, '.mlconfigrc.yaml');
    writeFileSync(settingsFile, 'extends: recommended\n');
    const withoutIgnores = (JSON.parse(runCli(['check', '-f', 'json'], { cwd: project.dir }).stdout) as { relativePath: string }[]).map((r) => r.relativePath);
    expect(withoutIgnores).toEqual(['configs/train.yaml', 'ds_config.json']);
    // Named, a run record is checked like any file.
    const named = (JSON.parse(runCli(['check', '-f', 'json', 'wandb/run-1/files/config.yaml'], { cwd: project.dir }).stdout) as { relativePath: string }[]).map((r) => r.relativePath);
    expect(named).toEqual(['wandb/run-1/files/config.yaml']);
  });

  it('never overwrites an existing file without --force', () => {
    project = makeProject({ ...PROJECT, '.mlconfigrc.yaml': 'extends: strict\n' });
    const run = runCli(['init'], { cwd: project.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('mlconfig: .mlconfigrc.yaml already exists; it was left unchanged. Use --force to overwrite it.\n');
    expect(readFileSync(join(project.dir, '.mlconfigrc.yaml'), 'utf8')).toBe('extends: strict\n');
    const forced = runCli(['init', '--force', '--preset', 'strict'], { cwd: project.dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(project.dir, '.mlconfigrc.yaml'), 'utf8')).toContain('\nextends: strict\n');
  });

  it('refuses to write next to another settings file, which one of them would shadow', () => {
    project = makeProject({ ...PROJECT, 'package.json': '{"name": "x", "mlconfig": {"extends": "strict"}}\n' });
    const run = runCli(['init', '--force'], { cwd: project.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('package.json already holds mlconfig settings in this folder');
    expect(existsSync(join(project.dir, '.mlconfigrc.yaml'))).toBe(false);
  });

  it('writes JSON when asked, and prints instead of writing with --stdout', () => {
    project = makeProject(PROJECT);
    expect(runCli(['init', '--format', 'json'], { cwd: project.dir }).code).toBe(0);
    expect(JSON.parse(readFileSync(join(project.dir, '.mlconfigrc.json'), 'utf8'))).toEqual({ extends: 'recommended', ignores: ['outputs/**', 'wandb/**'] });
    const printed = runCli(['init', '--stdout'], { cwd: project.dir });
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain('extends: recommended');
    expect(existsSync(join(project.dir, '.mlconfigrc.yaml'))).toBe(false);
    const bad = runCli(['init', '--format', 'toml'], { cwd: project.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Unknown format "toml"; expected yaml or json.');
  });

  it('works in an empty project', () => {
    project = makeProject({ 'README.md': '# empty\n' });
    const run = runCli(['init'], { cwd: project.dir });
    expect(run.code).toBe(0);
    const text = readFileSync(join(project.dir, '.mlconfigrc.yaml'), 'utf8');
    expect(text).toContain('# No training configs were found yet');
    expect(text).not.toContain('\nignores:');
    expect(runCli(['check'], { cwd: project.dir }).code).toBe(0);
  });
});
