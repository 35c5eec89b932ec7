import type { ConfigDocument, ParseProblem } from '../document/types.js';

/** What a parser returns: a document, or the problems that stopped it. Parsers never throw. */
export type ParseOutput =
  | { readonly document: ConfigDocument; readonly problems: readonly [] }
  | { readonly document?: undefined; readonly problems: readonly ParseProblem[] };
