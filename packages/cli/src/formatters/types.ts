import type { Rule } from '@mlconfig/core';
import type { FileResult } from '../results.js';

export interface FormatContext {
  readonly cwd: string;
  readonly color: boolean;
  readonly rules: readonly Rule<object>[];
}

/** A formatter turns results into the text written to stdout or `--output-file`. */
export type Formatter = (results: readonly FileResult[], ctx: FormatContext) => string;
