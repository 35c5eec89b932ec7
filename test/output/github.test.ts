/** `--format github`: workflow-command annotations, escaping, auto-selection and the job summary. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../packages/cli/src/formatters/github.js';
import { runCli } from '../helpers/run-cli.js';
import { DEEPSPEED_JSON, HF_TRAIN_YAML, makeProject } from './project.js';

let project: ReturnType<typeof makeProject>;
beforeAll(() => {
  project = makeProject({ 'configs/train.yaml': HF_TRAIN_YAML, 'ds.json': DEEPSPEED_JSON, 'clean.yaml': 'learning_rate: 0.001\nnum_train_epochs: 2\nlr_scheduler_type: cosine\n' });
});
afterAll(() => project.remove());

const annotations = (stdout: string): string[] => stdout.split('\n').filter((l) => /^::(error|warning|notice) /.test(l));

describe('github format', () => {
  it('prints one annotation per finding with file, line, endLine, col, endColumn and title, grouped per file', () => {
    const run = runCli(['check', '-f', 'github', 'configs/train.yaml', 'ds.json', 'clean.yaml'], { cwd: project.dir });
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('::group::configs/train.yaml');
    expect(annotations(run.stdout).map((l) => l.slice(0, l.indexOf('::', 2)))).toEqual([
      '::warning file=configs/train.yaml,line=2,endLine=2,col=16,endColumn=20,title=mlconfig yaml-sci-notation-string',
      '::warning file=configs/train.yaml,line=5,endLine=5,col=20,endColumn=28,title=mlconfig constant-schedule-ignores-warmup',
      '::error file=ds.json,line=8,endLine=8,col=16,endColumn=20,title=mlconfig fp16-bf16-exclusive',
    ]);
    expect(lines.filter((l) => l.startsWith('::group::'))).toEqual(['::group::configs/train.yaml', '::group::ds.json']);
    expect(lines.filter((l) => l === '::endgroup::')).toHaveLength(2);
    expect(lines.at(-1)).toBe('mlconfig: 3 problems (1 error, 2 warnings, 0 infos) in 3 files checked.');
  });

  it('keeps each annotation on one line, with the explanation and fix escaped into the message', () => {
    const run = runCli(['check', '-f', 'github', 'configs/train.yaml'], { cwd: project.dir });
    const first = annotations(run.stdout)[0];
    const message = first.slice(first.indexOf('::', 2) + 2);
    expect(message).not.toMatch(/[\r\n]/);
    expect(message.startsWith('2e-5 is read as the string "2e-5"')).toBe(true);
    expect(message).toContain('%0A%0A`learning_rate` is written `2e-5`.');
    expect(message).toContain('%0AFix: Write 2.0e-5 (mlconfig check --fix).');
  });

  it('escapes property values and messages as the Actions toolkit does', () => {
    expect(escapeProperty('a,b:c%d\ne\rf')).toBe('a%2Cb%3Ac%25d%0Ae%0Df');
    expect(escapeData('50% done: a,b\nnext')).toBe('50%25 done: a,b%0Anext');
  });

  it('escapes a file name with a comma and a colon in the file property', () => {
    const odd = makeProject({ 'run,v2:final.yaml': HF_TRAIN_YAML });
    try {
      const run = runCli(['check', '-f', 'github', 'run,v2:final.yaml'], { cwd: odd.dir });
      expect(annotations(run.stdout)[0]).toMatch(/^::warning file=run%2Cv2%3Afinal\.yaml,line=2,/);
      expect(run.stdout).toContain('::group::run,v2:final.yaml');
    } finally {
      odd.remove();
    }
  });

  it('is chosen automatically under GitHub Actions, unless --format is given', () => {
    const auto = runCli(['check', 'configs/train.yaml'], { cwd: project.dir, env: { GITHUB_ACTIONS: 'true' } });
    expect(annotations(auto.stdout)).toHaveLength(2);
    const explicit = runCli(['check', '-f', 'stylish', 'configs/train.yaml'], { cwd: project.dir, env: { GITHUB_ACTIONS: 'true' } });
    expect(annotations(explicit.stdout)).toHaveLength(0);
    expect(explicit.stdout).toContain('configs/train.yaml:2:16  warning');
    const local = runCli(['check', 'configs/train.yaml'], { cwd: project.dir });
    expect(annotations(local.stdout)).toHaveLength(0);
  });

  it('makes paths relative to GITHUB_WORKSPACE when run from a subfolder', () => {
    const run = runCli(['check', '-f', 'github', 'train.yaml'], { cwd: join(project.dir, 'configs'), env: { GITHUB_WORKSPACE: project.dir } });
    expect(annotations(run.stdout)[0]).toMatch(/^::warning file=configs\/train\.yaml,line=2,/);
  });

  it('appends a markdown report to the job summary', () => {
    mkdirSync(join(project.dir, 'gh'), { recursive: true });
    const summary = join(project.dir, 'gh', 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    runCli(['check', 'configs/train.yaml'], { cwd: project.dir, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } });
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('# earlier step\n## mlconfig\n')).toBe(true);
    expect(text).toContain('### `configs/train.yaml` (2 warnings)');
  });
});
