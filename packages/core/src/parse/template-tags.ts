/**
 * A config that is a template to be rendered before any program reads it (LAFTR's `.json` with
 * `"dirs": { {% include ... %} }`, qlib workflows that `qrun` renders with Jinja before parsing: RD-Agent's
 * `{% if num_timesteps %}`) is neither JSON nor YAML, and no checker can read it; the first error says so when it
 * stands on a template tag, so the user knows to check the rendered file or ignore this one rather than hunt for a
 * missing quote.
 */
import type { ParseProblem } from '../document/types.js';

/** A Jinja (or Go/Helm) tag: `{% include ... %}`, `{{ var }}`, `{# comment #}`. */
const TEMPLATE_TAG = /\{[%{#]/y;

export function explainTemplate(text: string, problems: ParseProblem[], format: 'JSON' | 'YAML'): ParseProblem[] {
  const first = problems[0];
  if (first === undefined) return problems;
  const at = first.range[0];
  const tagAt = [at - 1, at].find((i) => {
    if (i < 0) return false;
    TEMPLATE_TAG.lastIndex = i;
    return TEMPLATE_TAG.test(text);
  });
  if (tagAt === undefined) return problems;
  const tag = text.slice(tagAt, tagAt + 2);
  const message = `${first.message.replace(/\.$/, '')}: \`${tag}\` starts a template tag.`;
  const hint = `\`${tag}\` starts a Jinja template tag, which ${format} does not have: the file is a template that is rendered before a program reads it. Check the rendered file instead, or list this one under \`ignores\`.`;
  return [{ ...first, message, hint, range: [tagAt, tagAt + 2] }, ...problems.slice(1)];
}
