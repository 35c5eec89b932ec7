/**
 * `mlconfig classify` must be right: the classifier has to agree with at least 95% of the labelled
 * fields (kind and concept both) of fixtures/classification. Every disagreement is printed so a
 * regression shows what moved. Labels are ground truth; fix the classifier, never the labels.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, HAS_SHARED, REPO_ROOT } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';
import { accuracy, accuracyBy, corpusLabels, describeDisagreements, labelProblems, score, syntheticLabels, SYNTHETIC_DIR, type Outcome } from './label-set.js';

const THRESHOLD = 0.95;

function report(name: string, outcomes: readonly Outcome[], by: (file: string) => string): void {
  const rows = [...accuracyBy(outcomes, (l) => by(l.file))].map(([k, v]) => `  ${k.padEnd(48)} ${v.agree}/${v.total}`);
  const lines = describeDisagreements(outcomes);
  console.log(
    [`${name}: ${(accuracy(outcomes) * 100).toFixed(1)}% of ${outcomes.length} labels agree (kind and concept)`, ...rows, lines.length > 0 ? `${name} disagreements:` : '', ...lines.map((l) => `  ${l}`)]
      .filter(Boolean)
      .join('\n'),
  );
}

describe('classification accuracy on synthetic learned-parameter fixtures', () => {
  const source = syntheticLabels();

  it('has well-formed labels', () => {
    expect(labelProblems(source)).toEqual([]);
    expect(source.labels.filter((l) => l.kind === 'learned-parameter').length).toBeGreaterThanOrEqual(50);
  });

  it(`agrees with at least ${THRESHOLD * 100}% of the labels`, () => {
    const outcomes = score(source);
    report('synthetic', outcomes, (f) => f);
    expect(outcomes.filter((o) => !o.field).map((o) => o.label.pointer), 'every labelled pointer names a field').toEqual([]);
    expect(accuracy(outcomes)).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('never calls a labelled hyperparameter a learned parameter (leakage rules would misfire)', () => {
    const wrong = score(source).filter((o) => o.label.kind !== 'learned-parameter' && o.field?.kind === 'learned-parameter');
    expect(describeDisagreements(wrong)).toEqual([]);
  });
});

describe.skipIf(!HAS_SHARED)('classification accuracy on the shared corpus', () => {
  if (!HAS_SHARED) console.warn('Skipping corpus classification accuracy: ../shared/corpus is not present.');
  const source = corpusLabels();

  it('has well-formed labels spread over the repositories and formats', () => {
    expect(labelProblems(source)).toEqual([]);
    expect(source.labels.length).toBeGreaterThanOrEqual(400);
    const repos = new Set(source.labels.map((l) => l.file.split('/')[0]));
    // 17 repositories: karpathy/nanoGPT's configs are Python files, which mlconfig does not read.
    expect(repos.size).toBeGreaterThanOrEqual(17);
    const formats = new Set(source.labels.map((l) => l.file.replace(/^.*\./, '').replace('yml', 'yaml')));
    expect([...formats].sort()).toEqual(['json', 'toml', 'yaml']);
  });

  it(`agrees with at least ${THRESHOLD * 100}% of the labels`, () => {
    const outcomes = score(source);
    report('corpus', outcomes, (f) => f.split('/')[0]);
    const holdout = outcomes.filter((o) => o.label.group === 'holdout');
    console.log(`corpus holdout (labelled after tuning): ${(accuracy(holdout) * 100).toFixed(1)}% of ${holdout.length}; development: ${(accuracy(outcomes.filter((o) => o.label.group !== 'holdout')) * 100).toFixed(1)}%`);
    expect(outcomes.filter((o) => !o.field).map((o) => `${o.label.file}#${o.label.pointer}`), 'every labelled pointer names a field').toEqual([]);
    expect(accuracy(outcomes)).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('finds no learned parameters among labelled corpus fields (real configs hold none)', () => {
    const wrong = score(source).filter((o) => o.field?.kind === 'learned-parameter');
    expect(describeDisagreements(wrong)).toEqual([]);
  });
});

/** The CLI is what users run: its JSON output must carry the same decisions as the library. */
describe('mlconfig classify --format json reports the same decisions', () => {
  const cases: Array<{ root: string; file: string; source: 'corpus' | 'synthetic' }> = [
    { root: SYNTHETIC_DIR, file: 'pytorch-checkpoint.json', source: 'synthetic' },
    { root: SYNTHETIC_DIR, file: 'lightgbm-params.yaml', source: 'synthetic' },
    ...(HAS_SHARED
      ? [
          { root: CORPUS_DIR, file: 'pytorch__torchtitan/torchtitan__models__llama3__train_configs__llama3_8b.toml', source: 'corpus' as const },
          { root: CORPUS_DIR, file: 'speechbrain__speechbrain/recipes__LibriTTS__vocoder__hifigan__hparams__train.yaml', source: 'corpus' as const },
        ]
      : []),
  ];

  it.each(cases)('$file', ({ root, file, source }) => {
    const labels = (source === 'corpus' ? corpusLabels() : syntheticLabels()).labels.filter((l) => l.file === file);
    expect(labels.length).toBeGreaterThan(5);
    const run = runCli(['classify', '--format', 'json', '--all', join(root, file)], { cwd: REPO_ROOT });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { fields: Array<{ pointer: string; kind: string; concept?: string; line: number }> };
    const byPointer = new Map(out.fields.map((f) => [f.pointer, f]));
    const library = new Map(score({ name: source, root, labels }).map((o) => [o.label.pointer, o.field]));
    const text = readFileSync(join(root, file), 'utf8');
    for (const l of labels) {
      const cli = byPointer.get(l.pointer);
      expect(cli, `${file}#${l.pointer} is listed`).toBeDefined();
      expect({ kind: cli?.kind, concept: cli?.concept ?? null }).toEqual({ kind: library.get(l.pointer)?.kind, concept: library.get(l.pointer)?.concept ?? null });
      // The reported line holds the key.
      const key = l.pointer.split('/').pop()!.replace(/~1/g, '/').replace(/~0/g, '~');
      expect(text.split('\n')[cli!.line - 1], `${file}#${l.pointer} line`).toContain(key);
    }
  });
});
