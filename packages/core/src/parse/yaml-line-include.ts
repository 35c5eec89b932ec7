/**
 * `!include data.yaml` on a line of its own (simple_transformer's `train.small.yaml`) is no YAML that PyYAML or any
 * other parser reads, whatever constructor defines the tag: the project's program splices the named file in as text
 * before parsing. The parser's own complaint lands somewhere below ("Implicit keys need to be on a single line") and
 * sends the user hunting for a typo; the first error says what the file is instead, on the include line.
 */
import type { ParseProblem } from '../document/types.js';

/** A tag named like an include, then a path, and nothing else on the line. */
const LINE_INCLUDE = /^[ \t]*(!(?:include|import)\w*)[ \t]+[^\s#:][^\n:#]*$/gm;

export function explainLineInclude(text: string, problems: ParseProblem[]): ParseProblem[] {
  const first = problems[0];
  if (first === undefined || !text.includes('!')) return problems;
  LINE_INCLUDE.lastIndex = 0;
  const m = LINE_INCLUDE.exec(text);
  // Only an include line at or before the first error explains it.
  if (m === null || m.index > first.range[1]) return problems;
  const line = m[0].trim();
  const at = m.index + m[0].indexOf(m[1]!);
  const message = `\`${line}\` on a line of its own is not YAML: a program splices the named file in before parsing.`;
  const hint = `No YAML parser reads a tag on a line of its own followed by more keys (PyYAML refuses the file too, whatever constructor defines \`${m[1]}\`); the project's program replaces such lines with the named file's text before it parses the result. Check the expanded config instead, or list this file under \`ignores\`.`;
  return [{ ...first, message, hint, range: [at, at + m[1]!.length] }, ...problems.slice(1)];
}
