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

/**
 * A named TS/JS file in which no object counts as a config: said once, as an info, so that "No problems found" is
 * never the only answer for a file nothing in which was checked (a config kept in an unexported or `let` variable).
 */
export const NO_CONFIG_OBJECT = 'no-config-object';

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
  if (parsed.document.documents.every((d) => d.root === null)) {
    return failed(options.filePath, fileDiagnostic(NO_CONFIG_OBJECT, 'info', 'No config object found in this file; nothing in it was checked.',
      'mlconfig reads a TS/JS file\'s config objects without running it: `export default {...}` and `module.exports = {...}`, calls of `defineConfig({...})`, ' +
      'objects annotated with, `satisfies` or `as` a config type (`const run: TrainingConfig = {...}`), exported consts named as one (`export const trainingConfig = {...}`), ' +
      'and TensorFlow.js `compile`/`fit` options. Export the config in one of these ways, or remove the file from the command line or from `files`.'));
  }
  return lintDocument(parsed.document, options);
}

function failed(filePath: string, diagnostic: ReturnType<typeof fileDiagnostic>): LintResult {
  return { filePath, format: 'js', diagnostics: [diagnostic] };
}
