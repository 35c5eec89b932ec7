/**
 * JSON and JSONC → ConfigDocument, with Microsoft's `jsonc-parser` (the parser behind VS Code).
 *
 * Its visitor API gives every token's offset in one pass and reports errors instead of throwing; it
 * agrees with every `y_`/`n_` case of JSONTestSuite. Plain `.json` is read strictly, as Python's
 * `json.load` does (DeepSpeed, HF): a comment or a trailing comma there is a parse error. JSONC
 * allows both.
 */
import { printParseErrorCode, visit } from 'jsonc-parser';
import type {
  Comment,
  ConfigDocument,
  ConfigNode,
  DuplicateKey,
  MapEntry,
  ParseProblem,
  PathSegment,
  Range,
  ScalarNode,
} from '../document/types.js';
import { childPath, toPointer } from '../document/pointer.js';
import type { ParseOutput } from './parse-output.js';
import { nestingTooDeep } from './nesting.js';
import { explainTemplate } from './template-tags.js';
import { explainConflictMarkers } from './conflict-markers.js';
import { explainPythonConstants } from './python-json-constants.js';
import { MAX_DEPTH } from './yaml.js';

type Frame =
  | { kind: 'map'; start: number; path: PathSegment[]; pointer: string; entries: MapEntry[]; seen: Map<string, Range>; key?: ScalarNode }
  | { kind: 'seq'; start: number; path: PathSegment[]; pointer: string; items: ConfigNode[] };

const ERROR_TEXT: Record<string, string> = {
  InvalidSymbol: 'Unexpected character',
  InvalidNumberFormat: 'Invalid number',
  PropertyNameExpected: 'Expected a property name in double quotes',
  ValueExpected: 'Expected a value',
  ColonExpected: 'Expected a colon',
  CommaExpected: 'Expected a comma',
  CloseBraceExpected: 'Expected a closing brace',
  CloseBracketExpected: 'Expected a closing bracket',
  EndOfFileExpected: 'Unexpected content after the end of the JSON value',
  InvalidCommentToken: 'Comments are not allowed in JSON',
  UnexpectedEndOfComment: 'Unterminated comment',
  UnexpectedEndOfString: 'Unterminated string',
  UnexpectedEndOfNumber: 'Unterminated number',
  InvalidUnicode: 'Invalid unicode escape',
  InvalidEscapeCharacter: 'Invalid escape character',
  InvalidCharacter: 'Invalid character in string',
};

export function parseJson(text: string, bom: boolean, mode: 'json' | 'jsonc', filePath?: string): ParseOutput {
  const problems: ParseProblem[] = [];
  const comments: Comment[] = [];
  const duplicateKeys: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let root: ConfigNode | null = null;
  let tooDeep = false;

  const place = (node: ConfigNode): void => {
    const top = stack[stack.length - 1];
    if (!top) {
      root = node;
    } else if (top.kind === 'seq') {
      top.items.push(node);
    } else if (top.key) {
      const key = top.key;
      top.key = undefined;
      const name = String(key.value);
      const first = top.seen.get(name);
      if (first) {
        duplicateKeys.push({ name, path: childPath(top.path, name), key: key.range, first });
        const idx = top.entries.findIndex((e) => e.key.value === name);
        if (idx >= 0) top.entries.splice(idx, 1);
      } else top.seen.set(name, key.range);
      top.entries.push({ key, value: node, range: [key.range[0], node.range[1]], origin: 'explicit' });
    }
  };
  /** Where the next value goes; a property's value shares its key's path and pointer. */
  const nextPlace = (): { readonly path: PathSegment[]; readonly pointer: string } => {
    const top = stack[stack.length - 1];
    if (!top) return { path: [], pointer: '' };
    if (top.kind === 'map' && top.key) return { path: top.key.path as PathSegment[], pointer: top.key.pointer };
    const path = childPath(top.path, top.kind === 'seq' ? top.items.length : '');
    return { path, pointer: toPointer(path) };
  };
  /** Returns false past MAX_DEPTH so jsonc-parser skips the contents (building them would cost depth² paths). */
  const open = (kind: 'map' | 'seq', offset: number): boolean => {
    const { path, pointer } = nextPlace();
    stack.push(kind === 'map' ? { kind, start: offset, path, pointer, entries: [], seen: new Map() } : { kind, start: offset, path, pointer, items: [] });
    if (stack.length <= MAX_DEPTH) return true;
    if (!tooDeep) {
      tooDeep = true;
      problems.push(nestingTooDeep(offset, MAX_DEPTH));
    }
    return false;
  };
  const close = (offset: number, length: number): void => {
    const frame = stack.pop();
    if (!frame) return;
    const range: Range = [frame.start, offset + length];
    const base = { range, path: frame.path, pointer: frame.pointer };
    place(frame.kind === 'map' ? { kind: 'map', entries: frame.entries, ...base } : { kind: 'seq', items: frame.items, ...base });
  };

  visit(
    text,
    {
      onObjectBegin: (offset) => open('map', offset),
      onObjectEnd: close,
      onArrayBegin: (offset) => open('seq', offset),
      onArrayEnd: close,
      onObjectProperty: (property, offset, length) => {
        const top = stack[stack.length - 1];
        if (top?.kind !== 'map') return;
        const range: Range = [offset, offset + length];
        const path = childPath(top.path, property);
        top.key = { kind: 'scalar', value: property, raw: text.slice(offset, offset + length), style: 'json', range, path, pointer: toPointer(path) };
      },
      onLiteralValue: (value, offset, length) => {
        const { path, pointer } = nextPlace();
        const range: Range = [offset, offset + length];
        const raw = text.slice(offset, offset + length);
        place({ kind: 'scalar', value: exactInteger(value, raw), raw, style: 'json', range, path, pointer });
      },
      onComment: (offset, length) => {
        const raw = text.slice(offset, offset + length);
        comments.push({ range: [offset, offset + length], text: raw.startsWith('//') ? raw.slice(2) : raw.slice(2, -2) });
      },
      onError: (error, offset, length) => {
        const code = printParseErrorCode(error);
        // jsonc-parser counts one character past the end for a comment left open at the end of the file (`/*`).
        const start = Math.min(offset, text.length);
        problems.push({ message: (ERROR_TEXT[code] ?? code) + '.', range: [start, Math.max(start, Math.min(offset + length, text.length))], code });
      },
    },
    { disallowComments: mode === 'json', allowTrailingComma: mode === 'jsonc', allowEmptyContent: false },
  );
  if (problems.length > 0) return { problems: explainConflictMarkers(text, explainTemplate(text, explainPythonConstants(text, problems), 'JSON'), 'JSON') };
  const document: ConfigDocument = {
    format: mode,
    text,
    bom,
    documents: [{ index: 0, root, range: [0, text.length] }],
    comments,
    duplicateKeys,
    ...(filePath !== undefined ? { filePath } : {}),
  };
  return { document, problems: [] };
}

/** Python's `json.load` keeps integers exactly; a double would round 12345678901234567890. */
export function exactInteger(value: unknown, raw: string): ScalarNode['value'] {
  if (typeof value === 'number' && !Number.isSafeInteger(value) && /^-?[0-9]+$/.test(raw)) return BigInt(raw);
  return value as ScalarNode['value'];
}

