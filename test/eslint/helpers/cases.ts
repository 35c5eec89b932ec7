/**
 * Reads the per-rule example tables in fixtures/eslint/rules/<rule-id>.yaml.
 *
 * Each case gives the same config in several formats (`yaml`, `json`, `jsonc`, `toml`, `js`, `ts`); the text
 * a finding must cover is written between « and » (removed before linting), so every expected line,
 * column, end line and end column is written by hand, next to the code it belongs to. `output` is
 * the text after the fix, `suggestions` the suggestions of each finding (per format), `messages` the
 * message of each finding in marker order (one list for every format, or one list per format).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LineIndex } from '@mlconfig/core';
import { FIXTURES_DIR } from '../../helpers/paths.js';
import { FALLBACK_FORMAT, type CodeFormat } from './languages.js';

export const RULE_TABLES_DIR = join(FIXTURES_DIR, 'eslint', 'rules');

export interface ExpectedFinding {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** Offsets into the code without markers. */
  readonly range: readonly [number, number];
}

export interface SuggestionCase {
  readonly desc: string;
  readonly output: string;
}

export interface RuleCase {
  readonly name: string;
  readonly valid: boolean;
  readonly code: Partial<Record<CodeFormat, string>>;
  readonly output: Partial<Record<CodeFormat, string>>;
  readonly suggestions: Partial<Record<CodeFormat, readonly (readonly SuggestionCase[])[]>>;
  /** The message of each finding, in the order of the markers; the same in every format unless given per format. */
  readonly messages?: readonly string[] | Partial<Record<CodeFormat, readonly string[]>>;
  readonly options?: Record<string, unknown>;
  readonly settings?: Record<string, unknown>;
}

export interface RuleTable {
  readonly ruleId: string;
  readonly cases: readonly RuleCase[];
}

const OPEN = '«';
const CLOSE = '»';

/** Removes the markers; returns the code ESLint sees and the findings the markers stand for. */
export function stripMarkers(marked: string): { code: string; findings: ExpectedFinding[] } {
  let code = '';
  const ranges: [number, number][] = [];
  const open: number[] = [];
  for (const ch of marked) {
    if (ch === OPEN) open.push(code.length);
    else if (ch === CLOSE) {
      const start = open.pop();
      if (start === undefined) throw new Error(`Unbalanced ${CLOSE} in fixture:\n${marked}`);
      ranges.push([start, code.length]);
    } else code += ch;
  }
  if (open.length > 0) throw new Error(`Unbalanced ${OPEN} in fixture:\n${marked}`);
  const lines = new LineIndex(code);
  const findings = ranges
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map((range) => {
      const s = lines.positionAt(range[0]);
      const e = lines.positionAt(range[1]);
      return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column, range };
    });
  return { code, findings };
}

/** The format whose code, output, suggestions and messages a case gives for `format`: its own, or the fallback (`ts` → `js`, `jsonc` → `json`). */
export function sourceFormat(c: RuleCase, format: CodeFormat): CodeFormat | undefined {
  if (c.code[format] !== undefined) return format;
  const fallback = FALLBACK_FORMAT[format];
  return fallback !== undefined && c.code[fallback] !== undefined ? fallback : undefined;
}

/** Code of a case for a format: `ts` falls back to `js` (JS is TS), `jsonc` to `json` (JSON is JSONC). */
export function codeFor(c: RuleCase, format: CodeFormat): string | undefined {
  const source = sourceFormat(c, format);
  return source === undefined ? undefined : c.code[source];
}

/** The expected messages of a case in a format (with the same fallback as its code), or undefined when the case gives none. */
export function messagesFor(c: RuleCase, format: CodeFormat): readonly string[] | undefined {
  if (c.messages === undefined) return undefined;
  if (Array.isArray(c.messages)) return c.messages;
  const source = sourceFormat(c, format);
  return source === undefined ? undefined : (c.messages as Partial<Record<CodeFormat, readonly string[]>>)[source];
}

export function loadRuleTables(): RuleTable[] {
  return readdirSync(RULE_TABLES_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => loadRuleTable(f.slice(0, -'.yaml'.length)));
}

export function loadRuleTable(ruleId: string): RuleTable {
  const doc = parse(readFileSync(join(RULE_TABLES_DIR, `${ruleId}.yaml`), 'utf8')) as { valid?: RawCase[]; invalid?: RawCase[] };
  const read = (raw: RawCase, valid: boolean): RuleCase => ({
    name: raw.name,
    valid,
    code: raw.code,
    output: raw.output ?? {},
    suggestions: raw.suggestions ?? {},
    ...(raw.messages ? { messages: raw.messages } : {}),
    ...(raw.options ? { options: raw.options } : {}),
    ...(raw.settings ? { settings: raw.settings } : {}),
  });
  return { ruleId, cases: [...(doc.invalid ?? []).map((c) => read(c, false)), ...(doc.valid ?? []).map((c) => read(c, true))] };
}

interface RawCase {
  readonly name: string;
  readonly code: Partial<Record<CodeFormat, string>>;
  readonly output?: Partial<Record<CodeFormat, string>>;
  readonly suggestions?: Partial<Record<CodeFormat, SuggestionCase[][]>>;
  readonly messages?: string[] | Partial<Record<CodeFormat, string[]>>;
  readonly options?: Record<string, unknown>;
  readonly settings?: Record<string, unknown>;
}
