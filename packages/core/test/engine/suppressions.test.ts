import { describe, expect, it } from 'vitest';
import { LineIndex, Suppressions, lint, parseConfig, parseDirectives, type ConfigFormat } from '../../src/index.js';

const SETTINGS = { extends: [] as string[], rules: { 'dropout-range': 'error', 'lr-non-negative': 'error' } } as const;

/** `rule@line` of every finding with dropout-range and lr-non-negative on. */
function found(text: string, format: ConfigFormat = 'yaml'): string[] {
  return lint(text, { format, settings: SETTINGS }).diagnostics.map((d) => `${d.ruleId}@${d.line}`);
}

describe('inline suppressions in YAML', () => {
  it('disable-next-line silences the named rule on the next line only', () => {
    expect(found('# mlconfig-disable-next-line dropout-range\ndropout: 1.5\nresid_pdrop: 2\n')).toEqual(['dropout-range@3']);
    expect(found('# mlconfig-disable-next-line lr-non-negative\ndropout: 1.5\n')).toEqual(['dropout-range@2']);
  });

  it('disable-line silences findings that start on the comment\'s own line', () => {
    expect(found('dropout: 1.5 # mlconfig-disable-line dropout-range\nlr: -2 # mlconfig-disable-line dropout-range\n')).toEqual(['lr-non-negative@2']);
  });

  it('without rule ids, a directive covers every rule', () => {
    expect(found('# mlconfig-disable-next-line\nmodel: {dropout: 1.5, lr: -1}\nlr_min: -1\n')).toEqual(['lr-non-negative@3']);
  });

  it('takes several rules, separated by commas or spaces', () => {
    expect(found('# mlconfig-disable-next-line dropout-range, lr-non-negative\nm: {dropout: 1.5, lr: -1}\n')).toEqual([]);
    expect(found('# mlconfig-disable-next-line dropout-range lr-non-negative\nm: {dropout: 1.5, lr: -1}\n')).toEqual([]);
  });

  it('ignores a reason written after " -- "', () => {
    expect(found('# mlconfig-disable-next-line lr-non-negative -- tuned by the sweep, see #123\nlr: -1\n')).toEqual([]);
    expect(found('lr: -1  # mlconfig-disable-line lr-non-negative -- gradient ascent on purpose\n')).toEqual([]);
  });

  it('disable … enable blocks cover the lines between them, per rule or for all rules', () => {
    const text = [
      'a: 1',
      '# mlconfig-disable dropout-range',
      'dropout: 1.5', // 3: silenced
      'lr: -2', // 4: other rule
      '# mlconfig-enable dropout-range',
      'resid_pdrop: 2', // 6
      '# mlconfig-disable',
      'attn_pdrop: 3', // 8: silenced
      'lr_min: -2', // 9: silenced
      '# mlconfig-enable',
      'embd_pdrop: 4', // 11
      '',
    ].join('\n');
    expect(found(text)).toEqual(['lr-non-negative@4', 'dropout-range@6', 'dropout-range@11']);
  });

  it('a disable without enable runs to the end of the file', () => {
    expect(found('dropout: 1.5\n# mlconfig-disable dropout-range\nresid_pdrop: 2\nattn_pdrop: 3\n')).toEqual(['dropout-range@1']);
  });

  it('only reads directives from real comments, not from strings', () => {
    expect(found('note: "# mlconfig-disable-next-line"\ndropout: 1.5\n')).toEqual(['dropout-range@2']);
    expect(found('# not mlconfig-disable-next-line dropout-range\ndropout: 1.5\n')).toEqual(['dropout-range@2']);
  });
});

describe('inline suppressions in TOML and JSONC', () => {
  it('uses # comments in TOML', () => {
    expect(found('[model]\n# mlconfig-disable-next-line dropout-range -- legacy value\ndropout = 1.5\nlr = -1 # mlconfig-disable-line\n', 'toml')).toEqual([]);
    expect(found('[model]\ndropout = 1.5\n', 'toml')).toEqual(['dropout-range@2']);
  });

  it('uses // and /* */ comments in JSONC', () => {
    const text = '{\n  // mlconfig-disable-next-line dropout-range -- from the paper\n  "dropout": 1.5,\n  "lr": -1 /* mlconfig-disable-line lr-non-negative */,\n  "resid_pdrop": 2\n}\n';
    expect(found(text, 'jsonc')).toEqual(['dropout-range@5']);
  });
});

describe('directive parsing', () => {
  it('reads kind, rules and line from each comment', () => {
    const text = '# mlconfig-disable-next-line a, b -- why\nx: 1 # mlconfig-disable-line\n# mlconfig-disable c\n# mlconfig-enable c\n# plain comment\n';
    const doc = parseConfig(text, { format: 'yaml' }).document!;
    const directives = parseDirectives(doc.comments, new LineIndex(doc.text));
    expect(directives.map((d) => [d.kind, d.rules, d.line])).toEqual([
      ['disable-next-line', ['a', 'b'], 1],
      ['disable-line', [], 2],
      ['disable', ['c'], 3],
      ['enable', ['c'], 4],
    ]);
    const s = new Suppressions(directives);
    // Line 2: `a`, `b` from the line above, every rule from its own disable-line; lines 3–4: `c` only.
    expect([s.isSuppressed('a', 2), s.isSuppressed('z', 2), s.isSuppressed('a', 3), s.isSuppressed('c', 3), s.isSuppressed('c', 4), s.isSuppressed('c', 5)]).toEqual([true, true, false, true, true, false]);
    expect(s.isSuppressed('a', 1)).toBe(false);
  });

  it('does not take mlconfig-disable-next-linefoo for a directive', () => {
    const doc = parseConfig('# mlconfig-disable-next-linex\n', { format: 'yaml' }).document!;
    expect(parseDirectives(doc.comments, new LineIndex(doc.text))).toEqual([]);
  });
});
