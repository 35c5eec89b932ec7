/**
 * A core diagnostic as an ESLint report: the same position (converted to the language's column
 * base), the core message through one message id, and core fixes and suggestions as text edits.
 */
import type { Diagnostic, Fix } from '@mlconfig/core';

/** Every mlconfig rule reports through this message id; the text is core's message, unchanged. */
export const MESSAGE_ID = 'finding';

export interface TextFixer {
  replaceTextRange(range: [number, number], text: string): unknown;
}

export interface EslintReport {
  readonly loc: { readonly start: { line: number; column: number }; readonly end: { line: number; column: number } };
  readonly messageId: string;
  readonly data: { readonly message: string };
  readonly fix?: (fixer: TextFixer) => unknown[];
  readonly suggest?: { readonly desc: string; readonly fix: (fixer: TextFixer) => unknown[] }[];
}

export function toReport(d: Diagnostic, columnStart: 0 | 1): EslintReport {
  const shift = columnStart - 1;
  return {
    loc: { start: { line: d.line, column: d.column + shift }, end: { line: d.endLine, column: d.endColumn + shift } },
    messageId: MESSAGE_ID,
    data: { message: d.message },
    ...(d.fix && d.fix.edits.length > 0 ? { fix: edits(d.fix) } : {}),
    ...(d.suggestions && d.suggestions.length > 0 ? { suggest: d.suggestions.map((s) => ({ desc: s.description, fix: edits(s) })) } : {}),
  };
}

/** Core edits are offsets into the text ESLint lints (a byte-order mark is stripped from both). */
function edits(fix: Fix): (fixer: TextFixer) => unknown[] {
  return (fixer) => fix.edits.map((e) => fixer.replaceTextRange([e.range[0], e.range[1]], e.text));
}
