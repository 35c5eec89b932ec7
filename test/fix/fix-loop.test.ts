/**
 * The autofix loop (`fixText`) with the real engine: test rules run through core's `lint`, and
 * the loop's guarantees are checked on what it returns: up to 10 passes, overlapping fixes
 * deferred to the next pass, a fix that breaks the file thrown away, suggestions never applied.
 */
import { defineRule, lint, type Rule } from '@mlconfig/core';
import { describe, expect, it } from 'vitest';
import { MAX_FIX_PASSES, fixText } from '../../packages/cli/src/fix/fix-text.js';

const testRule = (id: string, check: Rule['check']): Rule => defineRule({ id, severity: 'warn', category: 'advice', description: `test rule ${id}`, presets: [], references: [], fixable: true, check });

/** Reports `steps` below 100 and fixes it to the next integer: one step per pass. */
const increment = testRule('test-increment', (ctx) => {
  for (const f of ctx.fields) {
    if (f.name === 'steps' && f.value.kind === 'scalar' && typeof f.value.value === 'number' && f.value.value < 100) {
      ctx.report({ field: f, message: 'Too few steps.', explanation: 'Test.', fix: { description: 'Add one', edits: [{ range: f.value.range, text: String(f.value.value + 1) }] } });
    }
  }
});

/** Two rules that both want to rewrite `name`: their edits overlap. */
const upper = testRule('test-upper', (ctx) => {
  for (const f of ctx.fields) {
    if (f.name === 'name' && f.value.kind === 'scalar' && typeof f.value.value === 'string' && f.value.value !== f.value.value.toUpperCase()) {
      ctx.report({ field: f, message: 'Not upper case.', explanation: 'Test.', fix: { description: 'Upper-case', edits: [{ range: f.value.range, text: f.value.value.toUpperCase() }] } });
    }
  }
});
const suffix = testRule('test-suffix', (ctx) => {
  for (const f of ctx.fields) {
    if (f.name === 'name' && f.value.kind === 'scalar' && typeof f.value.value === 'string' && !f.value.value.toLowerCase().endsWith('-v2')) {
      ctx.report({ field: f, message: 'No suffix.', explanation: 'Test.', fix: { description: 'Add -v2', edits: [{ range: f.value.range, text: `${f.value.value}-v2` }] } });
    }
  }
});

/** A broken fix: turns the value into YAML that does not parse. */
const breaker = testRule('test-breaker', (ctx) => {
  for (const f of ctx.fields) {
    if (f.name === 'lr') ctx.report({ field: f, message: 'Break.', explanation: 'Test.', fix: { description: 'Break it', edits: [{ range: f.value.range, text: '[1, 2' }] } });
  }
});

/** Only suggestions, which a person must choose. */
const suggester = defineRule({
  id: 'test-suggest',
  severity: 'warn',
  category: 'advice',
  description: 'test rule test-suggest',
  presets: [],
  references: [],
  hasSuggestions: true,
  check(ctx) {
    for (const f of ctx.fields) {
      if (f.name === 'optim') ctx.report({ field: f, message: 'Consider AdamW.', explanation: 'Test.', suggestions: [{ description: 'Use adamw', edits: [{ range: f.value.range, text: 'adamw' }] }] });
    }
  },
});

function linter(...rules: Rule[]) {
  const settings = { extends: [], rules: Object.fromEntries(rules.map((r) => [r.id, 'warn' as const])) };
  return (text: string) => lint(text, { format: 'yaml', rules, settings }).diagnostics;
}

describe('fixText', () => {
  it('repeats passes until nothing changes, at most 10', () => {
    const out = fixText('steps: 1  # keep\n', linter(increment));
    expect(out.passes).toBe(MAX_FIX_PASSES);
    expect(out.fixedCount).toBe(10);
    expect(out.output).toBe('steps: 11  # keep\n');
    expect(out.diagnostics.map((d) => d.ruleId)).toEqual(['test-increment']);

    const short = fixText('steps: 98\n', linter(increment));
    expect(short.output).toBe('steps: 100\n');
    expect(short.passes).toBe(2);
    expect(short.diagnostics).toEqual([]);
  });

  it('applies one of two overlapping fixes per pass and the other on the next', () => {
    const out = fixText('name: run\n', linter(upper, suffix));
    // Pass 1: both rules edit the same range; one wins. Pass 2: the other applies on the new text.
    expect(out.passes).toBe(2);
    expect(out.fixedCount).toBe(2);
    expect(out.output).toBe('name: RUN-V2\n');
    expect(out.diagnostics).toEqual([]);
  });

  it('drops a pass whose output no longer parses', () => {
    const text = 'lr: 0.1\nsteps: 99\n';
    const out = fixText(text, linter(breaker));
    expect(out.output).toBe(text);
    expect(out.fixedCount).toBe(0);
    expect(out.diagnostics.map((d) => d.ruleId)).toEqual(['test-breaker']);
  });

  it('never applies suggestions', () => {
    const out = fixText('optim: adam\n', linter(suggester));
    expect(out.output).toBe('optim: adam\n');
    expect(out.passes).toBe(0);
    expect(out.diagnostics[0].suggestions?.[0].description).toBe('Use adamw');
  });
});
