/**
 * The default, human format: one line per finding as `file:line:column  severity  message  rule-id`
 * (so terminals and editors can jump to it), files separated by a blank line, and a summary.
 */
import { colors } from '../output.js';
import type { Formatter } from './types.js';

export const stylish: Formatter = (results, ctx) => {
  const c = colors(ctx.color);
  const blocks: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    infos += r.infoCount;
    fixable += r.fixableCount;
    if (r.diagnostics.length === 0) continue;
    const rows = r.diagnostics.map((d) => {
      const where = `${r.relativePath}:${d.line}:${d.column}`;
      const sev = d.severity === 'error' ? c.red('error') : d.severity === 'warn' ? c.yellow('warning') : c.blue('info');
      return { where, sev, plainSev: d.severity === 'warn' ? 'warning' : d.severity, message: d.message, rule: c.dim(d.ruleId) };
    });
    const whereWidth = Math.max(...rows.map((x) => x.where.length));
    const sevWidth = Math.max(...rows.map((x) => x.plainSev.length));
    blocks.push(rows.map((x) => `${c.underline(x.where)}${' '.repeat(whereWidth - x.where.length)}  ${x.sev}${' '.repeat(sevWidth - x.plainSev.length)}  ${x.message}  ${x.rule}`).join('\n'));
  }
  const total = errors + warnings + infos;
  const files = results.length;
  if (total === 0) return `${c.bold(`✔ No problems found in ${files} ${files === 1 ? 'file' : 'files'}.`)}\n`;
  const summary = `✖ ${total} ${plural(total, 'problem')} (${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')}, ${infos} ${plural(infos, 'info')}) in ${files} ${plural(files, 'file')} checked.`;
  const fixLine = fixable > 0 ? `\n  ${fixable} ${plural(fixable, 'problem')} can be fixed automatically with \`mlconfig check --fix\`.` : '';
  const head = errors > 0 ? c.red(c.bold(summary)) : warnings > 0 ? c.yellow(c.bold(summary)) : c.bold(summary);
  return `${blocks.join('\n\n')}\n\n${head}${fixLine}\n`;
};

function plural(n: number, word: string): string {
  return n === 1 ? word : word + 's';
}
