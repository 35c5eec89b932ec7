/**
 * Files that are too large to be configs, and files that disappear between discovery and reading:
 * each gets one clear, positioned line and the other files are still checked.
 */
import { truncateSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintFile } from '../../packages/cli/src/lint-file.js';
import { runCli } from '../helpers/run-cli.js';
import { tempProjects } from '../cli/temp-project.js';

const newProject = tempProjects();
const BAD = 'learning_rate: 0.1\nper_device_train_batch_size: 8\ndropout: 1.5\n';

describe('a 100 MB file', () => {
  it('is reported against the size limit without being read, and the other files are checked', () => {
    const project = newProject({ 'train.yaml': BAD });
    writeFileSync(project.path('huge.yaml'), '');
    truncateSync(project.path('huge.yaml'), 100 * 1024 * 1024); // sparse: 100 MB on paper, nothing on disk
    const run = runCli(['check', 'huge.yaml', 'train.yaml'], { cwd: project.dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/huge\.yaml:1:1 +error +File is 100 MiB, larger than the 10 MiB limit; it was not checked\. +read-error/);
    expect(run.stdout).toMatch(/train\.yaml:3:10 +error +Dropout 1\.5 is outside \[0, 1\]\. +dropout-range/);
  });

  it('honours a maxFileSize setting', () => {
    const project = newProject({ 'train.yaml': BAD, '.mlconfigrc.json': '{ "maxFileSize": 20 }' });
    const run = runCli(['check', 'train.yaml'], { cwd: project.dir });
    expect(run.stdout).toMatch(/train\.yaml:1:1 +error +File is \d+ bytes, larger than the 20 bytes limit; it was not checked\. +read-error/);
  });
});

describe('a file that vanishes while linting', () => {
  it('becomes one read-error line saying so, not an exception', () => {
    const project = newProject({ 'train.yaml': BAD });
    const result = lintFile({ absolutePath: project.path('gone.yaml'), relativePath: 'gone.yaml', explicit: true }, { settings: {}, baseDir: project.dir });
    expect(result?.diagnostics).toHaveLength(1);
    expect(result?.diagnostics[0]).toMatchObject({ ruleId: 'read-error', severity: 'error', line: 1, column: 1 });
    expect(result?.diagnostics[0].message).toMatch(/deleted or moved while mlconfig was running/);
  });
});
