/**
 * The default, human format: one line per finding as `file:line:column  severity  message  rule-id`
 * (so terminals and editors can jump to it), files separated by a blank line, and a summary.
 */
import { colors } from '../output.js';
import { plural, severityWord, summarySentence, totals } from './summary.js';
import type { Formatter } from './types.js';

export const stylish: Formatter = (results, ctx) => {
  const c = colors(ctx.color);
  const blocks: string[] = [];
  for (const r of results) {
    if (r.diagnostics.length === 0) continue;
    const rows = r.diagnostics.map((d) => {
      const where = `${r.relativePath}:${d.line}:${d.column}`;
      const sev = d.severity === 'error' ? c.red('error') : d.severity === 'warn' ? c.yellow('warning') : c.blue('info');
      return { where, sev, plainSev: severityWord(d.severity), message: d.message, rule: c.dim(d.ruleId) };
    });
    const whereWidth = Math.max(...rows.map((x) => x.where.length));
    const sevWidth = Math.max(...rows.map((x) => x.plainSev.length));
    blocks.push(rows.map((x) => `${c.underline(x.where)}${' '.repeat(whereWidth - x.where.length)}  ${x.sev}${' '.repeat(sevWidth - x.plainSev.length)}  ${x.message}  ${x.rule}`).join('\n'));
  }
  const t = totals(results);
  if (t.problems === 0) return `${c.bold(`✔ ${summarySentence(t)}`)}\n`;
  const summary = `✖ ${summarySentence(t)}`;
  const fixLine = t.fixable > 0 ? `\n  ${plural(t.fixable, 'problem')} can be fixed automatically with \`mlconfig check --fix\`.` : '';
  const head = t.errors > 0 ? c.red(c.bold(summary)) : t.warnings > 0 ? c.yellow(c.bold(summary)) : c.bold(summary);
  return `${blocks.join('\n\n')}\n\n${head}${fixLine}\n`;
};
