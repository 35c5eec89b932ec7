/** Several reports in one run (`--format name:file`), `--output-file`, and the errors for bad combinations. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { HF_TRAIN_YAML, makeProject } from './project.js';

let project: ReturnType<typeof makeProject>;
beforeAll(() => {
  project = makeProject({ 'train.yaml': HF_TRAIN_YAML });
});
afterAll(() => project.remove());

describe('several formats in one run', () => {
  it('prints one report and writes the others to their files, creating folders', () => {
    const run = runCli(['check', '--format', 'stylish', '--format', 'sarif:reports/mlconfig.sarif', '-f', 'junit:reports/junit.xml', '-f', 'json:out.json', 'train.yaml'], { cwd: project.dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('train.yaml:2:16  warning  2e-5 is read as the string');
    const sarif = JSON.parse(readFileSync(join(project.dir, 'reports/mlconfig.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0].results).toHaveLength(2);
    expect(readFileSync(join(project.dir, 'reports/junit.xml'), 'utf8')).toContain('<testsuite name="train.yaml" tests="2" failures="2"');
    const json = JSON.parse(readFileSync(join(project.dir, 'out.json'), 'utf8')) as { diagnostics: { ruleId: string }[] }[];
    expect(json[0].diagnostics.map((d) => d.ruleId)).toEqual(['yaml-sci-notation-string', 'constant-schedule-ignores-warmup']);
    // Atomic writes leave no temporary files behind.
    expect(readdirSync(join(project.dir, 'reports')).sort()).toEqual(['junit.xml', 'mlconfig.sarif']);
  });

  it('sends the format without a file to --output-file, ESLint style', () => {
    const run = runCli(['check', '-f', 'json', '-o', 'only.json', 'train.yaml'], { cwd: project.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect((JSON.parse(readFileSync(join(project.dir, 'only.json'), 'utf8')) as unknown[]).length).toBe(1);
    const both = runCli(['check', '-f', 'markdown', '-f', 'sarif:r.sarif', '-o', 'r.md', 'train.yaml'], { cwd: project.dir });
    expect(both.stdout).toBe('');
    expect(readFileSync(join(project.dir, 'r.md'), 'utf8').startsWith('## mlconfig\n')).toBe(true);
    expect(existsSync(join(project.dir, 'r.sarif'))).toBe(true);
  });

  it('refuses combinations that cannot work, with exit code 2 and a hint', () => {
    const twoStdout = runCli(['check', '-f', 'stylish', '-f', 'json', 'train.yaml'], { cwd: project.dir });
    expect(twoStdout.code).toBe(2);
    expect(twoStdout.stderr).toContain('Only one format can be printed; give the others a file, e.g. --format json:report.json.');
    const unknown = runCli(['check', '-f', 'html', 'train.yaml'], { cwd: project.dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown format "html"; expected one of stylish, json, sarif, github, junit, markdown.');
    const noTarget = runCli(['check', '-f', 'sarif:a.sarif', '-o', 'b.txt', 'train.yaml'], { cwd: project.dir });
    expect(noTarget.code).toBe(2);
    expect(noTarget.stderr).toContain('--output-file needs a --format without a file of its own.');
    const same = runCli(['check', '-f', 'sarif:x.out', '-f', 'json:x.out', 'train.yaml'], { cwd: project.dir });
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('Two formats would write the same file');
    const emptyName = runCli(['check', '-f', 'sarif:', 'train.yaml'], { cwd: project.dir });
    expect(emptyName.code).toBe(2);
    expect(emptyName.stderr).toContain('--format sarif: expects a file name after the colon.');
  });

  it('reports a report file that cannot be written with exit code 2, after writing the others', () => {
    const run = runCli(['check', '-f', 'json:train.yaml/inside.json', '-f', 'sarif:ok.sarif', 'train.yaml'], { cwd: project.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/could not write the json report to .*inside\.json \((ENOTDIR|EEXIST)\)/);
    expect(run.stderr).not.toContain('    at ');
    expect(existsSync(join(project.dir, 'ok.sarif'))).toBe(true);
    expect(readFileSync(join(project.dir, 'train.yaml'), 'utf8')).toBe(HF_TRAIN_YAML);
  });
});
