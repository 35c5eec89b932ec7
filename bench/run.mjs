/**
 * `npm run bench`: generates seeded corpora (200, 2,000 and 20,000 files), then times whole
 * processes side by side — the parsing floor, `mlconfig check` (cold, and warm with `--cache`),
 * ESLint with eslint-plugin-mlconfig's recommended config against ESLint with the same languages
 * and no rules, and Spectral with an equivalent three-rule ruleset — and prints medians, min–max,
 * CPU, peak RSS and every figure as a ratio to the floor measured in the same run. Runs of
 * different tools are interleaved (A B A B …) so machine drift hits them alike.
 *
 *   node bench/run.mjs [--sizes 200,2000,20000] [--runs 5] [--write docs/benchmarks.md]
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { generate } from './gen-corpus.mjs';
import { hasGnuTime, measure, median } from './measure.mjs';
import { tools } from './tools.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('sizes', '200,2000,20000').split(',').map(Number);
const runs = Number(arg('runs', '5'));
const write = arg('write', undefined);
/** ESLint and Spectral take minutes per run at 20,000 files; they run up to this size unless --all-tools. */
const heavyUpTo = process.argv.includes('--all-tools') ? Infinity : 2000;
const SEEDS = { 200: 2, 2000: 1, 20000: 3 };

if (!hasGnuTime()) {
  console.error('bench needs GNU time at /usr/bin/time (Debian: apt-get install -y time).');
  process.exit(2);
}

/**
 * Corpora live outside the repository: `mlconfig check <folder>` honours .gitignore, as git does, and
 * the repository ignores generated files.
 */
const corporaDir = arg('corpora', join(tmpdir(), 'mlconfig-bench'));

function corpus(size) {
  const dir = join(corporaDir, `corpus-${size}`);
  const stamp = join(dir, '.stamp');
  const want = JSON.stringify({ size, seed: SEEDS[size] ?? size, generator: readFileSync(join(root, 'bench', 'gen-corpus.mjs'), 'utf8').length });
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== want) {
    process.stderr.write(`generating ${size} files… `);
    const bytes = generate(dir, size, SEEDS[size] ?? size);
    writeFileSync(stamp, want);
    process.stderr.write(`${(bytes / 1e6).toFixed(1)} MB\n`);
  }
  return dir;
}

const fmt = (x, d = 2) => x.toFixed(d);
const sections = [];

for (const size of sizes) {
  const dir = corpus(size);
  const active = tools(root, dir).filter((t) => t.available && (!t.heavy || size <= heavyUpTo));
  for (const t of active) t.setup?.();
  process.on('exit', () => active.forEach((t) => t.teardown?.()));
  const samples = new Map(active.map((t) => [t.id, []]));
  for (let r = 0; r < runs + 1; r++) {
    for (const t of active) {
      const m = measure(t.argv, { cwd: t.cwd ?? root, env: t.env });
      if (r > 0) samples.get(t.id).push(m); // the first round warms the file cache and is dropped
      process.stderr.write(`${size} ${t.id} run ${r}: ${fmt(m.wall)} s\n`);
    }
  }
  const stats = new Map();
  for (const t of active) {
    const s = samples.get(t.id);
    stats.set(t.id, {
      wall: median(s.map((x) => x.wall)),
      min: Math.min(...s.map((x) => x.wall)),
      max: Math.max(...s.map((x) => x.wall)),
      cpu: median(s.map((x) => x.cpu)),
      rss: Math.max(...s.map((x) => x.rssMiB)),
    });
  }
  const rows = active.map((t) => {
    const s = stats.get(t.id);
    const base = stats.get(t.baseline ?? 'floor');
    return `| ${t.label} | ${t.files ?? size} | ${fmt(s.wall)} | ${fmt(s.min)}–${fmt(s.max)} | ${fmt(s.cpu)} | ${fmt(s.rss, 0)} | ${fmt((s.wall * 1000) / (t.files ?? size), 2)} | ${fmt(s.wall / base.wall)}× | ${fmt(s.cpu / base.cpu)}× | ${fmt(s.rss / base.rss)}× |`;
  });
  sections.push({
    size,
    table: [
      `### ${size.toLocaleString('en-US')} files (seed ${SEEDS[size] ?? size}, ${runs} runs each, medians)`,
      '',
      '| command | files | wall s | min–max s | CPU s | peak RSS MiB | wall ms / file | wall / floor | CPU / floor | RSS / floor |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...rows,
    ].join('\n'),
    stats,
  });
  console.log(sections[sections.length - 1].table + '\n');
}

// One-file start: `node -e 0` against `mlconfig check` on a single small config.
const one = join(root, 'bench', 'one-file');
mkdirSync(one, { recursive: true });
writeFileSync(join(one, 'train.yaml'), 'learning_rate: 3.0e-4\nlr_scheduler_type: cosine\nwarmup_ratio: 0.03\nper_device_train_batch_size: 8\nnum_train_epochs: 3\n');
const startup = { node: [], mlconfig: [] };
for (let r = 0; r < 11; r++) {
  const a = measure([process.execPath, '-e', '0']);
  const b = measure([process.execPath, join(root, 'packages/cli/bin/mlconfig.cjs'), 'check', join(one, 'train.yaml')]);
  if (r > 0) {
    startup.node.push(a.wall);
    startup.mlconfig.push(b.wall);
  }
}
rmSync(one, { recursive: true, force: true });
const startupTable = [
  '### One-file start (10 runs, medians)',
  '',
  '| command | wall s | min–max s | ratio to `node -e 0` |',
  '|---|---:|---:|---:|',
  `| \`node -e 0\` | ${fmt(median(startup.node))} | ${fmt(Math.min(...startup.node))}–${fmt(Math.max(...startup.node))} | 1.00× |`,
  `| \`mlconfig check train.yaml\` | ${fmt(median(startup.mlconfig))} | ${fmt(Math.min(...startup.mlconfig))}–${fmt(Math.max(...startup.mlconfig))} | ${fmt(median(startup.mlconfig) / median(startup.node))}× |`,
].join('\n');
console.log(startupTable);

// The targets of docs/benchmarks.md, judged on this run's figures.
const at = (size, id) => sections.find((s) => s.size === size)?.stats.get(id);
const verdict = (ok) => (ok === undefined ? 'not measured' : ok ? 'met' : 'missed');
const targetRows = [];
const target = (name, measured, ok) => targetRows.push(`| ${name} | ${measured} | ${verdict(ok)} |`);
{
  const m = at(2000, 'mlconfig');
  const f = at(2000, 'floor');
  target('`mlconfig check` wall ≤ 1.0× floor (2,000 files)', m && f ? `${fmt(m.wall / f.wall)}×` : '–', m && f ? m.wall / f.wall <= 1.0 : undefined);
  target('`mlconfig check` CPU ≤ 1.3× floor (2,000 files)', m && f ? `${fmt(m.cpu / f.cpu)}×` : '–', m && f ? m.cpu / f.cpu <= 1.3 : undefined);
  target('peak RSS ≤ 1.5× floor (2,000 files)', m && f ? `${fmt(m.rss / f.rss)}×` : '–', m && f ? m.rss / f.rss <= 1.5 : undefined);
  const cacheRatios = sections.map((s) => ({ size: s.size, r: s.stats.get('mlconfig-cache')?.wall / s.stats.get('floor')?.wall })).filter((x) => Number.isFinite(x.r));
  target('warm `--cache` ≤ 0.3× floor', cacheRatios.map((x) => `${fmt(x.r)}× (${x.size})`).join(', ') || '–', cacheRatios.length ? cacheRatios.every((x) => x.r <= 0.3) : undefined);
  const big = at(20000, 'mlconfig');
  // The floor's own peak grows with the number of files too (V8 sizes its heap to what it has seen).
  const bigFloor = at(20000, 'floor');
  const floorGrowth = f && bigFloor ? `; the floor's own: ${fmt((bigFloor.rss / f.rss - 1) * 100, 0)}%` : '';
  target('peak RSS flat from 2,000 to 20,000 files (≤ 15% growth)', m && big ? `${fmt(m.rss, 0)} → ${fmt(big.rss, 0)} MiB (${fmt((big.rss / m.rss - 1) * 100, 0)}%${floorGrowth})` : '–', m && big ? big.rss / m.rss <= 1.15 : undefined);
  const perFileOf = (id) => sections.map((s) => (s.stats.get(id)?.wall * 1000) / s.size).filter(Number.isFinite);
  const spreadOf = (xs) => (xs.length > 1 ? Math.max(...xs) / Math.min(...xs) - 1 : undefined);
  const perFile = perFileOf('mlconfig');
  const spread = spreadOf(perFile);
  // The process start is paid once per run, so on few files it dominates: the floor's own spread says how much.
  const floorSpread = spreadOf(perFileOf('floor'));
  target(
    'time per file constant within 15% (200 → 20,000 files)',
    perFile.length > 1 ? `${perFile.map((x) => fmt(x, 2)).join(' / ')} ms (spread ${fmt(spread * 100, 0)}%; the floor's own: ${fmt(floorSpread * 100, 0)}%)` : '–',
    spread === undefined ? undefined : spread <= 0.15,
  );
  const lang = at(2000, 'eslint-languages');
  const plug = at(2000, 'eslint-plugin');
  // ESLint costs more once any rule is on; a rule that does nothing says how much of the plugin's share that is.
  const noop = at(2000, 'eslint-noop');
  const noopCost = lang && noop ? ` (a rule that does nothing: +${fmt((noop.wall / lang.wall - 1) * 100, 0)}% wall)` : '';
  target('eslint-plugin-mlconfig adds ≤ 30% to ESLint (2,000 files)', lang && plug ? `+${fmt((plug.wall / lang.wall - 1) * 100, 0)}% wall, +${fmt((plug.cpu / lang.cpu - 1) * 100, 0)}% CPU${noopCost}` : '–', lang && plug ? plug.wall / lang.wall <= 1.3 : undefined);
  const startRatio = median(startup.mlconfig) / median(startup.node);
  target('one-file start ≤ 2× `node -e 0`', `${fmt(startRatio)}×`, startRatio <= 2);
}
const targetTable = ['### Targets, judged on this run', '', '| target | measured | status |', '|---|---|---|', ...targetRows].join('\n');
console.log('\n' + targetTable);

if (write) {
  const path = join(root, write);
  const previous = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const marker = '<!-- bench:results -->';
  const body = `${marker}\n\nMeasured ${new Date().toISOString().slice(0, 10)} on ${process.platform} ${process.arch}, Node ${process.version}, ${(await import('node:os')).cpus().length} cores.\n\n${targetTable}\n\n${sections.map((s) => s.table).join('\n\n')}\n\n${startupTable}\n\n<!-- /bench:results -->`;
  const next = previous.includes(marker) ? previous.replace(/<!-- bench:results -->[\s\S]*<!-- \/bench:results -->/, body) : `${previous}\n${body}\n`;
  writeFileSync(path, next);
  console.log(`\nwrote ${write}`);
}
