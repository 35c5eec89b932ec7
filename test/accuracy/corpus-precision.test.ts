/**
 * Precision on the shared corpus: the engine (strict preset) against the reviewed expectations of
 * fixtures/corpus-expectations/findings.json — expected findings present at the right lines, named
 * rules quiet where the configs are unusual but correct, no rule crashing anywhere, and parse errors
 * only where the YAML is really broken. Expectations for rules that are not registered yet are
 * pending: listed in the output, never failed, and checked as soon as the rule exists.
 */
import { describe, expect, it } from 'vitest';
import { HAS_SHARED } from '../helpers/paths.js';
import {
  corpusFiles,
  describeDiagnostic,
  isRegistered,
  lintCorpusFile,
  loadExpectations,
  PARSE_ERROR,
  violations,
  type Case,
} from './corpus-expectations.js';

const spec = loadExpectations();

describe('corpus expectations are well formed', () => {
  it('cover every warning case, trap and must-not-flag file of CORPUS-NOTES', () => {
    const ids = new Set(spec.cases.map((c) => c.id));
    for (let i = 1; i <= 15; i++) {
      expect(ids, `W${i}`).toContain(`W${i}`);
      expect(ids, `T${i}`).toContain(`T${i}`);
    }
    expect(spec.cases.filter((c) => c.source.includes('§8')).length).toBeGreaterThanOrEqual(10);
  });

  it('give every expectation a reason, lines and a known severity', () => {
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const c of spec.cases) {
      if (seen.has(c.id)) problems.push(`${c.id}: duplicate id`);
      seen.add(c.id);
      if (!c.expect?.length && !c.clean?.length) problems.push(`${c.id}: expects nothing`);
      for (const e of c.expect ?? []) {
        if (!e.why) problems.push(`${c.id}/${e.rule}: no reason`);
        if (e.lines.length === 0 || e.lines.some((l) => !Number.isInteger(l) || l < 1)) problems.push(`${c.id}/${e.rule}: lines must be 1-based integers`);
      }
      for (const k of c.clean ?? []) {
        if (!k.why) problems.push(`${c.id}/${k.rule}: no reason`);
        if (k.maxSeverity && !['info', 'warn', 'error'].includes(k.maxSeverity)) problems.push(`${c.id}/${k.rule}: bad maxSeverity`);
        if (k.lines && (k.lines.length === 0 || k.lines.some((l) => !Number.isInteger(l) || l < 1))) problems.push(`${c.id}/${k.rule}: clean lines must be 1-based integers`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe.skipIf(!HAS_SHARED)('precision on the shared corpus (strict preset)', () => {
  if (!HAS_SHARED) console.warn('Skipping corpus precision: ../shared/corpus is not present.');
  const files = HAS_SHARED ? corpusFiles() : [];
  const cache = new Map<string, ReturnType<typeof lintCorpusFile>>();
  const diagnosticsOf = (rel: string): ReturnType<typeof lintCorpusFile> => {
    let d = cache.get(rel);
    if (!d) {
      d = lintCorpusFile(rel, spec.preset);
      cache.set(rel, d);
    }
    return d;
  };
  const pending: string[] = [];
  const unblocked: string[] = [];

  it('references files that exist', () => {
    const missing = [...spec.cases.map((c) => c.file), ...spec.everywhere.parseErrorsOnlyIn].filter((f) => !files.includes(f));
    expect(missing).toEqual([]);
  });

  it('never crashes a rule, and reports parse errors only where the YAML is broken', () => {
    const problems: string[] = [];
    for (const f of files) {
      const diagnostics = diagnosticsOf(f);
      for (const forbid of spec.everywhere.forbid) for (const d of violations(diagnostics, forbid)) problems.push(`${f}: ${describeDiagnostic(d)}`);
      if (!spec.everywhere.parseErrorsOnlyIn.includes(f)) for (const d of diagnostics.filter((x) => x.ruleId === PARSE_ERROR)) problems.push(`${f}: ${describeDiagnostic(d)}`);
    }
    expect(files.length).toBeGreaterThan(300);
    expect(problems).toEqual([]);
  });

  it('gives every finding a one-sentence message, an explanation and a position, and one finding per place', () => {
    const problems: string[] = [];
    for (const f of files) {
      const seen = new Map<string, string>();
      for (const d of diagnosticsOf(f)) {
        const at = `${f}:${d.line}:${d.column} ${d.ruleId}`;
        if (!(d.line >= 1 && d.column >= 1)) problems.push(`${at}: no 1-based position`);
        if (!/\.$/.test(d.message) || /\.\s+[A-Z]/.test(d.message)) problems.push(`${at}: message is not one sentence ending with a period: ${d.message}`);
        if (!d.explanation || d.explanation !== d.explanation.trim() || !/[.)"!]$/.test(d.explanation)) problems.push(`${at}: explanation missing or unfinished`);
        // Two rules on the same key or value say the same thing twice (rules that overlap defer to one another).
        const place = `${d.line}:${d.column}`;
        const other = seen.get(place);
        if (other && other !== d.ruleId) problems.push(`${at}: same place as ${other}`);
        seen.set(place, d.ruleId);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(spec.cases.map((c) => [`${c.id} ${c.about}`, c] as const))('%s', (_, c: Case) => {
    const diagnostics = diagnosticsOf(c.file);
    const problems: string[] = [];
    for (const e of c.expect ?? []) {
      const hit = diagnostics.find((d) => d.ruleId === e.rule && e.lines.includes(d.line));
      if (!isRegistered(e.rule) || e.blockedBy) {
        pending.push(`${c.id} ${e.rule} @ ${c.file}:${e.lines.join('|')} — ${e.blockedBy ?? 'rule not registered yet'}`);
        if (hit && e.blockedBy) unblocked.push(`${c.id} ${e.rule}: now reported (${describeDiagnostic(hit)}); remove blockedBy`);
        continue;
      }
      if (!hit) {
        const same = diagnostics.filter((d) => d.ruleId === e.rule).map(describeDiagnostic);
        problems.push(`expected ${e.rule} at line ${e.lines.join(' or ')} (${e.why})${same.length ? `; it reported ${same.join('; ')}` : '; it did not report'}`);
      }
    }
    for (const k of c.clean ?? []) {
      if (!isRegistered(k.rule)) {
        pending.push(`${c.id} must stay clean of ${k.rule} @ ${c.file} — rule not registered yet`);
        continue;
      }
      for (const d of violations(diagnostics, k)) problems.push(`must stay clean of ${k.rule} (${k.why}), but: ${describeDiagnostic(d)}`);
    }
    expect(problems, `${c.id} ${c.file}`).toEqual([]);
  });

  it.each(spec.repositories.map((r, i) => [`${r.repo} #${i}`, r] as const))('repository %s stays clean of the named rules', (_, r) => {
    const problems: string[] = [];
    for (const f of files.filter((x) => x.startsWith(`${r.repo}/`))) {
      for (const k of r.clean) {
        if (!isRegistered(k.rule)) continue;
        for (const d of violations(diagnosticsOf(f), k)) problems.push(`${f}: ${describeDiagnostic(d)} (${k.why})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists the pending expectations', () => {
    const registered = spec.cases.flatMap((c) => [...(c.expect ?? []), ...(c.clean ?? [])]).filter((x) => isRegistered(x.rule) && !('blockedBy' in x && x.blockedBy)).length;
    console.log(
      [`corpus precision: ${registered} expectations checked, ${pending.length} pending`, ...pending.map((p) => `  pending: ${p}`), ...unblocked.map((u) => `  UNBLOCKED: ${u}`)].join('\n'),
    );
    // A blocked expectation that is now met should be activated by removing its blockedBy.
    expect(unblocked).toEqual([]);
  });
});
