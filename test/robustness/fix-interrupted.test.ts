/**
 * Nothing is lost: `mlconfig check --fix` killed at any moment leaves every file either exactly as
 * it was or exactly as a complete fix makes it, never half-written. (A kill between writing the
 * temporary file and renaming it can leave that temporary file next to the config; it is a separate
 * dot-file and never replaces anything.)
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_BIN } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

const FILES = 60;

/** A config with several fixable values (PyYAML reads `1e-4` as a string; the fix writes `1.0e-4`). */
function config(i: number): string {
  return [
    `# run ${i}`,
    'optimizer:',
    `  lr: ${i % 9 + 1}e-4`,
    '  eps: 1e-8',
    `  weight_decay: ${i % 3 === 0 ? '1e-2' : '0.01'}`,
    'scheduler:',
    '  name: cosine',
    `  warmup_steps: ${100 + i}`,
    'trainer:',
    `  max_steps: ${10_000 + i}`,
    `  batch_size: ${8 << (i % 3)}`,
    ...Array.from({ length: 60 }, (_, k) => `  note_${k}: "padding so that writes take a moment ${k}"`),
    '',
  ].join('\r\n');
}

function makeFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlconfig-fix-kill-'));
  for (let i = 0; i < FILES; i++) {
    const name = join(dir, `run-${String(i).padStart(3, '0')}.yaml`);
    writeFileSync(name, config(i));
  }
  return dir;
}

/** Starts `--fix` and kills it with SIGKILL after `delayMs`. */
function fixAndKill(dir: string, delayMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI_BIN, 'check', '--fix', '--concurrency', 'off', '.'], { cwd: dir, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('an interrupted --fix', () => {
  it('leaves each file either as it was or fully fixed, at any moment it is killed', async () => {
    const original = makeFolder();
    const fixed = mkdtempSync(join(tmpdir(), 'mlconfig-fix-ref-'));
    try {
      cpSync(original, fixed, { recursive: true });
      runCli(['check', '--fix', '--concurrency', 'off', '.'], { cwd: fixed });
      const names = readdirSync(original).sort();
      const before = new Map(names.map((n) => [n, readFileSync(join(original, n), 'utf8')]));
      const after = new Map(names.map((n) => [n, readFileSync(join(fixed, n), 'utf8')]));
      for (const n of names) expect(after.get(n), `${n} has fixes to apply`).not.toBe(before.get(n));

      // Kill at fractions of the time a whole run takes on this machine.
      const started = Date.now();
      const timing = mkdtempSync(join(tmpdir(), 'mlconfig-fix-time-'));
      cpSync(original, timing, { recursive: true });
      runCli(['check', '--fix', '--concurrency', 'off', '.'], { cwd: timing });
      rmSync(timing, { recursive: true, force: true });
      const whole = Date.now() - started;
      let partial = 0;
      for (const fraction of [0.4, 0.55, 0.7, 0.85]) {
        const delay = Math.round(whole * fraction);
        const work = mkdtempSync(join(tmpdir(), 'mlconfig-fix-run-'));
        try {
          cpSync(original, work, { recursive: true });
          await fixAndKill(work, delay);
          const extra = readdirSync(work).filter((n) => !names.includes(n));
          for (const n of extra) expect(n, 'only temporary dot-files can be left behind').toMatch(/^\..*\.tmp$/);
          let done = 0;
          for (const n of names) {
            const text = readFileSync(join(work, n), 'utf8');
            expect([before.get(n), after.get(n)], `${n} after a kill at ${delay} ms`).toContain(text);
            if (text === after.get(n)) done++;
          }
          if (done > 0 && done < names.length) partial++;
        } finally {
          rmSync(work, { recursive: true, force: true });
        }
      }
      // At least one kill landed while files were being written (some fixed, some not yet).
      expect(partial).toBeGreaterThan(0);
    } finally {
      rmSync(original, { recursive: true, force: true });
      rmSync(fixed, { recursive: true, force: true });
    }
  });
});
