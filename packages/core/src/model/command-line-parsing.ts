import { argparseFloatOptions } from './yaml-loader-calls.js';

/**
 * How a script parses the options on its command line, as far as a value's type goes: a W&B sweep hands its values
 * to its `program` there as text (`--lr=1e-4`, or `lr=1e-4` for Hydra), and the script's parser decides what they
 * become.
 */
export interface CommandLineParsing {
  /** The argparse options declared with `type=float`, by destination (`--weight-decay` is `weight_decay`). */
  readonly floats: readonly string[];
  /**
   * The script parses every option by its declared type: jsonargparse or LightningCLI (`--optimizer.lr=1e-05` is
   * checked against the optimizer's float), or Hydra, whose override grammar reads `lr=1e-05` as a float.
   */
  readonly typed?: 'jsonargparse' | 'hydra';
}

const JSONARGPARSE = /LightningCLI\s*\(|^[ \t]*(?:from[ \t]+jsonargparse[ \t]+import|import[ \t]+jsonargparse)\b/m;

/** The script's command-line parsing, when it declares float options or parses by type; `hydraApp`: it has an `@hydra.main`. */
export function commandLineParsing(pythonText: string, hydraApp: boolean): CommandLineParsing | undefined {
  const floats = pythonText.includes('add_argument') ? argparseFloatOptions(pythonText) : [];
  const typed = JSONARGPARSE.test(pythonText) ? 'jsonargparse' : hydraApp ? 'hydra' : undefined;
  if (floats.length === 0 && typed === undefined) return undefined;
  return { floats, ...(typed ? { typed } : {}) };
}
