/** `mlconfig rules`: every rule with its default severity, category, presets and description. */
import { parseArgs } from 'node:util';
import { RULES, docsUrl } from '@mlconfig/core';
import { UsageError } from '../errors.js';
import type { Io } from '../io/io.js';

export const RULES_HELP = `Usage: mlconfig rules [--format text|json]

List mlconfig's rules with their default severity, category, the presets that enable them
(R = recommended, S = strict) and a description.
`;

export async function rules(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { format: { type: 'string', short: 'f', default: 'text' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    io.stdout(RULES_HELP);
    return 0;
  }
  if (values.format === 'json') {
    const out = RULES.map((r) => ({ id: r.id, severity: r.severity, category: r.category, presets: r.presets, description: r.description, fixable: r.fixable === true, frameworks: r.frameworks ?? [], docsUrl: docsUrl(r.id) }));
    io.stdout(JSON.stringify(out, null, 2) + '\n');
    return 0;
  }
  if (values.format !== 'text') throw new UsageError(`Unknown format "${values.format}"; expected text or json.`);
  const idWidth = Math.max(...RULES.map((r) => r.id.length));
  const catWidth = Math.max(...RULES.map((r) => r.category.length));
  const lines = [`${'rule'.padEnd(idWidth)}  severity  ${'category'.padEnd(catWidth)}  presets  description`];
  for (const r of RULES) {
    const presets = `${r.presets.includes('recommended') ? 'R' : '-'}${r.presets.includes('strict') ? 'S' : '-'}`;
    lines.push(`${r.id.padEnd(idWidth)}  ${r.severity.padEnd(8)}  ${r.category.padEnd(catWidth)}  ${presets.padEnd(7)}  ${r.description}${r.fixable ? ' (fixable)' : ''}`);
  }
  lines.push('', `${RULES.length} rules. R = in the recommended preset (the default), S = in the strict preset.`);
  io.stdout(lines.join('\n') + '\n');
  return 0;
}
