/**
 * The readers of a project's scripts see every Python file the walk finds: whatever the text (fragments of decorators,
 * unbalanced brackets and quotes, paths built from `__file__`, YAML readers and `float()` calls), they return without
 * throwing; every config folder named is a relative POSIX path, and every key said to be converted (or set on a file
 * loaded by name, or a warmup the script uses as something else) is one a script could write. `npm run fuzz` runs more cases (FUZZ_RUNS).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hydraEntryPoints } from '../../packages/core/src/index.js';
import { yamlLoaderCalls } from '../../packages/core/src/model/yaml-loader-calls.js';
import { replacedInNamedFiles } from '../../packages/core/src/model/replaced-settings.js';
import { warmupAddedToRun, warmupDecayPoints } from '../../packages/core/src/model/warmup-in-scripts.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60) * 5;
// vitest's 60 s limit suits `npm test`'s bounded runs; a long `npm run fuzz` needs time in proportion.
const TIMEOUT_MS = Math.max(60_000, RUNS * 10);
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : 20261129;

/** Pieces of real entry points, shuffled into arbitrary text. */
const PIECES = ['import hydra\n', 'from hydra import main, initialize, compose\n', '@hydra.main(', '@main(', 'initialize(', 'compose(', 'config_path=', 'config_name=',
  'version_base=None', '"../configs"', "'conf'", '".\\\\configs"', 'r"conf/x.yaml"', 'None', 'os.path.join(', 'os.path.dirname(', 'os.path.realpath(', '__file__', 'Path(__file__)',
  '.parent', '.parents[2]', ' / "conf"', 'str(', 'CONFIG_DIR', 'CONFIG_DIR = ', ')', '(', '[', ']', ',', '#', '\n', ' ', '"', "'", '\\', 'hydra'];

describe('hydraEntryPoints on arbitrary text', () => {
  it('never throws, and names only relative POSIX config folders', () => {
    const text = fc.oneof(fc.string({ maxLength: 400 }), fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(text, (t) => {
        for (const e of hydraEntryPoints(t)) {
          expect(e.configPath).not.toBe('');
          expect(e.configPath).not.toMatch(/\\|^\//);
          expect(e.call.length).toBeLessThanOrEqual(2100);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, TIMEOUT_MS);
});

/** Pieces of the ways scripts read YAML and convert its values. */
const READER_PIECES = ['import yaml\n', 'yaml.safe_load(', 'yaml.load(', 'yaml.unsafe_load(value)', 'OmegaConf.load(', 'from ruamel.yaml import YAML\n', 'import simple_parsing\n',
  'Config.fromfile(', 'float(', 'params[', "'lr'", '"eps"', ']', '.get(', 'cfg.optim.lr', 'for key, value in config.items():\n', 'config[key] = float(value)', ')', '(', '#', '\n', ' ', '.', ',',
  'config = cfg.get("weights", None)\n', 'config = self.flatten_dict(cfg)\n', 'float_params = ["lr", ', 'if key in float_params:\n    ', 'value = float(value)', "is_config_file=True", '.add(', 'type=float'];

describe('yamlLoaderCalls on arbitrary text', () => {
  it('never throws, and names only keys a script could write', () => {
    const text = fc.oneof(fc.string({ maxLength: 400 }), fc.array(fc.oneof(fc.constantFrom(...READER_PIECES), fc.string({ maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(text, (t) => {
        const calls = yamlLoaderCalls(t);
        for (const key of calls.floatKeys) {
          // `*`, `**` and `***`: every top-level value, every mapping value, every value; `name.*`: every value of the mappings under `name`.
          expect(key === '*' || key === '**' || key === '***' || t.includes(key.replace(/\.\*$/, ''))).toBe(true);
          expect(key).not.toMatch(/\n/);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, TIMEOUT_MS);
});

/** Scripts that load a config by a written path (or not), then set keys, with noise lines and random indentation between. */
const PATHS = ['"configs/ft.yml"', "'a.json'", 'f"{root}/x.yaml"', "'..\\\\c\\\\d.yml'", 'args.config', '"x.txt"'];
const INDENT = fc.constantFrom('', '    ', '        ');
const LINE = fc.oneof(
  fc.tuple(INDENT, fc.constantFrom('cfg["lr"] = ', "cfg['wd'] = ", 'cfg.epochs = ', 'other["x"] = ', 'cfg[k] = '), fc.constantFrom('1', 'args.lr', 'float(cfg["lr"])', '', '(')).map(([i, a, v]) => `${i}${a}${v}\n`),
  fc.tuple(INDENT, fc.constantFrom('# note', 'if x:', 'cfg = {}', 'def g():', '', 'x = open("y.yml")')).map(([i, a]) => `${i}${a}\n`),
  fc.string({ maxLength: 8 }),
);
const SCRIPT = fc
  .tuple(fc.constantFrom('def main(args):\n', ''), fc.constantFrom(...PATHS), fc.boolean(), fc.array(LINE, { maxLength: 12 }))
  .map(([head, path, omega, lines]) => head + (omega ? `    cfg = OmegaConf.load(${path})\n` : `    with open(${path}) as f:\n        cfg = yaml.safe_load(f)\n`) + lines.join(''));

describe('replacedInNamedFiles on arbitrary text', () => {
  it('never throws, and names only files and keys the script writes', () => {
    let found = 0;
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), SCRIPT), (t) => {
        const replaced = replacedInNamedFiles(t);
        if (replaced.length > 0) found++;
        for (const r of replaced) {
          expect(r.file).toMatch(/\.(?:ya?ml|json)$/i);
          expect(r.file).not.toMatch(/\\|^\/|\n|[{}]/);
          expect(t.includes(r.key)).toBe(true);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // The scripts do reach the case looked for.
    expect(found).toBeGreaterThan(0);
  }, TIMEOUT_MS);
});

/** Training loops that compare the step with a warmup-named setting, or add one to the run's length, among noise lines. */
const WARMUP_LINE = fc.oneof(
  fc.tuple(INDENT, fc.constantFrom('if step >= warm_up_steps:', "if it > cfg['warmup_iters']:", 'if args.warmup_steps <= global_step:  # decay', 'elif epoch >= warmup_epochs:', 'if step < warmup_steps:')).map(([i, a]) => `${i}${a}\n`),
  fc.tuple(INDENT, fc.constantFrom('lr = lr / 10', 'current_learning_rate /= 10', "g['lr'] *= 0.1", 'lr = base_lr / 10', 'pass', 'lr = lr * step / warmup_steps')).map(([i, a]) => `${i}${a}\n`),
  fc.tuple(INDENT, fc.constantFrom("n = opt['train']['epochs'] + opt['train']['warmup_epochs']", 'm = cfg.warmup_epochs + cfg.max_epochs', 'k = epoch + warmup_epochs', 't = epochs - warmup_epochs')).map(([i, a]) => `${i}${a}\n`),
  fc.string({ maxLength: 8 }),
);

describe('warmupDecayPoints and warmupAddedToRun on arbitrary text', () => {
  it('never throw, and name only warmup settings the script writes', () => {
    let found = 0;
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.array(WARMUP_LINE, { maxLength: 12 }).map((lines) => lines.join(''))), (t) => {
        const named = [...warmupDecayPoints(t).keys(), ...warmupAddedToRun(t).keys()];
        if (named.length > 0) found++;
        for (const key of named) {
          expect(key).toMatch(/warm_?up/i);
          expect(t.includes(key)).toBe(true);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // The generated loops do reach the cases looked for.
    expect(found).toBeGreaterThan(0);
  }, TIMEOUT_MS);
});
