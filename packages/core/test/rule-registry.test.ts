import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/index.js';
import { REPO_ROOT } from '../../../test/helpers/paths.js';

const rulesDir = join(REPO_ROOT, 'packages', 'core', 'src', 'rules');
const docsDir = join(REPO_ROOT, 'docs', 'rules');
const REQUIRED_SECTIONS = ['## What it checks', '## Why it matters', '## Examples', '### Incorrect', '### Correct', '## Options', '## When not to use it', '## Sources'];

describe('rule registry', () => {
  it('registers exactly one rule per file, named by its id', () => {
    const files = readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.slice(0, -3)).sort();
    expect(RULES.map((r) => r.id)).toEqual(files);
  });

  it('has unique ids in kebab case', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('gives every rule metadata a front-end can show', () => {
    for (const rule of RULES) {
      expect(['error', 'warn', 'info'], rule.id).toContain(rule.severity);
      expect(rule.description.length, rule.id).toBeGreaterThan(10);
      expect(rule.description, `${rule.id}: descriptions have no trailing period`).not.toMatch(/\.$/);
      expect(rule.references.length, `${rule.id} cites its sources`).toBeGreaterThan(0);
      expect(rule.presets, `${rule.id} is in the strict preset`).toContain('strict');
      if (rule.presets.includes('recommended')) expect(rule.severity, `${rule.id}: the recommended preset holds errors and warnings`).not.toBe('info');
      if (rule.options) expect(rule.options.schema.type, rule.id).toBe('object');
    }
  });

  it.each(RULES.map((r) => [r.id, r] as const))('documents %s in docs/rules with every section', (id, rule) => {
    const path = join(docsDir, `${id}.md`);
    expect(existsSync(path), `docs/rules/${id}.md exists`).toBe(true);
    const page = readFileSync(path, 'utf8');
    expect(page.startsWith(`# ${id}\n`)).toBe(true);
    for (const section of REQUIRED_SECTIONS) expect(page, `${id} has "${section}"`).toContain(`\n${section}\n`);
    expect(page).toContain(`| Default severity | ${rule.severity} |`);
  });
});
