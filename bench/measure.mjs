/**
 * Runs one command as a whole process and measures it from the outside: wall time, CPU time (user +
 * system, children included) and peak RSS, with GNU time (`/usr/bin/time`, Debian package `time`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GNU_TIME = '/usr/bin/time';

export function hasGnuTime() {
  return existsSync(GNU_TIME);
}

/**
 * @param {string[]} argv command and arguments
 * @param {{cwd?: string, env?: NodeJS.ProcessEnv}} options
 * @returns {{wall: number, cpu: number, rssMiB: number, code: number|null}}
 */
export function measure(argv, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'mlconfig-bench-'));
  const out = join(dir, 'time.txt');
  try {
    const start = process.hrtime.bigint();
    const r = spawnSync(GNU_TIME, ['-f', '%e %U %S %M', '-o', out, ...argv], {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    const wall = Number(process.hrtime.bigint() - start) / 1e9;
    const [, user, sys, rssKiB] = readFileSync(out, 'utf8').trim().split(/\s+/).slice(-4).map(Number);
    if (r.status !== 0 && r.status !== 1) {
      throw new Error(`${argv.join(' ')} exited with ${r.status}: ${r.stderr?.toString().slice(-2000)}`);
    }
    return { wall, cpu: user + sys, rssMiB: rssKiB / 1024, code: r.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
