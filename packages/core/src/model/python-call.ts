/**
 * Reading a Python script's text for the script walk's questions (Hydra's entry points, what `Adam(...)` is given, which
 * YAML reader and scheduler it calls). Text only: core never runs the scripts.
 */

const COMMENT_LINE = /^[ \t]*#[^\n]*$/gm;

/** The text with its comment lines blanked: a commented-out `# cfg = yaml.safe_load(f)` calls nothing. */
export function withoutCommentLines(pythonText: string): string {
  return pythonText.includes('#') ? pythonText.replace(COMMENT_LINE, '') : pythonText;
}

/** A call's arguments longer than this are not the call looked for (and the scan must not run away on odd text). */
const MAX_ARGS_LENGTH = 2000;

/**
 * The top-level arguments of the call whose `(` ends just before `start`, split at commas, comments left out;
 * undefined when the call does not close within a reasonable length. Strings (with their escapes) and nested brackets are stepped over.
 */
export function callArguments(text: string, start: number): string[] | undefined {
  const args: string[] = [];
  let current = '';
  let depth = 0;
  const end = Math.min(text.length, start + MAX_ARGS_LENGTH);
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const close = closingQuote(text, c, i + 1);
      if (close < 0) return undefined;
      current += text.slice(i, close + 1);
      i = close;
    } else if (c === '#') {
      const eol = text.indexOf('\n', i);
      if (eol < 0) return undefined;
      i = eol;
    } else if (depth === 0 && (c === ')' || c === ',')) {
      if (current.trim() !== '') args.push(current.trim());
      if (c === ')') return args;
      current = '';
    } else {
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') depth--;
      current += c;
    }
  }
  return undefined;
}

/** The index of the quote that closes a string opened just before `from`, stepping over backslash escapes (`"say \"hi\""`). */
function closingQuote(text: string, quote: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}
