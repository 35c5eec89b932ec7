/**
 * Reading a Python script's text for the script walk's questions (Hydra's entry points, what `Adam(...)` is given, which
 * YAML reader and scheduler it calls). Text only: core never runs the scripts.
 */

const COMMENT_LINE = /^[ \t]*#[^\n]*$/gm;

/** The last script blanked and its result: each of the walk's readers asks for the same script in turn. */
let lastBlanked: { readonly text: string; readonly blanked: string } | undefined;

/** The text with its comment lines blanked: a commented-out `# cfg = yaml.safe_load(f)` calls nothing. */
export function withoutCommentLines(pythonText: string): string {
  if (!pythonText.includes('#')) return pythonText;
  if (lastBlanked?.text === pythonText) return lastBlanked.blanked;
  const blanked = pythonText.replace(COMMENT_LINE, '');
  lastBlanked = { text: pythonText, blanked };
  return blanked;
}

/**
 * The non-blank lines of the block below a header line (`if …:`, `def …:`) that ends at `headerEnd`: each indented
 * deeper than the header's `indent`, until the first that is not. Yielded one by one, so a caller that needs the first
 * few reads no further.
 */
export function* blockLinesBelow(text: string, headerEnd: number, indent: number): Generator<string> {
  for (let at = headerEnd + 1; at < text.length;) {
    const next = text.indexOf('\n', at);
    const line = text.slice(at, next === -1 ? text.length : next);
    at = next === -1 ? text.length : next + 1;
    if (line.trim() === '') continue;
    if (/^[ \t]*/.exec(line)![0].length <= indent) return;
    yield line;
  }
}

/** A setting as a script names it: `warmup_ratio`, `config.warmup_ratio`, `cfg["train"]["warmup_ratio"]`. */
export const SETTING_EXPRESSION = String.raw`[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*|\s*\[\s*(?:'[^'\n]*'|"[^"\n]*")\s*\])*`;

/** The setting such an expression reads last (`warmup_ratio` in `cfg["train"]["warmup_ratio"]`), or a bare name itself. */
export function settingNameOf(expression: string): string | undefined {
  return lastKeyOf(expression)?.key ?? (/^[A-Za-z_]\w*$/.test(expression) ? expression : undefined);
}

/** The name of a config file, and the folder holding it when that is written out (not `{root}`, `.` or `..`). */
const CONFIG_FILE_NAME = /(?:^|[\\/])((?:[^\\/{}.][^\\/{}]*[\\/])?[^\\/{}]+\.(?:ya?ml|json))$/i;

/** The end of a written path to a YAML or JSON file: its name, after its folder when that is written out (`configs/ft.yml`), with `/` between. */
export function writtenConfigFile(path: string): string | undefined {
  return CONFIG_FILE_NAME.exec(path)?.[1]!.replace(/\\/g, '/');
}

/** The last accessor of an expression: `["lr"]`, `.lr` or `.get("lr", ...)`, with the key in a group of its own. */
const LAST_KEY = /(?:\[\s*(?:'([^'\n]*)'|"([^"\n]*)")\s*\]|\.\s*([A-Za-z_]\w*)|\.\s*get\s*\(\s*(?:'([^'\n]*)'|"([^"\n]*)")[^()\n]*\))\s*$/;

/**
 * The config key an expression reads last (`cfg["optim"]["lr"]`, `args.lr`, `c.get("wd", 0)`), and whether it is an
 * attribute (`.lr`); undefined for an expression with no accessor.
 */
export function lastKeyOf(expression: string): { readonly key: string; readonly attribute: boolean } | undefined {
  const last = LAST_KEY.exec(expression);
  const key = last && (last[1] ?? last[2] ?? last[4] ?? last[5] ?? last[3]);
  return key ? { key, attribute: last[3] !== undefined } : undefined;
}

/** A call's arguments longer than this are not the call looked for (and the scan must not run away on odd text). */
const MAX_ARGS_LENGTH = 2000;

/**
 * The top-level arguments of the call whose `(` ends just before `start`, split at commas, comments left out;
 * undefined when the call does not close within a reasonable length. Strings (with their escapes) and nested brackets are stepped over.
 */
export function callArguments(text: string, start: number, maxLength = MAX_ARGS_LENGTH): string[] | undefined {
  return scannedCall(text, start, maxLength)?.args;
}

/** As `callArguments`, with the index just past the call's closing `)`: what follows the call (`open(path) as f`). */
export function scannedCall(text: string, start: number, maxLength = MAX_ARGS_LENGTH): { readonly args: string[]; readonly end: number } | undefined {
  const args: string[] = [];
  let current = '';
  let depth = 0;
  const end = Math.min(text.length, start + maxLength);
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
      if (c === ')') return { args, end: i + 1 };
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
