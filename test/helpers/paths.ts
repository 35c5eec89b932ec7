import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `../shared` next to the repository, where the corpus and conformance suites live (CI has it too). */
export const SHARED_DIR = resolve(REPO_ROOT, '..', 'shared');

/** True when ../shared is present. Tests that need it skip, saying so, only when it is absent (a user's clone). */
export const HAS_SHARED = existsSync(join(SHARED_DIR, 'corpus'));

export const CORPUS_DIR = join(SHARED_DIR, 'corpus');
export const TESTSUITES_DIR = join(SHARED_DIR, 'testsuites');

/** The built CLI entry (run `npm run build` first; `npm test` does). */
export const CLI_BIN = join(REPO_ROOT, 'packages', 'cli', 'bin', 'mlconfig.cjs');

export const FIXTURES_DIR = join(REPO_ROOT, 'fixtures');
