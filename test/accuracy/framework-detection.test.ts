/**
 * Framework detection on the shared corpus (fixtures/corpus-expectations/frameworks.json): which
 * framework each repository's files are, which look-alikes they must not be taken for (OLMo and LLM
 * Foundry share Composer's key names; Ludwig LLM configs share axolotl's `base_model`), and which
 * YAML loader reads them (NeMo runs Lightning's Trainer but is read by OmegaConf).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, formatFromPath, type Analysis } from '../../packages/core/src/index.js';
import { CORPUS_DIR, FIXTURES_DIR, HAS_SHARED } from '../helpers/paths.js';

interface RepoExpectation {
  readonly repo: string;
  readonly expect: readonly string[];
  readonly forbid: readonly string[];
  readonly loader?: string;
  /** Files exempt from `expect`, with the reason. */
  readonly except?: Readonly<Record<string, string>>;
}
interface FileExpectation {
  readonly file: string;
  readonly expect: readonly string[];
  readonly forbid?: readonly string[];
  readonly loader?: string;
}

const spec = JSON.parse(readFileSync(join(FIXTURES_DIR, 'corpus-expectations', 'frameworks.json'), 'utf8')) as { repositories: RepoExpectation[]; files: FileExpectation[] };

function analyzeFile(rel: string): Analysis | undefined {
  const format = formatFromPath(rel);
  if (!format || format === 'js') return undefined;
  return analyze(readFileSync(join(CORPUS_DIR, rel), 'utf8'), { format, filePath: rel }).analysis;
}

describe.skipIf(!HAS_SHARED)('framework detection on the shared corpus', () => {
  if (!HAS_SHARED) console.warn('Skipping framework detection expectations: ../shared/corpus is not present.');

  it.each(spec.repositories.map((r) => [r.repo, r] as const))('%s', (repo, r) => {
    const problems: string[] = [];
    const files = readdirSync(join(CORPUS_DIR, repo)).sort();
    let checked = 0;
    for (const f of files) {
      const analysis = analyzeFile(`${repo}/${f}`);
      if (!analysis) continue; // Python files, and files that do not parse (tested elsewhere)
      checked++;
      const ids = analysis.frameworks.map((x) => x.id);
      if (!r.except?.[f]) for (const id of r.expect) if (!ids.includes(id)) problems.push(`${f}: ${id} not detected (got ${ids.join(', ') || 'none'})`);
      for (const id of r.forbid) if (ids.includes(id)) problems.push(`${f}: wrongly detected as ${id} (${analysis.frameworks.find((x) => x.id === id)?.evidence.join('; ')})`);
      if (r.loader && !r.except?.[f] && analysis.loader.id !== r.loader) problems.push(`${f}: read with ${analysis.loader.id}, expected ${r.loader}`);
    }
    expect(checked).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it.each(spec.files.map((f) => [f.file, f] as const))('%s', (file, f) => {
    const analysis = analyzeFile(file);
    expect(analysis, `${file} parses`).toBeDefined();
    const ids = analysis!.frameworks.map((x) => x.id);
    for (const id of f.expect) expect(ids, `${file} is ${id}`).toContain(id);
    for (const id of f.forbid ?? []) expect(ids, `${file} is not ${id}`).not.toContain(id);
    if (f.loader) expect(analysis!.loader.id).toBe(f.loader);
  });
});
