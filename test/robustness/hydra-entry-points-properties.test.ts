/**
 * The readers of a project's scripts see every Python file the walk finds: whatever the text (fragments of decorators,
 * unbalanced brackets and quotes, paths built from `__file__`, YAML readers and `float()` calls), they return without
 * throwing; every config folder named is a relative POSIX path, and every key said to be converted is one a script
 * could write. `npm run fuzz` runs more cases (FUZZ_RUNS).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hydraEntryPoints } from '../../packages/core/src/index.js';
import { yamlLoaderCalls } from '../../packages/core/src/model/yaml-loader-calls.js';

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
  'Config.fromfile(', 'float(', 'params[', "'lr'", '"eps"', ']', '.get(', 'cfg.optim.lr', 'for key, value in config.items():\n', 'config[key] = float(value)', ')', '(', '#', '\n', ' ', '.', ','];

describe('yamlLoaderCalls on arbitrary text', () => {
  it('never throws, and names only keys a script could write', () => {
    const text = fc.oneof(fc.string({ maxLength: 400 }), fc.array(fc.oneof(fc.constantFrom(...READER_PIECES), fc.string({ maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(text, (t) => {
        const calls = yamlLoaderCalls(t);
        for (const key of calls.floatKeys) {
          expect(key === '*' || t.includes(key)).toBe(true);
          expect(key).not.toMatch(/\n/);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, TIMEOUT_MS);
});
