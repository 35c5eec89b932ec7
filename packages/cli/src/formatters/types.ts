import type { Rule } from '@mlconfig/core';
import type { FileResult } from '../results.js';

export interface FormatContext {
  readonly cwd: string;
  readonly color: boolean;
  readonly rules: readonly Rule<object>[];
  /** The environment, for formats that adapt to where they run (GitHub's workspace folder). */
  readonly env?: NodeJS.ProcessEnv;
  /** A rule's documentation page (markdown), when the CLI ships it; used for SARIF help text. */
  readonly ruleDoc?: (ruleId: string) => string | undefined;
}

/** A formatter turns results into the text written to stdout or `--output-file`. */
export type Formatter = (results: readonly FileResult[], ctx: FormatContext) => string;
