/**
 * `mlconfig check | head`: the reader closes the pipe before the report is written. The real CLI, spawned with its
 * standard output piped, must end quietly with the status of a command a closed pipe stops, not with a stack trace.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI_BIN } from '../helpers/paths.js';
import { tempProjects } from './temp-project.js';

const newProject = tempProjects();

describe('a report whose reader stops early', () => {
  it('ends with status 141 and no stack trace when standard output is closed mid-report', async () => {
    // Enough findings that the JSON report is far larger than a pipe's buffer (64 KiB on Linux).
    const files = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`configs/run-${i}.yaml`, 'optimizer: adamw\nlr: 1e-4\nweight_decay: 1e-2\nwarmup_ratio: 1e-1\nepochs: 10\nbatch_size: 32\n']));
    const project = newProject(files);
    const child = spawn(process.execPath, [CLI_BIN, 'check', '--format', 'json', '.'], { cwd: project.dir, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let received = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      received += chunk.length;
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    expect(received).toBeGreaterThan(0);
    expect(stderr).not.toMatch(/EPIPE|at .*\(|internal error/);
    expect(code).toBe(141);
  }, 60_000);
});
