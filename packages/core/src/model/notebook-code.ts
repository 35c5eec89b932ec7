/**
 * The code of a Jupyter notebook (`.ipynb`), for what a project's code names: a notebook that trains a model reads the
 * config's keys as a script does (`cfg["training"]["warmup_steps"]`), and a rule that says no code reads a key must
 * have seen it. Only code cells count; IPython's `%magic` and `!shell` lines become comments.
 */

interface NotebookCell {
  readonly cell_type?: unknown;
  readonly source?: unknown;
}

/** The code cells joined, or undefined when the text is no notebook (not JSON, no list of cells). */
export function notebookCode(text: string): string | undefined {
  let notebook: unknown;
  try {
    notebook = JSON.parse(text);
  } catch {
    return undefined;
  }
  const cells = (notebook as { cells?: unknown } | null)?.cells;
  if (!Array.isArray(cells)) return undefined;
  const code: string[] = [];
  for (const cell of cells as NotebookCell[]) {
    if (cell?.cell_type !== 'code') continue;
    const source = Array.isArray(cell.source) ? cell.source.filter((s): s is string => typeof s === 'string').join('') : typeof cell.source === 'string' ? cell.source : '';
    code.push(source.replace(/^([ \t]*)([%!])/gm, '$1#$2'));
  }
  return code.join('\n\n');
}
