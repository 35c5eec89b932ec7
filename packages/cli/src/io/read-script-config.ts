/**
 * TS/JS configs for `mlconfig check`: config objects in `.ts`/`.js` files (`export default {...}`,
 * `defineConfig({...})`, objects typed or `satisfies` a config type, TensorFlow.js training calls).
 * The file is parsed with typescript-estree, loaded on first use only, so YAML/JSON/TOML runs never
 * pay for TypeScript; core's ESTree evaluator reads the syntax tree, as the ESLint plugin does, so
 * both report the same findings at the same positions.
 */
import { createRequire } from 'node:module';
import { estreeToDocument, lintDocument, PARSE_ERROR, type EsProgram, type LintOptions, type LintResult } from '@mlconfig/core';
import { fileDiagnostic } from '../results.js';

type Parse = (text: string, options: Record<string, unknown>) => EsProgram;

interface TsParseError {
  readonly message: string;
  readonly lineNumber?: number;
  readonly column?: number;
}

const requireFromHere = createRequire(import.meta.url);
let parse: Parse | undefined;

export const SCRIPT_PARSER = '@typescript-eslint/typescript-estree';

export function lintScriptConfig(text: string, options: Omit<LintOptions, 'format'> & { readonly filePath: string }): LintResult {
  const bom = text.startsWith('\uFEFF');
  const body = bom ? text.slice(1) : text;
  let program: EsProgram;
  try {
    parse ??= (requireFromHere(SCRIPT_PARSER) as { parse: Parse }).parse;
  } catch (err) {
    return failed(options.filePath, fileDiagnostic('unsupported-file', 'warn', `TS/JS configs need ${SCRIPT_PARSER} and typescript, which could not be loaded.`,
      `mlconfig reads TS/JS configs with typescript-estree (the parser behind typescript-eslint). Install it next to mlconfig (\`npm install --save-dev ${SCRIPT_PARSER} typescript\`). Loading failed with: ${(err as Error).message.split('\n')[0]}`));
  }
  try {
    program = parse(body, { range: true, loc: false, comment: true, jsx: false, errorOnUnknownASTType: false });
  } catch (err) {
    const e = err as TsParseError;
    const message = String(e.message ?? err).replace(/[.\s]*$/, '') + '.';
    // typescript-estree gives 1-based lines and 0-based columns.
    return failed(options.filePath, fileDiagnostic(PARSE_ERROR, 'error', message,
      'mlconfig could not read this file as TypeScript/JavaScript, so no other rule ran on it. Fix the syntax at this position and run mlconfig again.', e.lineNumber ?? 1, (e.column ?? 0) + 1));
  }
  const parsed = estreeToDocument(program, body, { bom, filePath: options.filePath });
  if (!parsed.document) return failed(options.filePath, fileDiagnostic(PARSE_ERROR, 'error', parsed.problems[0]?.message ?? 'The file could not be read.', 'mlconfig could not read the config objects in this file.'));
  return lintDocument(parsed.document, options);
}

function failed(filePath: string, diagnostic: ReturnType<typeof fileDiagnostic>): LintResult {
  return { filePath, format: 'js', diagnostics: [diagnostic] };
}
