/**
 * A config that is a template to be rendered before any program reads it (LAFTR's `.json` with
 * `"dirs": { {% include ... %} }`, qlib workflows that `qrun` renders with Jinja before parsing: RD-Agent's
 * `{% if num_timesteps %}`) is neither JSON nor YAML, and no checker can read it; the first error says so when it
 * stands on a template tag, so the user knows to check the rendered file or ignore this one rather than hunt for a
 * missing quote. YAML reads a lone `{{ var }}` as a nested flow mapping, so a value that goes on after it
 * (`path: {{model_dir}}/tokenizer.model`, torchtune-azureml's templates) fails just past the closing braces: the
 * error then moves back onto the expression's `{{`.
 */
import type { ParseProblem } from '../document/types.js';

/** A Jinja (or Go/Helm) tag: `{% include ... %}`, `{{ var }}`, `{# comment #}`. */
const TEMPLATE_TAG = /\{[%{#]/y;
/** A whole `{{ … }}` expression that ends the text before an error, on the error's line. */
const EXPRESSION_BEFORE = /\{\{[^{}\n]*\}\}[ \t]*$/;

/** Where a template tag starts that the error at `at` stands on or directly follows; undefined when there is none. */
function tagStart(text: string, at: number): number | undefined {
  const onTag = [at - 1, at].find((i) => {
    if (i < 0) return false;
    TEMPLATE_TAG.lastIndex = i;
    return TEMPLATE_TAG.test(text);
  });
  if (onTag !== undefined) return onTag;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = EXPRESSION_BEFORE.exec(text.slice(lineStart, at));
  return before ? lineStart + before.index : undefined;
}

export function explainTemplate(text: string, problems: ParseProblem[], format: 'JSON' | 'YAML'): ParseProblem[] {
  const first = problems[0];
  if (first === undefined) return problems;
  const tagAt = tagStart(text, first.range[0]);
  if (tagAt === undefined) return problems;
  const tag = text.slice(tagAt, tagAt + 2);
  const message = `${first.message.replace(/\.$/, '')}: \`${tag}\` starts a template tag.`;
  const hint = `\`${tag}\` starts a Jinja template tag, which ${format} does not have: the file is a template that is rendered before a program reads it. Check the rendered file instead, or list this one under \`ignores\`.`;
  return [{ ...first, message, hint, range: [tagAt, tagAt + 2] }, ...problems.slice(1)];
}
