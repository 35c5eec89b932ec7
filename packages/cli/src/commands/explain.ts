/** `mlconfig explain <rule>`: the rule's documentation page, or its metadata when the page is missing. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { RULES, docsUrl, ruleById, suggestRuleIds } from '@mlconfig/core';
import { ruleDocPath } from '../assets.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io/io.js';

export const EXPLAIN_HELP = `Usage: mlconfig explain <rule-id>

Explain a rule: what it checks, why it matters, examples, options and sources.
`;

export async function explain(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    io.stdout(EXPLAIN_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('explain expects one rule id (see `mlconfig rules`).');
  const rule = ruleById(positionals[0]);
  if (!rule) {
    const near = suggestRuleIds(positionals[0], RULES);
    throw new UsageError(`Unknown rule "${positionals[0]}".${near.length > 0 ? ` Did you mean ${near.slice(0, 3).map((n) => `"${n}"`).join(', ')}?` : ''} Run \`mlconfig rules\` for the list.`);
  }
  const header = `${rule.id} — ${rule.description}\nseverity: ${rule.severity} · category: ${rule.category} · presets: ${rule.presets.join(', ') || 'none'}${rule.fixable ? ' · fixable' : ''}\n`;
  const page = ruleDocPath(rule.id);
  if (page) {
    io.stdout(`${header}\n${readFileSync(page, 'utf8').trimEnd()}\n`);
    return 0;
  }
  const refs = rule.references.map((r) => `  - ${r.title}${r.url ? ` <${r.url}>` : ''}`).join('\n');
  const defaults = Object.entries(rule.options?.defaults ?? {});
  const options = defaults.length > 0 ? `\nOptions (defaults):\n${defaults.map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`).join('\n')}\n` : '';
  io.stdout(`${header}\nDocumentation: ${docsUrl(rule.id)}\n${options}\nSources:\n${refs}\n`);
  return 0;
}
