/**
 * What `mlconfig check` prints and how it exits: the stylish report with exact positions, the JSON
 * shape, `--quiet`, `--max-warnings`, `--output-file`, and ESLint's exit codes 0 / 1 / 2.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { flatten, tempProjects } from './temp-project.js';

// A DeepSpeed config with two errors (fp16 + bf16, a batch triad no GPU count fits) and nothing else.
const DEEPSPEED = `{
  "train_batch_size": 48,
  "train_micro_batch_size_per_gpu": 16,
  "gradient_accumulation_steps": 2,
  "fp16": { "enabled": true },
  "bf16": { "enabled": true }
}
`;
// An HF Trainer config with two warnings: a constant schedule that ignores warmup, and 2e-5 read as a string.
const HF_WARNINGS = `learning_rate: 2e-5
lr_scheduler_type: constant
warmup_ratio: 0.1
num_train_epochs: 3
`;
const CLEAN = `learning_rate: 0.0002
lr_scheduler_type: cosine
warmup_ratio: 0.03
num_train_epochs: 2
per_device_train_batch_size: 8
`;

const newProject = tempProjects();

describe('the stylish report', () => {
  it('prints file:line:column, severity, message and rule id, then a summary, and exits 1 on errors', () => {
    const project = newProject({ 'ds_config.json': DEEPSPEED, 'train.yaml': HF_WARNINGS });
    const run = runCli(['check', 'ds_config.json', 'train.yaml'], { cwd: project.dir });
    // Whatever follows the summary line (a hint about fixes) is the output formats' business.
    expect(run.stdout).toBe(
      [
        'ds_config.json:2:23  error  Global batch 48 is not a multiple of micro batch 16 × accumulation 2 = 32, so no number of GPUs fits it.  batch-triad',
        'ds_config.json:6:24  error  fp16 and bf16 are both enabled.  fp16-bf16-exclusive',
        '',
        'train.yaml:1:16  warning  2e-5 is read as the string "2e-5" by PyYAML (YAML 1.1), not as a number.  yaml-sci-notation-string',
        'train.yaml:2:20  warning  The `constant` schedule ignores the configured warmup.  constant-schedule-ignores-warmup',
        '',
        '✖ 4 problems (2 errors, 2 warnings, 0 infos) in 2 files checked.',
        '',
      ].join('\n') + run.stdout.slice(run.stdout.indexOf('checked.\n') + 'checked.\n'.length),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
  });

  it('says so when there is nothing to report, and exits 0', () => {
    const project = newProject({ 'train.yaml': CLEAN });
    const run = runCli(['check', 'train.yaml'], { cwd: project.dir });
    expect(run.stdout).toBe('✔ No problems found in 1 file.\n');
    expect(run.code).toBe(0);
  });

  it('has no colours when the output is not a terminal, and has them with --color', () => {
    const project = newProject({ 'train.yaml': HF_WARNINGS });
    expect(runCli(['check', 'train.yaml'], { cwd: project.dir }).stdout).not.toContain('\u001b[');
    expect(runCli(['check', '--color', 'train.yaml'], { cwd: project.dir }).stdout).toContain('\u001b[33mwarning\u001b[39m');
  });
});

describe('exit codes, as ESLint', () => {
  it('exits 0 when there are only warnings', () => {
    const project = newProject({ 'train.yaml': HF_WARNINGS });
    expect(runCli(['check', 'train.yaml'], { cwd: project.dir }).code).toBe(0);
  });

  it('--max-warnings: exits 1 above the limit, with a message on stderr, and 0 at the limit', () => {
    const project = newProject({ 'train.yaml': HF_WARNINGS });
    const over = runCli(['check', '--max-warnings', '1', 'train.yaml'], { cwd: project.dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('mlconfig found too many warnings (maximum: 1).\n');
    expect(over.stdout).toContain('2 problems (0 errors, 2 warnings, 0 infos)');
    const at = runCli(['check', '--max-warnings', '2', 'train.yaml'], { cwd: project.dir });
    expect(at.code).toBe(0);
    expect(at.stderr).toBe('');
    expect(runCli(['check', '--max-warnings', '0', 'train.yaml'], { cwd: project.dir }).code).toBe(1);
  });

  it('exits 2 on wrong usage, with a hint and no report', () => {
    const project = newProject({ 'train.yaml': HF_WARNINGS });
    const cases: [string[], string][] = [
      [['check', '--max-warnings', 'many'], 'mlconfig: --max-warnings expects an integer of at least -1, got "many".\n'],
      [['check', '--format', 'xml'], 'mlconfig: Unknown format "xml"; expected one of '],
      [['check', '--bogus'], 'mlconfig: Unknown option "--bogus".\n'],
      [['check', '--world-size', '0'], 'mlconfig: --world-size expects an integer of at least 1, got "0".\n'],
      [['check', '--preset', 'strictest'], 'mlconfig: Invalid setting `extends`: expected one of "recommended", "strict".'],
    ];
    for (const [args, message] of cases) {
      const run = runCli(args, { cwd: project.dir });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toContain(message);
      expect(run.stdout, args.join(' ')).toBe('');
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
  });
});

describe('world size', () => {
  it('--world-size and the worldSize setting make the batch check exact', () => {
    const triad = '{\n  "train_batch_size": 64,\n  "train_micro_batch_size_per_gpu": 4,\n  "gradient_accumulation_steps": 2\n}\n';
    const project = newProject({ 'ds_config.json': triad });
    // 64 = 4 × 2 × 8: fine on 8 GPUs, and possible for some GPU count when the count is unknown.
    expect(runCli(['check', 'ds_config.json'], { cwd: project.dir }).code).toBe(0);
    expect(runCli(['check', '--world-size', '8', 'ds_config.json'], { cwd: project.dir }).code).toBe(0);
    const four = runCli(['check', '--world-size', '4', 'ds_config.json'], { cwd: project.dir });
    expect(four.stdout).toContain('ds_config.json:2:23  error  Global batch 64 is not micro batch 4 × accumulation 2 × world size 4 = 32.  batch-triad\n');
    expect(four.code).toBe(1);
    project.write({ '.mlconfigrc.json': '{ "worldSize": 4 }\n' });
    expect(runCli(['check', 'ds_config.json'], { cwd: project.dir }).stdout).toContain('world size 4 = 32.  batch-triad');
    expect(runCli(['check', '--world-size', '8', 'ds_config.json'], { cwd: project.dir }).code).toBe(0);
  });
});

describe('--quiet', () => {
  it('reports errors only', () => {
    const project = newProject({ 'ds_config.json': DEEPSPEED, 'train.yaml': HF_WARNINGS });
    const run = runCli(['check', '--quiet', '--format', 'json', 'ds_config.json', 'train.yaml'], { cwd: project.dir });
    expect(flatten(run.stdout).map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`)).toEqual(['ds_config.json:2:23 batch-triad', 'ds_config.json:6:24 fp16-bf16-exclusive']);
    expect(run.code).toBe(1);
  });

  it('with only warnings, prints a clean summary and exits 0', () => {
    const project = newProject({ 'train.yaml': HF_WARNINGS });
    const run = runCli(['check', '--quiet', 'train.yaml'], { cwd: project.dir });
    expect(run.stdout).toBe('✔ No problems found in 1 file.\n');
    expect(run.code).toBe(0);
  });
});

describe('--format json', () => {
  it('is an array with one entry per checked file, each diagnostic complete and positioned', () => {
    const project = newProject({ 'train.yaml': HF_WARNINGS, 'clean.yaml': CLEAN });
    const run = runCli(['check', '--format', 'json', 'train.yaml', 'clean.yaml'], { cwd: project.dir });
    expect(run.code).toBe(0);
    const results = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(results.map((r) => r.relativePath)).toEqual(['clean.yaml', 'train.yaml']);
    expect(results[0]).toEqual({ filePath: project.path('clean.yaml'), relativePath: 'clean.yaml', diagnostics: [], errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0 });
    const train = results[1] as { filePath: string; errorCount: number; warningCount: number; infoCount: number; fixableCount: number; diagnostics: Record<string, unknown>[] };
    expect(train.filePath).toBe(project.path('train.yaml'));
    expect([train.errorCount, train.warningCount, train.infoCount, train.fixableCount]).toEqual([0, 2, 0, 1]);
    const [sci, constant] = train.diagnostics;
    expect(sci).toMatchObject({ ruleId: 'yaml-sci-notation-string', severity: 'warn', path: '/learning_rate', line: 1, column: 16, endLine: 1, endColumn: 20, range: [15, 19] });
    expect(sci.fix).toEqual({ description: 'Write 2.0e-5', edits: [{ range: [15, 19], text: '2.0e-5' }] });
    expect(constant).toMatchObject({ ruleId: 'constant-schedule-ignores-warmup', severity: 'warn', path: '/lr_scheduler_type', line: 2, column: 20, endLine: 2, endColumn: 28 });
    for (const d of train.diagnostics) {
      expect(d.message).toMatch(/^[A-Z0-9`'"].*\.$/);
      expect(String(d.explanation).length).toBeGreaterThan(40);
      expect(d.docsUrl).toMatch(new RegExp(`${String(d.ruleId)}`));
    }
  });

  it('--output-file writes the report to a file and nothing to stdout', () => {
    const project = newProject({ 'train.yaml': HF_WARNINGS });
    const run = runCli(['check', '--format', 'json', '--output-file', 'report.json', 'train.yaml'], { cwd: project.dir });
    expect(run.stdout).toBe('');
    expect(run.code).toBe(0);
    expect(flatten(readFileSync(project.path('report.json'), 'utf8')).map((d) => d.ruleId)).toEqual(['yaml-sci-notation-string', 'constant-schedule-ignores-warmup']);
  });
});

describe('--output-file into a folder that does not exist yet', () => {
  it('creates the folder, as ESLint does, and writes the report there', () => {
    const project = newProject({ 'train.yaml': HF_WARNINGS });
    const run = runCli(['check', '--output-file', 'missing-folder/report.txt', 'train.yaml'], { cwd: project.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(project.path('missing-folder/report.txt'), 'utf8')).toContain('train.yaml:');
  });

  it('exits 2 with the reason on one line and no stack trace when the path cannot be a file', () => {
    const project = newProject({ 'train.yaml': HF_WARNINGS, 'blocker': 'a file, not a folder' });
    const run = runCli(['check', '--output-file', 'blocker/report.txt', 'train.yaml'], { cwd: project.dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^mlconfig: .*blocker/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('inline suppressions', () => {
  it('honours mlconfig-disable-next-line and mlconfig-disable-line in the file itself', () => {
    const project = newProject({
      'train.yaml': `# mlconfig-disable-next-line yaml-sci-notation-string -- our loader is OmegaConf
learning_rate: 2e-5
lr_scheduler_type: constant # mlconfig-disable-line
warmup_ratio: 0.1
num_train_epochs: 3
`,
      'ds.jsonc': `{
  "fp16": { "enabled": true },
  // mlconfig-disable-next-line fp16-bf16-exclusive
  "bf16": { "enabled": true },
  "lr": 0.1, "epochs": 3 // mlconfig-disable-line lr-without-schedule
}
`,
    });
    const run = runCli(['check', '--format', 'json', 'train.yaml', 'ds.jsonc'], { cwd: project.dir });
    expect(flatten(run.stdout)).toEqual([]);
    expect(run.code).toBe(0);
  });
});
