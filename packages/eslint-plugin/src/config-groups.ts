/**
 * The Hydra config that composes a YAML file ESLint lints, found from the folders above it as
 * `mlconfig check` finds it (core's `ConfigGroupLayout`): a group option such as
 * `conf/optimizer/adam.yaml` is read by OmegaConf and is only one part of a run, which nothing in the
 * file itself says. The project's scripts are asked as well (the loader they read YAML with, the keys they convert
 * with `float()`; for a config in any format, a schedule they always build and what they give Adam), and the YAML
 * files beside it (one that only OmegaConf reads names OmegaConf).
 *
 * ESLint may live for hours in an editor, so each folder's YAML files are checked for changes when half a second
 * has passed since the last check (names, sizes and modification times; read again only when they changed): an
 * edit is seen on the next lint, and `eslint .` over a folder of many YAML files does not check them all per file. ESLint's own
 * `--cache` keys a result on the linted file alone, so after a primary config's defaults list changes,
 * `eslint --cache` keeps the earlier results of unchanged group files until they change (as it does for
 * every rule that reads other files).
 */
import { isAbsolute } from 'node:path';
import { ConfigGroupLayout, type LayoutAnalyzeOptions } from '@mlconfig/core/node';

export const REVALIDATE_AFTER_MS = 500;

/** One layout per working directory (the folder the walk does not climb above); almost always one. */
const layouts = new Map<string, ConfigGroupLayout>();

/** What the project's layout says of a config file (`ConfigGroupLayout.analyzeOptionsOf`), as `mlconfig check` asks it. */
export function layoutOptionsOf(filename: string, cwd: string): LayoutAnalyzeOptions {
  if (!isAbsolute(filename)) return {};
  let layout = layouts.get(cwd);
  if (layout === undefined) {
    layout = new ConfigGroupLayout([cwd], { revalidateAfterMs: REVALIDATE_AFTER_MS });
    layouts.set(cwd, layout);
  }
  return layout.analyzeOptionsOf(filename, cwd);
}
