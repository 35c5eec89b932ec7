/**
 * A config committed in the middle of a Git merge (HEQuant's `imagenet.yml`: `<<<<<<< HEAD`, one side's `min_lr` and
 * `sched`, `=======`, the other's, `>>>>>>> branch`) is no longer YAML, JSON or TOML, and the parser's complaint lands
 * a few lines further on ("Implicit keys need to be on a single line"). The first error says what happened instead,
 * on the opening marker, so the user resolves the conflict rather than hunting for a syntax mistake.
 */
import type { ParseProblem } from '../document/types.js';

/** Git's opening marker: seven `<` at the start of a line, then a space and the side's name, or the line's end. */
const OPENING_MARKER = /^<{7}(?:[ \t][^\r\n]*)?\r?$/m;
/** Its closing marker, which Git always writes too: a lone `<<<<<<<` line in a block scalar or a docstring is no conflict. */
const CLOSING_MARKER = /^>{7}(?:[ \t][^\r\n]*)?\r?$/m;
/** Long enough for `<<<<<<< HEAD` or a branch name; the rest of a long marker line is left out of the message. */
const SHOWN = 60;

export function explainConflictMarkers(text: string, problems: ParseProblem[], format: 'JSON' | 'YAML' | 'TOML'): ParseProblem[] {
  const first = problems[0];
  if (first === undefined || !text.includes('<<<<<<<')) return problems;
  const marker = OPENING_MARKER.exec(text);
  // An error before the marker has a cause of its own.
  if (marker === null || marker.index > first.range[0] || !CLOSING_MARKER.test(text.slice(marker.index))) return problems;
  const line = marker[0].trimEnd();
  const end = marker.index + line.length;
  const shown = line.length > SHOWN ? `${line.slice(0, SHOWN)}…` : line;
  const message = `\`${shown}\` opens an unresolved Git merge conflict.`;
  const hint =
    `The file still holds a merge conflict: \`<<<<<<<\`, \`=======\` and \`>>>>>>>\` mark the two versions of the lines between them, and no ${format} reader can load it. ` +
    'Keep the version you want, delete the other and the three marker lines.';
  return [{ message, hint, range: [marker.index, end], code: 'MERGE_CONFLICT' }, ...problems.slice(1)];
}
