/**
 * The reader of Hydra entry points sees every Python script of a project: whatever the text (fragments of decorators,
 * unbalanced brackets and quotes, paths built from `__file__`), it returns without throwing, and every config folder it
 * names is a relative POSIX path. `npm run fuzz` runs more cases (FUZZ_RUNS).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hydraEntryPoints } from '../../packages/core/src/index.js';

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
