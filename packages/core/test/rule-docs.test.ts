/**
 * The rule pages say what the rules do: the header table matches the rule's metadata, every
 * option is documented, and the examples are real — each "Incorrect" example triggers the rule
 * and each "Correct" one does not. rule-registry.test.ts checks that every rule has a page with
 * the template's sections; this file checks the content of every rule's page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, ruleById, RULES, type ConfigFormat, type Diagnostic } from '../src/index.js';
import { createSchemaLoader } from '../../cli/src/schemas/schema-loader.js';
import { REPO_ROOT } from '../../../test/helpers/paths.js';
import type { ScriptFacts } from '../src/model/training-run.js';

/** Every registered rule: each page is held to its rule's metadata and its examples here. */
const DOCUMENTED = RULES.map((r) => r.id).sort();

/**
 * The CLI hands the engine a schema loader for the built-in schemas; without one schema-validation
 * has nothing to validate against, so the examples are linted the way `mlconfig check` lints them.
 */
const schemas = createSchemaLoader(REPO_ROOT);

/** The findings of rule `id` alone (plus parse errors and rule failures) on a page's example. */
/** What the project's scripts show, for rules that only fire beside them: the script each page's examples name in a comment. */
const EXAMPLE_SCRIPTS: Readonly<Record<string, ScriptFacts>> = {
  'misspelled-key': {
    codeVocabulary: {
      names: new Map(['training', 'epochs', 'learning_rate', 'scheduler_warmup_fraction'].map((n) => [n, { name: n, script: 'train.py' }])),
      exactNames: new Set(['training', 'epochs', 'learning_rate', 'scheduler_warmup_fraction']),
      words: new Set(['training', 'epochs', 'learning', 'rate', 'scheduler', 'warmup', 'fraction', 'config', 'get', 'int']),
      iterated: new Set(),
      wholeUses: new Set(),
      dynamicKeys: false,
      dynamicSections: new Set(),
      keysRecased: false,
      rootReads: new Set(),
      sectionReads: new Map(),
    },
  },
  'misnamed-key': {
    codeVocabulary: {
      names: new Map(['trainer', 'learning_rate', 'num_epochs', 'cfg', 'get'].map((n) => [n, { name: n, script: 'model.py' }])),
      exactNames: new Set(['trainer', 'learning_rate', 'num_epochs', 'cfg', 'get']),
      words: new Set(['self', 'learning', 'rate', 'cfg', 'get', 'trainer', 'epochs', 'num']),
      iterated: new Set(),
      wholeUses: new Set(),
      dynamicKeys: false,
      dynamicSections: new Set(),
      keysRecased: false,
      rootReads: new Set(),
      sectionReads: new Map(['trainer.learning_rate', 'trainer.num_epochs'].map((n) => [n, { name: n, script: 'model.py' }])),
    },
  },
  'unread-key': {
    codeVocabulary: {
      names: new Map(['training', 'learning_rate', 'max_grad_norm', 'config', 'training_config'].map((n) => [n, { name: n, script: 'train.py' }])),
      exactNames: new Set(['training', 'learning_rate', 'max_grad_norm', 'config', 'training_config']),
      words: new Set(['training', 'config', 'learning', 'rate', 'max', 'grad', 'norm', 'ppo']),
      iterated: new Set(),
      wholeUses: new Set(),
      dynamicKeys: false,
      dynamicSections: new Set(),
      keysRecased: false,
      rootReads: new Set(),
      sectionReads: new Map(['training.learning_rate', 'training.max_grad_norm'].map((n) => [n, { name: n, script: 'train.py' }])),
    },
  },
  'torch-class-name': { torchClassLookups: [{ kind: 'optimizer', key: 'name', evidence: '`getattr(optim, opt.name)` in roadmap/getter.py' }] },
};

function exampleFindings(id: string, code: string, format: ConfigFormat): Diagnostic[] {
  const scripts = EXAMPLE_SCRIPTS[id];
  const result = lint(code, { format, filePath: `config.${format === 'jsonc' ? 'jsonc' : format}`, settings: { extends: [], rules: { [id]: 'error' } }, schemas, ...(scripts ? { scripts } : {}) });
  return result.diagnostics.filter((d) => d.ruleId === id || d.ruleId === 'parse-error' || d.ruleId === 'rule-failure');
}

const FORMATS: Record<string, ConfigFormat> = { yaml: 'yaml', yml: 'yaml', json: 'json', jsonc: 'jsonc', toml: 'toml' };

function page(id: string): string {
  return readFileSync(join(REPO_ROOT, 'docs', 'rules', `${id}.md`), 'utf8');
}

/** The text of a `## Heading` or `### Heading` section, up to the next heading of the same or a higher level (outside code fences). */
function section(md: string, heading: string): string {
  const level = heading.match(/^#+/)![0].length;
  const lines = md.split('\n');
  const start = lines.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  let fenced = false;
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    if (lines[i].startsWith('```')) fenced = !fenced;
    const m = /^(#+) /.exec(lines[i]);
    if (!fenced && m && m[1].length <= level) {
      end = i;
      break;
    }
  }
  return lines.slice(start + 1, end).join('\n');
}

/** Fenced code blocks with a config language. */
function examples(md: string): { format: ConfigFormat; code: string }[] {
  return [...md.matchAll(/```(\w+)\n([\s\S]*?)```/g)].filter((m) => FORMATS[m[1]]).map((m) => ({ format: FORMATS[m[1]], code: m[2] }));
}

function tableRow(md: string, name: string): string {
  const m = new RegExp(`^\\| ${name} \\| (.*) \\|$`, 'm').exec(md);
  expect(m, `row "${name}"`).not.toBeNull();
  return m![1];
}

describe.each(DOCUMENTED)('docs/rules/%s.md', (id) => {
  const rule = ruleById(id)!;

  it('opens with the rule\'s description and a header table that matches its metadata', () => {
    const md = page(id);
    expect(rule).toBeDefined();
    expect(md.split('\n')[2]).toBe(`${rule.description}.`);
    expect(tableRow(md, 'Default severity')).toBe(rule.severity);
    expect(tableRow(md, 'Category')).toBe(rule.category);
    expect(tableRow(md, 'Presets')).toBe(rule.presets.join(', '));
    expect(tableRow(md, 'Fixable')).toBe(rule.fixable ? 'yes' : rule.hasSuggestions ? 'no (suggestions)' : 'no');
    expect(tableRow(md, 'Frameworks')).toBe(rule.frameworks && rule.frameworks.length > 0 ? rule.frameworks.join(', ') : 'any');
  });

  it('has incorrect examples that trigger the rule and correct ones that do not', () => {
    const md = page(id);
    const incorrect = examples(section(md, '### Incorrect'));
    const correct = examples(section(md, '### Correct'));
    expect(incorrect.length, 'incorrect examples').toBeGreaterThan(0);
    expect(correct.length, 'correct examples').toBeGreaterThan(0);
    for (const ex of incorrect) {
      const found = exampleFindings(id, ex.code, ex.format);
      expect(found.map((d) => d.ruleId), ex.code).toContain(id);
      expect(found.filter((d) => d.ruleId !== id), ex.code).toEqual([]);
    }
    for (const ex of correct) expect(exampleFindings(id, ex.code, ex.format), ex.code).toEqual([]);
  });

  it('documents every option', () => {
    const md = page(id);
    const options = section(md, '## Options');
    const props = Object.keys((rule.options?.schema.properties as Record<string, unknown> | undefined) ?? {});
    if (props.length === 0) expect(options.trim()).toMatch(/^`?none\b/i);
    for (const p of props) expect(options, p).toContain(`\`${p}\``);
  });

  it('shows how to suppress one finding and cites sources with URLs', () => {
    const md = page(id);
    expect(section(md, '## When not to use it')).toContain(`mlconfig-disable-next-line ${id} -- `);
    expect(section(md, '## Sources')).toMatch(/^- \[[^\]]+\]\(https:\/\/[^)]+\)$/m);
  });
});

describe('docs/rules/parse-error.md', () => {
  it('has examples that fail and pass to parse', () => {
    const md = page('parse-error');
    const incorrect = examples(section(md, '### Incorrect'));
    expect(incorrect.length).toBeGreaterThan(0);
    for (const ex of incorrect) {
      expect(lint(ex.code, { format: ex.format, settings: { extends: [] } }).diagnostics.map((d) => d.ruleId), ex.code).toEqual(['parse-error']);
    }
    for (const ex of examples(section(md, '### Correct'))) {
      expect(lint(ex.code, { format: ex.format, settings: { extends: [] } }).diagnostics, ex.code).toEqual([]);
    }
    expect(tableRow(md, 'Default severity')).toBe('error');
  });
});
