/** Baselines end to end: --suppress-all, new findings, --prune-suppressions, --suppressions-location. */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { BROKEN_JSON, DEEPSPEED_JSON, HF_TRAIN_YAML, makeProject } from './project.js';

let project: ReturnType<typeof makeProject> | undefined;
afterEach(() => project?.remove());

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('baseline suppressions', () => {
  it('--suppress-all records every finding by file and rule, and later runs pass', () => {
    project = makeProject({ 'configs/train.yaml': HF_TRAIN_YAML, 'ds.json': DEEPSPEED_JSON });
    const record = runCli(['check', '--suppress-all'], { cwd: project.dir });
    expect(record.stderr).toBe('mlconfig: wrote mlconfig-suppressions.json (3 suppressed findings in 2 files).\n');
    expect(record.code).toBe(0);
    expect(record.stdout).toBe('✔ No problems found in 2 files.\n');
    const file = join(project.dir, 'mlconfig-suppressions.json');
    expect(readFileSync(file, 'utf8')).toBe(
      JSON.stringify(
        {
          'configs/train.yaml': { 'constant-schedule-ignores-warmup': { count: 1 }, 'yaml-sci-notation-string': { count: 1 } },
          'ds.json': { 'fp16-bf16-exclusive': { count: 1 } },
        },
        null,
        2,
      ) + '\n',
    );
    const again = runCli(['check'], { cwd: project.dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('✔ No problems found in 2 files.\n');
    expect(again.stderr).toBe('');
  });

  it('reports new findings: a new rule alone, and every finding of a rule whose count grew', () => {
    project = makeProject({ 'train.yaml': HF_TRAIN_YAML });
    runCli(['check', '--suppress-all'], { cwd: project.dir });
    writeFileSync(join(project.dir, 'train.yaml'), HF_TRAIN_YAML + 'weight_decay: 1e-2\ndropout: 1.5\n');
    const run = runCli(['check', '-f', 'json'], { cwd: project.dir });
    const ids = (JSON.parse(run.stdout) as { diagnostics: { ruleId: string; line: number }[] }[])[0].diagnostics.map((d) => [d.ruleId, d.line]);
    expect(ids).toEqual([
      ['yaml-sci-notation-string', 2],
      ['yaml-sci-notation-string', 7],
      ['dropout-range', 8],
    ]);
    expect(run.code).toBe(1);
  });

  it('--prune-suppressions lowers counts to what still occurs and drops deleted files', () => {
    project = makeProject({ 'train.yaml': HF_TRAIN_YAML, 'ds.json': DEEPSPEED_JSON });
    runCli(['check', '--suppress-all'], { cwd: project.dir });
    writeFileSync(join(project.dir, 'train.yaml'), HF_TRAIN_YAML.replace('2e-5', '2.0e-5'));
    rmSync(join(project.dir, 'ds.json'));
    const stale = runCli(['check'], { cwd: project.dir });
    expect(stale.code).toBe(0);
    expect(stale.stderr).toBe('mlconfig: 1 suppression in mlconfig-suppressions.json no longer matches; remove it with `mlconfig check --prune-suppressions`.\n');
    const prune = runCli(['check', '--prune-suppressions'], { cwd: project.dir });
    expect(prune.code).toBe(0);
    expect(readJson(join(project.dir, 'mlconfig-suppressions.json'))).toEqual({ 'train.yaml': { 'constant-schedule-ignores-warmup': { count: 1 } } });
    expect(runCli(['check'], { cwd: project.dir }).stderr).toBe('');
  });

  it('keeps entries of files not checked in this run, and --suppress-rule records one rule only', () => {
    project = makeProject({ 'train.yaml': HF_TRAIN_YAML, 'ds.json': DEEPSPEED_JSON });
    runCli(['check', '--suppress-rule', 'fp16-bf16-exclusive'], { cwd: project.dir });
    expect(readJson(join(project.dir, 'mlconfig-suppressions.json'))).toEqual({ 'ds.json': { 'fp16-bf16-exclusive': { count: 1 } } });
    runCli(['check', '--suppress-all', 'train.yaml'], { cwd: project.dir });
    expect(readJson(join(project.dir, 'mlconfig-suppressions.json'))).toEqual({
      'ds.json': { 'fp16-bf16-exclusive': { count: 1 } },
      'train.yaml': { 'constant-schedule-ignores-warmup': { count: 1 }, 'yaml-sci-notation-string': { count: 1 } },
    });
    const bad = runCli(['check', '--suppress-rule', 'no-such-rule'], { cwd: project.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--suppress-rule: unknown rule "no-such-rule".');
  });

  it('never suppresses parse errors', () => {
    project = makeProject({ 'broken.json': BROKEN_JSON });
    runCli(['check', '--suppress-all', 'broken.json'], { cwd: project.dir });
    expect(existsSync(join(project.dir, 'mlconfig-suppressions.json'))).toBe(true);
    expect(readJson(join(project.dir, 'mlconfig-suppressions.json'))).toEqual({});
    const run = runCli(['check', 'broken.json'], { cwd: project.dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('broken.json:2:24  error');
  });

  it('uses --suppressions-location, with paths relative to that file', () => {
    project = makeProject({ 'configs/train.yaml': HF_TRAIN_YAML });
    const rec = runCli(['check', '--suppress-all', '--suppressions-location', 'ci/baseline.json'], { cwd: project.dir });
    expect(rec.stderr).toBe('mlconfig: wrote ci/baseline.json (2 suppressed findings in 1 file).\n');
    expect(Object.keys(readJson(join(project.dir, 'ci/baseline.json')) as object)).toEqual(['../configs/train.yaml']);
    // From another folder, the same baseline applies to the same file.
    const fromConfigs = runCli(['check', 'train.yaml', '--suppressions-location', '../ci/baseline.json'], { cwd: join(project.dir, 'configs') });
    expect(fromConfigs.stdout).toBe('✔ No problems found in 1 file.\n');
    expect(existsSync(join(project.dir, 'mlconfig-suppressions.json'))).toBe(false);
  });

  it('says so, with exit code 2, when the suppressions file cannot be written', () => {
    project = makeProject({ 'train.yaml': HF_TRAIN_YAML });
    const run = runCli(['check', '--suppress-all', '--suppressions-location', 'train.yaml/baseline.json'], { cwd: project.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/could not write .*train\.yaml\/baseline\.json \((ENOTDIR|EEXIST)\)\./);
    expect(run.stderr).not.toContain('    at ');
    expect(readFileSync(join(project.dir, 'train.yaml'), 'utf8')).toBe(HF_TRAIN_YAML);
  });

  it('rejects an invalid suppressions file with exit code 2 and says what is wrong', () => {
    project = makeProject({ 'train.yaml': HF_TRAIN_YAML, 'mlconfig-suppressions.json': '{"train.yaml": {"yaml-sci-notation-string": {"count": 0}}}' });
    const run = runCli(['check'], { cwd: project.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Invalid suppressions file .*mlconfig-suppressions\.json: "train\.yaml" → "yaml-sci-notation-string" must be \{ "count": <positive integer> \}\./);
    writeFileSync(join(project.dir, 'mlconfig-suppressions.json'), '{oops');
    const notJson = runCli(['check'], { cwd: project.dir });
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/is not valid JSON/);
    expect(notJson.stderr).not.toContain('    at ');
  });
});
