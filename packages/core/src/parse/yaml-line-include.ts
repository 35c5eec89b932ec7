/**
 * `!include data.yaml` on a line of its own (simple_transformer's `train.small.yaml`) is no YAML that PyYAML or any
 * other parser reads, whatever constructor defines the tag: the project's program splices the named file in as text
 * before parsing. The parser's own complaint lands somewhere below ("Implicit keys need to be on a single line") and
 * sends the user hunting for a typo; the first error says what the file is instead, on the include line.
 */
import type { ParseProblem } from '../document/types.js';

/** A tag named like an include, then a path, and nothing else on the line. */
const LINE_INCLUDE = /^[ \t]*(!(?:include|import)\w*)[ \t]+[^\s#:][^\n:#]*$/gm;

/**
 * Explains the first problem by the include lines when they cause it: with every include line blanked (offsets kept),
 * `reparse` finds no problem, or its first one further on. An include line that is valid YAML where it stands (a
 * key's value on the next line) leaves the problem as it was.
 */
export function explainLineInclude(text: string, problems: ParseProblem[], reparse: (text: string) => readonly ParseProblem[]): ParseProblem[] {
  const first = problems[0];
  if (first === undefined || !text.includes('!')) return problems;
  const includes = [...text.matchAll(LINE_INCLUDE)].filter((m) => m.index <= first.range[1]);
  if (includes.length === 0) return problems;
  let blanked = text;
  for (const m of includes) blanked = blanked.slice(0, m.index) + ' '.repeat(m[0].length) + blanked.slice(m.index + m[0].length);
  const after = reparse(blanked)[0];
  if (after !== undefined && after.range[0] <= first.range[0]) return problems;
  const m = includes[0]!;
  const line = m[0].trim();
  const at = m.index + m[0].indexOf(m[1]!);
  const message = `\`${line}\` on a line of its own is not YAML: a program splices the named file in before parsing.`;
  const hint = `No YAML parser reads a tag on a line of its own followed by more keys (PyYAML refuses the file too, whatever constructor defines \`${m[1]}\`); the project's program replaces such lines with the named file's text before it parses the result. Check the expanded config instead, or list this file under \`ignores\`.`;
  return [{ ...first, message, hint, range: [at, at + m[1]!.length] }, ...problems.slice(1)];
}
