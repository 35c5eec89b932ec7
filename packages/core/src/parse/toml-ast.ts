/**
 * eslint-plugin-toml's AST (`toml/toml` language) → ConfigDocument. Its parser is the one
 * `parseToml` uses (toml-eslint-parser), so the AST goes straight to the same tree builder and the
 * result equals what `mlconfig check` builds from the text.
 */
import type { AST } from 'toml-eslint-parser';
import type { ParseOutput } from './parse-output.js';
import { buildTomlDocument } from './toml.js';
import type { AstConvertOptions } from './yaml-ast.js';

/** The program node of toml-eslint-parser's AST, from whichever copy of the parser the language loaded. */
export type TomlAstProgram = AST.TOMLProgram;

export function tomlAstToDocument(ast: TomlAstProgram, text: string, options: AstConvertOptions = {}): ParseOutput {
  return buildTomlDocument(ast, text, options.bom ?? false, options.filePath);
}
