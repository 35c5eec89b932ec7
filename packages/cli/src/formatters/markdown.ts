/**
 * Markdown for pull-request comments, job summaries and chat: a summary line, then one section per
 * file with problems, and for each finding its position, rule (linked to its documentation),
 * message, explanation and fix. Text outside code spans is escaped so a message can never turn into
 * HTML or break the list it sits in.
 */
import type { Diagnostic } from '@mlconfig/core';
import { plural, severityWord, summarySentence, totals } from './summary.js';
import type { Formatter } from './types.js';

export const markdown: Formatter = (results) => {
  const t = totals(results);
  const icon = t.errors > 0 ? '❌' : t.warnings > 0 ? '⚠️' : t.infos > 0 ? 'ℹ️' : '✅';
  // Blocks are separated by one blank line.
  const blocks: string[] = ['## mlconfig', `${icon} ${summarySentence(t)}`];
  for (const file of results) {
    if (file.diagnostics.length === 0) continue;
    const counts = [file.errorCount > 0 ? plural(file.errorCount, 'error') : '', file.warningCount > 0 ? plural(file.warningCount, 'warning') : '', file.infoCount > 0 ? plural(file.infoCount, 'info') : '']
      .filter((s) => s !== '')
      .join(', ');
    blocks.push(`### ${codeSpan(file.relativePath)} (${counts})`);
    file.diagnostics.forEach((d, i) => blocks.push(finding(d, i + 1)));
  }
  if (t.fixable > 0) blocks.push(`${plural(t.fixable, 'problem')} can be fixed automatically with \`mlconfig check --fix\`.`);
  return blocks.join('\n\n') + '\n';
};

function finding(d: Diagnostic, n: number): string {
  const rule = d.docsUrl ? `[${codeSpan(d.ruleId)}](${d.docsUrl})` : codeSpan(d.ruleId);
  const paragraphs = [`${n}. **${severityWord(d.severity)}** · line ${d.line}, column ${d.column} · ${rule}\n   **${inline(d.message)}**`, indent(inline(d.explanation))];
  if (d.fix) paragraphs.push(`   **Fix:** ${inline(d.fix.description)}; \`mlconfig check --fix\` applies it.`);
  if (d.suggestions && d.suggestions.length > 0) {
    paragraphs.push(`   **Suggested:** ${d.suggestions.map((s) => inline(s.description)).join('; ')} (not applied automatically: decide first).`);
  }
  return paragraphs.join('\n\n');
}

/** Escapes markdown-active characters outside backtick code spans. */
export function inline(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\\/g, '\\\\').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\*/g, '\\*').replace(/_/g, '\\_').replace(/\[/g, '\\[').replace(/\|/g, '\\|')))
    .join('');
}

/** A code span that holds any text, backticks included (CommonMark: a longer fence). */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => (l === '' ? '' : `   ${l}`))
    .join('\n');
}
