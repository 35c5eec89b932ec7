/**
 * What a project's code names (commented-out-reads.ts, section-aliases.ts, notebook-code.ts) is read from every Python
 * file and notebook the walk finds: whatever the text, the readers return without throwing, every section said to be
 * read through a name holding it is one the code writes, and every key read through it too. `npm run fuzz` runs more
 * cases (FUZZ_RUNS).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeNames } from '../../packages/core/src/model/commented-out-reads.js';
import { sectionAliases } from '../../packages/core/src/model/section-aliases.js';
import { notebookCode } from '../../packages/core/src/model/notebook-code.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60) * 5;
const TIMEOUT_MS = Math.max(60_000, RUNS * 10);
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : 20261204;

/** Lines of scripts that take a section into a name and read it, or use the name otherwise. */
const LINE = fc.oneof(
  fc.constantFrom(
    "tc = cfg['training']\n", 'tc = config.get("training", {})\n', 'tc = cfg.train\n', '    tc = cfg.train  # again\n', 'cfg = cfg.model\n',
    "lr = tc['lr']\n", 'n = tc.epochs\n', 'w = tc.get("weight_decay", 0)\n', 'build(tc)\n', 'f(**tc)\n', 'for k in tc:\n', 'tc.items()\n',
    'model.train()\n', 'x = cfg[section]\n', 'getattr(cfg, name)\n', '# tc = cfg.other\n', 'tc == cfg.train\n', 'def g(tc):\n',
  ),
  fc.string({ maxLength: 12 }),
);

describe('codeNames and sectionAliases on arbitrary text', () => {
  it('never throw, and follow only sections and keys the code writes', () => {
    let followed = 0;
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.array(LINE, { maxLength: 16 }).map((lines) => lines.join(''))), (t) => {
        codeNames(t);
        for (const alias of sectionAliases(t)) {
          followed++;
          expect(t.includes(alias.section)).toBe(true);
          for (const span of alias.spans) expect(t.slice(span.from, span.to).includes(alias.section)).toBe(true);
          for (const key of alias.reads) expect(t.includes(key)).toBe(true);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // The generated scripts do reach names that hold a section.
    expect(followed).toBeGreaterThan(0);
  }, TIMEOUT_MS);

  it('notebookCode never throws, whatever the text or the JSON', () => {
    const json = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v));
    const cells = fc.array(fc.record({ cell_type: fc.constantFrom('code', 'markdown', 3), source: fc.oneof(fc.string(), fc.array(fc.oneof(fc.string(), fc.integer()))) }), { maxLength: 5 }).map((c) => JSON.stringify({ cells: c }));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), json, cells), (t) => {
        const code = notebookCode(t);
        if (code !== undefined) expect(typeof code).toBe('string');
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, TIMEOUT_MS);
});
