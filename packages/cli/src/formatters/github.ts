/**
 * GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` line per finding, which
 * the runner turns into an annotation on the file and line in the pull request, grouped per file
 * with `::group::` so the log stays readable, and a plain summary line at the end.
 *
 * Paths are relative to GITHUB_WORKSPACE (the repository checkout) when it is set, because that is
 * what annotations are matched against. Property values and messages are escaped as the Actions
 * toolkit does (`%`, CR, LF, and in properties also `:` and `,`), so a message can never end the
 * command early or inject another one. GitHub shows at most 10 errors and 10 warnings per step as
 * annotations; everything is still in the log, and the summary says how many there were.
 */
import { isAbsolute, relative, sep } from 'node:path';
import type { Diagnostic } from '@mlconfig/core';
import type { FileResult } from '../results.js';
import { summarySentence, totals } from './summary.js';
import type { Formatter } from './types.js';

export const github: Formatter = (results, ctx) => {
  const workspace = ctx.env?.GITHUB_WORKSPACE;
  const lines: string[] = [];
  for (const file of results) {
    if (file.diagnostics.length === 0) continue;
    const path = annotationPath(file, workspace);
    lines.push(`::group::${escapeData(path)}`);
    for (const d of file.diagnostics) lines.push(annotation(path, d));
    lines.push('::endgroup::');
  }
  lines.push(`mlconfig: ${summarySentence(totals(results))}`);
  return lines.join('\n') + '\n';
};

function annotation(path: string, d: Diagnostic): string {
  const command = d.severity === 'error' ? 'error' : d.severity === 'warn' ? 'warning' : 'notice';
  const props: [string, string | number][] = [
    ['file', path],
    ['line', d.line],
    ['endLine', d.endLine],
    ['col', d.column],
    ['endColumn', d.endColumn],
    ['title', `mlconfig ${d.ruleId}`],
  ];
  const fix = d.fix ? `\nFix: ${d.fix.description} (mlconfig check --fix).` : '';
  const docs = d.docsUrl ? `\nDocs: ${d.docsUrl}` : '';
  const body = `${d.message}\n\n${d.explanation}${fix}${docs}`;
  return `::${command} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(body)}`;
}

function annotationPath(file: FileResult, workspace: string | undefined): string {
  if (!workspace) return file.relativePath;
  const rel = relative(workspace, file.filePath);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return file.relativePath;
  return rel.split(sep).join('/');
}

/** The Actions toolkit's escaping of a command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The Actions toolkit's escaping of a command's property value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
