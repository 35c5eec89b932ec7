/**
 * Generates a deterministic corpus of realistic training configs for benchmarks: 60% YAML, 30% JSON,
 * 10% TOML, 20–200 lines each, with nested optimizer/scheduler blocks, comments, anchors and merge
 * keys (YAML), and a share of files with the problems mlconfig looks for. File i is generated from a
 * PRNG seeded by hash(seed, i), so the same seed and count always give byte-identical files.
 *
 *   node bench/gen-corpus.mjs --out bench/corpus-2000 --count 2000 --seed 1
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(seed, i) {
  let h = 2166136261 ^ seed;
  for (const c of String(i)) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

const OPTIMIZERS = ['adamw', 'adam', 'sgd', 'lion', 'adafactor', 'AdamW', 'torch.optim.AdamW', 'rmsprop'];
const SCHEDULES = ['cosine', 'linear', 'constant', 'cosine_with_restarts', 'polynomial', 'step', 'constant_with_warmup'];
const ACTIVATIONS = ['gelu', 'relu', 'silu', 'swiglu', 'tanh'];
const DATASETS = ['c4', 'wikitext', 'openwebtext', 'pile', 'redpajama', 'slimpajama', 'fineweb', 'dolma', 'laion', 'imagenet'];

/** One config as a tree: [key, value, comment?] entries; values are scalars, arrays or nested entry lists. */
function makeConfig(rand, targetLines) {
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const chance = (p) => rand() < p;
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const lrChoices = [1e-4, 2e-4, 3e-4, 5e-5, 1e-5, 2e-5, 6e-4, 1e-3];
  const optimizer = pick(OPTIMIZERS);
  const sgd = optimizer === 'sgd';
  let lr = sgd ? pick([0.1, 0.05, 0.01, 0.2]) : pick(lrChoices);
  const problem = rand(); // about 3% of files get each kind of problem
  if (problem < 0.03) lr = sgd ? 0.8 : 0.05;
  const steps = int(1, 40) * 1000;
  let warmup = Math.floor(steps * pick([0.01, 0.02, 0.05, 0.1]));
  if (problem >= 0.03 && problem < 0.06) warmup = steps + int(1, 500);
  const dropout = problem >= 0.06 && problem < 0.09 ? 1.5 : pick([0, 0.1, 0.05, 0.2]);
  const bothPrecisions = problem >= 0.09 && problem < 0.12;
  const negativeWd = problem >= 0.12 && problem < 0.15;
  const badBeta = problem >= 0.15 && problem < 0.18;
  const schedule = problem < 0.03 ? 'constant' : pick(SCHEDULES);

  const optimizerBlock = [
    ['type', optimizer],
    [chance(0.5) ? 'lr' : 'learning_rate', { number: lr, sci: chance(0.4) }, chance(0.3) ? 'peak learning rate' : undefined],
    ['weight_decay', { number: negativeWd ? -0.01 : pick([0, 0.01, 0.1, 0.05]) }],
  ];
  if (!sgd) optimizerBlock.push(['betas', [0.9, badBeta ? 1.0 : pick([0.95, 0.98, 0.999])]], ['eps', { number: 1e-8, sci: true }]);
  else optimizerBlock.push(['momentum', 0.9], ['nesterov', chance(0.5)]);
  const schedulerBlock = [
    ['name', schedule],
    ['warmup_steps', warmup],
    ['min_lr', { number: Number((lr / 10).toPrecision(3)), sci: true }],
  ];
  if (chance(0.3)) optimizerBlock.push(['param_groups', [[['name', 'no_decay'], ['weight_decay', 0]], [['name', 'embeddings'], ['lr_scale', 0.5]]]]);

  const model = [
    ['name', pick(['gpt2', 'llama', 'mistral', 'bert', 'vit', 'resnet50', 't5'])],
    ['hidden_size', pick([256, 512, 768, 1024, 2048, 4096])],
    ['num_layers', int(2, 48)],
    ['num_heads', pick([4, 8, 12, 16, 32])],
    ['activation', pick(ACTIVATIONS)],
    ['dropout', { number: dropout }],
    ['attention_dropout', pick([0, 0.1])],
    ['init_std', 0.02],
  ];
  const trainer = [
    [chance(0.5) ? 'max_steps' : 'max_iters', steps],
    ['micro_batch_size', pick([1, 2, 4, 8, 16])],
    ['gradient_accumulation_steps', pick([1, 2, 4, 8])],
    ['grad_clip', 1.0],
    ['precision', pick(['bf16-mixed', '16-mixed', '32-true'])],
    ['log_every_n_steps', pick([10, 50, 100])],
    ['eval_every', pick([500, 1000, 2000])],
    ['save_every', pick([1000, 5000])],
    ['seed', int(0, 9999)],
  ];
  if (bothPrecisions) trainer.push(['fp16', true], ['bf16', true]);
  const entries = [
    ['run_name', `run-${int(1000, 9999)}`, 'experiment name'],
    ['model', model],
    ['optimizer', optimizerBlock],
  ];
  if (chance(0.85)) entries.push([chance(0.5) ? 'scheduler' : 'lr_scheduler', schedulerBlock]);
  entries.push(['trainer', trainer]);
  const data = [
    ['dataset', pick(DATASETS)],
    ['num_workers', pick([2, 4, 8])],
    ['max_seq_len', pick([512, 1024, 2048, 4096])],
  ];
  entries.push(['data', data]);
  entries.push(['logging', [['project', pick(['llm', 'vision', 'speech'])], ['wandb', chance(0.5)], ['log_dir', `./logs/${int(1, 99)}`]]]);
  // Grow to the target length with data mixtures and callbacks, as real configs do.
  let lines = estimate(entries);
  const mix = [];
  while (lines + mix.length * 3 < targetLines) mix.push([['path', `s3://bucket/${pick(DATASETS)}/shard-${int(0, 999)}.jsonl`], ['weight', Number(rand().toFixed(3))]]);
  if (mix.length > 0) entries.push(['data_mixture', mix]);
  return { entries, duplicateKey: problem >= 0.18 && problem < 0.21 };
}

function estimate(entries) {
  let n = 0;
  for (const [, v] of entries) n += Array.isArray(v) && Array.isArray(v[0]) ? 1 + estimate(v) : Array.isArray(v) && Array.isArray(v[0]?.[0]) ? v.length * 3 : 1;
  return n;
}

const isEntries = (v) => Array.isArray(v) && v.length > 0 && Array.isArray(v[0]) && typeof v[0][0] === 'string';
const isListOfEntries = (v) => Array.isArray(v) && v.length > 0 && isEntries(v[0]);

function yamlScalar(v) {
  if (v && typeof v === 'object' && 'number' in v) return v.sci ? sci(v.number, true) : String(v.number);
  if (typeof v === 'string') return /^[a-z0-9_./:-]+$/i.test(v) && !/^(?:yes|no|on|off|true|false|null)$/i.test(v) ? v : JSON.stringify(v);
  return String(v);
}

/** `1e-4` (no dot: a string for PyYAML, as people often write it) or `1.0e-4`. */
function sci(n, bare) {
  const [m, e] = n.toExponential().split('e');
  const exp = e.startsWith('-') ? e : `+${e.replace('+', '')}`;
  return bare && !m.includes('.') ? `${m}e${exp.replace('+', '')}` : `${m.includes('.') ? m : m + '.0'}e${exp}`;
}

function toYaml({ entries, duplicateKey }, rand) {
  const out = ['# Training configuration', '# generated for mlconfig benchmarks', ''];
  const useAnchors = rand() < 0.5;
  if (useAnchors) out.push('defaults: &data_defaults', '  num_workers: 4', '  shuffle: true', '  pin_memory: true', '');
  const emit = (list, indent) => {
    const pad = '  '.repeat(indent);
    for (const [k, v, comment] of list) {
      const c = comment ? `  # ${comment}` : '';
      if (isEntries(v)) {
        out.push(`${pad}${k}:${c}`);
        if (useAnchors && k === 'data') out.push(`${pad}  <<: *data_defaults`);
        emit(v, indent + 1);
      } else if (isListOfEntries(v)) {
        out.push(`${pad}${k}:`);
        for (const item of v) {
          const [[k0, v0], ...rest] = item;
          out.push(`${pad}  - ${k0}: ${yamlScalar(v0)}`);
          for (const [k1, v1] of rest) out.push(`${pad}    ${k1}: ${yamlScalar(v1)}`);
        }
      } else if (Array.isArray(v)) {
        out.push(`${pad}${k}: [${v.map(yamlScalar).join(', ')}]${c}`);
      } else out.push(`${pad}${k}: ${yamlScalar(v)}${c}`);
    }
  };
  emit(entries, 0);
  if (duplicateKey) out.push('run_name: duplicate');
  return out.join('\n') + '\n';
}

function jsonValue(v) {
  if (v && typeof v === 'object' && 'number' in v) return v.number;
  if (isEntries(v)) return Object.fromEntries(v.map(([k, x]) => [k, jsonValue(x)]));
  if (isListOfEntries(v)) return v.map((item) => jsonValue(item));
  if (Array.isArray(v)) return v.map(jsonValue);
  return v;
}

function toJson({ entries, duplicateKey }) {
  const text = JSON.stringify(jsonValue(entries), null, 2);
  return duplicateKey ? text.replace(/^\{\n/, '{\n  "run_name": "duplicate",\n') + '\n' : text + '\n';
}

function tomlScalar(v) {
  if (v && typeof v === 'object' && 'number' in v) return Number.isInteger(v.number) ? String(v.number) : v.sci ? sci(v.number, false) : String(v.number);
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return Number.isInteger(v) && v >= 10000 && v % 1000 === 0 ? v.toLocaleString('en-US').replace(/,/g, '_') : String(v);
  return String(v);
}

function toToml({ entries }) {
  const out = ['# Training configuration (TOML)', ''];
  const tables = [];
  for (const [k, v, comment] of entries) {
    if (isEntries(v) || isListOfEntries(v)) tables.push([k, v]);
    else out.push(`${k} = ${Array.isArray(v) ? `[${v.map(tomlScalar).join(', ')}]` : tomlScalar(v)}${comment ? `  # ${comment}` : ''}`);
  }
  for (const [k, v] of tables) {
    if (isListOfEntries(v)) {
      for (const item of v) {
        out.push('', `[[${k}]]`);
        for (const [k1, v1] of item) out.push(`${k1} = ${tomlScalar(v1)}`);
      }
      continue;
    }
    out.push('', `[${k}]`);
    for (const [k1, v1] of v) {
      if (isListOfEntries(v1)) continue; // param groups: arrays of tables in TOML are rare in configs; skip
      out.push(`${k1} = ${Array.isArray(v1) ? `[${v1.map(tomlScalar).join(', ')}]` : tomlScalar(v1)}`);
    }
  }
  return out.join('\n') + '\n';
}

export function generate(out, count, seed) {
  rmSync(out, { recursive: true, force: true });
  for (const sub of ['yaml', 'json', 'toml']) mkdirSync(join(out, sub), { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const rand = mulberry32(hash(seed, i));
    const kind = i % 10 < 6 ? 'yaml' : i % 10 < 9 ? 'json' : 'toml';
    const config = makeConfig(rand, 20 + Math.floor(rand() * 181));
    const text = kind === 'yaml' ? toYaml(config, rand) : kind === 'json' ? toJson(config) : toToml(config);
    const name = join(out, kind, `config-${String(i).padStart(5, '0')}.${kind === 'yaml' ? (i % 7 === 0 ? 'yml' : 'yaml') : kind}`);
    writeFileSync(name, text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : fallback;
  };
  const out = arg('out', 'bench/corpus-2000');
  const count = Number(arg('count', '2000'));
  const seed = Number(arg('seed', '1'));
  const bytes = generate(out, count, seed);
  console.log(`${count} files, ${(bytes / 1e6).toFixed(2)} MB in ${out}`);
}
