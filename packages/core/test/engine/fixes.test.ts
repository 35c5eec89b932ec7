import { describe, expect, it } from 'vitest';
import { applyFixes, defineRule, lint, type Diagnostic, type Rule } from '../../src/index.js';

const SCI = { extends: [] as string[], rules: { 'yaml-sci-notation-string': 'warn' } } as const;

function fixOnce(text: string): { output: string; fixed: number } {
  const result = lint(text, { format: 'yaml', settings: SCI });
  const out = applyFixes(text, result.diagnostics);
  return { output: out.output, fixed: out.fixed.length };
}

describe('applyFixes', () => {
  it('edits only the fixed ranges and keeps comments, spacing and quotes byte for byte', () => {
    const text = '# peak rate\nlearning_rate:   2e-5   # tuned\nname: "1e-4"\nmodel:\n  eps: 1e-8\n';
    const { output, fixed } = fixOnce(text);
    expect(fixed).toBe(2);
    expect(output).toBe('# peak rate\nlearning_rate:   2.0e-5   # tuned\nname: "1e-4"\nmodel:\n  eps: 1.0e-8\n');
  });

  it('keeps CRLF line ends', () => {
    const { output } = fixOnce('lr: 3e-4\r\nwd: 1e-2\r\n');
    expect(output).toBe('lr: 3.0e-4\r\nwd: 1.0e-2\r\n');
  });

  it('puts a byte-order mark back', () => {
    const { output } = fixOnce('\uFEFFlr: 3e-4\n');
    expect(output).toBe('\uFEFFlr: 3.0e-4\n');
  });

  it('changes nothing on a second pass', () => {
    const first = fixOnce('lr: 3e-4\nbetas: [9e-1, 0.999]\n').output;
    const second = fixOnce(first);
    expect(second.fixed).toBe(0);
    expect(second.output).toBe(first);
  });

  it('fixes an anchored value once, where it is written, however many aliases use it', () => {
    const text = 'base: &lr 2e-5\na: {lr: *lr}\nb: {lr: *lr}\n';
    const result = lint(text, { format: 'yaml', settings: SCI });
    expect(result.diagnostics.map((d) => `${d.line}:${d.column}`)).toEqual(['1:11']);
    expect(applyFixes(text, result.diagnostics).output).toBe('base: &lr 2.0e-5\na: {lr: *lr}\nb: {lr: *lr}\n');
  });

  it('defers a fix that overlaps an earlier one to the next pass, as ESLint does', () => {
    // Two test rules whose fixes overlap on "abcdef": the earlier one wins this pass.
    const wrap = (id: string, start: number, end: number, text: string): Rule =>
      defineRule({
        id,
        severity: 'warn',
        category: 'syntax',
        description: 'Test rule with a fix',
        presets: ['strict'],
        references: [{ title: 'test' }],
        fixable: true,
        check(ctx) {
          if (!ctx.doc.text.startsWith('abcdef')) return;
          ctx.report({ range: [start, end], message: `${id}.`, explanation: 'Test.', fix: { description: id, edits: [{ range: [start, end], text }] } });
        },
      });
    const rules = [wrap('test-first', 0, 4, 'WXYZ'), wrap('test-second', 2, 6, '1234')];
    const settings = { extends: [] as string[], rules: { 'test-first': 'warn', 'test-second': 'warn' } } as const;
    const pass1 = lint('abcdef: 1\n', { format: 'yaml', settings, rules });
    const out1 = applyFixes('abcdef: 1\n', pass1.diagnostics);
    expect(out1.fixed.map((d) => d.ruleId)).toEqual(['test-first']);
    expect(out1.output).toBe('WXYZef: 1\n');
  });

  it('applies several edits of one fix together and skips a fix whose own edits overlap', () => {
    const d = (edits: { range: [number, number]; text: string }[], ruleId = 'x'): Diagnostic => ({
      ruleId,
      severity: 'warn',
      message: 'm.',
      explanation: 'e.',
      path: '',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      range: edits[0].range,
      fix: { description: 'd', edits },
    });
    const text = 'a: 1\nb: 2\n';
    expect(applyFixes(text, [d([{ range: [8, 9], text: '20' }, { range: [3, 4], text: '10' }])]).output).toBe('a: 10\nb: 20\n');
    expect(applyFixes(text, [d([{ range: [3, 4], text: 'x' }, { range: [3, 9], text: 'y' }])]).fixed).toEqual([]);
    expect(applyFixes(text, [d([{ range: [0, 0], text: '# top\n' }])]).output).toBe('# top\na: 1\nb: 2\n');
  });

  it('never applies suggestions, only fixes', () => {
    const text = 'lr_scheduler_type: constant\nwarmup_ratio: 0.1\nper_device_train_batch_size: 8\nlearning_rate: 1.0e-5\n';
    const result = lint(text, { format: 'yaml', settings: { extends: [], rules: { 'constant-schedule-ignores-warmup': 'warn' } } });
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0].suggestions?.[0].edits[0].text).toBe('constant_with_warmup');
    expect(applyFixes(text, result.diagnostics).output).toBe(text);
  });
});
